// Checks a file before upload, the way the server will: format from the first bytes (never the
// name), size in bytes, and pixel count from the header where that is cheap to read.

const HEAD_BYTES = 512 * 1024; // enough for a JPEG's SOF behind large EXIF/ICC segments
const PIXELS_PER_MEGAPIXEL = 1_000_000;

const FORMAT_NAMES = {
  'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF',
  'image/bmp': 'BMP', 'image/tiff': 'TIFF', 'image/heic': 'HEIC', 'image/avif': 'AVIF',
};
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** Human name of a media type ("JPEG"). */
export function formatName(mediaType) {
  return FORMAT_NAMES[mediaType] || mediaType;
}

/** Human list of accepted formats: "JPEG, PNG, WebP or HEIC". */
export function acceptedFormatsText(formats) {
  const names = formats.map(formatName);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}

/** "25 MB", "800 KB". */
export function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Resolves with {ok: true, mediaType, width?, height?} or {ok: false, code, message}.
 * `info` is the server's /api/v1/info answer.
 */
export async function checkFile(file, info) {
  const { maxBytes, maxMegapixels } = info.limits;
  if (file.size === 0) {
    return refuse('CORRUPT_IMAGE', 'This file is empty.');
  }
  const head = new DataView(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const mediaType = sniff(head);
  if (!mediaType) {
    return refuse('UNSUPPORTED_FORMAT',
      `This is not an image Cutout can read. Use ${acceptedFormatsText(info.formats)}.`);
  }
  if (!info.formats.includes(mediaType)) {
    return refuse('UNSUPPORTED_FORMAT',
      `${formatName(mediaType)} images cannot be read by this server. Use ${acceptedFormatsText(info.formats)}.`);
  }
  if (file.size > maxBytes) {
    return refuse('TOO_LARGE',
      `This file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}. Save it smaller and try again.`);
  }
  const size = readDimensions(head, mediaType);
  if (size === 'corrupt') {
    return refuse('CORRUPT_IMAGE', `This ${formatName(mediaType)} file is damaged: its header cannot be read.`);
  }
  if (size && size.width * size.height > maxMegapixels * PIXELS_PER_MEGAPIXEL) {
    const mp = (size.width * size.height / PIXELS_PER_MEGAPIXEL).toFixed(1);
    return refuse('TOO_MANY_PIXELS',
      `This image is ${size.width}×${size.height} (${mp} megapixels); the limit is ${maxMegapixels} megapixels. Resize it and try again.`);
  }
  return { ok: true, mediaType, ...(size || {}) };
}

function refuse(code, message) {
  return { ok: false, code, message };
}

function ascii(view, offset, length) {
  if (offset + length > view.byteLength) return '';
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(view.getUint8(offset + i));
  return s;
}

/** Media type from magic bytes, or null. */
export function sniff(view) {
  const n = view.byteLength;
  const u8 = (i) => (i < n ? view.getUint8(i) : -1);
  if (u8(0) === 0xff && u8(1) === 0xd8 && u8(2) === 0xff) return 'image/jpeg';
  if (ascii(view, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(view, 0, 4) === 'GIF8') return 'image/gif';
  if (ascii(view, 0, 4) === 'RIFF' && ascii(view, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(view, 0, 2) === 'BM') return 'image/bmp';
  if (ascii(view, 0, 4) === 'II*\0' || ascii(view, 0, 4) === 'MM\0*') return 'image/tiff';
  if (ascii(view, 4, 4) === 'ftyp') {
    const boxSize = n >= 4 ? view.getUint32(0) : 0;
    const brands = [ascii(view, 8, 4)];
    for (let i = 16; i + 4 <= Math.min(boxSize, n); i += 4) brands.push(ascii(view, i, 4));
    if (brands.some((b) => AVIF_BRANDS.has(b))) return 'image/avif';
    if (brands.some((b) => HEIF_BRANDS.has(b))) return 'image/heic';
  }
  return null;
}

/** {width, height}, null when not cheaply known, or 'corrupt' when the header is broken. */
export function readDimensions(view, mediaType) {
  try {
    switch (mediaType) {
      case 'image/png':
        if (ascii(view, 12, 4) !== 'IHDR') return 'corrupt';
        return positive(view.getUint32(16), view.getUint32(20));
      case 'image/gif':
        return positive(view.getUint16(6, true), view.getUint16(8, true));
      case 'image/bmp':
        return positive(Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true)));
      case 'image/webp':
        return webpDimensions(view);
      case 'image/jpeg':
        return jpegDimensions(view);
      default:
        return null; // TIFF, HEIC, AVIF: the server checks
    }
  } catch {
    return view.byteLength < 32 ? 'corrupt' : null; // header shorter than its own fields
  }
}

function positive(width, height) {
  return width > 0 && height > 0 ? { width, height } : 'corrupt';
}

function webpDimensions(view) {
  const chunk = ascii(view, 12, 4);
  if (chunk === 'VP8X') {
    const w = 1 + (view.getUint8(24) | (view.getUint8(25) << 8) | (view.getUint8(26) << 16));
    const h = 1 + (view.getUint8(27) | (view.getUint8(28) << 8) | (view.getUint8(29) << 16));
    return { width: w, height: h };
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    return positive(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  return null;
}

// Walks the marker segments to the first start-of-frame; O(number of segments).
function jpegDimensions(view) {
  let offset = 2;
  while (offset + 9 < view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return null; // not a marker where one must be: let the server decide
    const marker = view.getUint8(offset + 1);
    if (marker === 0xff) { offset++; continue; }
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return positive(view.getUint16(offset + 7), view.getUint16(offset + 5));
    if (marker === 0xd9 || marker === 0xda) return null;
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}
