// The gateway restarted under the page while a photo is being processed: the distributed app (gateway and
// worker on the real RabbitMQ, support/broker.js), the gateway killed mid-job and started again on the same
// address. The page is not reloaded: the card's event stream reconnects (EventSource sends Last-Event-ID), the
// status reads wait the outage out, and the card ends done with its result.

import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startBrokerApps } from './support/broker.js';
import { launchBrowser, openPage } from './support/browser.js';
import { PHOTOS } from './support/files.js';
import { card, chooseFiles, recordStatuses, screenshot, waitForState } from './support/ui.js';

let apps;
let gateway;
let browser;

before(async () => {
  [apps, browser] = await Promise.all([startBrokerApps({ model: 'small', name: 'restart' }), launchBrowser()]);
  gateway = await apps.startGateway({ logName: 'web-tests-restart-gateway-1.log' });
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await gateway?.stop();
  await apps?.close();
});

/** Drops a photo, ends the gateway with `end` once the card is processing, starts a new one, waits for done. */
async function restartMidJob(end, how) {
  const page = await openPage(browser, gateway.url);
  await recordStatuses(page);
  await page.evaluate(() => { window.__samePage = true; });
  const started = Date.now();
  await chooseFiles(page, [PHOTOS.bike]);
  const photo = card(page, basename(PHOTOS.bike));
  await waitForState(photo, 'processing', 120_000);
  assert.equal(await photo.getAttribute('data-state'), 'processing', 'the job is in flight when the gateway goes');

  await end(gateway);
  gateway = await apps.startGateway({ port: gateway.port, logName: `web-tests-restart-gateway-${how}.log` });
  const back = Date.now();
  // The page waits an outage out for 60 s, then polls every 5 s at most: done comes well within that once the
  // worker has finished; the bound only keeps a regression from hanging the run.
  await waitForState(photo, 'done', 180_000);

  assert.equal(await page.evaluate(() => window.__samePage), true, 'the page was not reloaded');
  assert.equal(await photo.locator('.card-error').isHidden(), true);
  const width = await photo.locator('img.card-result').evaluate((img) => img.decode().then(() => img.naturalWidth));
  assert.ok(width > 0, 'the result image is shown');
  const href = await photo.locator('a.card-download').getAttribute('href');
  assert.match(href || '', /^blob:/, 'the result was fetched');
  const seen = await page.evaluate(() => window.__statuses);
  assert.ok(!seen.some((s) => /not answered|Cannot reach/.test(s)), `no failure shown on the way: ${seen}`);
  assert.deepEqual(page.outsideRequests, []);
  console.log(`restart.test.js ${how}: photo to done ${((Date.now() - started) / 1000).toFixed(1)} s, `
    + `done ${((Date.now() - back) / 1000).toFixed(1)} s after the new gateway was ready`);
  await photo.scrollIntoViewIfNeeded();
  await screenshot(page, `17-desktop-light-done-after-gateway-${how}`);
  await page.context().close();
}

describe('Cutout web page while its gateway restarts', { timeout: 400_000 }, () => {
  test('a gateway killed mid-job (SIGKILL) and started again: the card ends done without a reload', async () => {
    await restartMidJob((g) => g.kill(), 'sigkill');
  });

  test('a gateway stopped mid-job (SIGTERM) and started again: the card ends done without a reload', async () => {
    await restartMidJob((g) => g.stop(), 'sigterm');
  });
});
