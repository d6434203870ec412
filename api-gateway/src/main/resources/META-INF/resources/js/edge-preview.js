// The approximate preview of a refine, on a reduced copy of the result's alpha: the same box
// filters as the server's edge controls (shift: one blur by 2|shift| and a re-threshold; feather:
// two blurs by its radius), then the strokes held exactly (keep opaque, erase transparent), the
// order the server uses. The server spreads strokes along the photo's edges; the preview does not.

import { ERASE, KEEP } from './hint-mask.js';

/** Long side of the preview's working copy: the filters then cost a few ms per slider move. */
export const PREVIEW_SIDE = 512;

/**
 * Mean of `src` over a (2r+1)² window, truncated at the image edges and averaged over the pixels
 * that remain (like the server's BoxFilter). Float32Arrays of w·h; `dst` must not be `src`.
 * O(pixels) whatever r: running sums per row, then per column.
 */
export function boxMean(src, w, h, r, tmp, dst) {
  for (let y = 0; y < h; y++) runningMean(src, tmp, y * w, 1, w, r);
  for (let x = 0; x < w; x++) runningMean(tmp, dst, x, w, h, r);
}

/** Window means of `length` values from `offset`, `step` apart: sums added on the right, dropped on the left. */
function runningMean(src, dst, offset, step, length, r) {
  let sum = 0;
  const first = Math.min(r, length - 1);
  for (let i = 0; i <= first; i++) sum += src[offset + i * step];
  for (let i = 0; i < length; i++) {
    const lo = Math.max(0, i - r);
    const hi = Math.min(length - 1, i + r);
    dst[offset + i * step] = sum / (hi - lo + 1);
    const enter = i + r + 1;
    const leave = i - r;
    if (enter < length) sum += src[offset + enter * step];
    if (leave >= 0) sum -= src[offset + leave * step];
  }
}

/**
 * Alpha (0..255, w·h) with shift then feather applied, both already in this grid's px.
 * Returns a new Uint8ClampedArray; O(pixels) per filter.
 */
export function edgeControls(alpha, w, h, feather, shift) {
  const n = w * h;
  let a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = alpha[i] / 255;
  const tmp = new Float32Array(n);
  let out = new Float32Array(n);
  if (shift !== 0) {
    boxMean(a, w, h, 2 * Math.abs(shift), tmp, out);
    // A straight edge's ramp from the blur doubled and offset: its 0.5 line moves by |shift|.
    const offset = shift > 0 ? 0 : -1;
    for (let i = 0; i < n; i++) a[i] = Math.min(1, Math.max(0, 2 * out[i] + offset));
  }
  if (feather > 0) {
    boxMean(a, w, h, feather, tmp, out);
    boxMean(out, w, h, feather, tmp, a);
  }
  const result = new Uint8ClampedArray(n);
  for (let i = 0; i < n; i++) result[i] = Math.round(a[i] * 255);
  return result;
}

/**
 * The preview's alpha: `alpha` (the result's, on the reduced grid) with the controls given in photo
 * px scaled by `scale` (grid px per photo px), then `labels` (same grid) held: keep 255, erase 0.
 */
export function previewAlpha(alpha, w, h, { feather, shift }, scale, labels = null) {
  const f = Math.round(feather * scale);
  const s = Math.round(shift * scale);
  const out = f === 0 && s === 0 ? Uint8ClampedArray.from(alpha) : edgeControls(alpha, w, h, f, s);
  if (labels) holdStrokes(out, labels);
  return out;
}

/** Keep pixels opaque, erase pixels transparent, in place. */
export function holdStrokes(alpha, labels) {
  for (let i = 0; i < alpha.length; i++) {
    if (labels[i] === KEEP) alpha[i] = 255;
    else if (labels[i] === ERASE) alpha[i] = 0;
  }
  return alpha;
}

/** The size of the reduced copy of a `width`×`height` photo: at most PREVIEW_SIDE on the long side. */
export function previewSize(width, height, side = PREVIEW_SIDE) {
  const k = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)), scale: k };
}
