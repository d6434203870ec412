// Strokes and their undo/redo history (js/strokes.js has no DOM, so plain Node tests it).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { StrokeHistory, addPoint, newStroke } from '../../../main/resources/META-INF/resources/js/strokes.js';

function stroke(tool, x) {
  const s = newStroke(tool, 10);
  addPoint(s, x, 0);
  addPoint(s, x + 20, 0);
  return s;
}

describe('stroke history', () => {
  test('undo and redo walk back and forth through exactly the same lists', () => {
    const history = new StrokeHistory();
    const a = stroke('keep', 0);
    const b = stroke('erase', 50);
    history.add(a);
    const afterA = history.strokes;
    history.add(b);
    const afterB = history.strokes;
    assert.deepEqual(afterB.map((s) => s.tool), ['keep', 'erase']);
    assert.equal(history.undo(), true);
    assert.equal(history.strokes, afterA, 'undo gives back the earlier snapshot itself');
    assert.equal(history.undo(), true);
    assert.deepEqual(history.strokes, []);
    assert.equal(history.undo(), false, 'nothing left to undo');
    assert.equal(history.redo(), true);
    assert.equal(history.redo(), true);
    assert.equal(history.strokes, afterB);
    assert.equal(history.redo(), false);
  });

  test('a new stroke after an undo drops what could have been redone', () => {
    const history = new StrokeHistory();
    history.add(stroke('keep', 0));
    history.add(stroke('keep', 40));
    history.undo();
    history.add(stroke('clear', 80));
    assert.equal(history.canRedo, false);
    assert.deepEqual(history.strokes.map((s) => s.tool), ['keep', 'clear']);
  });

  test('clear all is one undoable step; clearing nothing is not a step', () => {
    const history = new StrokeHistory();
    assert.equal(history.clear(), false);
    assert.equal(history.canUndo, false);
    history.add(stroke('erase', 0));
    const before = history.strokes;
    assert.equal(history.clear(), true);
    assert.deepEqual(history.strokes, []);
    history.undo();
    assert.equal(history.strokes, before);
  });

  test('snapshots cannot be changed behind the history\'s back', () => {
    const history = new StrokeHistory();
    history.add(stroke('keep', 0));
    assert.throws(() => history.strokes.push(stroke('erase', 0)), TypeError);
    assert.throws(() => history.strokes[0].points.push({ x: 1, y: 1, p: 1 }), TypeError);
  });

  test('points closer than a quarter of the radius are skipped', () => {
    const s = newStroke('keep', 8);
    assert.equal(addPoint(s, 0, 0), true);
    assert.equal(addPoint(s, 1, 1), false);
    assert.equal(addPoint(s, 2, 0), true);
    assert.deepEqual(s.points, [{ x: 0, y: 0, p: 1 }, { x: 2, y: 0, p: 1 }]);
    assert.throws(() => newStroke('smudge', 4));
  });
});
