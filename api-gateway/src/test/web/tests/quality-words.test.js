// The page's sentences for a doubtful cut-out (js/quality.js has no DOM, so plain Node tests it).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doubtSentence, offersCareful } from '../../../main/resources/META-INF/resources/js/quality.js';

const report = (doubt) => ({ chosen: 'pad25-edge', modelRuns: 2, doubt });

describe('quality sentences', () => {
  test('each doubt has its sentence, suggesting Extra careful', () => {
    assert.equal(doubtSentence(report('SUBJECT_MAY_BE_INCOMPLETE')),
      'Part of the subject may be missing — refine it or try Extra careful.');
    assert.equal(doubtSentence(report('NO_CLEAR_SUBJECT')),
      'No clear subject was found — check the cut-out or try Extra careful.');
    assert.equal(offersCareful(report('NO_CLEAR_SUBJECT')), true);
  });

  test('a confident result, or a server without reports, has no sentence', () => {
    assert.equal(doubtSentence(report(null)), null);
    assert.equal(doubtSentence(undefined), null);
    assert.equal(offersCareful(undefined), false);
  });

  test('after an Extra careful run it does not suggest another', () => {
    const sentence = doubtSentence(report('SUBJECT_MAY_BE_INCOMPLETE'), { careful: true });
    assert.equal(sentence, 'Part of the subject may be missing — refine it.');
    assert.equal(offersCareful(report('SUBJECT_MAY_BE_INCOMPLETE'), { careful: true }), false);
  });
});
