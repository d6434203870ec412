// The path of one refinement: send the photo, the hint mask and the edge controls against the
// card's ORIGINAL job → follow the new job like any other → fetch its PNG → it becomes the card's result.

import { ApiError, deleteJob, fetchResult, submitRefine, watchJob } from './api.js';
import { waitText, whileBusy } from './busy.js';
import { explain, retentionText } from './jobs.js';

/** Runs at most one refinement per card; a new one (or a Redo) stops the one before. */
export class RefineRunner {
  constructor() {
    this.info = null;
    this.runs = new Map(); // card -> AbortController
  }

  /**
   * Refines `card` with `refinement` {hints: Blob|null, feather, shift}. `onUpdate(text, percent)`
   * reports progress. Resolves once the card shows the refined PNG; rejects with an ApiError.
   */
  async refine(card, refinement, onUpdate) {
    await this.stop(card, { keepResult: true });
    const controller = new AbortController();
    this.runs.set(card, controller);
    const { signal } = controller;
    try {
      onUpdate('Uploading', 0);
      const job = await whileBusy(() => submitRefine(card.job, card.file, card.file.name, card.options, refinement, {
        signal, onUploadProgress: (fraction) => onUpdate(`Uploading ${Math.round(fraction * 100)}%`, fraction * 20),
      }), { signal, onWait: (seconds, why) => onUpdate(waitText(seconds, why), 0) });
      const last = await watchJob(job, (view) => onUpdate(stageText(view.status), 20 + (view.progress || 0) * 0.8),
        { signal });
      const result = await fetchResult(job);
      if (signal.aborted) throw new ApiError('Stopped.', { code: 'ABORTED' });
      const earlier = card.refinedJob;
      card.refinedJob = job;
      card.done({
        blob: result.blob, fileName: result.fileName || card.result.fileName,
        quality: last.quality, careful: card.result.careful, refined: true,
      });
      if (earlier) deleteJob(earlier).catch(() => {}); // it would expire anyway; only the newest is shown
    } finally {
      if (this.runs.get(card) === controller) this.runs.delete(card);
    }
  }

  /** Stops the card's refinement; unless `keepResult`, also forgets the refined job on the server. */
  async stop(card, { keepResult = false } = {}) {
    this.runs.get(card)?.abort();
    this.runs.delete(card);
    if (keepResult || !card.refinedJob) return;
    const job = card.refinedJob;
    card.refinedJob = null;
    try {
      await deleteJob(job);
    } catch {
      // the job expires on its own after the retention
    }
  }

  /** A sentence for a refinement that did not happen. */
  explain(error) {
    if (error instanceof ApiError && (error.code === 'EXPIRED' || error.code === 'NOT_FOUND')) {
      const kept = this.info ? retentionText(this.info.retentionSeconds) : '15 minutes';
      return `The server no longer has this photo's first result (results are kept for ${kept}). `
        + 'Close the editor, use Redo on the photo, then refine again: your strokes are kept.';
    }
    return explain(error, this.info);
  }
}

const STAGES = {
  queued: 'Waiting for the server…',
  decoding: 'Reading the image…',
  refining: 'Applying your strokes…',
  encoding: 'Saving the PNG…',
  done: 'Fetching the result…',
};

function stageText(status) {
  return STAGES[status] || 'Refining…';
}
