// Debian's Chromium through playwright-core: no browser download, nothing from the network.
// Every page opened here is watched for Content-Security-Policy violations, and any test during which one
// happened fails (afterEach below): the page must work under the server's strict policy, not just load.

import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';

const watched = new Set(); // pages opened since the last check

/** The CSP violations `page` has seen, taken (a test that provokes one on purpose takes it first). */
export function takeCspViolations(page) {
  return page.cspViolations.splice(0);
}

afterEach(() => {
  const seen = [...watched].flatMap((page) => takeCspViolations(page));
  watched.clear();
  if (seen.length) {
    throw new Error(`Content-Security-Policy violations during this test:\n  ${[...new Set(seen)].join('\n  ')}`);
  }
});

/** Records violations from the page's own event (with the directive) and Chromium's "Refused to" console lines. */
async function watchCsp(context, page) {
  page.cspViolations = [];
  watched.add(page);
  await context.exposeBinding('__cutoutCspViolation', (_source, text) => page.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cutoutCspViolation(`event: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) page.cspViolations.push(`console: ${message.text()}`);
  });
}

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
  await watchCsp(context, page);
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
