// The options form: which model, what to return, how to treat soft edges. Read once per upload,
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

/** Shows the colour field only when "flatten on a colour" is chosen. */
export function setUpOptions(form) {
  const colour = form.querySelector('[name=background]');
  const sync = () => {
    const flatten = form.elements.output.value === 'background';
    colour.disabled = !flatten;
    colour.closest('.colour-field').classList.toggle('is-disabled', !flatten);
  };
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
  if (output === 'background') options.background = form.elements.background.value;
  return options;
}
