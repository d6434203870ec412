// Helpers over the refine editor: open it on a finished photo, paint at photo pixels with a mouse or
// a finger (real input events), read what its canvases show, and read what a refine sent and got.

/** Opens the editor from the card's viewer ("Compare" → "Refine … by hand"); resolves with the dialog. */
export async function openEditor(page, photoCard) {
  await photoCard.getByRole('button', { name: /Compare/ }).click();
  const viewer = page.locator('#viewer');
  await viewer.waitFor();
  await viewer.getByRole('button', { name: /^Refine .* by hand$/ }).click();
  await page.locator('#editor[data-ready=true]').waitFor();
  return page.locator('#editor');
}

/** Viewport px of photo px [[x, y]], from where the preview canvas is drawn right now. */
export async function toClient(page, points) {
  return page.evaluate((photoPoints) => {
    const canvas = document.querySelector('.editor-preview');
    const box = canvas.getBoundingClientRect();
    const width = parseFloat(canvas.style.width); // the photo's px (ZoomPan lays layers out at its size)
    const height = parseFloat(canvas.style.height);
    return photoPoints.map(([x, y]) => [box.left + (x / width) * box.width, box.top + (y / height) * box.height]);
  }, points);
}

/** A mouse stroke through photo px `points`, with intermediate moves like a real hand. */
export async function mouseStroke(page, points) {
  const client = await toClient(page, points);
  await page.mouse.move(...client[0]);
  await page.mouse.down();
  for (const point of client.slice(1)) await page.mouse.move(...point, { steps: 8 });
  await page.mouse.up();
}

/**
 * Touch input through the DevTools protocol, as a touch screen sends it: the browser turns it into
 * pointer events of pointerType "touch". `frames`: [[[x, y] per finger] per moment] in photo px.
 */
export async function touchGesture(page, frames) {
  const cdp = await page.context().newCDPSession(page);
  const at = async (fingers) => (await toClient(page, fingers)).map(([x, y], id) => ({ x, y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: await at(frames[0]) });
  for (const fingers of frames.slice(1)) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: await at(fingers) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Straight line from a to b as `n` + 1 points (photo px). */
export function line([ax, ay], [bx, by], n = 10) {
  return Array.from({ length: n + 1 }, (_, i) => [ax + ((bx - ax) * i) / n, ay + ((by - ay) * i) / n]);
}

/** Waits two frames, so a change has been drawn on the canvases. */
export async function drawn(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** What the stroke tint canvas shows: counts of green and red pixels and a hash of all its pixels. */
export async function strokePaint(page) {
  await drawn(page);
  return page.evaluate(() => {
    const canvas = document.querySelector('.editor-strokes');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let keep = 0;
    let erase = 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0 && data[i + 1] > data[i]) keep++;
      if (data[i + 3] > 0 && data[i] > data[i + 1]) erase++;
      hash = Math.imul(hash ^ (data[i] ^ (data[i + 1] << 8) ^ (data[i + 2] << 16) ^ (data[i + 3] << 24)), 16777619) >>> 0;
    }
    return { keep, erase, hash };
  });
}

/** What the preview canvas shows: counts of semi-transparent and of mostly opaque pixels, alpha at photo px. */
export async function previewAlpha(page, points = []) {
  await drawn(page);
  return page.evaluate((at) => {
    const canvas = document.querySelector('.editor-preview');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let soft = 0;
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) {
      if (data[i] > 8 && data[i] < 247) soft++;
      if (data[i] >= 128) opaque++;
    }
    const k = canvas.width / parseFloat(canvas.style.width);
    const alpha = at.map(([x, y]) => data[(Math.floor(y * k) * canvas.width + Math.floor(x * k)) * 4 + 3]);
    return { soft, opaque, alpha };
  }, points);
}

/**
 * The parts of a multipart/form-data body: {name: {fileName, text, data}}.
 * For reading what the page sent (the refine's photo, hint mask and fields).
 */
export function multipartParts(body, contentType) {
  const boundary = Buffer.from(`--${/boundary=([^;]+)/.exec(contentType)[1]}`);
  const parts = {};
  let start = body.indexOf(boundary);
  while (start >= 0) {
    const next = body.indexOf(boundary, start + boundary.length);
    if (next < 0) break;
    const part = body.subarray(start + boundary.length + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('latin1');
    const data = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(head)[1];
    parts[name] = { fileName: /filename="([^"]*)"/.exec(head)?.[1], text: data.toString('utf8'), data };
    start = next;
  }
  return parts;
}

/**
 * Decodes the hint mask the page sent and the results before and after a refine (PNG bytes) in the
 * page, and tells for the keep and the erase pixels of the mask what the alpha was and became.
 * Also the distinct RGBA values of the mask (only pure green, pure red and transparent are allowed).
 */
export async function strokeOutcome(page, { hints, before, after }) {
  const b64 = (bytes) => Buffer.from(bytes).toString('base64');
  return page.evaluate(async (pngs) => {
    const decode = async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }),
        { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', { willReadFrequently: true });
      context.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
    };
    const [mask, was, now] = await Promise.all([decode(pngs.hints), decode(pngs.before), decode(pngs.after)]);
    const colours = new Set();
    const keep = { pixels: 0, wasBelow128: 0, nowAbove128: 0 };
    const erase = { pixels: 0, wasAbove128: 0, nowAtMost8: 0 };
    for (let y = 0; y < mask.height; y++) {
      for (let x = 0; x < mask.width; x++) {
        const i = (y * mask.width + x) * 4;
        const rgba = mask.data.slice(i, i + 4);
        colours.add(rgba.join(','));
        if (rgba[3] < 128) continue;
        // The mask may be smaller than the photo: nearest photo pixel, as the server scales it.
        const px = Math.min(was.width - 1, Math.floor(((x + 0.5) * was.width) / mask.width));
        const py = Math.min(was.height - 1, Math.floor(((y + 0.5) * was.height) / mask.height));
        const j = (py * was.width + px) * 4 + 3;
        if (rgba[1] >= 128 && rgba[0] < 128) {
          keep.pixels++;
          if (was.data[j] < 128) keep.wasBelow128++;
          if (now.data[j] > 128) keep.nowAbove128++;
        } else if (rgba[0] >= 128 && rgba[1] < 128) {
          erase.pixels++;
          if (was.data[j] > 128) erase.wasAbove128++;
          if (now.data[j] <= 8) erase.nowAtMost8++;
        }
      }
    }
    return { size: [mask.width, mask.height], photo: [was.width, was.height], colours: [...colours].sort(), keep, erase };
  }, { hints: b64(hints), before: b64(before), after: b64(after) });
}
