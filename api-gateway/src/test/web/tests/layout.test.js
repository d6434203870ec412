// The options panel's "Shop layout" group in a real browser against the packaged one-process app:
// a canvas with the subject standing on it, and a JPEG, both checked in the downloaded file.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startApp } from './support/app.js';
import { launchBrowser, openPage } from './support/browser.js';
import { PHOTOS, pngHeader } from './support/files.js';
import { card, chooseFiles, readPixels, screenshot, waitForState } from './support/ui.js';

let app;
let browser;

before(async () => {
  app = await startApp({}, { logName: 'web-tests-layout-app.log' });
  browser = await launchBrowser();
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

async function download(page, photoCard) {
  const [file] = await Promise.all([page.waitForEvent('download'),
    photoCard.getByRole('link', { name: /Download/ }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('Shop layout options', { timeout: 600_000 }, () => {
  test('a 2000x2000 canvas with the subject standing comes back 2000x2000, transparent around it', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('checkbox', { name: /Crop to the subject/ }).check();
    await page.getByLabel('Margin', { exact: true }).fill('5%');
    await page.getByLabel('Canvas', { exact: true }).fill('2000x2000');
    await page.getByRole('radio', { name: /Standing/ }).check();
    await screenshot(page, 'layout-01-options');
    await chooseFiles(page, [PHOTOS.animal]);
    const photo = card(page, basename(PHOTOS.animal));
    await waitForState(photo, 'done');

    const result = await download(page, photo);
    assert.match(result.name, /_no_bg\.png$/);
    const header = pngHeader(result.bytes);
    assert.equal(header.width, 2000);
    assert.equal(header.height, 2000);
    const { width, height, pixels } = await readPixels(page, result.bytes, [[0, 0], [-1, 0], [0, -1], [-1, -1]]);
    assert.deepEqual([width, height], [2000, 2000]);
    for (const [, , , alpha] of pixels) assert.equal(alpha, 0, 'the canvas corners are transparent');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('JPEG with a quality gives an opaque .jpg of the photo size on the chosen colour', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /JPEG/ }).check();
    await page.getByLabel('JPEG quality', { exact: true }).fill('80');
    await chooseFiles(page, [PHOTOS.animal]);
    const photo = card(page, basename(PHOTOS.animal));
    await waitForState(photo, 'done');

    const result = await download(page, photo);
    assert.match(result.name, /_no_bg\.jpg$/);
    assert.deepEqual([...result.bytes.subarray(0, 3)], [0xFF, 0xD8, 0xFF], 'a JPEG');
    const size = await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/jpeg' }));
      return [bitmap.width, bitmap.height];
    }, result.bytes.toString('base64'));
    const input = await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data]), { imageOrientation: 'from-image' });
      return [bitmap.width, bitmap.height];
    }, readFileSync(PHOTOS.animal).toString('base64'));
    assert.deepEqual(size, input);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
