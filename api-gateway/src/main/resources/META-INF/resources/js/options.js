// The options form: which model, what to return, how to treat soft edges, the shop layout and file format. Read once per upload,
// so changing them affects the photos added next (and retries), never a job already running.

const MODEL_LABELS = {
  small: { title: 'Fast', hint: 'about 1.5 s a photo' },
  medium: { title: 'Best quality', hint: 'cleaner edges' },
};
const PREFERRED_MODEL = 'medium';

/** Fills the model choices from the server's model list. */
export function renderModels(container, models) {
  container.replaceChildren();
  const ordered = [...models].sort((a, b) => (a === 'small' ? -1 : b === 'small' ? 1 : a.localeCompare(b)));
  const selected = ordered.includes(PREFERRED_MODEL) ? PREFERRED_MODEL : ordered[0];
  for (const model of ordered) {
    const label = MODEL_LABELS[model] || { title: model, hint: '' };
    const wrapper = document.createElement('label');
    wrapper.className = 'choice';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'model';
    input.value = model;
    input.checked = model === selected;
    const text = document.createElement('span');
    text.className = 'choice-text';
    text.innerHTML = '<strong></strong><small></small>';
    text.querySelector('strong').textContent = label.title;
    text.querySelector('small').textContent = label.hint;
    wrapper.append(input, text);
    container.append(wrapper);
  }
}

/**
 * Shows the colour field only when the result is flattened ("on a colour", or a JPEG cut-out), the
 * alignment only with a canvas, the JPEG quality only for JPEG; a mask has no layout.
 */
export function setUpOptions(form) {
  const colour = form.querySelector('[name=background]');
  const enable = (selector, on) => {
    for (const input of form.querySelectorAll(selector)) input.disabled = !on;
  };
  const sync = () => {
    const output = form.elements.output.value;
    const jpeg = form.elements.format.value === 'jpeg';
    const flatten = output === 'background' || (output === 'cutout' && jpeg);
    colour.disabled = !flatten;
    colour.closest('.colour-field').classList.toggle('is-disabled', !flatten);
    const layout = output !== 'mask';
    enable('[name=crop], [name=margin], [name=canvas]', layout);
    enable('[name=align]', layout && form.elements.canvas.value.trim() !== '');
    enable('[name="jpeg-quality"]', jpeg);
  };
  form.addEventListener('input', sync);
  form.addEventListener('change', sync);
  form.addEventListener('submit', (event) => event.preventDefault());
  sync();
}

/** The multipart fields for POST /api/v1/jobs. */
export function readOptions(form) {
  const output = form.elements.output.value || 'cutout';
  const options = {
    model: form.elements.model?.value || undefined,
    output,
    decontaminate: form.elements.decontaminate.checked,
    quality: form.elements.quality.checked,
    matting: form.elements.matting.checked,
  };
  const format = form.elements.format.value || 'png';
  if (output === 'background' || (output === 'cutout' && format === 'jpeg')) {
    options.background = form.elements.background.value;
  }
  if (format !== 'png') options.format = format;
  if (format === 'jpeg') options['jpeg-quality'] = form.elements['jpeg-quality'].value || undefined;
  if (output !== 'mask') Object.assign(options, layoutOptions(form));
  return options;
}

/** Crop, margin, canvas and alignment; only what differs from "none", so a plain job sends what it always has. */
function layoutOptions(form) {
  const options = {};
  const crop = form.elements.crop.checked;
  const canvas = form.elements.canvas.value.trim();
  const margin = form.elements.margin.value.trim();
  if (crop) options.crop = 'subject';
  if (canvas) {
    options.canvas = canvas;
    options.align = form.elements.align.value || 'center';
  }
  if (margin && (crop || canvas)) options.margin = margin;
  return options;
}
