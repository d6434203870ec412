// Small helpers over the page: find a card, wait for its state, save a screenshot.

import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TARGET_DIR } from './app.js';

export const SCREENSHOTS = join(TARGET_DIR, 'web-screenshots');
export const PROCESSING_TIMEOUT_MS = 180_000;

export function card(page, fileName) {
  return page.locator('.card').filter({ has: page.locator('.card-name', { hasText: fileName }) });
}

/** Waits until the card's data-state is `state` (done, failed, …). */
export async function waitForState(cardLocator, state, timeout = PROCESSING_TIMEOUT_MS) {
  await cardLocator.and(cardLocator.page().locator(`[data-state=${state}]`)).waitFor({ timeout });
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Picks files through the real file chooser opened by "Choose photos". */
export async function chooseFiles(page, paths) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose photos' }).click(),
  ]);
  await chooser.setFiles(paths);
}

/** Drops files on the page the way a browser does: dragenter, dragover, drop with a DataTransfer. */
export async function dropFiles(page, paths, { keepOverlay = false } = {}) {
  const files = paths.map((path) => ({ name: basename(path), base64: readFileSync(path).toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const { name, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type: '' }));
    }
    return dt;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  if (keepOverlay) return transfer;
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  return transfer;
}

/**
 * Drops a folder (or files) from disk the way the operating system does: through Chromium's own input
 * pipeline (DevTools Input.dispatchDragEvent), so the page's DataTransfer holds real FileSystemEntry
 * directories, which a script-made DataTransfer cannot. Drops at the centre of the viewport.
 */
export async function dropFromDisk(page, paths) {
  const session = await page.context().newCDPSession(page);
  const { width, height } = page.viewportSize();
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await session.send('Input.dispatchDragEvent', { type, x: width / 2, y: height / 2, data });
  }
  await session.detach();
}

/** Records every status text a card shows, from the moment it is called. */
export async function recordStatuses(page) {
  await page.evaluate(() => {
    window.__statuses = [];
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.card-status')) {
        const text = el.textContent;
        if (window.__statuses[window.__statuses.length - 1] !== text) window.__statuses.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Pastes files the way a browser does on Ctrl+V: a `paste` ClipboardEvent whose clipboardData
 * holds them. `files`: [{path, name, type}]. Resolves with whether the page took the paste
 * (preventDefault).
 */
export async function pasteFiles(page, files) {
  const list = files.map(({ path, name, type }) => ({ name, type, base64: readFileSync(path).toString('base64') }));
  return page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const { name, type, base64 } of items) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type }));
    }
    const event = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  }, list);
}

/**
 * Decodes a PNG (bytes) in the page through a canvas, without colour management.
 * Resolves with {width, height, pixels: [[r,g,b,a]] at `points` ([x, y]; negative counts from the
 * right/bottom edge), min/max of the red channel over the whole image}.
 */
export async function readPixels(page, bytes, points = []) {
  return page.evaluate(async ({ base64, points: at }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }),
      { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(bitmap, 0, 0);
    const all = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let minRed = 255;
    let maxRed = 0;
    for (let i = 0; i < all.length; i += 4) {
      if (all[i] < minRed) minRed = all[i];
      if (all[i] > maxRed) maxRed = all[i];
    }
    const pixels = at.map(([x, y]) => {
      const px = x < 0 ? bitmap.width + x : x;
      const py = y < 0 ? bitmap.height + y : y;
      return [...context.getImageData(px, py, 1, 1).data];
    });
    return { width: bitmap.width, height: bitmap.height, pixels, minRed, maxRed };
  }, { base64: Buffer.from(bytes).toString('base64'), points });
}
