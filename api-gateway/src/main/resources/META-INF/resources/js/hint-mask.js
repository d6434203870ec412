// Strokes rasterised into a map of labels (none / keep / erase), with no antialiasing at all: every
// pixel is wholly one label, so the mask PNG the server reads has only opaque #00ff00, opaque
// #ff0000 and transparent pixels. Pure: no DOM, so Node tests it.

export const NONE = 0;
export const KEEP = 1;
export const ERASE = 2;
/** The server reads masks up to any size; more than this on the long side only makes the upload bigger. */
export const MAX_MASK_SIDE = 2048;

const LABEL_OF = { keep: KEEP, erase: ERASE, clear: NONE };

/** The mask's size for a photo: the photo's own, or scaled down to MAX_MASK_SIDE on the long side. */
export function maskSize(photoWidth, photoHeight, maxSide = MAX_MASK_SIDE) {
  const k = Math.min(1, maxSide / Math.max(photoWidth, photoHeight));
  return { width: Math.max(1, Math.round(photoWidth * k)), height: Math.max(1, Math.round(photoHeight * k)) };
}

/** One label per pixel of a `width`×`height` grid laid over a photo `photoWidth` px wide. */
export class LabelMap {
  constructor(width, height, photoWidth) {
    this.width = width;
    this.height = height;
    this.scale = width / photoWidth; // label px per photo px
    this.data = new Uint8Array(width * height);
  }

  /** Renders `strokes` from scratch, in order (a later stroke paints over an earlier one). */
  redraw(strokes) {
    this.data.fill(NONE);
    for (const stroke of strokes) {
      for (let i = 0; i < stroke.points.length; i++) this.paintSegment(stroke, i);
    }
  }

  /**
   * Paints the capsule from point i-1 to point i of `stroke` (a disc for i = 0) and returns the
   * touched rectangle {x, y, width, height} in label px, or null when it is off the grid.
   * O(bounding box of the segment).
   */
  paintSegment(stroke, i) {
    const s = this.scale;
    const b = stroke.points[i];
    const a = stroke.points[Math.max(0, i - 1)];
    // At least half a pixel's diagonal, so a thin brush on a reduced grid still covers a pixel centre.
    const ra = Math.max(Math.SQRT1_2, stroke.radius * a.p * s);
    const rb = Math.max(Math.SQRT1_2, stroke.radius * b.p * s);
    const ax = a.x * s;
    const ay = a.y * s;
    const bx = b.x * s;
    const by = b.y * s;
    const r = Math.max(ra, rb);
    const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - r));
    const y0 = Math.max(0, Math.floor(Math.min(ay, by) - r));
    const x1 = Math.min(this.width - 1, Math.ceil(Math.max(ax, bx) + r));
    const y1 = Math.min(this.height - 1, Math.ceil(Math.max(ay, by) + r));
    if (x1 < x0 || y1 < y0) return null;
    const label = LABEL_OF[stroke.tool];
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const { data, width } = this;
    for (let y = y0; y <= y1; y++) {
      const py = y + 0.5;
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5;
        // Nearest point of the segment, and the radius there (pressure may change along it).
        let t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const ex = px - (ax + t * dx);
        const ey = py - (ay + t * dy);
        const radius = ra + (rb - ra) * t;
        if (ex * ex + ey * ey <= radius * radius) data[y * width + x] = label;
      }
    }
    return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  }

  /** True when some pixel is keep or erase (a mask of only "no hint" tells the server nothing). */
  hasHints() {
    return this.data.some((label) => label !== NONE);
  }

  /** The labels as the mask's RGBA: opaque #00ff00 keep, opaque #ff0000 erase, transparent elsewhere. */
  maskRgba() {
    return this.rgba([0, 255, 0, 255], [255, 0, 0, 255]);
  }

  /**
   * RGBA of the labels in the rectangle (all by default) with `keep` and `erase` colours
   * ([r, g, b, a]) and transparent for none: the mask, or the tint shown over the photo.
   */
  rgba(keep, erase, { x = 0, y = 0, width = this.width, height = this.height } = {}) {
    const out = new Uint8ClampedArray(width * height * 4);
    for (let row = 0; row < height; row++) {
      let src = (y + row) * this.width + x;
      let dst = row * width * 4;
      for (let col = 0; col < width; col++, src++, dst += 4) {
        const label = this.data[src];
        if (label === NONE) continue;
        out.set(label === KEEP ? keep : erase, dst);
      }
    }
    return out;
  }

  /** The labels on a `width`×`height` grid, nearest neighbour (for the reduced preview). */
  sample(width, height) {
    const out = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      const sy = Math.min(this.height - 1, Math.floor(((y + 0.5) * this.height) / height));
      for (let x = 0; x < width; x++) {
        const sx = Math.min(this.width - 1, Math.floor(((x + 0.5) * this.width) / width));
        out[y * width + x] = this.data[sy * this.width + sx];
      }
    }
    return out;
  }
}
