// A dropped or chosen folder becomes a flat list of its image files; everything else is counted, not shown.

// Extensions of what the server may decode; a folder's other files (notes, .DS_Store, PDFs) are skipped.
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'avif']);

/**
 * The DataTransfer's top-level entries when at least one is a directory, else null (plain files:
 * the drop goes the usual way). Must be called inside the drop handler: the items die after it.
 */
export function droppedFolderEntries(dataTransfer) {
  const entries = [...(dataTransfer?.items || [])]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter(Boolean);
  return entries.some((entry) => entry.isDirectory) ? entries : null;
}

/** Every file below `entries` (FileSystemEntry[]), sub-folders read recursively, sorted by path. */
export async function filesOfEntries(entries) {
  const found = [];
  for (const entry of entries) await collect(entry, found);
  found.sort((a, b) => a.path.localeCompare(b.path));
  return found.map(({ file }) => file);
}

async function collect(entry, found) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    found.push({ path: entry.fullPath || file.name, file });
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry.createReader())) await collect(child, found);
  }
}

// readEntries answers in chunks (100 at a time in Chromium) until it answers an empty one.
async function readAll(reader) {
  const all = [];
  for (;;) {
    const chunk = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!chunk.length) return all;
    all.push(...chunk);
  }
}

/** Splits a folder's files into {images, skipped}: by media type, or by extension when the type is unknown. */
export function keepImages(files) {
  const images = [];
  let skipped = 0;
  for (const file of files) {
    const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
    if (file.type.startsWith('image/') || (!file.type && IMAGE_EXTENSIONS.has(extension))) images.push(file);
    else skipped++;
  }
  return { images, skipped };
}

/** "3 files skipped: not images", or '' when none were. */
export function skippedSentence(count) {
  if (!count) return '';
  return `${count} ${count === 1 ? 'file' : 'files'} skipped: not ${count === 1 ? 'an image' : 'images'}`;
}
