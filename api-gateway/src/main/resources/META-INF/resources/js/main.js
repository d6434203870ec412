// Starts the page: asks the server what it accepts, then wires intake, options, cards, viewer and editor.

import { apiKey, askForKey, keyFormAsker, setKeyAsker } from './access.js';
import { fetchInfo } from './api.js';
import { announce } from './announce.js';
import { BatchLine } from './batch-line.js';
import { Card } from './cards.js';
import { Editor } from './editor.js';
import { keepImages, skippedSentence } from './folders.js';
import { setUpIntake } from './intake.js';
import { JobRunner, explain } from './jobs.js';
import { readOptions, renderModels, setUpOptions } from './options.js';
import { TaskQueue } from './queue.js';
import { RefineRunner } from './refine.js';
import { acceptedFormatsText, formatBytes } from './validate.js';
import { Viewer } from './viewer.js';
import { buildZip, uniqueNames } from './zip.js';

// One photo uploads while the other is processed; more would only queue on the server.
const CONCURRENCY = 2;
const INFO_RETRY_MS = 3000;
const FALLBACK_FORMATS = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp', 'image/tiff'];
const KEY_NEEDED = 'This server needs an API key before it removes backgrounds. Ask whoever runs it for one.';

const $ = (selector) => document.querySelector(selector);
const form = $('#options');
const cards = [];
const runner = new JobRunner(new TaskQueue(CONCURRENCY), () => readOptions(form),
  (card, message) => announce(`${card.file.name}: ${message}`));
const refiner = new RefineRunner();
const editor = new Editor($('#editor'), refiner, (card) => viewer.open(card));
const viewer = new Viewer($('#viewer'), { onRefine: (card) => editor.open(card) });
const pending = []; // files dropped before /info answered
const batchLine = new BatchLine($('#batch'), { onDownload: downloadAll });

setKeyAsker(keyFormAsker($('#key-form')));
setUpOptions(form);
setUpIntake({
  chooseButton: $('#choose'), fileInput: $('#file-input'), folderButton: $('#choose-folder'),
  folderInput: $('#folder-input'), overlay: $('#drop-overlay'),
}, addFiles);
$('#download-all').addEventListener('click', downloadAll);
$('#remove-all').addEventListener('click', () => [...cards].forEach(removeCard));
loadInfo();

async function loadInfo() {
  try {
    const info = await fetchInfo();
    runner.info = info;
    refiner.info = info;
    showInfo(info);
    $('#server-banner').hidden = true;
    // Asked once, up front; a call that is refused later (401) asks again through api.js.
    if (info.apiKeyRequired && !apiKey()) askForKey(KEY_NEEDED);
    pending.splice(0).forEach((card) => runner.start(card));
  } catch (error) {
    const banner = $('#server-banner');
    banner.textContent = `${explain(error)} Retrying…`;
    banner.hidden = false;
    renderModels($('#models'), ['small', 'medium']);
    showInfo({ formats: FALLBACK_FORMATS, limits: null });
    setTimeout(loadInfo, INFO_RETRY_MS);
  }
}

function showInfo(info) {
  if (info.models) renderModels($('#models'), info.models);
  const formats = acceptedFormatsText(info.formats);
  $('#limits-hint').textContent = info.limits
    ? `${formats} · up to ${formatBytes(info.limits.maxBytes)} and ${info.limits.maxMegapixels} megapixels`
    : formats;
  // The file dialog offers what the server decodes (HEIC only when it has libheif).
  $('#file-input').accept = [...info.formats, '.heic', '.heif', '.avif']
    .filter((type) => info.formats.includes('image/heic') || !type.startsWith('.hei'))
    .filter((type) => info.formats.includes('image/avif') || type !== '.avif')
    .join(',');
}

function addFiles(dropped, { fromFolder = false } = {}) {
  // A folder's notes and sidecar files are one sentence, not one error card each.
  const { images: files, skipped } = fromFolder ? keepImages(dropped) : { images: dropped, skipped: 0 };
  if (fromFolder) batchLine.skipped(skippedSentence(skipped));
  if (!files.length) {
    if (skipped) announce(skippedSentence(skipped));
    return;
  }
  const added = [];
  for (const file of files) {
    const card = new Card($('#card-template'), file, {
      onOpen: openCard, onRetry: retryCard, onRemove: removeCard, onCareful: redoCareful,
    });
    cards.push(card);
    added.push(card);
    $('#cards').append(card.element);
    if (runner.info) runner.start(card).finally(updateSummary);
    else pending.push(card);
  }
  announce(files.length === 1 ? `Added ${files[0].name}` : `Added ${files.length} photos`);
  if (added.length > 1) batchLine.add(added);
  updateSummary();
  // The new cards are below the intake: bring them on screen so their progress is seen.
  const first = cards[cards.length - files.length];
  if (first) first.element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  watchStates();
}

function openCard(card) {
  if (card.state === 'done') viewer.open(card);
}

function retryCard(card) {
  card.parts.error.textContent = '';
  forgetRefinement(card);
  runner.start(card).finally(updateSummary);
}

/** "Redo extra careful" on a doubtful result: the same photo, the current options, Extra careful on. */
function redoCareful(card) {
  forgetRefinement(card);
  runner.start(card, { quality: true }).finally(updateSummary);
}

/** A new job for the card: its refined result goes; its strokes stay, to apply to the new result. */
function forgetRefinement(card) {
  if (editor.card === card) editor.close();
  refiner.stop(card);
  if (card.edits) card.edits.applied = null;
}

async function removeCard(card) {
  const index = cards.indexOf(card);
  if (index >= 0) cards.splice(index, 1);
  const waiting = pending.indexOf(card);
  if (waiting >= 0) pending.splice(waiting, 1);
  const next = cards[index] || cards[index - 1];
  if (editor.card === card) editor.close();
  card.destroy();
  updateSummary();
  announce(`Removed ${card.file.name}`);
  // Keyboard users keep their place: focus moves to the neighbouring card, or to the picker.
  (next ? next.parts.remove : $('#choose')).focus();
  await runner.stop(card);
  await refiner.stop(card);
}

async function downloadAll() {
  const done = cards.filter((card) => card.state === 'done');
  if (!done.length) return;
  const button = $('#download-all');
  button.disabled = true;
  try {
    const names = uniqueNames(done.map((card) => card.result.fileName));
    const zip = await buildZip(done.map((card, i) => ({ name: names[i], blob: card.result.blob })));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(zip);
    link.download = 'cutout.zip';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  } finally {
    updateSummary();
  }
}

// Cards change state from many places; a light observer keeps the summary line honest.
let observer = null;
function watchStates() {
  if (observer) return;
  observer = new MutationObserver(updateSummary);
  observer.observe($('#cards'), { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

function updateSummary() {
  const total = cards.length;
  const done = cards.filter((card) => card.state === 'done').length;
  const failed = cards.filter((card) => card.state === 'failed').length;
  const busy = total - done - failed;
  $('#results').hidden = total === 0;
  document.body.classList.toggle('has-cards', total > 0);
  const parts = [`${done} of ${total} done`];
  if (busy) parts.push(`${busy} in progress`);
  if (failed) parts.push(`${failed} not processed`);
  $('#summary').textContent = parts.join(' · ');
  batchLine.update();
  const all = $('#download-all');
  all.disabled = done === 0;
  all.textContent = done > 1 ? `Download all (${done}) as ZIP` : 'Download all as ZIP';
}
