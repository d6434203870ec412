// Inputs (real photos from ../shared) and checks of outputs (PNG header, ZIP directory).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { REPO_ROOT, TARGET_DIR } from './app.js';

const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const PHOTOS = {
  animal: join(SHARED, 'eval', 'images', 'fg-animal-1__bg-clouds.png'),
  girl: join(SHARED, 'eval', 'images', 'fg-girl-1__bg-studio.png'),
  car: join(SHARED, 'eval', 'images', 'fg-car-2__bg-studio.png'),
  iceCream: join(SHARED, 'eval', 'images', 'fg-ice-cream__bg-clouds.png'),
  aeroplane: join(SHARED, 'photos', 'aeroplane.jpg'),
  bike: join(SHARED, 'photos', 'bike.jpg'),
};

const WORK = join(TARGET_DIR, 'web-test-inputs');

/** Writes a generated input under target/ and returns its path. */
export function makeInput(name, bytes) {
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, name);
  writeFileSync(path, bytes);
  return path;
}

/** A JPEG cut off after its first third: the header is fine, the pixels are missing. */
export function truncatedJpeg() {
  const bytes = readFileSync(PHOTOS.aeroplane);
  return makeInput('truncated.jpg', bytes.subarray(0, Math.floor(bytes.length / 3)));
}

/** The PNG signature followed by noise: no IHDR. */
export function garbagePng() {
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) & 0xff;
  return makeInput('garbage.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise]));
}

/** A real JPEG padded past `bytes`, so only its size is wrong. */
export function largeJpeg(bytes) {
  const photo = readFileSync(PHOTOS.aeroplane);
  return makeInput('huge-scan.jpg', Buffer.concat([photo, Buffer.alloc(bytes - photo.length + 1)]));
}

/**
 * An RGB PNG of `size`² whose pixels are `pixel(x, y)` → [r, g, b]: for photos with no subject at all
 * (a flat grey card, uniform noise), which the real model has nothing to keep of.
 */
export function generatedPng(name, size, pixel) {
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
  return makeInput(name, png);
}

/** Uniform noise from a fixed seed (same file every run). */
export function noisePng(name, size) {
  let state = 0x2545f491;
  const next = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state >>> 24; };
  return generatedPng(name, size, () => [next(), next(), next()]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** {width, height, colourType, bitDepth} from a PNG's IHDR; throws when it is not a PNG. */
export function pngHeader(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG (bad signature)');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG (no IHDR first)');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colourType: bytes[25] };
}

/** Entries of a ZIP from its central directory: [{name, data}] (stored entries only). */
export function readZip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = bytes.readUInt16LE(offset + 10);
    const size = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (method !== 0) throw new Error(`${name}: compressed entries are not expected`);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    entries.push({ name, data: bytes.subarray(dataStart, dataStart + size) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
