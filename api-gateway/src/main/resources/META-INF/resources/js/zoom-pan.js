// Zoom and pan of one stage: a scale and an offset applied as one CSS transform to every layer on
// it, so layers of the same image (before/after, photo/preview/strokes) stay pixel-aligned.

const ZOOM_STEP = 1.5;
const MAX_SCALE = 16;

/** The transform of `zoomables` (elements of the image's size in CSS px) inside `stage`. */
export class ZoomPan {
  /**
   * @param {HTMLElement} stage the clipping box
   * @param {HTMLElement[]} zoomables laid out at the image's pixel size, transformed together
   * @param {(view: ZoomPan) => void} onApply after every change (zoom label, classes)
   */
  constructor(stage, zoomables, onApply = () => {}) {
    this.stage = stage;
    this.zoomables = zoomables;
    this.onApply = onApply;
    this.width = 1;
    this.height = 1;
    this.scale = 1;
    this.x = 0;
    this.y = 0;
    this.fitted = true;
    new ResizeObserver(() => {
      if (!stage.clientWidth || !stage.clientHeight) return; // closed dialog: nothing to fit into
      if (this.fitted) this.fit();
      else this.apply();
    }).observe(stage);
  }

  /** A new image of `width`×`height` pixels, fitted. */
  load(width, height) {
    this.width = width;
    this.height = height;
    this.fit();
  }

  fitScale() {
    const { clientWidth, clientHeight } = this.stage;
    return Math.min(clientWidth / this.width, clientHeight / this.height) || 1;
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
  zoomAt(factor, px = this.stage.clientWidth / 2, py = this.stage.clientHeight / 2) {
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
    const { clientWidth, clientHeight } = this.stage;
    this.x = (clientWidth - this.width * this.scale) / 2;
    this.y = (clientHeight - this.height * this.scale) / 2;
    this.apply();
  }

  /** Keeps the image on the stage: centred when smaller, edges never pulled inside when larger. */
  clamp() {
    const { clientWidth, clientHeight } = this.stage;
    const w = this.width * this.scale;
    const h = this.height * this.scale;
    this.x = w <= clientWidth ? (clientWidth - w) / 2 : Math.min(0, Math.max(clientWidth - w, this.x));
    this.y = h <= clientHeight ? (clientHeight - h) / 2 : Math.min(0, Math.max(clientHeight - h, this.y));
  }

  /** True when the image is larger than the stage, so there is something to pan to. */
  get pannable() {
    return this.width * this.scale > this.stage.clientWidth + 1 || this.height * this.scale > this.stage.clientHeight + 1;
  }

  /** The image pixel under a point of the viewport (clientX, clientY). */
  toImage(clientX, clientY) {
    const box = this.stage.getBoundingClientRect();
    return { x: (clientX - box.left - this.x) / this.scale, y: (clientY - box.top - this.y) / this.scale };
  }

  apply() {
    this.clamp();
    const transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
    for (const element of this.zoomables) {
      element.style.width = `${this.width}px`;
      element.style.height = `${this.height}px`;
      element.style.transform = transform;
      element.style.setProperty('--inverse-scale', String(1 / this.scale));
    }
    this.onApply(this);
  }
}
