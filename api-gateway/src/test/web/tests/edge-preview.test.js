// The preview's box filters (js/edge-preview.js has no DOM, so plain Node tests it).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  boxMean, edgeControls, holdStrokes, previewAlpha, previewSize,
} from '../../../main/resources/META-INF/resources/js/edge-preview.js';
import { ERASE, KEEP, NONE } from '../../../main/resources/META-INF/resources/js/hint-mask.js';

/** A w×h alpha with the left `edge` columns opaque: a straight vertical edge. */
function halfPlane(w, h, edge) {
  const a = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < edge; x++) a[y * w + x] = 255;
  return a;
}

const opaque = (a) => a.reduce((n, v) => n + (v >= 128 ? 1 : 0), 0);
const soft = (a) => a.reduce((n, v) => n + (v > 8 && v < 247 ? 1 : 0), 0);

describe('edge preview', () => {
  test('the box mean equals the direct windowed mean, truncated at the edges', () => {
    const w = 13;
    const h = 7;
    const src = Float32Array.from({ length: w * h }, (_, i) => (i * 37) % 11);
    const dst = new Float32Array(w * h);
    boxMean(src, w, h, 3, new Float32Array(w * h), dst);
    for (const [x, y] of [[0, 0], [6, 3], [12, 6], [2, 5]]) {
      let sum = 0;
      let n = 0;
      for (let yy = Math.max(0, y - 3); yy <= Math.min(h - 1, y + 3); yy++) {
        for (let xx = Math.max(0, x - 3); xx <= Math.min(w - 1, x + 3); xx++) { sum += src[yy * w + xx]; n++; }
      }
      assert.ok(Math.abs(dst[y * w + x] - sum / n) < 1e-4, `(${x},${y})`);
    }
  });

  test('a positive shift moves a straight edge out by that many px, a negative one in', () => {
    const w = 100;
    const h = 20;
    const alpha = halfPlane(w, h, 50);
    const row = (a, y = 10) => [...a.slice(y * w, y * w + w)];
    const edgeOf = (a) => row(a).findIndex((v) => v < 128);
    assert.equal(edgeOf(alpha), 50);
    assert.equal(edgeOf(edgeControls(alpha, w, h, 0, 6)), 56);
    assert.equal(edgeOf(edgeControls(alpha, w, h, 0, -6)), 44);
    assert.ok(opaque(edgeControls(alpha, w, h, 0, 6)) > opaque(alpha));
  });

  test('feather softens the edge: more semi-transparent pixels the more it is', () => {
    const w = 120;
    const h = 40;
    const alpha = halfPlane(w, h, 60);
    const counts = [0, 2, 8, 20].map((f) => soft(edgeControls(alpha, w, h, f, 0)));
    assert.equal(counts[0], 0);
    for (let i = 1; i < counts.length; i++) assert.ok(counts[i] > counts[i - 1], `${counts}`);
    assert.equal(opaque(edgeControls(alpha, w, h, 8, 0)), opaque(alpha), 'the 0.5 line stays where it was');
  });

  test('controls in photo px are scaled to the reduced grid; strokes are held after them', () => {
    const w = 50;
    const h = 10;
    const alpha = halfPlane(w, h, 25);
    const labels = new Uint8Array(w * h);
    labels[5 * w + 40] = KEEP;
    labels[5 * w + 10] = ERASE;
    // 12 photo px on a grid at half the photo's size = 6 grid px.
    const out = previewAlpha(alpha, w, h, { feather: 0, shift: 12 }, 0.5, labels);
    assert.equal([...out.slice(6 * w, 7 * w)].findIndex((v) => v < 128), 31);
    assert.equal(out[5 * w + 40], 255, 'keep held');
    assert.equal(out[5 * w + 10], 0, 'erase held');
    assert.deepEqual([...previewAlpha(alpha, w, h, { feather: 0, shift: 0 }, 1)], [...alpha], 'no controls: unchanged');
    assert.deepEqual([...holdStrokes(Uint8ClampedArray.of(7, 7, 7), Uint8Array.of(NONE, KEEP, ERASE))], [7, 255, 0]);
  });

  test('the reduced copy is at most 512 px on its long side', () => {
    assert.deepEqual(previewSize(640, 480), { width: 512, height: 384, scale: 0.8 });
    assert.deepEqual(previewSize(300, 200), { width: 300, height: 200, scale: 1 });
  });

  test('the filters stay fast on a full preview (O(pixels))', () => {
    const alpha = halfPlane(512, 512, 256);
    const started = performance.now();
    edgeControls(alpha, 512, 512, 50, 30);
    const ms = performance.now() - started;
    console.log(`edgeControls 512×512, feather 50, shift 30: ${ms.toFixed(1)} ms`);
    assert.ok(ms < 1000);
  });
});
