// What shows through the transparent parts of the result: a checkerboard (transparency), white,
// black, any colour, or an image of the person's own. Preview only: the PNG stays transparent.

/** Background picker bound to one backdrop element. */
export class BackgroundPicker {
  /**
   * @param {HTMLFieldSetElement} fieldset radios name=preview-bg (checker|white|black|colour|image)
   * @param {HTMLElement} backdrop the element behind the result image
   */
  constructor(fieldset, backdrop) {
    this.fieldset = fieldset;
    this.backdrop = backdrop;
    this.colourInput = fieldset.querySelector('input[type=color]');
    this.imageInput = fieldset.querySelector('input[type=file]');
    this.imageButton = fieldset.querySelector('[data-pick-image]');
    this.imageUrl = null;
    fieldset.addEventListener('change', (event) => {
      if (event.target === this.imageInput) return;
      if (event.target === this.colourInput) this.select('colour');
      else if (event.target.value === 'image' && !this.imageUrl) this.imageInput.click();
      this.apply();
    });
    this.colourInput.addEventListener('input', () => { this.select('colour'); this.apply(); });
    this.imageButton.addEventListener('click', () => this.imageInput.click());
    this.imageInput.addEventListener('change', () => {
      const file = this.imageInput.files[0];
      this.imageInput.value = '';
      if (!file) return;
      if (this.imageUrl) URL.revokeObjectURL(this.imageUrl);
      this.imageUrl = URL.createObjectURL(file);
      this.select('image');
      this.apply();
    });
    this.apply();
  }

  select(value) {
    const radio = this.fieldset.querySelector(`input[name=preview-bg][value=${value}]`);
    if (radio) radio.checked = true;
  }

  get value() {
    return this.fieldset.querySelector('input[name=preview-bg]:checked')?.value || 'checker';
  }

  apply() {
    let value = this.value;
    if (value === 'image' && !this.imageUrl) {
      value = 'checker';
      this.select('checker');
    }
    const style = this.backdrop.style;
    this.backdrop.dataset.background = value;
    style.backgroundColor = { white: '#ffffff', black: '#000000', colour: this.colourInput.value }[value] || '';
    style.backgroundImage = value === 'image' ? `url("${this.imageUrl}")` : '';
    this.imageButton.textContent = this.imageUrl ? 'Change image…' : 'Choose image…';
  }
}
