// Strokes rasterised into the hint mask (js/hint-mask.js has no DOM, so plain Node tests it).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ERASE, KEEP, LabelMap, NONE, maskSize } from '../../../main/resources/META-INF/resources/js/hint-mask.js';
import { addPoint, newStroke } from '../../../main/resources/META-INF/resources/js/strokes.js';

function line(tool, radius, points) {
  const s = newStroke(tool, radius);
  for (const [x, y, p = 1] of points) addPoint(s, x, y, p);
  return s;
}

const count = (map, label) => map.data.reduce((n, v) => n + (v === label ? 1 : 0), 0);

describe('hint mask', () => {
  test('the mask is at most 2048 px long and keeps the photo\'s aspect ratio', () => {
    assert.deepEqual(maskSize(640, 480), { width: 640, height: 480 });
    assert.deepEqual(maskSize(6000, 4000), { width: 2048, height: 1365 });
    const { width, height } = maskSize(4032, 3024);
    assert.ok(Math.abs(width / height - 4032 / 3024) < 0.02 * (4032 / 3024));
  });

  test('every mask pixel is opaque pure green, opaque pure red, or fully transparent', () => {
    const map = new LabelMap(200, 100, 400);
    map.redraw([
      line('keep', 30, [[40, 40], [200, 120], [300, 60]]),
      line('erase', 13, [[100, 180], [390, 10]]),
    ]);
    const rgba = map.maskRgba();
    const seen = new Set();
    for (let i = 0; i < rgba.length; i += 4) seen.add(rgba.slice(i, i + 4).join(','));
    assert.deepEqual([...seen].sort(), ['0,0,0,0', '0,255,0,255', '255,0,0,255']);
  });

  test('a stroke covers the capsule around its path, in mask px', () => {
    // Photo 400 px wide on a 200 px grid: radius 20 photo px = 10 grid px.
    const map = new LabelMap(200, 100, 400);
    map.redraw([line('keep', 20, [[100, 100], [300, 100]])]);
    const at = (x, y) => map.data[y * 200 + x];
    assert.equal(at(100, 50), KEEP, 'on the path');
    assert.equal(at(50, 41), KEEP, 'inside the radius');
    assert.equal(at(100, 38), NONE, 'outside the radius');
    assert.equal(at(35, 50), NONE, 'past the round cap');
    const area = count(map, KEEP);
    const expected = 100 * 20 + Math.PI * 100; // rectangle + two half discs
    assert.ok(Math.abs(area - expected) / expected < 0.05, `${area} ≈ ${expected}`);
  });

  test('later strokes paint over earlier ones, and the stroke eraser takes paint away', () => {
    const map = new LabelMap(100, 100, 100);
    const keep = line('keep', 20, [[20, 50], [80, 50]]);
    const erase = line('erase', 10, [[50, 20], [50, 80]]);
    const clear = line('clear', 30, [[50, 50]]);
    map.redraw([keep, erase]);
    assert.equal(map.data[50 * 100 + 50], ERASE);
    assert.equal(map.hasHints(), true);
    map.redraw([keep, erase, clear]);
    assert.equal(map.data[50 * 100 + 50], NONE);
    assert.equal(map.data[50 * 100 + 85], KEEP, 'paint outside the eraser stays');
    map.redraw([keep, line('clear', 60, [[50, 50]])]);
    assert.equal(map.hasHints(), false, 'all paint removed');
  });

  test('pen pressure narrows the stroke', () => {
    const full = new LabelMap(100, 100, 100);
    full.redraw([line('keep', 10, [[10, 50], [90, 50]])]);
    const light = new LabelMap(100, 100, 100);
    light.redraw([line('keep', 10, [[10, 50, 0.4], [90, 50, 0.4]])]);
    assert.ok(count(light, KEEP) < count(full, KEEP) * 0.5);
  });

  test('a thin brush on a reduced grid still leaves a mark; strokes off the grid are ignored', () => {
    const map = new LabelMap(50, 50, 5000);
    assert.notEqual(map.paintSegment(line('keep', 1, [[2500, 2500]]), 0), null);
    assert.equal(count(map, KEEP) >= 1, true);
    assert.equal(map.paintSegment(line('keep', 10, [[-500, -500]]), 0), null);
  });

  test('sampling on a smaller grid keeps the labels where they were', () => {
    const map = new LabelMap(100, 100, 100);
    map.redraw([line('erase', 25, [[25, 25]])]);
    const small = map.sample(10, 10);
    assert.equal(small[2 * 10 + 2], ERASE);
    assert.equal(small[8 * 10 + 8], NONE);
  });
});
