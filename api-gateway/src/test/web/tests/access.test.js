// A server started with an API key (CUTOUT_AUTH_API_KEYS, as `./cutout run` takes it): the page asks for the
// key once, in its own form, keeps it for the tab, sends it on every call (and in the event stream's query),
// and asks again with a sentence when the server refuses it. Also: the CSP check of support/browser.js works.

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TARGET_DIR, startApp } from './support/app.js';
import { launchBrowser, openPage, takeCspViolations } from './support/browser.js';
import { PHOTOS } from './support/files.js';
import { card, chooseFiles, screenshot, waitForState } from './support/ui.js';

const KEY = 'browser-test-key-3f9c';
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
  + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

let app;
let browser;

before(async () => {
  [app, browser] = await Promise.all([
    startApp({ CUTOUT_AUTH_API_KEYS: KEY, CUTOUT_MODEL: 'small' }, { logName: 'web-tests-access-app.log' }),
    launchBrowser(),
  ]);
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

/** A photo with a name that needs filename*: Cyrillic, an accent, a space. */
function unicodeNamedPhoto() {
  const dir = join(TARGET_DIR, 'web-test-inputs');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'Кот café.png');
  copyFileSync(PHOTOS.animal, path);
  return path;
}

describe('A server that requires an API key', { timeout: 300_000 }, () => {
  test('the API refuses calls without the key while the page, /info and health stay open', async () => {
    const info = await fetch(`${app.url}/api/v1/info`);
    assert.equal(info.status, 200);
    assert.equal((await info.json()).apiKeyRequired, true);
    const refused = await fetch(`${app.url}/api/v1/jobs`, { method: 'POST', body: 'x' });
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    assert.equal(refused.headers.get('content-security-policy'), STRICT_CSP);
    const problem = await refused.json();
    assert.match(problem.type, /unauthorized$/);
    assert.match(problem.detail, /API key/);
    const wrong = await fetch(`${app.url}/api/v1/jobs/x`, { headers: { 'X-API-Key': `${KEY}-not` } });
    assert.equal(wrong.status, 401);
    assert.equal((await fetch(`${app.url}/api/v1/jobs/x`, { headers: { 'X-API-Key': KEY } })).status, 404);
    const page = await fetch(`${app.url}/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), STRICT_CSP);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.equal((await fetch(`${app.url}/q/health/ready`)).status, 200);
  });

  test('the page asks once, asks again with a sentence after a wrong key, then the photo is cut out', async () => {
    const page = await openPage(browser, app.url);
    const apiCalls = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/')) {
        apiCalls.push({ url: request.url(), method: request.method(), key: request.headers()['x-api-key'] });
      }
    });
    const keyForm = page.locator('#key-form');
    await keyForm.waitFor();
    assert.match(await keyForm.locator('.key-form-note').textContent(), /needs an API key/);
    await screenshot(page, 'access-01-key-asked');

    await keyForm.getByLabel('Key').fill('wrong-key');
    await keyForm.getByRole('button', { name: 'Use this key' }).click();
    await keyForm.waitFor({ state: 'hidden' });
    await page.getByRole('radio', { name: /Fast/ }).check();
    const input = unicodeNamedPhoto();
    await chooseFiles(page, [input]);
    // The upload is refused (401): the form comes back with a sentence, the card waits.
    await keyForm.waitFor();
    assert.match(await keyForm.locator('.key-form-note').textContent(), /did not accept this API key/);
    await screenshot(page, 'access-02-key-refused');

    await keyForm.getByLabel('Key').fill(KEY);
    await keyForm.getByRole('button', { name: 'Use this key' }).click();
    const photo = card(page, 'Кот café.png');
    await waitForState(photo, 'done');
    assert.equal(await photo.locator('.card-download').getAttribute('download'), 'Кот_café_no_bg.png',
      'the Unicode name came through filename*');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('cutout.apiKey')), KEY);

    const refusedUpload = apiCalls.find((c) => c.method === 'POST' && c.key === 'wrong-key');
    assert.ok(refusedUpload, 'the first upload carried the wrong key');
    const accepted = apiCalls.slice(apiCalls.indexOf(refusedUpload) + 1);
    assert.ok(accepted.some((c) => c.method === 'POST' && c.key === KEY), 'the upload was sent again with the key');
    const streams = accepted.filter((c) => c.url.includes('/events'));
    assert.ok(streams.length > 0 && streams.every((c) => new URL(c.url).searchParams.get('api-key') === KEY),
      'the event stream carries the key in its query');
    for (const call of accepted.filter((c) => !c.url.includes('/events') && !c.url.endsWith('/api/v1/info'))) {
      assert.equal(call.key, KEY, `${call.method} ${call.url} carries X-API-Key`);
      assert.equal(new URL(call.url).searchParams.get('api-key'), null, 'no key in any other URL');
    }
    await screenshot(page, 'access-03-done-with-key');

    // Kept for the tab: a reload does not ask again.
    await page.reload();
    await page.locator('#limits-hint').filter({ hasText: 'megapixels' }).waitFor();
    assert.equal(await keyForm.isHidden(), true);
    await page.context().close();
  });

  test('the CSP check of the browser tests catches an inline script', async () => {
    const page = await openPage(browser, app.url);
    assert.deepEqual(takeCspViolations(page), [], 'the page itself loads without a violation');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
    });
    // Both detectors report it (the page's event and Chromium's console line), in either order.
    const both = () => [/^event: script-src/, /^console: .*Content Security Policy/]
      .every((shape) => page.cspViolations.some((text) => shape.test(text)));
    const deadline = Date.now() + 30_000;
    while (!both() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const seen = takeCspViolations(page);
    assert.ok(seen.some((text) => text.startsWith('event: script-src')), `the violation event was recorded: ${seen}`);
    assert.ok(seen.some((text) => /^console: .*Content Security Policy/.test(text)), `the console line was recorded: ${seen}`);
    assert.equal(await page.evaluate(() => window.__inlineRan === true), false, 'the inline script did not run');
    await page.context().close();
  });
});
