// Before/after on one stage: a range input moves the divider; zoom (fit, 100 %, in/out, wheel,
// double-click) and pan (drag, arrow keys) move both images together so edges line up.

const ZOOM_STEP = 1.5;
const MAX_SCALE = 16;
const PAN_STEP = 60;
// From this zoom on, pixels are drawn as squares: what a person inspects at 200 %+ is the edge.
const PIXELATED_FROM = 2;

/** Zoom and pan state of one stage, applied to every `.zoomable` element in it. */
export class CompareView {
  /**
   * @param {{stage: HTMLElement, after: HTMLElement, divider: HTMLElement, range: HTMLInputElement,
   *          zoomLabel: HTMLElement, zoomables: HTMLElement[]}} parts
   */
  constructor(parts) {
    this.parts = parts;
    this.width = 1;
    this.height = 1;
    this.scale = 1;
    this.x = 0;
    this.y = 0;
    this.fitted = true;
    parts.range.addEventListener('input', () => this.setSplit(Number(parts.range.value)));
    this.wirePointer();
    this.wireKeys();
    new ResizeObserver(() => { if (this.fitted) this.fit(); else this.apply(); }).observe(parts.stage);
  }

  /** New pair of images of `width`×`height` pixels: fitted, divider in the middle. */
  load(width, height) {
    this.width = width;
    this.height = height;
    this.parts.range.value = '50';
    this.setSplit(50);
    this.fit();
  }

  setSplit(percent) {
    this.parts.after.style.clipPath = `inset(0 0 0 ${percent}%)`;
    this.parts.divider.style.left = `${percent}%`;
  }

  fitScale() {
    const { clientWidth, clientHeight } = this.parts.stage;
    return Math.min(clientWidth / this.width, clientHeight / this.height);
  }

  fit() {
    this.fitted = true;
    this.scale = this.fitScale();
    this.centre();
  }

  /** 100 %: one image pixel per CSS pixel, centred on the stage's centre point. */
  actualSize() {
    this.zoomAt(1 / this.scale);
  }

  zoomIn() { this.zoomAt(ZOOM_STEP); }

  zoomOut() { this.zoomAt(1 / ZOOM_STEP); }

  /** Multiplies the scale, keeping the image point under (px, py) (stage pixels) in place. */
  zoomAt(factor, px = this.parts.stage.clientWidth / 2, py = this.parts.stage.clientHeight / 2) {
    const minScale = Math.min(this.fitScale(), 1);
    const next = Math.max(minScale, Math.min(MAX_SCALE, this.scale * factor));
    this.x = px - ((px - this.x) * next) / this.scale;
    this.y = py - ((py - this.y) * next) / this.scale;
    this.scale = next;
    this.fitted = false;
    this.apply();
  }

  panBy(dx, dy) {
    this.x += dx;
    this.y += dy;
    this.fitted = false;
    this.apply();
  }

  centre() {
    const { clientWidth, clientHeight } = this.parts.stage;
    this.x = (clientWidth - this.width * this.scale) / 2;
    this.y = (clientHeight - this.height * this.scale) / 2;
    this.apply();
  }

  /** Keeps the image on the stage: centred when smaller, edges never pulled inside when larger. */
  clamp() {
    const { clientWidth, clientHeight } = this.parts.stage;
    const w = this.width * this.scale;
    const h = this.height * this.scale;
    this.x = w <= clientWidth ? (clientWidth - w) / 2 : Math.min(0, Math.max(clientWidth - w, this.x));
    this.y = h <= clientHeight ? (clientHeight - h) / 2 : Math.min(0, Math.max(clientHeight - h, this.y));
  }

  apply() {
    this.clamp();
    const transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
    for (const element of this.parts.zoomables) {
      element.style.width = `${this.width}px`;
      element.style.height = `${this.height}px`;
      element.style.transform = transform;
      element.style.setProperty('--inverse-scale', String(1 / this.scale));
    }
    this.parts.stage.classList.toggle('is-pixelated', this.scale >= PIXELATED_FROM);
    this.parts.stage.classList.toggle('is-pannable', this.width * this.scale > this.parts.stage.clientWidth + 1
      || this.height * this.scale > this.parts.stage.clientHeight + 1);
    this.parts.zoomLabel.textContent = `${Math.round(this.scale * 100)}%`;
  }

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
