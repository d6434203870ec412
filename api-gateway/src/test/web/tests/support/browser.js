// Debian's Chromium through playwright-core: no browser download, nothing from the network.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * A page that may talk to `appUrl` only: any other request is aborted and recorded in
 * `page.outsideRequests`, so a test can prove the page works without outside network.
 * `hasTouch`/`isMobile`: a phone (touch events, the mobile viewport meta honoured).
 */
export async function openPage(browser, appUrl,
  { viewport = { width: 1280, height: 800 }, colorScheme = 'light', hasTouch = false, isMobile = false } = {}) {
  const context = await browser.newContext({
    viewport, colorScheme, acceptDownloads: true, deviceScaleFactor: 1, hasTouch, isMobile,
  });
  const page = await context.newPage();
  page.outsideRequests = [];
  page.consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') page.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => page.consoleErrors.push(String(error)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(appUrl) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    page.outsideRequests.push(url);
    return route.abort();
  });
  await page.goto(appUrl + '/');
  await page.locator('#limits-hint').filter({ hasText: 'megapixels' }).waitFor();
  return page;
}
