// Client of the public /api/v1: submit and refine (with upload progress), watch (SSE, polling fallback),
// result, delete, info. Every failure becomes an ApiError with a sentence meant for a person. When the server
// needs an API key (access.js), every call carries it and a 401 asks for it again, then sends the call again.

import { askForKey, canAskForKey, keyHeaders, withKeyInQuery } from './access.js';

const BASE = '/api/v1';
const TERMINAL = new Set(['done', 'failed']);
const STATUSES = ['queued', 'decoding', 'inferring', 'refining', 'encoding', 'done', 'failed'];
const POLL_INTERVAL_MS = 1000;
// While EventSource reconnects, the status is asked this often (it may never reconnect: a 503 closes it).
const RECONNECT_CHECK_MS = 5000;
// No answer or 503 for this long while following a job (a server restart takes seconds): the card says so.
const OUTAGE_PATIENCE_MS = 60000;
// A result download that gets no answer is tried this many times, RESULT_RETRY_MS × attempt apart (1+2+3+4 s).
const RESULT_ATTEMPTS = 5;
const RESULT_RETRY_MS = 1000;
// SSE sends only comments while a job sits in one stage; after this long without an event we ask.
const STALL_CHECK_MS = 20000;

/** A failed call: `code` is the server's ErrorCode (or a client one), `message` is for a person. */
export class ApiError extends Error {
  constructor(message, { code = 'INTERNAL', status = 0, retryAfter = null } = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter; // the Retry-After header of a 503 or 429 (busy.js waits it out)
  }
}

const NETWORK_MESSAGE = 'Cannot reach the Cutout server. Check your connection and try again.';
const KEY_REFUSED = 'The server did not accept this API key. Enter it again (ask whoever runs this server).';

/** fetch with the API key; a 401 asks for the key and sends the request again. */
async function authorizedFetch(url, init = {}) {
  for (;;) {
    const response = await fetch(url, { ...init, headers: { ...(init.headers || {}), ...keyHeaders() } });
    if (response.status !== 401 || !canAskForKey()) return response;
    await askForKey(KEY_REFUSED);
  }
}

/** Builds an ApiError from a problem+json answer (or any non-2xx answer). */
async function problemOf(response, fallback) {
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // not JSON (a proxy's HTML page, say): the status alone has to do
  }
  return problemFromJson(problem, response.status, fallback);
}

function problemFromJson(problem, status, fallback, retryAfter = null) {
  const code = problem.code || codeForStatus(status);
  const message = problem.detail || problem.title || fallback || `The server answered ${status}.`;
  return new ApiError(message, { code, status, retryAfter });
}

function codeForStatus(status) {
  if (status === 410) return 'EXPIRED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_FORMAT';
  if (status === 503) return 'UNAVAILABLE';
  return status >= 500 ? 'INTERNAL' : 'REJECTED';
}

/** GET /api/v1/info: formats (media types), limits, models, retention. */
export async function fetchInfo() {
  let response;
  try {
    response = await fetch(`${BASE}/info`, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(NETWORK_MESSAGE, { code: 'NETWORK' });
  }
  if (!response.ok) throw await problemOf(response, 'The server did not describe itself.');
  return response.json();
}

/**
 * POST /api/v1/jobs as multipart. XMLHttpRequest rather than fetch: only it reports upload bytes.
 * Resolves with the job view {id,status,progress,links}; `signal` aborts the upload.
 */
export function submitJob(file, fileName, options, { onUploadProgress, signal } = {}) {
  return postForm(`${BASE}/jobs`, formOf(file, fileName, options), 'The server refused this image.',
    { onUploadProgress, signal });
}

/**
 * POST /api/v1/jobs/{id}/refine: the photo again (`file`), the options `job` was submitted with,
 * and `refinement` {hints: Blob|null (the keep/erase mask PNG), feather, shift}. Resolves with the
 * new job's view, followed like any other; the server starts from `job`'s own result every time.
 */
export function submitRefine(job, file, fileName, options, refinement, { onUploadProgress, signal } = {}) {
  const form = formOf(file, fileName, options);
  if (refinement.hints) form.append('hints', refinement.hints, 'hints.png');
  form.append('feather', String(refinement.feather));
  form.append('shift', String(refinement.shift));
  return postForm(`${BASE}/jobs/${encodeURIComponent(job.id)}/refine`, form, 'The server refused this refinement.',
    { onUploadProgress, signal });
}

function formOf(file, fileName, options) {
  const form = new FormData();
  form.append('file', file, fileName);
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && value !== null) form.append(key, String(value));
  }
  return form;
}

function postForm(url, form, refusal, { onUploadProgress, signal }) {
  return new Promise((resolve, reject) => {
    const send = () => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      for (const [name, value] of Object.entries(keyHeaders())) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && onUploadProgress) onUploadProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        let body = {};
        try {
          body = JSON.parse(xhr.responseText || '{}');
        } catch {
          // handled below as a problem without details
        }
        if (xhr.status === 202 || xhr.status === 200) resolve(body);
        else if (xhr.status === 401 && canAskForKey() && !signal?.aborted) askForKey(KEY_REFUSED).then(send);
        else reject(problemFromJson(body, xhr.status, refusal, xhr.getResponseHeader('Retry-After')));
      };
      xhr.onerror = () => reject(new ApiError(NETWORK_MESSAGE, { code: 'NETWORK' }));
      xhr.onabort = () => reject(new ApiError('Upload cancelled.', { code: 'ABORTED' }));
      if (signal) signal.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(form);
    };
    send(); // again, with the key asked for, after a 401
  });
}

/** GET /api/v1/jobs/{id}. */
export async function fetchStatus(job) {
  let response;
  try {
    response = await authorizedFetch(job.links.self, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  } catch {
    throw new ApiError(NETWORK_MESSAGE, { code: 'NETWORK' });
  }
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/**
 * Follows a job until it ends: server-sent events first, polling when the stream fails.
 * Calls onUpdate(view) for every state; resolves with the last (done) view, rejects with an
 * ApiError for a failed job or a lost job. `signal` stops watching.
 *
 * A stream that drops (a restarted or briefly unreachable server) is left to EventSource, which reconnects
 * with Last-Event-ID and gets the current state first; meanwhile the status is asked every few seconds.
 * No answer (or 503) is waited out for OUTAGE_PATIENCE_MS before the card says so.
 */
export function watchJob(job, onUpdate, { signal } = {}) {
  return new Promise((resolve, reject) => {
    let source = null;
    let stallTimer = 0;
    let pollTimer = 0;
    let finished = false;
    const outage = new Outage();

    const finish = (view) => {
      if (finished) return;
      finished = true;
      cleanUp();
      if (view.status === 'done') resolve(view);
      else reject(new ApiError(view.error?.message || 'Processing failed.', { code: view.error?.code || 'INTERNAL' }));
    };
    const fail = (error) => {
      if (finished) return;
      finished = true;
      cleanUp();
      reject(error);
    };
    const update = (view) => {
      if (finished) return;
      outage.over();
      onUpdate(view);
      if (TERMINAL.has(view.status)) finish(view);
    };
    const cleanUp = () => {
      clearTimeout(stallTimer);
      clearTimeout(pollTimer);
      if (source) source.close();
      source = null;
    };
    // One status read; a failure that may pass (no answer, 503) only ends the watch once it has lasted.
    const ask = async () => {
      try {
        update(await fetchStatus(job));
      } catch (error) {
        if (!outage.passing(error)) fail(error);
        else if (outage.tooLong()) fail(outage.error());
      }
    };
    const armStallCheck = () => {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(async () => {
        await ask();
        if (!finished) armStallCheck();
      }, STALL_CHECK_MS);
    };
    // While the stream is down, ask every few seconds (every second once EventSource has given up). Each
    // failed reconnect fires onerror again: a read already planned stays planned.
    const pollWhileDown = () => {
      if (pollTimer || finished) return;
      const reconnecting = source && source.readyState !== EventSource.CLOSED;
      pollTimer = setTimeout(async () => {
        await ask();
        pollTimer = 0;
        if (!source || source.readyState !== EventSource.OPEN) pollWhileDown();
      }, reconnecting ? RECONNECT_CHECK_MS : POLL_INTERVAL_MS);
    };

    if (signal) signal.addEventListener('abort', () => fail(new ApiError('Stopped.', { code: 'ABORTED' })), { once: true });
    if (typeof EventSource !== 'function') {
      pollWhileDown();
      return;
    }
    source = new EventSource(withKeyInQuery(job.links.events));
    for (const status of STATUSES) {
      source.addEventListener(status, (event) => {
        armStallCheck();
        try {
          update(JSON.parse(event.data));
        } catch {
          source.close();
          source = null;
          pollWhileDown();
        }
      });
    }
    // A stream that breaks before done/failed (proxy, server restart): EventSource reconnects by itself, unless
    // the answer was not a 200 (204, 404, 410, 503): then it stays closed and the status reads carry on (they
    // also turn a gone job into a readable error).
    source.onerror = () => {
      if (!finished) pollWhileDown();
    };
    armStallCheck();
  });
}

/** How long the server has been out of reach (no answer, or 503) while a job is followed. */
class Outage {
  constructor() {
    this.since = null;
  }

  /** True for a failure that a server coming back would end; starts the clock. */
  passing(error) {
    if (error.code !== 'NETWORK' && error.code !== 'UNAVAILABLE') return false;
    if (this.since === null) this.since = Date.now();
    return true;
  }

  tooLong() {
    return this.since !== null && Date.now() - this.since >= OUTAGE_PATIENCE_MS;
  }

  over() {
    this.since = null;
  }

  error() {
    return new ApiError(`The Cutout server has not answered for ${Math.round(OUTAGE_PATIENCE_MS / 1000)} seconds. `
      + 'Check your connection, then Retry.', { code: 'UNREACHABLE' });
  }
}

/**
 * GET /api/v1/jobs/{id}/result: {blob, fileName} (file name from Content-Disposition). No answer or a 503
 * (a server restarting between done and the download) is tried again a few times, waiting longer each time.
 */
export async function fetchResult(job) {
  let response;
  for (let attempt = 1; ; attempt++) {
    try {
      response = await authorizedFetch(job.links.result, { cache: 'no-store' });
      if (response.status !== 503 || attempt >= RESULT_ATTEMPTS) break;
    } catch {
      if (attempt >= RESULT_ATTEMPTS) throw new ApiError(NETWORK_MESSAGE, { code: 'NETWORK' });
    }
    await new Promise((r) => setTimeout(r, RESULT_RETRY_MS * attempt));
  }
  if (!response.ok) throw await problemOf(response, 'The result could not be fetched.');
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition') || '') };
}

/** The download's name: RFC 8187 filename*=UTF-8''… (non-ASCII names) over the ASCII filename="…". */
function fileNameOf(disposition) {
  const extended = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // a malformed escape: the ASCII name below
    }
  }
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  return match ? match[1] : null;
}

/** DELETE /api/v1/jobs/{id}; a job already gone (404/410) counts as deleted. */
export async function deleteJob(job) {
  try {
    const response = await authorizedFetch(job.links.self, { method: 'DELETE' });
    if (!response.ok && response.status !== 404 && response.status !== 410) throw await problemOf(response);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(NETWORK_MESSAGE, { code: 'NETWORK' });
  }
}
