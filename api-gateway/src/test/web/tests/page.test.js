// The web page in a real browser (Debian's Chromium) against the packaged one-process app (module standalone).
// One app for the whole file; each test opens its own page. Screenshots: target/web-screenshots/.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startApp } from './support/app.js';
import { launchBrowser, openPage } from './support/browser.js';
import {
  PHOTOS, garbagePng, generatedPng, largeJpeg, noisePng, pngHeader, readZip, truncatedJpeg,
} from './support/files.js';
import {
  card, chooseFiles, dropFiles, pasteFiles, readPixels, recordStatuses, screenshot, waitForState,
} from './support/ui.js';

// Small enough that a generated file is quickly over it, large enough for every real photo.
const MAX_BYTES = 3 * 1024 * 1024;
const PHONE = { width: 390, height: 844 };

let app;
let browser;

before(async () => {
  app = await startApp({ CUTOUT_GATEWAY_LIMITS_MAX_BYTES: String(MAX_BYTES) });
  browser = await launchBrowser();
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

async function bytesOf(download) {
  return readFileSync(await download.path());
}

describe('Cutout web page', { timeout: 600_000 }, () => {
  test('loads with nothing from outside and states the server limits', async () => {
    const page = await openPage(browser, app.url);
    await assert.doesNotReject(page.locator('#limits-hint', { hasText: 'up to 3.0 MB and 50 megapixels' }).waitFor());
    assert.equal(await page.getByRole('radio', { name: /Best quality/ }).isChecked(), true);
    await screenshot(page, '01-desktop-light-empty');
    assert.deepEqual(page.outsideRequests, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('a photo picked in the file dialog shows progress, then a result that compares, previews and downloads', async () => {
    const page = await openPage(browser, app.url);
    await recordStatuses(page);
    const input = readFileSync(PHOTOS.animal);
    await chooseFiles(page, [PHOTOS.animal]);
    const photo = card(page, basename(PHOTOS.animal));
    await photo.locator('.card-thumb').waitFor();
    assert.ok(await photo.locator('.card-thumb').evaluate((img) => img.complete && img.naturalWidth > 0), 'thumbnail at once');
    await page.locator('.card[data-state=processing]').waitFor({ timeout: 60_000 });
    await screenshot(page, '02-desktop-light-processing');
    await waitForState(photo, 'done');
    const seen = await page.evaluate(() => window.__statuses);
    assert.ok(seen.some((s) => s.startsWith('Uploading')), `upload progress shown: ${seen}`);
    assert.ok(seen.some((s) => /Finding the subject|Refining the edges|Reading the image|Waiting for the server/.test(s)),
      `processing stages shown: ${seen}`);
    await screenshot(page, '03-desktop-light-done');

    // Keyboard: the Compare button opens the viewer.
    await photo.getByRole('button', { name: /Compare/ }).focus();
    await page.keyboard.press('Enter');
    const viewer = page.locator('#viewer');
    await viewer.waitFor();
    await page.waitForFunction(() => document.querySelector('.after-img').naturalWidth > 0);
    await screenshot(page, '04-desktop-light-viewer-checker');

    // Slider by keyboard moves the divider.
    const range = viewer.getByRole('slider', { name: 'Before / after' });
    await range.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    assert.equal(await viewer.locator('.layer-after').evaluate((el) => el.style.clipPath), 'inset(0px 0px 0px 30%)');

    // Backgrounds: white, black, a colour, an image.
    const backdrop = viewer.locator('.backdrop');
    const backgroundOf = () => backdrop.evaluate((el) => [el.dataset.background, getComputedStyle(el).backgroundColor]);
    await viewer.getByRole('radio', { name: 'White' }).check();
    assert.deepEqual(await backgroundOf(), ['white', 'rgb(255, 255, 255)']);
    await viewer.getByRole('radio', { name: 'Black' }).check();
    assert.deepEqual(await backgroundOf(), ['black', 'rgb(0, 0, 0)']);
    await viewer.getByLabel('Preview colour').fill('#ff8800');
    assert.deepEqual(await backgroundOf(), ['colour', 'rgb(255, 136, 0)']);
    await screenshot(page, '05-desktop-light-viewer-colour');
    const [imageChooser] = await Promise.all([
      page.waitForEvent('filechooser'), viewer.getByRole('button', { name: 'Choose image…' }).click()]);
    await imageChooser.setFiles(PHOTOS.bike);
    await page.waitForFunction(() => document.querySelector('.backdrop').dataset.background === 'image');
    assert.match(await backdrop.evaluate((el) => el.style.backgroundImage), /^url\("blob:/);
    await screenshot(page, '06-desktop-light-viewer-image-background');

    // Zoom to 100 % and beyond, then pan with the keyboard.
    await viewer.getByRole('radio', { name: 'Transparent' }).check();
    await viewer.getByRole('button', { name: '100%' }).click();
    await assert.doesNotReject(viewer.locator('.zoom-level', { hasText: /^100%$/ }).waitFor());
    const stage = viewer.locator('.stage');
    await stage.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    assert.equal(await viewer.locator('.zoom-level').textContent(), '225%');
    const before = await viewer.locator('.after-img').evaluate((el) => el.style.transform);
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await viewer.locator('.after-img').evaluate((el) => el.style.transform), before, 'arrow keys pan');
    await screenshot(page, '07-desktop-light-viewer-zoomed');

    // Download from the viewer: RGBA PNG of the input's size, named <name>_no_bg.png.
    const [download] = await Promise.all([page.waitForEvent('download'), viewer.getByRole('link', { name: /Download/ }).click()]);
    assert.equal(download.suggestedFilename(), 'fg-animal-1__bg-clouds_no_bg.png');
    const header = pngHeader(await bytesOf(download));
    const inputHeader = pngHeader(input);
    assert.equal(header.colourType, 6, 'colour type 6 = RGBA');
    assert.deepEqual([header.width, header.height], [inputHeader.width, inputHeader.height]);

    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });
    assert.deepEqual(page.outsideRequests, []);
    await page.context().close();
  });

  test('a dropped photo is processed like a picked one', async () => {
    const page = await openPage(browser, app.url);
    const transfer = await dropFiles(page, [PHOTOS.aeroplane], { keepOverlay: true });
    await page.locator('#drop-overlay').waitFor();
    await screenshot(page, '08-desktop-light-drag-over');
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.locator('#drop-overlay').waitFor({ state: 'hidden' });
    const photo = card(page, 'aeroplane.jpg');
    await waitForState(photo, 'done');
    const [download] = await Promise.all([page.waitForEvent('download'), photo.getByRole('link', { name: /Download/ }).click()]);
    assert.equal(download.suggestedFilename(), 'aeroplane_no_bg.png');
    const header = pngHeader(await bytesOf(download));
    // The browser applies EXIF orientation to the preview as the server does to the output.
    const shown = await photo.locator('.card-thumb').evaluate((img) => [img.naturalWidth, img.naturalHeight]);
    assert.equal(header.colourType, 6);
    assert.deepEqual([header.width, header.height], shown);
    await page.context().close();
  });

  test('a photo pasted from the clipboard gets its own name, a card, and finishes', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    // Browsers call every clipboard image "image.png"; the page renames it.
    const taken = await pasteFiles(page, [{ path: PHOTOS.iceCream, name: 'image.png', type: 'image/png' }]);
    assert.equal(taken, true, 'the page takes the paste (preventDefault)');
    const photo = card(page, 'pasted-1.png');
    await photo.waitFor({ timeout: 5_000 });
    await waitForState(photo, 'done');
    await screenshot(page, '14-desktop-light-pasted-done');
    const [download] = await Promise.all([page.waitForEvent('download'), photo.getByRole('link', { name: /Download/ }).click()]);
    assert.equal(download.suggestedFilename(), 'pasted-1_no_bg.png');
    const header = pngHeader(await bytesOf(download));
    assert.equal(header.colourType, 6);
    assert.deepEqual([header.width, header.height], [256, 256]);

    // A paste with no file in it (plain text) is left alone.
    const textPaste = await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'hello');
      const event = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    });
    assert.equal(textPaste, false, 'text pastes are not swallowed');
    assert.equal(await page.locator('.card').count(), 1);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('output "Mask" downloads a greyscale PNG; "On a colour" an opaque RGB PNG on that colour', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    const downloadOf = async (photo) => {
      const [download] = await Promise.all([page.waitForEvent('download'), photo.getByRole('link', { name: /Download/ }).click()]);
      return bytesOf(download);
    };

    // Mask: greyscale (colour type 0) of the input's size, black background and a white subject.
    await page.getByRole('radio', { name: /Mask/ }).check();
    await chooseFiles(page, [PHOTOS.girl]);
    const girl = card(page, basename(PHOTOS.girl));
    await waitForState(girl, 'done');
    const mask = await downloadOf(girl);
    const maskHeader = pngHeader(mask);
    const girlHeader = pngHeader(readFileSync(PHOTOS.girl));
    assert.equal(maskHeader.colourType, 0, 'colour type 0 = greyscale');
    assert.deepEqual([maskHeader.width, maskHeader.height], [girlHeader.width, girlHeader.height]);
    const maskPixels = await readPixels(page, mask, [[0, 0], [-1, 0]]);
    // The matte is soft: the background is near black, not necessarily 0.
    for (const [r, g, b, a] of maskPixels.pixels) {
      assert.ok(r <= 8 && r === g && g === b && a === 255, `studio corner is background (black): ${[r, g, b, a]}`);
    }
    assert.equal(maskPixels.maxRed, 255, 'the subject is white in the mask');

    // On a colour: the colour field is usable only with this output; RGB (type 2), corners in that colour.
    const colour = page.locator('#options [name=background]');
    assert.equal(await colour.isDisabled(), true, 'colour disabled until "On a colour" is chosen');
    await page.getByRole('radio', { name: /On a colour/ }).check();
    assert.equal(await colour.isDisabled(), false);
    await colour.fill('#1e90ff');
    await chooseFiles(page, [PHOTOS.car]);
    const car = card(page, basename(PHOTOS.car));
    await waitForState(car, 'done');
    await screenshot(page, '15-desktop-light-mask-and-colour');
    const flat = await downloadOf(car);
    const flatHeader = pngHeader(flat);
    const carHeader = pngHeader(readFileSync(PHOTOS.car));
    assert.equal(flatHeader.colourType, 2, 'colour type 2 = RGB, no alpha');
    assert.deepEqual([flatHeader.width, flatHeader.height], [carHeader.width, carHeader.height]);
    const flatPixels = await readPixels(page, flat, [[0, 0], [-1, 0]]);
    const chosen = [0x1e, 0x90, 0xff];
    for (const [r, g, b, a] of flatPixels.pixels) {
      assert.equal(a, 255, 'opaque');
      assert.ok([r, g, b].every((value, i) => Math.abs(value - chosen[i]) <= 8), `corner is the chosen colour: ${[r, g, b]}`);
    }
    await page.context().close();
  });

  test('refusals are explained in plain words on the card', async () => {
    const page = await openPage(browser, app.url);
    const text = (await import('./support/files.js')).makeInput('notes.txt', Buffer.from('shopping list: milk, eggs\n'));
    await chooseFiles(page, [largeJpeg(MAX_BYTES + 1024 * 1024), garbagePng(), truncatedJpeg(), text]);

    const large = card(page, 'huge-scan.jpg');
    await waitForState(large, 'failed', 10_000);
    assert.match(await large.locator('.card-error').textContent(), /This file is 4\.0 MB; the limit is 3\.0 MB/);

    const garbage = card(page, 'garbage.png');
    await waitForState(garbage, 'failed', 10_000);
    assert.match(await garbage.locator('.card-error').textContent(), /damaged/);

    const notes = card(page, 'notes.txt');
    await waitForState(notes, 'failed', 10_000);
    assert.match(await notes.locator('.card-error').textContent(), /not an image Cutout can read\. Use JPEG, PNG/);

    // A cut-off JPEG passes the header check; the server finds it damaged.
    const truncated = card(page, 'truncated.jpg');
    await waitForState(truncated, 'failed');
    const message = await truncated.locator('.card-error').textContent();
    assert.match(message, /cut off|damaged|corrupt/i);
    assert.doesNotMatch(message, /Something went wrong/);
    await screenshot(page, '09-desktop-light-refusals');

    // Retry is offered on a failed card and runs the check again.
    await truncated.getByRole('button', { name: /Retry/ }).click();
    await waitForState(truncated, 'failed');
    await page.context().close();
  });

  test('two photos at once both finish, and the ZIP holds both PNGs', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    await chooseFiles(page, [PHOTOS.girl, PHOTOS.car]);
    const girl = card(page, basename(PHOTOS.girl));
    const car = card(page, basename(PHOTOS.car));
    await waitForState(girl, 'done');
    await waitForState(car, 'done');
    await screenshot(page, '10-desktop-light-two-done');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download all/ }).click()]);
    assert.equal(download.suggestedFilename(), 'cutout.zip');
    const entries = readZip(await bytesOf(download));
    assert.deepEqual(entries.map((e) => e.name).sort(),
      ['fg-car-2__bg-studio_no_bg.png', 'fg-girl-1__bg-studio_no_bg.png']);
    for (const entry of entries) assert.equal(pngHeader(entry.data).colourType, 6, entry.name);
    await page.context().close();
  });

  test('a lost network is a readable error, Retry recovers; a broken event stream falls back to polling', async () => {
    const page = await openPage(browser, app.url);
    await page.route('**/api/v1/jobs', (route) => route.abort('internetdisconnected'));
    await page.route('**/events', (route) => route.abort('connectionreset'));
    await chooseFiles(page, [PHOTOS.iceCream]);
    const photo = card(page, basename(PHOTOS.iceCream));
    await waitForState(photo, 'failed', 20_000);
    assert.match(await photo.locator('.card-error').textContent(), /Cannot reach the Cutout server/);
    await page.unroute('**/api/v1/jobs');
    await photo.getByRole('button', { name: /Retry/ }).click();
    await waitForState(photo, 'done'); // with the event stream still refused: polling finished it
    await page.context().close();
  });

  test('a full server (503 queue-full) and a per-client limit (429) are waited out as Retry-After says: the card says which, then the photo finishes', async () => {
    const page = await openPage(browser, app.url);
    let refusals = 0;
    // The one-process app has no queue to fill and no limits on: the first upload gets the gateway's queue-full
    // answer, the second its per-client limit's.
    const answers = [
      { status: 503, type: 'urn:cutout:problem:queue-full', title: 'Queue full',
        detail: 'The job queue is full right now; nothing was queued: send the photo again after Retry-After' },
      { status: 429, type: 'urn:cutout:problem:rate-limited', title: 'Rate limited', code: 'RATE_LIMITED',
        detail: 'Too many submits from you: this server takes 120 a minute from one client (30 at once); nothing was queued: send it again in 1 s' },
    ];
    await page.route('**/api/v1/jobs', (route) => {
      if (route.request().method() !== 'POST' || refusals >= answers.length) return route.continue();
      const problem = answers[refusals];
      refusals += 1;
      return route.fulfill({
        status: problem.status,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' },
        body: JSON.stringify(problem),
      });
    });
    await chooseFiles(page, [PHOTOS.iceCream]);
    const photo = card(page, basename(PHOTOS.iceCream));
    await photo.locator('.card-status', { hasText: 'The server is full: trying again in 1 s' }).waitFor({ timeout: 20_000 });
    await photo.locator('.card-status', { hasText: 'Too many requests from you right now: trying again in 1 s' })
      .waitFor({ timeout: 20_000 });
    await waitForState(photo, 'done');
    assert.equal(refusals, 2);
    assert.deepEqual(page.consoleErrors.filter((text) => !/503|429/.test(text)), []);
    await page.context().close();
  });

  test('removing a card deletes its job on the server', async () => {
    const page = await openPage(browser, app.url);
    await page.getByRole('radio', { name: /Fast/ }).check();
    await chooseFiles(page, [PHOTOS.iceCream]);
    const photo = card(page, basename(PHOTOS.iceCream));
    await waitForState(photo, 'done');
    const jobUrl = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => e.name).find((n) => /\/api\/v1\/jobs\/[^/]+\/result$/.test(n)).replace(/\/result$/, ''));
    const [deletion] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'DELETE'),
      photo.getByRole('button', { name: /Remove/ }).click(),
    ]);
    assert.equal(deletion.url(), jobUrl);
    await photo.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    assert.equal((await fetch(jobUrl)).status, 404, 'the job is gone on the server');
    await page.context().close();
  });

  test('a cut-out the model is unsure of says so in a sentence, and "Redo extra careful" resubmits it careful', async () => {
    // Photos with no subject at all: the real model keeps next to nothing of noise (no clear subject)
    // and its members disagree on a flat grey card (./cutout remove --model small says the same).
    const sentences = {
      SUBJECT_MAY_BE_INCOMPLETE: 'Part of the subject may be missing — refine it or try Extra careful.',
      NO_CLEAR_SUBJECT: 'No clear subject was found — check the cut-out or try Extra careful.',
    };
    const photos = [noisePng('noise.png', 256), generatedPng('flat-grey.png', 256, () => [128, 128, 128])];
    const page = await openPage(browser, app.url, { viewport: PHONE });
    await page.getByRole('radio', { name: /Fast/ }).check();
    const careful = page.getByRole('checkbox', { name: /Extra careful/ });
    assert.match(await careful.locator('xpath=..').textContent(), /up to 4 model runs.*fill the frame/);
    assert.equal(await careful.isChecked(), false);
    const submits = []; // {fileName, quality, id} per POST /api/v1/jobs, in order
    page.on('response', async (response) => {
      const request = response.request();
      if (request.method() !== 'POST' || !request.url().endsWith('/api/v1/jobs')) return;
      const body = request.postDataBuffer().toString('latin1');
      submits.push({
        fileName: /filename="([^"]+)"/.exec(body)[1],
        quality: /name="quality"\r\n\r\n(\w+)/.exec(body)[1],
        matting: /name="matting"\r\n\r\n(\w+)/.exec(body)?.[1],
        id: (await response.json()).id,
      });
    });
    await page.evaluate(() => {
      window.__announced = [];
      new MutationObserver(() => window.__announced.push(document.getElementById('announcer').textContent))
        .observe(document.getElementById('announcer'), { childList: true, characterData: true, subtree: true });
    });
    const statusOf = async (fileName) => {
      const submit = submits.filter((s) => s.fileName === fileName).at(-1);
      return { submit, view: await (await fetch(`${app.url}/api/v1/jobs/${submit.id}`)).json() };
    };

    await chooseFiles(page, photos);
    for (const path of photos) {
      const photo = card(page, basename(path));
      await waitForState(photo, 'done');
      const { submit, view } = await statusOf(basename(path));
      assert.equal(submit.quality, 'false', 'submitted with the form\'s options: not careful');
      assert.equal(submit.matting, 'false', 'the soft-edges toggle is off unless asked for');
      assert.ok(view.quality?.doubt, `the model is unsure of ${basename(path)}: ${JSON.stringify(view.quality)}`);
      const sentence = sentences[view.quality.doubt];
      assert.equal(await photo.locator('.card-doubt-text').textContent(), sentence);
      assert.equal(await photo.locator('.card-doubt').isVisible(), true);
      assert.equal(await photo.getByRole('button', { name: `Redo ${basename(path)} extra careful` }).isVisible(), true);
      assert.ok((await page.evaluate(() => window.__announced)).some((text) => text.includes(sentence)),
        'the sentence is read out with "background removed"');
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true,
      'no sideways scrolling at 390 px');
    await card(page, 'noise.png').scrollIntoViewIfNeeded();
    await screenshot(page, '17-phone-light-doubtful');

    // The viewer repeats the sentence.
    const grey = card(page, 'flat-grey.png');
    await grey.getByRole('button', { name: /Compare/ }).click();
    const viewer = page.locator('#viewer');
    await viewer.waitFor();
    const greyDoubt = (await statusOf('flat-grey.png')).view.quality.doubt;
    assert.equal(await viewer.locator('.viewer-doubt').textContent(), sentences[greyDoubt]);
    await screenshot(page, '18-phone-light-viewer-doubtful');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });

    // "Redo extra careful": the same photo again, with the careful option, the form left as it was.
    const noise = card(page, 'noise.png');
    const standard = (await statusOf('noise.png')).view.quality;
    await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/jobs')),
      noise.getByRole('button', { name: 'Redo noise.png extra careful' }).click(),
    ]);
    await waitForState(noise, 'done');
    const { submit, view } = await statusOf('noise.png');
    assert.equal(submit.quality, 'true', 'resubmitted with quality=true (Extra careful)');
    assert.equal(submits.length, 3, 'one new job, for that photo only');
    assert.ok(view.quality.modelRuns > standard.modelRuns,
      `the careful ensemble ran more models: ${view.quality.modelRuns} vs ${standard.modelRuns}`);
    assert.equal(await careful.isChecked(), false, 'the option for the next photos is unchanged');
    assert.equal(await noise.locator('.card-careful').isVisible(), false, 'no second careful redo is offered');
    if (view.quality.doubt) {
      const text = await noise.locator('.card-doubt-text').textContent();
      assert.doesNotMatch(text, /Extra careful/, `after a careful run it does not suggest one again: ${text}`);
    } else {
      assert.equal(await noise.locator('.card-doubt').isVisible(), false);
    }
    assert.deepEqual(page.outsideRequests, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('looks right on a phone and in dark mode', async () => {
    for (const [name, viewport, colorScheme] of [
      ['11-desktop-dark', { width: 1280, height: 800 }, 'dark'],
      ['12-phone-light', PHONE, 'light'],
      ['13-phone-dark', PHONE, 'dark'],
    ]) {
      const page = await openPage(browser, app.url, { viewport, colorScheme });
      await screenshot(page, `${name}-empty`);
      await page.getByRole('radio', { name: /Fast/ }).check();
      await chooseFiles(page, [PHOTOS.girl, largeJpeg(MAX_BYTES + 1024 * 1024)]);
      await waitForState(card(page, basename(PHOTOS.girl)), 'done');
      await waitForState(card(page, 'huge-scan.jpg'), 'failed');
      await page.locator('#results').scrollIntoViewIfNeeded();
      await screenshot(page, `${name}-cards`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true,
        'no sideways scrolling');
      await card(page, basename(PHOTOS.girl)).getByRole('button', { name: /Compare/ }).click();
      await page.waitForFunction(() => document.querySelector('.after-img').naturalWidth > 0);
      await page.waitForTimeout(200);
      await screenshot(page, `${name}-viewer`);
      assert.deepEqual(page.outsideRequests, []);
      await page.context().close();
    }
  });
});
