// One card per photo: thumbnail, name, progress, the readable error, and its actions.
// A card only shows state; js/jobs.js decides what happens.

import { waitText } from './busy.js';
import { doubtSentence, offersCareful } from './quality.js';
import { formatBytes, formatName } from './validate.js';

const STAGE_TEXT = {
  checking: 'Checking the file…',
  waiting: 'Waiting for a free slot…',
  uploading: 'Uploading',
  queued: 'Waiting for the server…',
  decoding: 'Reading the image…',
  inferring: 'Finding the subject…',
  refining: 'Refining the edges…',
  encoding: 'Saving the PNG…',
  fetching: 'Fetching the result…',
  done: 'Done',
};
// Upload counts for the first fifth of the bar, the server's stages for the rest.
const UPLOAD_SHARE = 20;

/** The DOM of one photo's card and its state transitions. */
export class Card {
  /**
   * @param {HTMLTemplateElement} template
   * @param {File} file
   * @param {{onOpen: Function, onRetry: Function, onRemove: Function, onCareful: Function}} handlers
   */
  constructor(template, file, handlers) {
    this.file = file;
    this.thumbUrl = URL.createObjectURL(file);
    this.resultUrl = null;
    this.result = null; // {blob, fileName, quality, careful, refined}
    this.originalResult = null; // the blob of the original job's result, kept once refined
    this.state = 'checking';
    this.element = template.content.firstElementChild.cloneNode(true);
    const $ = (selector) => this.element.querySelector(selector);
    this.parts = {
      media: $('.card-media'), thumb: $('.card-thumb'), resultImg: $('.card-result'), placeholder: $('.card-placeholder'),
      name: $('.card-name'), meta: $('.card-meta'), bar: $('.progress'), fill: $('.progress-fill'), status: $('.card-status'),
      error: $('.card-error'), doubt: $('.card-doubt'), doubtText: $('.card-doubt-text'), careful: $('.card-careful'),
      open: $('.card-open'), download: $('.card-download'), retry: $('.card-retry'), remove: $('.card-remove'),
    };
    const p = this.parts;
    p.name.textContent = file.name;
    p.name.title = file.name;
    p.meta.textContent = formatBytes(file.size);
    p.thumb.src = this.thumbUrl;
    p.thumb.alt = '';
    // HEIC/TIFF and damaged files have no browser preview: show a neutral tile instead.
    p.thumb.addEventListener('error', () => { p.thumb.hidden = true; p.placeholder.hidden = false; });
    p.remove.setAttribute('aria-label', `Remove ${file.name}`);
    p.retry.setAttribute('aria-label', `Retry ${file.name}`);
    p.open.setAttribute('aria-label', `Compare before and after: ${file.name}`);
    p.careful.setAttribute('aria-label', `Redo ${file.name} extra careful`);
    p.open.addEventListener('click', () => handlers.onOpen(this));
    p.media.addEventListener('click', () => { if (this.state === 'done') handlers.onOpen(this); });
    p.retry.addEventListener('click', () => handlers.onRetry(this));
    p.remove.addEventListener('click', () => handlers.onRemove(this));
    p.careful.addEventListener('click', () => handlers.onCareful(this));
    this.render('checking', STAGE_TEXT.checking, 0);
  }

  /** Adds what the header told us: format and pixel size. */
  describe(mediaType, width, height) {
    const bits = [formatBytes(this.file.size), formatName(mediaType)];
    if (width && height) bits.push(`${width}×${height}`);
    this.parts.meta.textContent = bits.join(' · ');
  }

  waiting() { this.render('waiting', STAGE_TEXT.waiting, 0); }

  /** The server's queue was full, or this client over its limits (`why`: BUSY); the upload goes again in `seconds`. */
  busy(seconds, why) { this.render('waiting', waitText(seconds, why), 0); }

  uploading(fraction) {
    const percent = Math.round(fraction * 100);
    this.render('uploading', `${STAGE_TEXT.uploading} ${percent}%`, fraction * UPLOAD_SHARE);
  }

  /** A job view from the server (queued … encoding). */
  processing(view) {
    const text = STAGE_TEXT[view.status] || 'Processing…';
    this.render('processing', text, UPLOAD_SHARE + (view.progress / 100) * (100 - UPLOAD_SHARE), view.status);
  }

  fetching() { this.render('processing', STAGE_TEXT.fetching, 99); }

  /** @param {{blob: Blob, fileName: string, quality?: object, careful: boolean, refined?: boolean}} result */
  done(result) {
    this.result = result;
    // Every refinement starts from the original job's result, so the editor previews on that one.
    if (!result.refined) this.originalResult = result.blob;
    if (this.resultUrl) URL.revokeObjectURL(this.resultUrl);
    this.resultUrl = URL.createObjectURL(result.blob);
    const p = this.parts;
    p.resultImg.src = this.resultUrl;
    p.resultImg.alt = `${this.file.name} without its background`;
    p.download.href = this.resultUrl;
    p.download.download = result.fileName;
    p.download.setAttribute('aria-label', `Download ${result.fileName}`);
    p.doubtText.textContent = this.doubt() || '';
    p.careful.hidden = !offersCareful(result.quality, result);
    this.render('done', result.refined ? 'Done · refined by hand' : STAGE_TEXT.done, 100);
  }

  /** The sentence for a doubtful result, or null. */
  doubt() {
    return this.result ? doubtSentence(this.result.quality, this.result) : null;
  }

  failed(message) {
    this.parts.error.textContent = message;
    this.render('failed', 'Not processed', 100);
  }

  /** Sets data-state (CSS shows the right actions) and the progress bar. */
  render(state, text, percent, stage = state) {
    this.state = state;
    const p = this.parts;
    this.element.dataset.state = state;
    this.element.dataset.stage = stage;
    p.status.textContent = text;
    p.fill.style.width = `${Math.max(0, Math.min(100, percent)).toFixed(1)}%`;
    p.bar.setAttribute('aria-valuenow', String(Math.round(percent)));
    p.bar.setAttribute('aria-valuetext', text);
    p.error.hidden = state !== 'failed';
    p.doubt.hidden = state !== 'done' || !this.doubt();
    p.resultImg.hidden = state !== 'done';
    p.open.hidden = state !== 'done';
    p.download.hidden = state !== 'done';
    p.retry.hidden = state !== 'failed' && state !== 'done';
    p.retry.textContent = state === 'done' ? 'Redo' : 'Retry';
    p.retry.title = state === 'done' ? 'Process again with the current options' : '';
  }

  /** Frees the object URLs and takes the card off the page. */
  destroy() {
    URL.revokeObjectURL(this.thumbUrl);
    if (this.resultUrl) URL.revokeObjectURL(this.resultUrl);
    this.element.remove();
  }
}
