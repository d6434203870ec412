// Peer harness: runs imgly's background removal (npm @imgly/background-removal 1.4.5, default
// config: the "medium" ISNet model of @imgly/background-removal-data 1.4.5) in Debian's Chromium,
// every file served from this machine, and writes the alpha it produced for each image.
//
//   node run.mjs --images DIR --out DIR [--chromium PATH]
//
// Writes OUT/<name>.png (8-bit grey, the alpha channel of imgly's RGBA result, at the image's
// size; <name> is the image's file name without its extension) and OUT/timings.json (ms of the
// removeBackground call per image, measured after one warm-up call that loads the model).
// Images whose PNG already exists are skipped, so an interrupted run resumes.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { decodePng, channel, encodeGreyPng } from './png.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.join(HERE, 'node_modules/@imgly/background-removal-data/dist');
const BUILD = path.join(HERE, 'build');
const IMAGE_TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };
// Per image, generous: a 24 MP photo takes minutes in wasm on two cores.
const PER_IMAGE_TIMEOUT_MS = 15 * 60 * 1000;

function parseArgs(argv) {
  const args = { chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!['images', 'out', 'chromium'].includes(key) || i + 1 >= argv.length) {
      throw new Error(`usage: node run.mjs --images DIR --out DIR [--chromium PATH] (bad argument ${argv[i]})`);
    }
    args[key] = argv[++i];
  }
  if (!args.images || !args.out) throw new Error('usage: node run.mjs --images DIR --out DIR [--chromium PATH]');
  return args;
}

async function bundle() {
  fs.mkdirSync(BUILD, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(HERE, 'page/entry.js')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    outfile: path.join(BUILD, 'bundle.js'),
    logLevel: 'warning'
  });
}

// Static server on 127.0.0.1: the page, the bundle, the data package (publicPath) and the images.
// COOP/COEP make the page cross-origin isolated, as imgly's README asks for its threaded wasm.
function serve(imagesDir) {
  const routes = [
    ['/data/', DATA],
    ['/images/', imagesDir]
  ];
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file;
    if (url === '/') file = path.join(HERE, 'page/index.html');
    else if (url === '/bundle.js') file = path.join(BUILD, 'bundle.js');
    else {
      for (const [prefix, dir] of routes) {
        if (url.startsWith(prefix)) file = path.join(dir, path.normalize(url.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
      }
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[path.extname(file)]
      ?? IMAGE_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin'
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function cut(page, base, file) {
  const result = await page.evaluate(url => window.peer.cut(url), `${base}/images/${encodeURIComponent(file)}`);
  if (result.type !== 'image/png') throw new Error(`${file}: imgly returned ${result.type}, expected image/png`);
  const rgba = decodePng(Buffer.from(result.png, 'base64'));
  if (rgba.channels !== 4) throw new Error(`${file}: imgly's PNG has ${rgba.channels} channels, expected RGBA`);
  return { ms: result.ms, width: rgba.width, height: rgba.height, alpha: channel(rgba, 3) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const images = fs.readdirSync(args.images).filter(f => IMAGE_TYPES[path.extname(f).toLowerCase()]).sort();
  fs.mkdirSync(args.out, { recursive: true });
  const outOf = file => path.join(args.out, path.parse(file).name + '.png');
  const todo = images.filter(f => !fs.existsSync(outOf(f)));
  const timingsFile = path.join(args.out, 'timings.json');
  const timings = fs.existsSync(timingsFile) ? JSON.parse(fs.readFileSync(timingsFile, 'utf8')) : { images: {} };
  console.log(`peer-imgly: ${images.length} images in ${args.images}, ${images.length - todo.length} done already, ${todo.length} to do`);
  if (todo.length === 0) return;

  await bundle();
  const server = await serve(path.resolve(args.images));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: args.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(PER_IMAGE_TIMEOUT_MS);
    page.on('pageerror', e => console.error(`page error: ${e.message}`));
    // Only 127.0.0.1 is reachable: a request elsewhere would be a mistake of this harness.
    await page.route(url => !url.href.startsWith(base) && !url.href.startsWith('blob:') && !url.href.startsWith('data:'),
      route => { console.error(`blocked ${route.request().url()}`); return route.abort(); });
    await page.goto(`${base}/`);
    await page.waitForFunction(() => window.peer !== undefined);
    const environment = await page.evaluate(() => window.peer.environment());
    const warm = await cut(page, base, todo[0]);
    console.log(`peer-imgly: warm-up on ${todo[0]} took ${warm.ms.toFixed(0)} ms (model load included); ` +
      `crossOriginIsolated=${environment.crossOriginIsolated}, ${environment.hardwareConcurrency} threads`);
    timings.environment = { ...environment, library: '@imgly/background-removal@1.4.5', data: '@imgly/background-removal-data@1.4.5', model: 'medium (default)' };
    timings.warmUpMs = Math.round(warm.ms);
    for (const file of todo) {
      const { ms, width, height, alpha } = await cut(page, base, file);
      fs.writeFileSync(outOf(file) + '.part', encodeGreyPng(width, height, alpha));
      fs.renameSync(outOf(file) + '.part', outOf(file));
      // The load average says whether other work shared the two cores while this image ran.
      timings.images[path.parse(file).name] = { ms: Math.round(ms), width, height, loadAverage1m: Number(os.loadavg()[0].toFixed(2)) };
      fs.writeFileSync(timingsFile, JSON.stringify(timings, null, 2) + '\n');
      console.log(`${file}: ${width}x${height} in ${ms.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch(e => {
  console.error(`peer-imgly: ${e.stack ?? e}`);
  process.exit(1);
});
