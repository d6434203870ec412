// The hand-drawn strokes of a refine and their undo/redo history. Pure data, no DOM: points are in
// the photo's pixels, so the same strokes render onto the screen overlay, the preview and the mask.

/** What a stroke does: paint keep (green), paint erase (red), or take paint away (the stroke eraser). */
export const TOOLS = Object.freeze(['keep', 'erase', 'clear']);

/**
 * A new stroke. `radius` in photo px; each point has its own pressure factor `p` (0..1] that
 * scales the radius (1 for a mouse or a finger).
 */
export function newStroke(tool, radius) {
  if (!TOOLS.includes(tool)) throw new Error(`unknown tool ${tool}`);
  return { tool, radius, points: [] };
}

/**
 * Adds a point unless it is closer than a quarter of the radius to the last one (a mouse reports
 * every pixel; those points would only make rendering slower). Returns whether it was added.
 */
export function addPoint(stroke, x, y, p = 1) {
  const last = stroke.points[stroke.points.length - 1];
  if (last && Math.hypot(x - last.x, y - last.y) < stroke.radius / 4) return false;
  stroke.points.push({ x, y, p });
  return true;
}

/**
 * The list of strokes as a sequence of immutable snapshots: add and clear push a new one, undo
 * and redo move between them. A snapshot is a frozen array, so "nothing changed since Apply" is
 * a comparison of references.
 */
export class StrokeHistory {
  constructor() {
    this.past = [];
    this.present = Object.freeze([]);
    this.future = [];
  }

  get strokes() { return this.present; }

  get canUndo() { return this.past.length > 0; }

  get canRedo() { return this.future.length > 0; }

  /** Ends a stroke: it joins the list, and whatever was undone before cannot be redone any more. */
  add(stroke) {
    Object.freeze(stroke.points);
    this.commit(Object.freeze([...this.present, Object.freeze(stroke)]));
  }

  /** Removes every stroke (undoable); false when there was none. */
  clear() {
    if (this.present.length === 0) return false;
    this.commit(Object.freeze([]));
    return true;
  }

  undo() {
    if (!this.canUndo) return false;
    this.future.push(this.present);
    this.present = this.past.pop();
    return true;
  }

  redo() {
    if (!this.canRedo) return false;
    this.past.push(this.present);
    this.present = this.future.pop();
    return true;
  }

  commit(next) {
    this.past.push(this.present);
    this.present = next;
    this.future = [];
  }
}
