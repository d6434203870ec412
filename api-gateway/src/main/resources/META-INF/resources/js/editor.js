// The "refine by hand" dialog: Keep / Erase / Unpaint brushes over the photo, undo and redo, zoom and
// pan, feather and shift with an approximate preview, and Apply, which asks the server for the
// full-size result of ALL strokes so far against the card's original job.

import { announce } from './announce.js';
import { EditCanvas } from './edit-canvas.js';
import { listenForShortcuts } from './editor-keys.js';
import { PaintInput } from './paint-input.js';
import { StrokeHistory, addPoint, newStroke } from './strokes.js';
import { ZoomPan } from './zoom-pan.js';

const PIXELATED_FROM = 2;
const TOOL_NAMES = { keep: 'Keep', erase: 'Erase', clear: 'Unpaint' };

/** One card's work in the editor, kept on the card so closing and reopening loses nothing. */
function editsOf(card) {
  card.edits ??= { history: new StrokeHistory(), feather: 0, shift: 0, applied: null };
  return card.edits;
}

/** The editor <dialog>, opened on one finished card at a time. */
export class Editor {
  /**
   * @param {HTMLDialogElement} dialog
   * @param {import('./refine.js').RefineRunner} refiner
   * @param {(card) => void} onApplied the refined result is on the card (the page shows it)
   */
  constructor(dialog, refiner, onApplied) {
    this.dialog = dialog;
    this.refiner = refiner;
    this.onApplied = onApplied;
    this.card = null;
    this.tool = 'keep';
    this.stroke = null;
    this.busy = null; // the card being refined
    const $ = (selector) => dialog.querySelector(selector);
    this.$ = $;
    this.stage = $('.editor-stage');
    this.ghost = $('.editor-ghost');
    this.cursor = $('.brush-cursor');
    this.size = $('.brush-size');
    this.feather = $('.edge-feather');
    this.shift = $('.edge-shift');
    this.apply = $('.editor-apply');
    this.error = $('.editor-error');
    this.canvas = new EditCanvas($('.editor-preview'), $('.editor-strokes'));
    this.view = new ZoomPan(this.stage, [...dialog.querySelectorAll('.zoomable')], (view) => {
      this.stage.classList.toggle('is-pixelated', view.scale >= PIXELATED_FROM);
      $('.editor-zoom-level').textContent = `${Math.round(view.scale * 100)}%`;
    });
    this.input = new PaintInput(this.stage, this.view, {
      begin: (point) => this.begin(point),
      extend: (point) => this.extend(point),
      end: () => this.end(),
      cancel: () => this.cancel(),
      hover: (x, y) => this.hover(x, y),
    });
    this.wireControls();
    listenForShortcuts(this);
  }

  /** Opens on a finished card, with the strokes and controls it had when last closed. */
  async open(card) {
    this.card = card;
    const edits = editsOf(card);
    this.$('.editor-name').textContent = card.file.name;
    this.feather.value = String(edits.feather);
    this.shift.value = String(edits.shift);
    this.showError(null);
    this.showProgress(this.busy === card ? 'Refining…' : null, 0);
    this.ghost.src = card.thumbUrl;
    if (!this.dialog.open) this.dialog.showModal();
    let photo = this.ghost;
    try {
      await this.ghost.decode();
    } catch {
      photo = null; // HEIC, TIFF: no browser preview; the cut-out's own colours are shown instead
    }
    this.ghost.hidden = !photo;
    const result = card.originalResult || card.result.blob;
    const { width, height } = await this.canvas.load(photo, result, card.options?.output === 'mask' ? 'grey' : 'alpha');
    if (this.card !== card) return;
    this.photoWidth = width;
    this.canvas.setControls(edits);
    this.canvas.redraw(edits.history.strokes);
    this.view.load(width, height);
    this.dialog.dataset.ready = 'true';
    this.sync();
  }

  close() {
    if (this.dialog.open) this.dialog.close();
  }

  get edits() { return editsOf(this.card); }

  /** Brush radius in photo px: the size control is in screen px, so zooming in paints finer. */
  radius() {
    return Number(this.size.value) / 2 / this.view.scale;
  }

  setTool(tool) {
    this.tool = tool;
    for (const button of this.dialog.querySelectorAll('[data-tool]')) {
      button.setAttribute('aria-pressed', String(button.dataset.tool === tool));
    }
    this.cursor.dataset.tool = tool;
    announce(`${TOOL_NAMES[tool]} brush`);
  }

  setSize(px) {
    const { min, max } = this.size;
    this.size.value = String(Math.round(Math.max(Number(min), Math.min(Number(max), px))));
    this.$('.brush-size-value').textContent = `${this.size.value} px`;
    this.cursor.style.setProperty('--size', `${this.size.value}px`);
  }

  begin(point) {
    if (!this.card || this.dialog.dataset.ready !== 'true') return;
    this.stroke = newStroke(this.tool, this.radius());
    this.extend(point);
  }

  extend(point) {
    if (!this.stroke) return;
    if (addPoint(this.stroke, point.x, point.y, point.p)) this.canvas.paintSegment(this.stroke, this.stroke.points.length - 1);
  }

  end() {
    if (!this.stroke) return;
    this.edits.history.add(this.stroke);
    this.stroke = null;
    this.sync();
  }

  /** A stroke a second finger joined (a pinch) or the browser took back: it never happened. */
  cancel() {
    if (!this.stroke) return;
    this.stroke = null;
    this.canvas.redraw(this.edits.history.strokes);
  }

  hover(clientX, clientY) {
    if (clientX === null || clientX === undefined) {
      this.cursor.hidden = true;
      return;
    }
    const box = this.stage.getBoundingClientRect();
    this.cursor.hidden = false;
    this.cursor.style.left = `${clientX - box.left}px`;
    this.cursor.style.top = `${clientY - box.top}px`;
  }

  history(action) {
    const { history } = this.edits;
    if (this.stroke || !history[action]()) return;
    this.canvas.redraw(history.strokes);
    this.sync();
    announce(action === 'undo' ? 'Undone' : action === 'redo' ? 'Redone' : 'Strokes cleared');
  }

  setControl(name, value) {
    this.edits[name] = value;
    this.canvas.setControls(this.edits);
    this.sync();
  }

  /** Buttons and labels from the state: what can be undone, whether there is anything to apply. */
  sync() {
    const { history, feather, shift, applied } = this.edits;
    const $ = this.$;
    $('[data-action=undo]').disabled = !history.canUndo;
    $('[data-action=redo]').disabled = !history.canRedo;
    $('[data-action=clear]').disabled = history.strokes.length === 0;
    $('.edge-feather-value').textContent = `${feather} px`;
    $('.edge-shift-value').textContent = `${shift > 0 ? '+' : ''}${shift} px`;
    this.dialog.dataset.strokes = String(history.strokes.length);
    const hints = this.canvas.labels ? this.canvas.hasHints() : false;
    const nothing = !hints && feather === 0 && shift === 0;
    const unchanged = applied && applied.strokes === history.strokes && applied.feather === feather && applied.shift === shift;
    this.apply.disabled = nothing || Boolean(unchanged) || this.busy === this.card;
    $('.editor-hint').textContent = this.busy === this.card ? 'The server is computing the full-size result…'
      : nothing ? 'Paint on the photo, or move Feather or Shift, to have something to apply.'
        : unchanged ? 'Applied. Paint more or move a slider to refine again.'
          : 'Apply computes the full-size result on the server; the preview here is approximate.';
  }

  async applyEdits() {
    const card = this.card;
    const edits = this.edits;
    const snapshot = { strokes: edits.history.strokes, feather: edits.feather, shift: edits.shift };
    this.showError(null);
    this.busy = card;
    this.sync();
    try {
      const hints = this.canvas.hasHints() ? await this.canvas.maskBlob() : null;
      await this.refiner.refine(card, { hints, feather: snapshot.feather, shift: snapshot.shift },
        (text, percent) => { if (this.card === card) this.showProgress(text, percent); });
      edits.applied = snapshot;
      announce(`${card.file.name}: refined`);
      if (this.card === card && this.dialog.open) {
        this.close();
        this.onApplied(card);
      }
    } catch (error) {
      if (error?.code === 'ABORTED') return;
      const message = this.refiner.explain(error);
      if (this.card === card && this.dialog.open) this.showError(message);
      announce(`${card.file.name}: not refined. ${message}`);
    } finally {
      if (this.busy === card) this.busy = null;
      if (this.card === card) {
        this.showProgress(null);
        this.sync();
      }
    }
  }

  showError(message) {
    this.error.textContent = message || '';
    this.error.hidden = !message;
  }

  showProgress(text, percent = 0) {
    const box = this.$('.editor-progress');
    box.hidden = !text;
    if (!text) return;
    this.$('.editor-status').textContent = text;
    this.$('.editor-progress .progress-fill').style.width = `${Math.max(0, Math.min(100, percent)).toFixed(1)}%`;
    const bar = this.$('.editor-progress .progress');
    bar.setAttribute('aria-valuenow', String(Math.round(percent)));
    bar.setAttribute('aria-valuetext', text);
  }

  wireControls() {
    const $ = this.$;
    for (const button of this.dialog.querySelectorAll('[data-tool]')) {
      button.addEventListener('click', () => this.setTool(button.dataset.tool));
    }
    this.size.addEventListener('input', () => this.setSize(Number(this.size.value)));
    this.setSize(Number(this.size.value));
    $('[data-action=undo]').addEventListener('click', () => this.history('undo'));
    $('[data-action=redo]').addEventListener('click', () => this.history('redo'));
    $('[data-action=clear]').addEventListener('click', () => this.history('clear'));
    $('[data-zoom=in]').addEventListener('click', () => this.view.zoomIn());
    $('[data-zoom=out]').addEventListener('click', () => this.view.zoomOut());
    $('[data-zoom=fit]').addEventListener('click', () => this.view.fit());
    this.feather.addEventListener('input', () => this.setControl('feather', Number(this.feather.value)));
    this.shift.addEventListener('input', () => this.setControl('shift', Number(this.shift.value)));
    $('.show-removed').addEventListener('change', (event) => this.stage.classList.toggle('hide-removed', !event.target.checked));
    this.apply.addEventListener('click', () => this.applyEdits());
    for (const button of this.dialog.querySelectorAll('[data-close]')) button.addEventListener('click', () => this.close());
    this.dialog.addEventListener('close', () => {
      this.cancel();
      this.card = null;
      delete this.dialog.dataset.ready;
    });
  }
}
