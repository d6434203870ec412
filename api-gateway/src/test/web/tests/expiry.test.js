// A job the server has forgotten: a second app, started for this file only, keeps results for a few
// seconds, so a result fetched late is past its retention (410) and the card has to say so.

import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startApp } from './support/app.js';
import { launchBrowser, openPage } from './support/browser.js';
import { PHOTOS } from './support/files.js';
import { card, chooseFiles, recordStatuses, screenshot, waitForState } from './support/ui.js';

// Long enough for the Fast model's two runs (the default ensemble) on a 256×256 photo even on a
// busy machine (the retention counts from submission: 12 s were seen with two builds running
// beside the tests), short enough to wait out in a test. The app starts with the Fast model
// loaded, so the job does not also pay for loading it.
const RETENTION_SECONDS = 30;

let app;
let browser;

before(async () => {
  [app, browser] = await Promise.all([
    startApp({ CUTOUT_GATEWAY_RETENTION: `${RETENTION_SECONDS}s`, CUTOUT_MODEL: 'small' }, { logName: 'web-tests-app-short-retention.log' }),
    launchBrowser(),
  ]);
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

describe('Cutout web page with a short retention', { timeout: 180_000 }, () => {
  test('a result fetched after the job expired is a readable "expired" error, and Retry processes it again', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    await recordStatuses(page);
    // Hold the result download until the job is past its retention, then let it reach the server.
    let jobUrl = null;
    await page.route('**/api/v1/jobs/*/result', async (route) => {
      jobUrl = route.request().url().replace(/\/result$/, '');
      await new Promise((r) => setTimeout(r, (RETENTION_SECONDS + 1) * 1000));
      await route.continue();
    });
    const started = Date.now();
    await chooseFiles(page, [PHOTOS.iceCream]);
    const photo = card(page, basename(PHOTOS.iceCream));
    await waitForState(photo, 'failed', (RETENTION_SECONDS + 20) * 1000); // fails, does not hang
    assert.ok(Date.now() - started < (RETENTION_SECONDS + 20) * 1000);
    const seen = await page.evaluate(() => window.__statuses);
    assert.ok(seen.includes('Fetching the result…'), `it was the result that came too late: ${seen}`);
    assert.ok(jobUrl, 'the result was asked for');
    assert.equal((await fetch(jobUrl)).status, 410, 'the server calls the job expired');

    const message = await photo.locator('.card-error').textContent();
    assert.match(message, /expired/);
    assert.match(message, new RegExp(`kept for ${RETENTION_SECONDS} seconds`), `the retention in words: ${message}`);
    assert.match(message, /Retry/);
    assert.match(await page.locator('#summary').textContent(), /1 not processed/);
    await photo.scrollIntoViewIfNeeded();
    await screenshot(page, '16-desktop-light-expired');

    // Retry submits a new job; with the result no longer held it finishes.
    await page.unroute('**/api/v1/jobs/*/result');
    await photo.getByRole('button', { name: /Retry/ }).click();
    await waitForState(photo, 'done', 60_000);
    assert.equal(await photo.locator('.card-error').isHidden(), true);
    assert.deepEqual(page.outsideRequests, []);
    await page.context().close();
  });
});
