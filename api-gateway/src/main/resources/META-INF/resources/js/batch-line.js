// One progress line for a batch (a folder, or many photos at once) above the cards. It only reads
// the cards' states; each photo is still its own job through the queue, as a single one is.

import { announce } from './announce.js';

const SECONDS_PER_MINUTE = 60;

/** The batch line: counts, a progress bar and a time left; "Batch done" and the ZIP button at the end. */
export class BatchLine {
  /**
   * @param {HTMLElement} root an empty container; the line and the skipped-files note are built in it
   * @param {{onDownload: Function}} handlers
   */
  constructor(root, { onDownload }, clock = () => Date.now()) {
    this.clock = clock;
    this.batch = null; // {cards, startedAt, finished}
    root.innerHTML = `
      <div class="batch-line" hidden>
        <p class="batch-text"></p>
        <div class="progress batch-progress" role="progressbar" aria-label="Batch progress" aria-valuemin="0">
          <div class="progress-fill"></div></div>
        <button class="button button-primary batch-download" type="button" hidden>Download batch as ZIP</button>
      </div>
      <p class="hint batch-skipped" hidden></p>`;
    const $ = (selector) => root.querySelector(selector);
    this.parts = {
      line: $('.batch-line'), text: $('.batch-text'), bar: $('.batch-progress'), fill: $('.progress-fill'),
      download: $('.batch-download'), skipped: $('.batch-skipped'),
    };
    this.parts.download.addEventListener('click', () => onDownload());
  }

  /** Adds cards to the running batch, or starts a new one when none is running. */
  add(cards) {
    if (!this.batch || this.batch.finished) this.batch = { cards: [], startedAt: this.clock(), finished: false };
    this.batch.cards.push(...cards);
    this.update();
  }

  /** Shows (or, with '', hides) the sentence about files left out of a folder. */
  skipped(sentence) {
    this.parts.skipped.textContent = sentence;
    this.parts.skipped.hidden = !sentence;
  }

  /** Re-reads the batch's cards; call on every card state change. */
  update() {
    const p = this.parts;
    const cards = this.batch ? this.batch.cards.filter((card) => card.element.isConnected) : [];
    if (this.batch) this.batch.cards = cards; // removed cards leave the batch
    if (cards.length < 2) {
      this.batch = null;
      p.line.hidden = true;
      return;
    }
    const total = cards.length;
    const done = cards.filter((card) => card.state === 'done').length;
    const failed = cards.filter((card) => card.state === 'failed').length;
    const finished = done + failed;
    const allFinished = finished === total;
    p.line.hidden = false;
    p.text.textContent = allFinished
      ? `Batch done: ${done} cut out, ${failed} failed`
      : [`Batch: ${done} of ${total} done`, failed && `${failed} failed`, this.timeLeft(finished, total)]
        .filter(Boolean).join(' · ');
    p.bar.setAttribute('aria-valuemax', String(total));
    p.bar.setAttribute('aria-valuenow', String(finished));
    p.bar.setAttribute('aria-valuetext', p.text.textContent);
    p.fill.style.width = `${(100 * finished / total).toFixed(1)}%`;
    p.download.hidden = !allFinished || done === 0;
    if (allFinished && !this.batch.finished) announce(p.text.textContent);
    this.batch.finished = allFinished;
  }

  // The average time per finished photo so far, times the photos still to go; nothing before the first.
  timeLeft(finished, total) {
    if (!finished) return '';
    const seconds = ((this.clock() - this.batch.startedAt) / 1000 / finished) * (total - finished);
    return seconds < SECONDS_PER_MINUTE
      ? `~${Math.max(1, Math.round(seconds))} s left`
      : `~${Math.round(seconds / SECONDS_PER_MINUTE)} min left`;
  }
}
