// The batch line: a folder (or many photos at once) is one progress line above the cards, in a real
// browser (Debian's Chromium) against the packaged one-process app. Screenshots: target/web-screenshots/.

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TARGET_DIR, startApp } from './support/app.js';
import { launchBrowser, openPage } from './support/browser.js';
import { PHOTOS, garbagePng, pngHeader, readZip } from './support/files.js';
import { PROCESSING_TIMEOUT_MS, card, chooseFiles, dropFiles, dropFromDisk, screenshot, waitForState } from './support/ui.js';

const FOLDER_PHOTOS = [PHOTOS.aeroplane, PHOTOS.bike, PHOTOS.girl, PHOTOS.car];

let app;
let browser;

before(async () => {
  app = await startApp({}, { logName: 'web-tests-batch-app.log' });
  browser = await launchBrowser();
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

/** A folder as a shop has one: photos in it and in a sub-folder, and a note that is not an image. */
function shopFolder() {
  const folder = join(TARGET_DIR, 'web-test-inputs', 'shop-folder');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'shoes'), { recursive: true });
  FOLDER_PHOTOS.forEach((photo, i) => copyFileSync(photo, join(i < 2 ? folder : join(folder, 'shoes'), basename(photo))));
  writeFileSync(join(folder, 'notes.txt'), 'prices go up on Monday\n');
  return folder;
}

describe('The batch line', { timeout: 900_000 }, () => {
  test('a chosen folder is one batch: it counts to "4 cut out, 0 failed", skips the note in one sentence, and zips 4 PNGs', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose folder' }).click(),
    ]);
    await chooser.setFiles(shopFolder());

    const line = page.locator('.batch-line');
    await line.waitFor({ state: 'visible' });
    assert.match(await line.locator('.batch-text').textContent(), /^Batch: \d of 4 done/);
    await assert.doesNotReject(page.getByText('1 file skipped: not an image').waitFor());
    assert.equal(await page.locator('.card').count(), 4, 'one card per photo, none for the note');
    assert.equal(await card(page, 'notes.txt').count(), 0);

    await line.getByText('Batch done: 4 cut out, 0 failed').waitFor({ timeout: PROCESSING_TIMEOUT_MS * 2 });
    const bar = page.getByRole('progressbar', { name: 'Batch progress' });
    assert.equal(await bar.getAttribute('aria-valuenow'), '4');
    assert.equal(await bar.getAttribute('aria-valuemax'), '4');
    await assert.doesNotReject(page.locator('#announcer', { hasText: 'Batch done: 4 cut out, 0 failed' }).waitFor());
    for (const photo of FOLDER_PHOTOS) await waitForState(card(page, basename(photo)), 'done');
    await screenshot(page, '40-desktop-light-batch-done');

    const [download] = await Promise.all([
      page.waitForEvent('download'), line.getByRole('button', { name: 'Download batch as ZIP' }).click(),
    ]);
    const entries = readZip(readFileSync(await download.path()));
    assert.deepEqual(entries.map((e) => e.name).sort(),
      ['aeroplane_no_bg.png', 'bike_no_bg.png', 'fg-car-2__bg-studio_no_bg.png', 'fg-girl-1__bg-studio_no_bg.png']);
    for (const entry of entries) assert.equal(pngHeader(entry.data).colourType, 6, entry.name);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('a folder dropped from disk is one batch: its sub-folder is read, the note skipped, 4 cut out', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    await dropFromDisk(page, [shopFolder()]);

    const line = page.locator('.batch-line');
    await line.waitFor({ state: 'visible' });
    await assert.doesNotReject(page.getByText('1 file skipped: not an image').waitFor());
    assert.equal(await page.locator('.card').count(), 4, 'one card per photo of the folder and its sub-folder');
    await line.getByText('Batch done: 4 cut out, 0 failed').waitFor({ timeout: PROCESSING_TIMEOUT_MS * 2 });
    for (const photo of FOLDER_PHOTOS) await waitForState(card(page, basename(photo)), 'done');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('many photos picked at once are a batch too, and it counts the one that failed', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    await chooseFiles(page, [PHOTOS.bike, garbagePng()]);
    const line = page.locator('.batch-line');
    await line.getByText('Batch done: 1 cut out, 1 failed').waitFor({ timeout: PROCESSING_TIMEOUT_MS });
    await waitForState(card(page, 'garbage.png'), 'failed');
    await waitForState(card(page, 'bike.jpg'), 'done');
    assert.equal(await line.getByRole('button', { name: 'Download batch as ZIP' }).isVisible(), true);
    assert.equal(await page.locator('.batch-skipped').isVisible(), false, 'picked files are never skipped, only a folder\'s');
    await page.context().close();
  });

  test('a single dropped photo shows no batch line', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    await dropFiles(page, [PHOTOS.bike]);
    await waitForState(card(page, 'bike.jpg'), 'done');
    assert.equal(await page.locator('.batch-line').isVisible(), false);
    assert.equal(await page.getByRole('progressbar', { name: 'Batch progress' }).count(), 0);
    await page.context().close();
  });

  test('a dropped folder is read to its deepest sub-folder, chunk by chunk, and sorted by path', async () => {
    const page = await openPage(browser, app.url);
    // A script cannot make readEntries answer in chunks on a small folder: hand the walker the same
    // FileSystemEntry shapes a real folder drop gives, with readEntries answering in chunks.
    const names = await page.evaluate(async () => {
      const { filesOfEntries } = await import('/js/folders.js');
      const file = (path) => ({
        isFile: true, isDirectory: false, fullPath: path,
        file: (ok) => ok(new File(['x'], path.split('/').pop())),
      });
      const dir = (path, children) => ({
        isFile: false, isDirectory: true, fullPath: path,
        createReader: () => {
          const chunks = [children.slice(0, 2), children.slice(2), []];
          return { readEntries: (ok) => ok(chunks.shift() || []) };
        },
      });
      const root = dir('/shop', [file('/shop/b.jpg'), dir('/shop/deep', [dir('/shop/deep/er', [file('/shop/deep/er/c.png')])]),
        file('/shop/a.jpg'), file('/shop/notes.txt')]);
      return (await filesOfEntries([root])).map((f) => f.name);
    });
    assert.deepEqual(names, ['a.jpg', 'b.jpg', 'c.png', 'notes.txt']);
    await page.context().close();
  });
});
