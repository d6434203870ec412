// A full job queue (or a broker away for a moment) answers 503 with Retry-After, and so does a
// server's per-client limit with 429 (too many submits from this browser, or too many of its jobs
// unfinished); either way nothing was queued: the page sends the same upload again after that pause,
// saying which on the card, for as long as PATIENCE_MS; past it the last answer stands and the card
// shows it with its Retry button.

import { ApiError } from './api.js';

const PATIENCE_MS = 10 * 60 * 1000;
const DEFAULT_PAUSE_S = 5;
const MAX_PAUSE_S = 60;

/** Why the server asked to wait: its queue is full (503), or this client is over its limits (429). */
export const BUSY = { FULL: 'full', LIMITED: 'limited' };

/** The sentence a card or the editor shows while it waits `seconds` for the reason `why` (a BUSY value). */
export function waitText(seconds, why = BUSY.FULL) {
  const reason = why === BUSY.LIMITED ? 'Too many requests from you right now' : 'The server is full';
  return `${reason}: trying again in ${seconds} s…`;
}

/**
 * Runs `attempt()` (a promise of an upload) until it is not refused as busy. `onWait(seconds, why)`
 * is told each pause (`why`: a BUSY value); `signal` stops waiting (rejects as ABORTED).
 */
export async function whileBusy(attempt, { onWait = () => {}, signal, patienceMs = PATIENCE_MS } = {}) {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const seconds = pauseOf(error);
      if (seconds === null || Date.now() + seconds * 1000 > deadline) throw error;
      onWait(seconds, error.status === 429 ? BUSY.LIMITED : BUSY.FULL);
      await sleep(seconds * 1000, signal);
    }
  }
}

/** The pause a 503 or 429 asks for (Retry-After in seconds, clamped), or null for any other failure. */
export function pauseOf(error) {
  if (!(error instanceof ApiError) || (error.status !== 503 && error.status !== 429)) return null;
  const seconds = /^\d{1,6}$/.test(error.retryAfter || '') ? Number(error.retryAfter) : DEFAULT_PAUSE_S;
  return Math.min(Math.max(seconds, 1), MAX_PAUSE_S);
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ApiError('Stopped.', { code: 'ABORTED' }));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new ApiError('Stopped.', { code: 'ABORTED' }));
    }, { once: true });
  });
}
