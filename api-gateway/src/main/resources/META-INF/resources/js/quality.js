// The worker's quality report in words: one sentence when the cut-out is doubtful, none otherwise.
// No DOM here, so the sentences can be tested without a browser.

const SENTENCES = {
  SUBJECT_MAY_BE_INCOMPLETE: { what: 'Part of the subject may be missing', fix: 'refine it or try Extra careful' },
  NO_CLEAR_SUBJECT: { what: 'No clear subject was found', fix: 'check the cut-out or try Extra careful' },
};
// After an Extra careful run, suggesting it again would only repeat the same work.
const AFTER_CAREFUL = {
  SUBJECT_MAY_BE_INCOMPLETE: 'refine it',
  NO_CLEAR_SUBJECT: 'check the cut-out',
};

/**
 * The sentence for a job view's `quality` (null/undefined when the server sent none), or null when
 * the cut-out is not doubtful. `careful`: the job already ran Extra careful.
 */
export function doubtSentence(quality, { careful = false } = {}) {
  const doubt = quality?.doubt;
  const sentence = doubt ? SENTENCES[doubt] : null;
  if (!sentence) return null;
  return `${sentence.what} — ${careful ? AFTER_CAREFUL[doubt] : sentence.fix}.`;
}

/** Whether "Redo extra careful" can help: the cut-out is doubtful and was not made extra careful. */
export function offersCareful(quality, { careful = false } = {}) {
  return !careful && doubtSentence(quality) !== null;
}
