// The "refine by hand" editor in a real browser against the packaged one-process app and the real
// model: brushes, undo/redo, the approximate edge preview, Apply end to end, a phone with touch.
// One app for the file; each test opens its own page. Screenshots: target/web-screenshots/;
// docs/refine-editor-desktop.png and docs/refine-editor-phone.png are copies of refine-editor-*.png there.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startApp } from './support/app.js';
import { launchBrowser, openPage } from './support/browser.js';
import {
  drawn, line, mouseStroke, multipartParts, openEditor, previewAlpha, strokeOutcome, strokePaint, toClient, touchGesture,
} from './support/editor.js';
import { PHOTOS, makeInput, pngHeader, readZip } from './support/files.js';
import { card, chooseFiles, screenshot, waitForState } from './support/ui.js';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// The scene of the end-to-end test: the studio portrait (600×399) with a red ball in the lower right
// corner, apart from her. The model keeps the woman and drops the ball (checked below, not assumed).
const BALL = { x: 540, y: 330, r: 34 };
const SHIRT = { y: 300, from: 212, to: 250 }; // across the T-shirt, which the model keeps

let app;
let browser;

before(async () => {
  // The tests use the Fast model: loaded at start-up, so the first test does not also pay for loading it.
  [app, browser] = await Promise.all([
    startApp({ CUTOUT_MODEL: 'small' }, { logName: 'web-tests-app-editor.log' }), launchBrowser()]);
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

/** A page with `path` processed by the Fast model; resolves with the page and the card. */
async function finishedPhoto(path, options = {}) {
  const page = await openPage(browser, app.url, options);
  await page.getByRole('radio', { name: /Fast/ }).check();
  await chooseFiles(page, [path]);
  const photo = card(page, basename(path));
  await waitForState(photo, 'done');
  return { page, photo };
}

/** The studio portrait with a ball apart from her, drawn in the browser, saved under target/. */
async function portraitWithBall(page) {
  const base64 = await page.evaluate(async ({ photo, ball }) => {
    const bytes = Uint8Array.from(atob(photo), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const shade = context.createRadialGradient(ball.x - 10, ball.y - 10, 5, ball.x, ball.y, ball.r + 1);
    shade.addColorStop(0, '#ff6666');
    shade.addColorStop(1, '#991111');
    context.fillStyle = shade;
    context.beginPath();
    context.arc(ball.x, ball.y, ball.r, 0, 2 * Math.PI);
    context.fill();
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let text = '';
    for (const byte of png) text += String.fromCharCode(byte);
    return btoa(text);
  }, { photo: readFileSync(PHOTOS.girl).toString('base64'), ball: BALL });
  return makeInput('portrait-with-ball.png', Buffer.from(base64, 'base64'));
}

async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync(await file.path());
}

const pressed = (editor, name) => editor.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');

describe('Refine by hand', { timeout: 600_000 }, () => {
  test('opens from the viewer; brushes toggle, size changes the brush, undo/redo restore the strokes exactly, Unpaint removes paint', async () => {
    const { page, photo } = await finishedPhoto(PHOTOS.girl);
    const editor = await openEditor(page, photo);
    await assert.doesNotReject(editor.getByRole('heading', { name: 'Refine by hand' }).waitFor());
    const apply = editor.getByRole('button', { name: 'Apply' });
    assert.equal(await apply.isDisabled(), true, 'nothing to apply yet');

    // Tool toggles: one pressed at a time, by click and by key.
    assert.deepEqual([await pressed(editor, 'Keep'), await pressed(editor, 'Erase'), await pressed(editor, 'Unpaint')], ['true', 'false', 'false']);
    await editor.getByRole('button', { name: 'Erase', exact: true }).click();
    assert.deepEqual([await pressed(editor, 'Keep'), await pressed(editor, 'Erase')], ['false', 'true']);
    await editor.locator('.editor-stage').focus();
    await page.keyboard.press('x');
    assert.equal(await pressed(editor, 'Unpaint'), 'true');
    await page.keyboard.press('k');
    assert.deepEqual([await pressed(editor, 'Keep'), await pressed(editor, 'Erase'), await pressed(editor, 'Unpaint')], ['true', 'false', 'false']);

    // The shortcuts are listed where they are used.
    const keys = editor.getByRole('region', { name: 'Shortcuts' });
    assert.equal(await keys.isVisible(), true);
    for (const text of ['Keep brush', 'Erase brush', 'Unpaint', 'Undo', 'Redo', 'Pan', 'Zoom', 'Fit']) {
      assert.match(await keys.textContent(), new RegExp(text));
    }

    // Size: [ and ] step it, the slider sets it, and a larger brush paints a wider stroke.
    const sizeText = () => editor.locator('.brush-size-value').textContent();
    assert.equal(await sizeText(), '28 px');
    await page.keyboard.press(']');
    assert.equal(await sizeText(), '35 px');
    await page.keyboard.press('[');
    assert.equal(await sizeText(), '28 px');
    await editor.getByRole('slider', { name: 'Size' }).fill('12');
    await mouseStroke(page, line([60, 60], [160, 60]));
    const thin = await strokePaint(page);
    await page.keyboard.press('Control+z');
    await editor.getByRole('slider', { name: 'Size' }).fill('48');
    await mouseStroke(page, line([60, 60], [160, 60]));
    const wide = await strokePaint(page);
    assert.ok(wide.keep > 3 * thin.keep, `48 px paints more than 3× a 12 px brush: ${wide.keep} vs ${thin.keep}`);
    await page.keyboard.press('Control+z');
    assert.equal((await strokePaint(page)).keep, 0);

    // Undo/redo, buttons and keys: each step gives back exactly the pixels it had.
    await editor.getByRole('slider', { name: 'Size' }).fill('28');
    const empty = await strokePaint(page);
    await mouseStroke(page, line([40, 200], [140, 260]));
    const one = await strokePaint(page);
    await page.keyboard.press('e');
    await mouseStroke(page, line([420, 250], [560, 300]));
    const two = await strokePaint(page);
    assert.ok(one.keep > 0 && one.erase === 0 && two.erase > 0 && two.keep === one.keep, 'a green stroke, then a red one');
    assert.equal(await editor.getAttribute('data-strokes'), '2');
    assert.equal(await apply.isEnabled(), true, 'strokes can be applied');
    await editor.getByRole('button', { name: 'Undo' }).click();
    assert.deepEqual(await strokePaint(page), one);
    await page.keyboard.press('Control+z');
    assert.deepEqual(await strokePaint(page), empty);
    assert.equal(await editor.getByRole('button', { name: 'Undo' }).isDisabled(), true);
    assert.equal(await apply.isDisabled(), true, 'no strokes, no controls: nothing to apply');
    await page.keyboard.press('Control+Shift+z');
    assert.deepEqual(await strokePaint(page), one);
    await page.keyboard.press('Control+y');
    assert.deepEqual(await strokePaint(page), two);
    assert.equal(await editor.getByRole('button', { name: 'Redo' }).isDisabled(), true);
    await editor.getByRole('button', { name: 'Undo' }).click();
    await editor.getByRole('button', { name: 'Redo' }).click();
    assert.deepEqual(await strokePaint(page), two);

    // Unpaint takes the red paint away (and only it); undo brings it back.
    await page.keyboard.press('x');
    await editor.getByRole('slider', { name: 'Size' }).fill('90');
    await mouseStroke(page, line([410, 250], [570, 300]));
    const unpainted = await strokePaint(page);
    assert.equal(unpainted.erase, 0, 'the red stroke is gone');
    assert.equal(unpainted.keep, one.keep, 'the green one is untouched');
    await page.keyboard.press('Control+z');
    assert.deepEqual(await strokePaint(page), two);

    // Zoom and pan with strokes on: the wheel zooms about the pointer, Space-drag and middle-drag pan,
    // 0 fits again; none of it paints.
    const level = () => editor.locator('.editor-zoom-level').textContent();
    const transform = () => editor.locator('.editor-preview').evaluate((el) => el.style.transform);
    const fitted = await level();
    const [[cx, cy]] = await toClient(page, [[300, 200]]);
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -400);
    await drawn(page);
    assert.notEqual(await level(), fitted, 'the wheel zoomed');
    const [[zx, zy]] = await toClient(page, [[300, 200]]);
    assert.ok(Math.hypot(zx - cx, zy - cy) < 2, `the photo point under the pointer stayed there: ${[cx, cy]} → ${[zx, zy]}`);
    let moved = await transform();
    await page.keyboard.down('Space');
    await page.mouse.down();
    await page.mouse.move(cx - 80, cy - 40, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Space');
    assert.notEqual(await transform(), moved, 'Space-drag panned');
    moved = await transform();
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(cx + 60, cy + 30, { steps: 5 });
    await page.mouse.up({ button: 'middle' });
    assert.notEqual(await transform(), moved, 'middle-drag panned');
    assert.equal(await editor.getAttribute('data-strokes'), '2', 'no stroke from zooming or panning');
    await page.keyboard.press('0');
    assert.equal(await level(), fitted, '0 fits again');
    assert.deepEqual(await strokePaint(page), two);

    // Closing keeps the work: reopened, the strokes are there.
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });
    await openEditor(page, photo);
    assert.equal(await editor.getAttribute('data-strokes'), '2');
    assert.deepEqual(await strokePaint(page), two);
    assert.deepEqual(page.outsideRequests, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('the edge preview follows Feather and Shift at once, and shows strokes', async () => {
    const { page, photo } = await finishedPhoto(PHOTOS.girl);
    const editor = await openEditor(page, photo);
    const feather = editor.getByRole('slider', { name: 'Feather' });
    const shift = editor.getByRole('slider', { name: 'Shift' });
    const plain = await previewAlpha(page);
    assert.ok(plain.opaque > 10_000, `the preview shows the cut-out: ${JSON.stringify(plain)}`);

    await feather.fill('20');
    const feathered = await previewAlpha(page);
    assert.equal(await editor.locator('.edge-feather-value').textContent(), '20 px');
    assert.ok(feathered.soft > 1.5 * plain.soft, `more semi-transparent pixels with feather: ${feathered.soft} vs ${plain.soft}`);
    await screenshot(page, 'editor-01-desktop-feather-20');
    await feather.fill('0');
    assert.deepEqual(await previewAlpha(page), plain, 'feather back to 0: the preview is as it was');

    await shift.fill('10');
    const grown = await previewAlpha(page);
    assert.equal(await editor.locator('.edge-shift-value').textContent(), '+10 px');
    assert.ok(grown.opaque > 1.05 * plain.opaque, `the opaque area grows with a positive shift: ${grown.opaque} vs ${plain.opaque}`);
    await shift.fill('-10');
    const shrunk = await previewAlpha(page);
    assert.ok(shrunk.opaque < 0.95 * plain.opaque, `and shrinks with a negative one: ${shrunk.opaque} vs ${plain.opaque}`);
    assert.equal(await editor.getByRole('button', { name: 'Apply' }).isEnabled(), true, 'a shift alone can be applied');
    await shift.fill('0');
    assert.equal(await editor.getByRole('button', { name: 'Apply' }).isDisabled(), true);

    // A keep stroke on the background shows at once: tinted, and opaque in the preview.
    const spot = [[520, 60]];
    assert.ok((await previewAlpha(page, spot)).alpha[0] < 128, 'the studio wall is removed');
    await mouseStroke(page, line([490, 60], [550, 60]));
    assert.equal((await previewAlpha(page, spot)).alpha[0], 255, 'kept in the preview');
    assert.ok((await strokePaint(page)).keep > 0, 'and tinted green');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  test('Apply: a keep stroke brings back what the model dropped, an erase stroke removes what it kept; the card, its download and the ZIP give the refined PNG', async () => {
    const scenePage = await openPage(browser, app.url);
    const scene = await portraitWithBall(scenePage);
    await scenePage.context().close();
    const { page, photo } = await finishedPhoto(scene);
    const original = await download(page, photo.getByRole('link', { name: /Download/ }));
    const originalJob = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => e.name).find((n) => /\/api\/v1\/jobs\/[^/]+\/result$/.test(n)).replace(/\/result$/, ''));

    const editor = await openEditor(page, photo);
    // Keep: three passes over the ball. Erase: one pass across the shirt.
    for (const dy of [-14, 0, 14]) await mouseStroke(page, line([BALL.x - 20, BALL.y + dy], [BALL.x + 20, BALL.y + dy]));
    await editor.getByRole('button', { name: 'Erase', exact: true }).click();
    await mouseStroke(page, line([SHIRT.from, SHIRT.y], [SHIRT.to, SHIRT.y]));
    await drawn(page);
    await page.mouse.move(0, 0);
    await screenshot(page, 'refine-editor-desktop');
    const requests = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/refine')) requests.push(r); });
    await editor.getByRole('button', { name: 'Apply' }).click();
    await editor.waitFor({ state: 'hidden', timeout: 120_000 });
    const viewer = page.locator('#viewer');
    await viewer.waitFor();
    assert.equal(await photo.locator('.card-status').textContent(), 'Done · refined by hand');

    // What was sent: to the ORIGINAL job, the same photo and options, a mask of pure colours.
    assert.equal(requests.length, 1);
    const sent = multipartParts(requests[0].postDataBuffer(), requests[0].headers()['content-type']);
    assert.equal(requests[0].url(), `${originalJob}/refine`);
    // (The browser streams the photo from its File, so the recorded body has the part but not its bytes;
    // the server's own check, the same photo size as the original's result, passed.)
    assert.equal(sent.file.fileName, 'portrait-with-ball.png', 'the photo again');
    assert.deepEqual([sent.model.text, sent.output.text, sent.feather.text, sent.shift.text], ['small', 'cutout', '0', '0']);
    assert.ok(sent.decontaminate && sent.quality && sent.matting, 'the options of the original submit');
    assert.deepEqual(pngHeader(sent.hints.data).width, 600);

    // The viewer compares the photo with the refined result, which is what the card now links to.
    await page.waitForFunction(() => document.querySelector('.after-img').naturalWidth > 0);
    assert.equal(await viewer.locator('.after-img').getAttribute('src'), await photo.locator('.card-download').getAttribute('href'));
    await screenshot(page, 'editor-02-desktop-refined-viewer');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });

    // What came back: the card's download is the refined PNG.
    const refined = await download(page, photo.getByRole('link', { name: /Download/ }));
    assert.ok(!refined.equals(original));
    const outcome = await strokeOutcome(page, { hints: sent.hints.data, before: original, after: refined });
    assert.deepEqual(outcome.colours, ['0,0,0,0', '0,255,0,255', '255,0,0,255'], 'the mask: opaque green, opaque red, transparent');
    const { keep, erase } = outcome;
    console.log(`refine outcome: ${JSON.stringify(outcome)}`);
    assert.ok(keep.pixels > 1500 && erase.pixels > 500, JSON.stringify(outcome));
    assert.ok(keep.wasBelow128 >= 0.9 * keep.pixels, `the model had dropped the ball: ${JSON.stringify(keep)}`);
    assert.ok(keep.nowAbove128 >= 0.9 * keep.pixels, `the keep stroke brought it back: ${JSON.stringify(keep)}`);
    assert.ok(erase.wasAbove128 >= 0.9 * erase.pixels, `the model had kept the shirt: ${JSON.stringify(erase)}`);
    assert.ok(erase.nowAtMost8 >= 0.9 * erase.pixels, `the erase stroke removed it: ${JSON.stringify(erase)}`);

    // The ZIP holds the refined PNG.
    const zip = readZip(await download(page, page.getByRole('button', { name: /Download all/ })));
    assert.deepEqual(zip.map((e) => e.name), ['portrait-with-ball_no_bg.png']);
    assert.ok(zip[0].data.equals(refined), 'the ZIP has the refined PNG');

    // A second Apply sends ALL strokes again, against the original job, with the new feather.
    await openEditor(page, photo);
    assert.equal(await editor.getAttribute('data-strokes'), '4');
    assert.ok((await previewAlpha(page, [[BALL.x, BALL.y - BALL.r + 4]])).alpha[0] < 128,
      'the preview starts from the original result again (the top of the ball, outside the strokes, is not kept there)');
    assert.equal(await editor.getByRole('button', { name: 'Apply' }).isDisabled(), true, 'nothing new to apply');
    await editor.getByRole('slider', { name: 'Feather' }).fill('3');
    await editor.getByRole('button', { name: 'Apply' }).click();
    await editor.waitFor({ state: 'hidden', timeout: 120_000 });
    assert.equal(requests.length, 2);
    const again = multipartParts(requests[1].postDataBuffer(), requests[1].headers()['content-type']);
    assert.equal(requests[1].url(), `${originalJob}/refine`);
    assert.equal(again.feather.text, '3');
    assert.ok(again.hints.data.equals(sent.hints.data), 'the same strokes, all of them');
    await viewer.waitFor();
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });

    // The original job gone from the server: a sentence in the editor, the strokes still there.
    await fetch(`${app.url}${new URL(originalJob).pathname}`, { method: 'DELETE' });
    await openEditor(page, photo);
    await editor.getByRole('slider', { name: 'Feather' }).fill('5');
    await editor.getByRole('button', { name: 'Apply' }).click();
    const alert = editor.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.textContent(), /no longer has this photo's first result.*Redo/);
    assert.equal(await editor.getAttribute('data-strokes'), '4');
    assert.equal(await editor.getByRole('button', { name: 'Apply' }).isEnabled(), true, 'it can be tried again');
    await screenshot(page, 'editor-03-desktop-error');
    assert.deepEqual(page.outsideRequests, []);
    await page.context().close();
  });

  test('on a phone: the editor fits 390 px, a finger paints, two fingers pinch without painting', async () => {
    const { page, photo } = await finishedPhoto(PHOTOS.girl, { viewport: PHONE, hasTouch: true, isMobile: true });
    const editor = await openEditor(page, photo);
    const fits = () => page.evaluate(() => {
      const dialog = document.getElementById('editor');
      return document.documentElement.scrollWidth <= window.innerWidth && dialog.scrollWidth <= dialog.clientWidth
        && dialog.getBoundingClientRect().right <= window.innerWidth;
    });
    assert.equal(await fits(), true, 'no sideways scrolling');
    const stage = await editor.locator('.editor-stage').boundingBox();
    assert.ok(stage.width >= 380 && stage.height >= 200, `the photo gets the width: ${JSON.stringify(stage)}`);
    for (const name of ['Keep', 'Erase', 'Unpaint', 'Undo', 'Apply']) {
      const box = await editor.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${name} is on screen`);
    }

    await touchGesture(page, line([100, 150], [250, 200]).map((p) => [p]));
    await drawn(page);
    assert.equal(await editor.getAttribute('data-strokes'), '1', 'one finger painted one stroke');
    assert.ok((await strokePaint(page)).keep > 0);
    // A hand takes a moment from the photo to the toolbar; headless Chromium drops a tap that
    // comes within its double-tap time (300 ms) of the stroke's touchend.
    await page.waitForTimeout(350);
    await editor.getByRole('button', { name: 'Erase', exact: true }).tap();
    await touchGesture(page, line([420, 80], [560, 120]).map((p) => [p]));
    assert.equal(await editor.getAttribute('data-strokes'), '2');
    const painted = await strokePaint(page);
    assert.ok(painted.erase > 0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'refine-editor-phone');

    // Two fingers apart: zoom, and no stroke from either finger.
    const zoom = () => editor.locator('.editor-zoom-level').textContent();
    const before = await zoom();
    await touchGesture(page, Array.from({ length: 8 }, (_, i) => [[300 - 10 * i, 200], [320 + 10 * i, 200]]));
    assert.notEqual(await zoom(), before, 'the pinch zoomed');
    assert.equal(await editor.getAttribute('data-strokes'), '2', 'the pinch painted nothing');
    assert.deepEqual((await strokePaint(page)).keep, painted.keep);
    assert.equal(await fits(), true);
    await screenshot(page, 'editor-04-phone-pinched');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
