// The editor's keyboard shortcuts (listed in the dialog): K / E / X brushes, [ ] brush size,
// Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo, Space held to pan, + − zoom, 0 fit.

const SIZE_STEP = 1.25;

const typing = (target) => target.matches('input[type=text], input[type=number], textarea, select');
const pressable = (target) => target.matches('button, a, summary, input[type=checkbox]');

/** Wires the shortcuts of `editor` (an Editor); they act only while its dialog is open. */
export function listenForShortcuts(editor) {
  const actions = {
    k: () => editor.setTool('keep'),
    e: () => editor.setTool('erase'),
    x: () => editor.setTool('clear'),
    '[': () => editor.setSize(Number(editor.size.value) / SIZE_STEP),
    ']': () => editor.setSize(Number(editor.size.value) * SIZE_STEP),
    '+': () => editor.view.zoomIn(),
    '=': () => editor.view.zoomIn(),
    '-': () => editor.view.zoomOut(),
    0: () => editor.view.fit(),
  };
  const holdSpace = (held) => {
    editor.input.spaceHeld = held;
    editor.stage.classList.toggle('is-pannable', held);
  };
  // On the document, not the dialog: a button that becomes disabled (Undo at the first step)
  // drops the focus to <body>, and the next Ctrl+Shift+Z must still reach the editor.
  document.addEventListener('keydown', (event) => {
    if (!editor.dialog.open || typing(event.target)) return;
    const key = event.key.toLowerCase();
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && !event.altKey && (key === 'z' || key === 'y')) {
      event.preventDefault();
      editor.history(key === 'y' || event.shiftKey ? 'redo' : 'undo');
      return;
    }
    if (ctrl || event.altKey) return;
    if (event.key === ' ' && !pressable(event.target)) {
      event.preventDefault();
      holdSpace(true);
      return;
    }
    // Arrow keys, Home and End stay with a focused slider; none of these keys is a slider's.
    const action = actions[key];
    if (action) {
      event.preventDefault();
      action();
    }
  });
  document.addEventListener('keyup', (event) => {
    if (event.key === ' ') holdSpace(false);
  });
  window.addEventListener('blur', () => holdSpace(false)); // a Space released in another window
}
