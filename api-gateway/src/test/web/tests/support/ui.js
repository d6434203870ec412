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
