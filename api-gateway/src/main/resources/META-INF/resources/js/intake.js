// Every way a photo gets in: a drop anywhere on the page (files or folders), the file and folder dialogs, or a paste.

import { droppedFolderEntries, filesOfEntries } from './folders.js';

/**
 * Wires the page's intake; calls onFiles(File[], {fromFolder}) with every batch.
 * @param {{chooseButton: HTMLButtonElement, fileInput: HTMLInputElement, folderButton: HTMLButtonElement,
 *   folderInput: HTMLInputElement, overlay: HTMLElement}} parts
 */
export function setUpIntake({ chooseButton, fileInput, folderButton, folderInput, overlay }, onFiles) {
  for (const [button, input, fromFolder] of [[chooseButton, fileInput, false], [folderButton, folderInput, true]]) {
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      if (input.files.length) onFiles([...input.files], { fromFolder });
      input.value = ''; // choosing the same file again must fire change again
    });
  }

  // dragenter/dragleave fire for every child crossed; count them to know when the drag really left.
  let depth = 0;
  const carriesFiles = (event) => [...(event.dataTransfer?.types || [])].includes('Files');
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (depth++ === 0) overlay.hidden = false;
  });
  document.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    if (--depth <= 0) { depth = 0; overlay.hidden = true; }
  });
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    depth = 0;
    overlay.hidden = true;
    if (!event.dataTransfer?.files?.length) return;
    event.preventDefault();
    const folders = droppedFolderEntries(event.dataTransfer);
    if (!folders) onFiles([...event.dataTransfer.files], { fromFolder: false });
    else filesOfEntries(folders).then((files) => onFiles(files, { fromFolder: true }));
  });

  document.addEventListener('paste', (event) => {
    const files = [...(event.clipboardData?.items || [])]
      .filter((item) => item.kind === 'file')
      .map((item) => item.getAsFile())
      .filter(Boolean)
      .map(namePasted);
    if (files.length) {
      event.preventDefault();
      onFiles(files, { fromFolder: false });
    }
  });
}

let pasteCount = 0;

// Clipboard images are all called "image.png"; give each a name worth downloading.
function namePasted(file) {
  if (file.name && file.name !== 'image.png') return file;
  const extension = (file.type.split('/')[1] || 'png').replace('jpeg', 'jpg');
  const name = `pasted-${++pasteCount}.${extension}`;
  return new File([file], name, { type: file.type, lastModified: Date.now() });
}
