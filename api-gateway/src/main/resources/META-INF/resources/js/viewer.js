// The result dialog: compare before/after, preview backgrounds, zoom and pan, download, and the way
// into the refine editor.

import { BackgroundPicker } from './backgrounds.js';
import { CompareView } from './compare.js';

/** The one <dialog> that shows a finished card. */
export class Viewer {
  /** @param {{onRefine: (card) => void}} handlers */
  constructor(dialog, handlers) {
    this.dialog = dialog;
    this.card = null;
    const $ = (selector) => dialog.querySelector(selector);
    this.title = $('#viewer-title');
    this.meta = $('.viewer-meta');
    this.doubt = $('.viewer-doubt');
    this.before = $('.before-img');
    this.after = $('.after-img');
    this.download = $('.viewer-download');
    this.refine = $('.viewer-refine');
    this.refineNote = $('.viewer-refine-note');
    this.refine.addEventListener('click', () => {
      const { card } = this;
      dialog.close();
      if (card) handlers.onRefine(card);
    });
    this.compare = new CompareView({
      stage: $('.stage'),
      after: $('.layer-after'),
      divider: $('.divider'),
      range: $('.compare-range'),
      zoomLabel: $('.zoom-level'),
      zoomables: [...dialog.querySelectorAll('.zoomable')],
    });
    this.backgrounds = new BackgroundPicker($('.backgrounds'), $('.backdrop'));
    $('[data-zoom=in]').addEventListener('click', () => this.compare.zoomIn());
    $('[data-zoom=out]').addEventListener('click', () => this.compare.zoomOut());
    $('[data-zoom=fit]').addEventListener('click', () => this.compare.fit());
    $('[data-zoom=actual]').addEventListener('click', () => this.compare.actualSize());
    $('[data-close]').addEventListener('click', () => dialog.close());
    // A click on the dimmed area outside the panel closes, like Escape does.
    dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
  }

  /** Opens on a finished card. */
  async open(card) {
    this.card = card;
    this.title.textContent = card.file.name;
    this.meta.textContent = card.parts.meta.textContent;
    this.doubt.textContent = card.doubt() || '';
    this.doubt.hidden = !card.doubt();
    this.download.href = card.resultUrl;
    this.download.download = card.result.fileName;
    this.download.title = card.result.fileName;
    this.download.setAttribute('aria-label', `Download ${card.result.fileName}`);
    // A result flattened on a colour has no alpha left to refine (the server says 409 no-alpha).
    const flattened = card.options?.output === 'background';
    this.refine.disabled = flattened;
    this.refineNote.hidden = !flattened;
    this.refine.setAttribute('aria-label', `Refine ${card.file.name} by hand`);
    this.before.src = card.thumbUrl;
    this.after.src = card.resultUrl;
    if (!this.dialog.open) this.dialog.showModal();
    try {
      await this.after.decode();
    } catch {
      // an undecodable result leaves the stage empty; the download still works
    }
    this.compare.load(this.after.naturalWidth || 1, this.after.naturalHeight || 1);
  }
}
