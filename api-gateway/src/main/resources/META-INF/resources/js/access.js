// The API key, for a server started with cutout.auth.api-keys: kept in sessionStorage (this tab only), sent by
// api.js on every call (X-API-Key; ?api-key= for EventSource, which cannot send headers). Whoever gets a 401
// awaits one shared question, so many uploads at once ask only once.

const STORAGE_KEY = 'cutout.apiKey';
const QUERY_PARAMETER = 'api-key';

let asker = null; // (sentence) => Promise<string>: the key form
let asking = null; // the question being asked, shared by every caller
let memory = ''; // the key, where sessionStorage is blocked

/** The key entered in this tab, or ''. */
export function apiKey() {
  try {
    return sessionStorage.getItem(STORAGE_KEY) || memory;
  } catch {
    return memory;
  }
}

/** The header that carries the key, or none. */
export function keyHeaders() {
  const key = apiKey();
  return key ? { 'X-API-Key': key } : {};
}

/** `url` with the key as a query parameter (event streams only: the server takes it nowhere else). */
export function withKeyInQuery(url) {
  const key = apiKey();
  if (!key) return url;
  const u = new URL(url, window.location.href);
  u.searchParams.set(QUERY_PARAMETER, key);
  return u.pathname + u.search;
}

function remember(key) {
  memory = key;
  try {
    sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    // kept in memory only
  }
}

/** Whether there is a way to ask (the page set up its form). */
export function canAskForKey() {
  return asker !== null;
}

/** Sets the function that asks a person for the key. */
export function setKeyAsker(ask) {
  asker = ask;
}

/** Asks for the key with `sentence`; resolves once a key is entered (the same promise for every caller). */
export function askForKey(sentence) {
  if (!asker) return Promise.reject(new Error('no way to ask for an API key'));
  if (!asking) {
    asking = asker(sentence).then((key) => {
      remember(key);
      asking = null;
    });
  }
  return asking;
}

/** The key form: shows `sentence`, resolves with the trimmed key when submitted, then hides. */
export function keyFormAsker(form) {
  const input = form.elements['api-key'];
  const note = form.querySelector('.key-form-note');
  return (sentence) => new Promise((resolve) => {
    note.textContent = sentence;
    input.value = '';
    form.hidden = false;
    input.focus();
    const submitted = (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      form.removeEventListener('submit', submitted);
      form.hidden = true;
      resolve(key);
    };
    form.addEventListener('submit', submitted);
  });
}
