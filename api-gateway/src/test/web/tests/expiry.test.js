// A job the server has forgotten: a second app, started for this file only, keeps results for a short while,
// so a result fetched late is past its retention (410) and the card has to say so.
//
// Nothing here waits a fixed time that a slow machine could miss: one job is timed on this machine first (the
// same photo and model, on an app with the default retention), the short retention is derived from that
// time, and the held result download is let through only once the server itself answers 410 for the job.

import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startApp } from './support/app.js';
import { launchBrowser, openPage } from './support/browser.js';
import { PHOTOS } from './support/files.js';
import { card, chooseFiles, recordStatuses, screenshot, waitForState } from './support/ui.js';

// The retention counts from submission, so it must outlast a whole job with room to spare (the Fast model's two
// runs on a 256×256 photo: 12 s were seen with two builds running beside the tests).
const MIN_RETENTION_SECONDS = 30;
const RETENTION_PER_JOB_TIME = 4;
const STATUS_POLL_MS = 500;

let app;
let browser;
let jobSeconds;
let retentionSeconds;

/**
 * Drops the photo on a fresh page with the Fast model; resolves with the page and the photo's card.
 * `holdResult`: a route handler for the result download.
 */
async function submitPhoto(url, holdResult = null) {
  const page = await openPage(browser, url);
  await page.getByRole('radio', { name: /Fast/ }).check();
  await recordStatuses(page);
  if (holdResult) await page.route('**/api/v1/jobs/*/result', holdResult);
  await chooseFiles(page, [PHOTOS.iceCream]);
  return { page, photo: card(page, basename(PHOTOS.iceCream)) };
}

/** Asks GET /api/v1/jobs/{id} until it answers 410 (the server's own word that the job expired). */
async function until410(jobUrl, boundMs) {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const status = (await fetch(jobUrl)).status;
    if (status === 410) return;
    assert.ok(status === 200, `the job is readable until it expires: ${status}`);
    assert.ok(Date.now() < deadline, `the job was still readable ${boundMs / 1000} s later`);
    await new Promise((r) => setTimeout(r, STATUS_POLL_MS));
  }
}

before(async () => {
  browser = await launchBrowser();
  const timing = await startApp({ CUTOUT_MODEL: 'small' }, { logName: 'web-tests-app-timing.log' });
  try {
    const { page, photo } = await submitPhoto(timing.url);
    const started = Date.now();
    await waitForState(photo, 'done');
    jobSeconds = (Date.now() - started) / 1000;
    await page.context().close();
  } finally {
    await timing.stop();
  }
  retentionSeconds = Math.max(MIN_RETENTION_SECONDS, Math.ceil(RETENTION_PER_JOB_TIME * jobSeconds));
  console.log(`expiry.test.js: one job took ${jobSeconds.toFixed(1)} s here; retention ${retentionSeconds} s`);
  app = await startApp({ CUTOUT_GATEWAY_RETENTION: `${retentionSeconds}s`, CUTOUT_MODEL: 'small' },
    { logName: 'web-tests-app-short-retention.log' });
}, { timeout: 480_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

describe('Cutout web page with a short retention', { timeout: 900_000 }, () => {
  test('a result fetched after the job expired is a readable "expired" error, and Retry processes it again', async () => {
    // Hold the result download until the server says the job has expired, then let it through.
    let held;
    const resultAsked = new Promise((r) => { held = r; });
    let release;
    const released = new Promise((r) => { release = r; });
    const routed = async (route) => {
      held(route.request().url());
      await released;
      await route.continue();
    };
    const { page, photo } = await submitPhoto(app.url, routed);
    const jobUrl = (await resultAsked).replace(/\/result$/, '');
    // Expired by retentionSeconds after submission at the latest; the broker drops messages lazily, so allow
    // it as long again before calling the job unexpired.
    await until410(jobUrl, 2 * retentionSeconds * 1000);
    release();

    await waitForState(photo, 'failed', 2 * retentionSeconds * 1000); // fails, does not hang
    const seen = await page.evaluate(() => window.__statuses);
    assert.ok(seen.includes('Fetching the result…'), `it was the result that came too late: ${seen}`);
    assert.equal((await fetch(jobUrl)).status, 410, 'the server calls the job expired');

    const message = await photo.locator('.card-error').textContent();
    assert.match(message, /expired/);
    const kept = retentionSeconds < 90 ? `${retentionSeconds} seconds` : `${Math.round(retentionSeconds / 60)} minute`;
    assert.match(message, new RegExp(`kept for ${kept}`), `the retention in words: ${message}`);
    assert.match(message, /Retry/);
    assert.match(await page.locator('#summary').textContent(), /1 not processed/);
    await photo.scrollIntoViewIfNeeded();
    await screenshot(page, '16-desktop-light-expired');

    // Retry submits a new job; with the result no longer held it finishes (well within its own retention).
    await page.unroute('**/api/v1/jobs/*/result', routed);
    await photo.getByRole('button', { name: /Retry/ }).click();
    await waitForState(photo, 'done', retentionSeconds * 1000);
    assert.equal(await photo.locator('.card-error').isHidden(), true);
    assert.deepEqual(page.outsideRequests, []);
    await page.context().close();
  });
});

