// Every way a photo gets in: a drop anywhere on the page, the file dialog, or a paste.

/**
 * Wires the page's intake; calls onFiles(File[]) with every batch.
 * @param {{chooseButton: HTMLButtonElement, fileInput: HTMLInputElement, overlay: HTMLElement}} parts
 */
export function setUpIntake({ chooseButton, fileInput, overlay }, onFiles) {
  chooseButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    if (fileInput.files.length) onFiles([...fileInput.files]);
    fileInput.value = ''; // choosing the same file again must fire change again
  });

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
    onFiles([...event.dataTransfer.files]);
  });

  document.addEventListener('paste', (event) => {
    const files = [...(event.clipboardData?.items || [])]
      .filter((item) => item.kind === 'file')
      .map((item) => item.getAsFile())
      .filter(Boolean)
      .map(namePasted);
    if (files.length) {
      event.preventDefault();
      onFiles(files);
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
