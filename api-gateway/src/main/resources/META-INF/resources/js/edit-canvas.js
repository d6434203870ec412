// What the editor shows and sends: the strokes as a tint (one canvas), the approximate result (the
// photo through the preview's alpha, another canvas), and the hint mask PNG for the server.

import { holdStrokes, previewAlpha, previewSize } from './edge-preview.js';
import { LabelMap, maskSize } from './hint-mask.js';

const KEEP_TINT = [0, 230, 60, 120];
const ERASE_TINT = [255, 30, 30, 130];

/** The preview and stroke canvases of one photo, drawn at the mask's resolution. */
export class EditCanvas {
  /**
   * @param {HTMLCanvasElement} preview the approximate result
   * @param {HTMLCanvasElement} strokes the tint of the strokes, over the preview
   */
  constructor(preview, strokes) {
    this.preview = preview;
    this.strokes = strokes;
    this.controls = { feather: 0, shift: 0 };
    this.frame = 0;
  }

  /**
   * A finished card's photo (`photo`: a decoded <img>, or null when the browser cannot show it) and
   * result PNG (`result`: Blob; `alphaFrom`: 'alpha' for a cut-out, 'grey' for a mask).
   * Resolves with the photo's size {width, height} (the result's: the photo as oriented).
   */
  async load(photo, result, alphaFrom) {
    const bitmap = await createImageBitmap(result, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
    const { width, height } = bitmap;
    this.photoWidth = width;
    this.photoHeight = height;
    this.colours = photo || bitmap; // without a viewable photo, the cut-out's own colours
    const size = maskSize(width, height);
    this.labels = new LabelMap(size.width, size.height, width);
    for (const canvas of [this.preview, this.strokes]) {
      canvas.width = size.width;
      canvas.height = size.height;
    }
    this.strokes.getContext('2d').clearRect(0, 0, size.width, size.height);
    this.small = previewSize(width, height);
    this.base = readAlpha(bitmap, this.small, alphaFrom);
    this.alphaCanvas = new OffscreenCanvas(this.small.width, this.small.height);
    this.controlled = null;
    this.render();
    return { width, height };
  }

  /** New feather/shift (photo px): the controlled alpha is computed again at the next frame. */
  setControls(controls) {
    this.controls = { ...controls };
    this.controlled = null;
    this.schedule();
  }

  /** All strokes again (after undo, redo, clear or a cancelled stroke). */
  redraw(strokes) {
    this.labels.redraw(strokes);
    this.putTint({ x: 0, y: 0, width: this.labels.width, height: this.labels.height });
    this.schedule();
  }

  /** Segment i of a stroke being painted: only the touched rectangle is redrawn. */
  paintSegment(stroke, i) {
    const rect = this.labels.paintSegment(stroke, i);
    if (!rect) return;
    this.putTint(rect);
    this.schedule();
  }

  hasHints() {
    return this.labels.hasHints();
  }

  /** The hint mask as a PNG: opaque #00ff00 keep, opaque #ff0000 erase, transparent elsewhere. */
  maskBlob() {
    const { width, height } = this.labels;
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d').putImageData(new ImageData(this.labels.maskRgba(), width, height), 0, 0);
    return canvas.convertToBlob({ type: 'image/png' });
  }

  putTint(rect) {
    const data = this.labels.rgba(KEEP_TINT, ERASE_TINT, rect);
    this.strokes.getContext('2d').putImageData(new ImageData(data, rect.width, rect.height), rect.x, rect.y);
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** The photo through the preview's alpha (reduced, scaled up smoothly): a few ms at 512 px. */
  render() {
    const { width, height, scale } = this.small;
    this.controlled ??= previewAlpha(this.base, width, height, this.controls, scale);
    const alpha = holdStrokes(Uint8ClampedArray.from(this.controlled), this.labels.sample(width, height));
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < alpha.length; i++) rgba[i * 4 + 3] = alpha[i];
    this.alphaCanvas.getContext('2d').putImageData(new ImageData(rgba, width, height), 0, 0);
    const context = this.preview.getContext('2d');
    const { width: w, height: h } = this.preview;
    context.globalCompositeOperation = 'copy';
    context.drawImage(this.colours, 0, 0, w, h);
    context.globalCompositeOperation = 'destination-in';
    context.imageSmoothingQuality = 'high';
    context.drawImage(this.alphaCanvas, 0, 0, w, h);
    context.globalCompositeOperation = 'source-over';
  }
}

/** The result's alpha on the reduced grid: its alpha channel, or its grey level for a mask. */
function readAlpha(bitmap, { width, height }, alphaFrom) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const data = context.getImageData(0, 0, width, height).data;
  const alpha = new Uint8ClampedArray(width * height);
  const channel = alphaFrom === 'grey' ? 0 : 3;
  for (let i = 0; i < alpha.length; i++) alpha[i] = data[i * 4 + channel];
  return alpha;
}
