// Pointer input on the editor's stage, for mouse, pen and touch alike: one pointer paints; the
// middle button, Space + drag, or two fingers pan; two fingers pinch and the wheel zoom about the
// pointer. A stroke that a second finger joins was the start of a pinch: it is cancelled, not kept.

/** Wheel notches (deltaY 100) zoom by about 14 %; trackpads send many small deltas and zoom smoothly. */
const WHEEL_ZOOM_PER_DELTA = 0.0015;

/** Routes a stage's pointer and wheel events to painting or to the view. */
export class PaintInput {
  /**
   * @param {HTMLElement} stage
   * @param {import('./zoom-pan.js').ZoomPan} view
   * @param {{begin: Function, extend: Function, end: Function, cancel: Function, hover: Function}} paint
   *   begin/extend({x, y, p}) in photo px (p: pen pressure factor, 1 otherwise); hover(clientX, clientY, type) or hover(null)
   */
  constructor(stage, view, paint) {
    this.stage = stage;
    this.view = view;
    this.paint = paint;
    this.spaceHeld = false;
    this.pointers = new Map(); // pointerId -> {x, y} (client px)
    this.mode = null; // 'paint' | 'pan' | 'pinch' | 'wait' (fingers left after a pinch)
    this.painter = null;
    this.pinch = null;
    stage.addEventListener('pointerdown', (event) => this.down(event));
    stage.addEventListener('pointermove', (event) => this.move(event));
    stage.addEventListener('pointerup', (event) => this.up(event, false));
    stage.addEventListener('pointercancel', (event) => this.up(event, true));
    stage.addEventListener('pointerleave', (event) => { if (event.pointerType !== 'touch') paint.hover(null); });
    stage.addEventListener('wheel', (event) => this.wheel(event), { passive: false });
    stage.addEventListener('contextmenu', (event) => event.preventDefault());
  }

  down(event) {
    if (event.button !== 0 && event.button !== 1) return;
    event.preventDefault(); // no text selection, no middle-click autoscroll
    this.stage.focus({ preventScroll: true });
    try {
      this.stage.setPointerCapture(event.pointerId);
    } catch {
      // a pointer the browser no longer tracks: it will not send more events either
    }
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 2) {
      if (this.mode === 'paint') this.paint.cancel();
      this.mode = 'pinch';
      this.pinch = this.measure();
      return;
    }
    if (this.pointers.size > 2 || this.mode) return;
    if (event.button === 1 || this.spaceHeld) {
      this.mode = 'pan';
      this.stage.classList.add('is-dragging');
      return;
    }
    this.mode = 'paint';
    this.painter = event.pointerId;
    this.paint.begin(this.pointOf(event));
  }

  move(event) {
    const last = this.pointers.get(event.pointerId);
    if (event.pointerType !== 'touch') this.paint.hover(event.clientX, event.clientY);
    if (!last) return;
    if (this.mode === 'paint' && event.pointerId === this.painter) {
      const events = event.getCoalescedEvents?.() || [];
      for (const each of events.length ? events : [event]) this.paint.extend(this.pointOf(each));
    } else if (this.mode === 'pan') {
      this.view.panBy(event.clientX - last.x, event.clientY - last.y);
    }
    last.x = event.clientX;
    last.y = event.clientY;
    if (this.mode === 'pinch' && this.pointers.size === 2) {
      const now = this.measure();
      const box = this.stage.getBoundingClientRect();
      if (this.pinch.distance > 0) this.view.zoomAt(now.distance / this.pinch.distance, now.x - box.left, now.y - box.top);
      this.view.panBy(now.x - this.pinch.x, now.y - this.pinch.y);
      this.pinch = now;
    }
  }

  up(event, cancelled) {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.mode === 'paint' && event.pointerId === this.painter) {
      if (cancelled) this.paint.cancel();
      else this.paint.end();
      this.painter = null;
    }
    if (this.pointers.size === 0) {
      this.mode = null;
      this.stage.classList.remove('is-dragging');
    } else if (this.mode === 'pinch') {
      this.mode = 'wait'; // the finger that stays does not start painting
    }
  }

  wheel(event) {
    event.preventDefault();
    const box = this.stage.getBoundingClientRect();
    const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY; // lines → px
    this.view.zoomAt(Math.exp(-delta * WHEEL_ZOOM_PER_DELTA), event.clientX - box.left, event.clientY - box.top);
    this.paint.hover(event.clientX, event.clientY);
  }

  /** Midpoint and distance of the two pointers down (client px). */
  measure() {
    const [a, b] = [...this.pointers.values()];
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, distance: Math.hypot(a.x - b.x, a.y - b.y) };
  }

  pointOf(event) {
    const { x, y } = this.view.toImage(event.clientX, event.clientY);
    // Only a pen's pressure means something (a mouse reports 0.5 whenever a button is down).
    const p = event.pointerType === 'pen' && event.pressure > 0 ? 0.25 + 0.75 * event.pressure : 1;
    return { x, y, p };
  }
}
