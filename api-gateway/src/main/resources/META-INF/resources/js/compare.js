// Before/after on one stage: a range input moves the divider; zoom (fit, 100 %, in/out, wheel,
// double-click) and pan (drag, arrow keys) move both images together so edges line up.

import { ZoomPan } from './zoom-pan.js';

const PAN_STEP = 60;
// From this zoom on, pixels are drawn as squares: what a person inspects at 200 %+ is the edge.
const PIXELATED_FROM = 2;

/** The divider and the zoom and pan input of one before/after stage. */
export class CompareView {
  /**
   * @param {{stage: HTMLElement, after: HTMLElement, divider: HTMLElement, range: HTMLInputElement,
   *          zoomLabel: HTMLElement, zoomables: HTMLElement[]}} parts
   */
  constructor(parts) {
    this.parts = parts;
    this.view = new ZoomPan(parts.stage, parts.zoomables, (view) => {
      parts.stage.classList.toggle('is-pixelated', view.scale >= PIXELATED_FROM);
      parts.stage.classList.toggle('is-pannable', view.pannable);
      parts.zoomLabel.textContent = `${Math.round(view.scale * 100)}%`;
    });
    parts.range.addEventListener('input', () => this.setSplit(Number(parts.range.value)));
    this.wirePointer();
    this.wireKeys();
  }

  /** New pair of images of `width`×`height` pixels: fitted, divider in the middle. */
  load(width, height) {
    this.parts.range.value = '50';
    this.setSplit(50);
    this.view.load(width, height);
  }

  setSplit(percent) {
    this.parts.after.style.clipPath = `inset(0 0 0 ${percent}%)`;
    this.parts.divider.style.left = `${percent}%`;
  }

  get scale() { return this.view.scale; }

  fit() { this.view.fit(); }

  actualSize() { this.view.actualSize(); }

  zoomIn() { this.view.zoomIn(); }

  zoomOut() { this.view.zoomOut(); }

  zoomAt(factor, px, py) { this.view.zoomAt(factor, px, py); }

  panBy(dx, dy) { this.view.panBy(dx, dy); }

  wirePointer() {
    const { stage } = this.parts;
    let drag = null;
    stage.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      drag = { id: event.pointerId, x: event.clientX, y: event.clientY };
      stage.setPointerCapture(event.pointerId);
      stage.classList.add('is-dragging');
    });
    stage.addEventListener('pointermove', (event) => {
      if (!drag || drag.id !== event.pointerId) return;
      this.panBy(event.clientX - drag.x, event.clientY - drag.y);
      drag.x = event.clientX;
      drag.y = event.clientY;
    });
    const end = () => { drag = null; stage.classList.remove('is-dragging'); };
    stage.addEventListener('pointerup', end);
    stage.addEventListener('pointercancel', end);
    stage.addEventListener('wheel', (event) => {
      event.preventDefault();
      const box = stage.getBoundingClientRect();
      this.zoomAt(event.deltaY < 0 ? 1.25 : 0.8, event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    stage.addEventListener('dblclick', (event) => {
      const box = stage.getBoundingClientRect();
      if (this.scale < 1) this.zoomAt(1 / this.scale, event.clientX - box.left, event.clientY - box.top);
      else this.fit();
    });
  }

  wireKeys() {
    this.parts.stage.addEventListener('keydown', (event) => {
      const actions = {
        ArrowLeft: () => this.panBy(PAN_STEP, 0),
        ArrowRight: () => this.panBy(-PAN_STEP, 0),
        ArrowUp: () => this.panBy(0, PAN_STEP),
        ArrowDown: () => this.panBy(0, -PAN_STEP),
        '+': () => this.zoomIn(),
        '=': () => this.zoomIn(),
        '-': () => this.zoomOut(),
        '0': () => this.fit(),
        '1': () => this.actualSize(),
      };
      const action = actions[event.key];
      if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        action();
      }
    });
  }
}
