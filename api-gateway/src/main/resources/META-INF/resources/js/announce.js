// One polite live region for the whole page, so screen readers hear progress and errors once.

let region = null;

/** Reads `message` out to assistive technology (polite: after what it is saying now). */
export function announce(message) {
  region ??= document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A new text node in a later frame is announced even when the text repeats.
  requestAnimationFrame(() => { region.textContent = message; });
}
