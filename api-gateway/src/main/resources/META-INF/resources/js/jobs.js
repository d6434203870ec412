// The path of one photo: check → wait for a slot → upload → follow the stages → fetch the PNG.
// Each step reports to the card; every failure ends as a sentence on it.

import { ApiError, deleteJob, fetchResult, submitJob, watchJob } from './api.js';
import { whileBusy } from './busy.js';
import { checkFile } from './validate.js';

/** Runs photos through the server, at most `queue.limit` at a time. */
export class JobRunner {
  /**
   * @param {import('./queue.js').TaskQueue} queue
   * @param {() => object} readOptions the current form's options
   * @param {(card, message) => void} announce
   */
  constructor(queue, readOptions, announce) {
    this.queue = queue;
    this.readOptions = readOptions;
    this.announce = announce;
    this.info = null;
    this.runs = new Map(); // card -> {controller, task, job}
  }

  /** Starts (or restarts) the card's photo with the options chosen now, changed by `overrides`. */
  async start(card, overrides = {}) {
    if (!this.info) throw new Error('server info not loaded');
    await this.stop(card);
    const check = await checkFile(card.file, this.info);
    if (!check.ok) {
      card.failed(check.message);
      this.announce(card, check.message);
      return;
    }
    card.describe(check.mediaType, check.width, check.height);
    card.waiting();
    const options = { ...this.readOptions(), ...overrides };
    const controller = new AbortController();
    const run = { controller, job: null, task: null };
    run.task = () => this.process(card, run, options);
    this.runs.set(card, run);
    try {
      await this.queue.add(run.task);
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = explain(error, this.info);
      card.failed(message);
      this.announce(card, message);
    } finally {
      if (this.runs.get(card) === run) this.runs.delete(card);
    }
  }

  async process(card, run, options) {
    const { signal } = run.controller;
    card.uploading(0);
    run.job = await whileBusy(() => submitJob(card.file, card.file.name, options, {
      signal, onUploadProgress: (fraction) => card.uploading(fraction),
    }), { signal, onWait: (seconds, why) => card.busy(seconds, why) });
    card.job = run.job;
    card.options = options; // a refinement resends them
    card.processing(run.job);
    const last = await watchJob(run.job, (view) => card.processing(view), { signal });
    card.fetching();
    const result = await fetchResult(run.job);
    if (signal.aborted) return;
    card.done({
      blob: result.blob, fileName: result.fileName || resultName(card.file.name, options.format),
      quality: last.quality, careful: Boolean(options.quality),
    });
    // The doubt is read out with the news, so nobody has to find it on the card.
    this.announce(card, ['background removed', card.doubt()].filter(Boolean).join('. '));
  }

  /** Stops whatever the card is doing and deletes its job on the server. */
  async stop(card) {
    const run = this.runs.get(card);
    if (run) {
      this.runs.delete(card);
      this.queue.cancel(run.task);
      run.controller.abort();
    }
    const job = card.job;
    card.job = null;
    if (job) {
      try {
        await deleteJob(job);
      } catch {
        // the job expires on its own after the retention; nothing for the person to do
      }
    }
  }
}

const EXTENSIONS = { png: 'png', webp: 'webp', jpeg: 'jpg' };

/** "holiday.jpg" → "holiday_no_bg.png" (or .webp, .jpg by format; the server names it the same way). */
export function resultName(fileName, format = 'png') {
  const dot = fileName.lastIndexOf('.');
  const base = (dot > 0 ? fileName.slice(0, dot) : fileName).replace(/[^A-Za-z0-9._-]+/g, '_') || 'cutout';
  return `${base}_no_bg.${EXTENSIONS[format] || 'png'}`;
}

/** A sentence for a person from any error thrown on the way. */
export function explain(error, info) {
  if (!(error instanceof ApiError)) return 'Something went wrong in the page. Retry, or reload the page.';
  const kept = info ? retentionText(info.retentionSeconds) : '15 minutes';
  switch (error.code) {
    case 'EXPIRED':
      return `This result has expired (results are kept for ${kept}). Retry to process the photo again.`;
    case 'NOT_FOUND':
      return 'The server no longer knows this job (it may have restarted). Retry to process the photo again.';
    case 'UNAVAILABLE':
      return 'The server is busy or starting up. Try again in a moment.';
    case 'TIMEOUT':
      return 'The server took too long with this photo. Try again, or try the Fast model.';
    default:
      return error.message;
  }
}

/** 900 → "15 minutes", 8 → "8 seconds" (a short retention is not "0 minutes"), 7200 → "2 hours". */
export function retentionText(seconds) {
  const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 90) return plural(Math.max(1, Math.round(seconds)), 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 120 || minutes % 60 !== 0) return plural(minutes, 'minute');
  return plural(minutes / 60, 'hour');
}
