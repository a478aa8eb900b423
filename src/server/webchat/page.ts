import { createHash } from 'node:crypto';
import { texts, type WebchatLanguage } from './texts.ts';

export { type WebchatLanguage, webchatLanguage } from './texts.ts';

/**
 * The web-chat widget: one self-contained page (inline CSS and vanilla JS, no build step) that
 * starts a visitor session, sends what the visitor writes, and reads their conversation when
 * the visitor stream (a WebSocket) says it changed, with a slow poll as a safety net. The script and style are fixed text, so the Content-Security-Policy allows exactly
 * them by hash; the workspace id reaches the script only as an escaped data attribute.
 */

const style = `
  :root { color-scheme: light; font: 16px/1.4 system-ui, sans-serif; }
  * { box-sizing: border-box; }
  body { margin: 0; background: #f5f6f8; color: #1b1f24; }
  main { display: flex; flex-direction: column; height: 100vh; }
  header { padding: 0.75rem 1rem; background: #1d4ed8; color: #fff; }
  header h1 { margin: 0; font-size: 1.1rem; }
  #status { margin: 0; font-size: 0.85rem; opacity: 0.9; }
  #messages { flex: 1; overflow-y: auto; margin: 0; padding: 1rem; list-style: none; display: flex; flex-direction: column; gap: 0.5rem; }
  #messages li { max-width: 80%; padding: 0.5rem 0.75rem; border-radius: 0.75rem; background: #fff; border: 1px solid #d0d7de; white-space: pre-wrap; overflow-wrap: anywhere; }
  #messages li.contact { align-self: flex-end; background: #dbeafe; border-color: #93c5fd; }
  #messages .who { display: block; font-size: 0.75rem; font-weight: 600; color: #4b5563; }
  form { display: flex; gap: 0.5rem; padding: 0.75rem; border-top: 1px solid #d0d7de; background: #fff; }
  form label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  textarea { flex: 1; resize: none; font: inherit; padding: 0.5rem; border: 1px solid #8c959f; border-radius: 0.5rem; }
  button { font: inherit; padding: 0.5rem 1rem; border: 0; border-radius: 0.5rem; background: #1d4ed8; color: #fff; cursor: pointer; }
  button:disabled { opacity: 0.6; cursor: default; }
  textarea:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  #intro { flex: 1; display: flex; flex-direction: column; gap: 0.5rem; padding: 1rem; border: 0; background: none; }
  #intro label { position: static; width: auto; height: auto; clip: auto; font-weight: 600; }
  #intro input { font: inherit; padding: 0.5rem; border: 1px solid #8c959f; border-radius: 0.5rem; }
  #intro p { margin: 0 0 0.5rem; }
  #intro button { align-self: flex-start; }
  [hidden] { display: none !important; }
`;

const script = `
(() => {
  const root = document.getElementById('chat');
  const base = '/v1/webchat/' + encodeURIComponent(root.dataset.workspace);
  const storageKey = 'switchboard.webchat.' + root.dataset.workspace;
  const list = document.getElementById('messages');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const send = document.getElementById('send');
  const status = document.getElementById('status');
  const intro = document.getElementById('intro');
  const nameInput = document.getElementById('name');
  const text = JSON.parse(root.dataset.text);
  const emailInput = document.getElementById('email');
  const nameKey = storageKey + '.name';
  const emailKey = storageKey + '.email';
  const shown = new Set();
  let token = sessionStorage.getItem(storageKey);
  let afterSeq = 0;
  let polling = false;
  let pending;

  const randomId = () =>
    Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

  async function api(method, path, body) {
    const headers = {};
    if (token) headers.authorization = 'Bearer ' + token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error((data.error && data.error.message) || response.statusText);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  async function startSession() {
    const departmentId = new URLSearchParams(location.search).get('departmentId');
    const query = departmentId ? '?departmentId=' + encodeURIComponent(departmentId) : '';
    token = undefined;
    const name = sessionStorage.getItem(nameKey);
    const email = sessionStorage.getItem(emailKey);
    const who = Object.assign(name ? { name } : {}, email ? { email } : {});
    const session = await api('POST', '/sessions' + query, who);
    token = session.visitorToken;
    sessionStorage.setItem(storageKey, token);
  }

  function show(message) {
    if (shown.has(message.id + ':' + message.seq)) return;
    shown.add(message.id + ':' + message.seq);
    const item = document.createElement('li');
    item.className = message.from;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = message.from === 'contact' ? text.you : message.agentName || text.agent;
    item.append(who, document.createTextNode(message.text));
    list.append(item);
    list.scrollTop = list.scrollHeight;
  }

  async function poll() {
    if (!token || polling) return;
    polling = true;
    try {
      const page = await api('GET', '/messages?afterSeq=' + afterSeq);
      for (const message of page.items) {
        show(message);
        afterSeq = Math.max(afterSeq, message.seq);
      }
      if (page.status === 'resolved') status.textContent = text.closed;
    } catch (error) {
      if (error.status === 401) await startSession();
    } finally {
      polling = false;
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    // A resend of the same text after a failure keeps its id, so it counts once.
    if (!pending || pending.text !== text) pending = { text, id: randomId() };
    send.disabled = true;
    try {
      if (!token) await startSession();
      await api('POST', '/messages', { text, clientMessageId: pending.id });
      pending = undefined;
      input.value = '';
      status.textContent = text.sent;
      await poll();
    } catch (error) {
      status.textContent = text.notSent.replace('{error}', error.message);
    } finally {
      send.disabled = false;
      input.focus();
    }
  });

  // Enter sends; Shift+Enter makes a new line.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // New messages arrive as a nudge over a WebSocket; polling stays as a slow safety net.
  function listen() {
    if (!token) return;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(scheme + '//' + location.host + base + '/stream?token=' + encodeURIComponent(token));
    socket.addEventListener('message', () => poll());
    socket.addEventListener('close', () => setTimeout(listen, 3000));
  }

  function begin() {
    intro.hidden = true;
    form.hidden = false;
    return startSession().then(open);
  }

  function open() {
    status.textContent = text.connected;
    listen();
    input.focus();
    return poll();
  }

  // Agents see the visitor by the name they give before their first message.
  intro.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!name) return;
    sessionStorage.setItem(nameKey, name);
    // The browser has checked its form (type=email) before this runs; empty means not given.
    const email = emailInput.value.trim();
    if (email) sessionStorage.setItem(emailKey, email);
    else sessionStorage.removeItem(emailKey);
    begin().catch((error) => {
      status.textContent = text.unavailable.replace('{error}', error.message);
    });
  });

  if (token) {
    intro.hidden = true;
    form.hidden = false;
    open().catch((error) => {
      status.textContent = text.unavailable.replace('{error}', error.message);
    });
  } else {
    status.textContent = text.askName;
    nameInput.focus();
  }
  setInterval(poll, 5000);
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Nothing but this page's own script, style and same-origin API calls. It may be framed by
 * the sites the workspace allows (issue 12 item 9), or by any site when it lists none.
 */
export function webchatPageHeaders(allowedOrigins: readonly string[] | undefined) {
  const ancestors = allowedOrigins?.length ? `'self' ${allowedOrigins.join(' ')}` : '*';
  return {
    'content-security-policy': [
      "default-src 'none'",
      `script-src ${sha256(script)}`,
      `style-src ${sha256(style)}`,
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${ancestors}`,
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

export function webchatPage(workspaceId: string, business = 'us', language: WebchatLanguage = 'en'): string {
  const words = texts[language];
  const title = escapeHtml(words.title.replace('{business}', business));
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${style}</style>
</head>
<body>
<main id="chat" data-workspace="${escapeHtml(workspaceId)}" data-text="${escapeHtml(JSON.stringify(words.script))}">
<header>
<h1>${title}</h1>
<p id="status" role="status">${escapeHtml(words.connecting)}</p>
</header>
<ol id="messages" aria-label="${escapeHtml(words.conversation)}" aria-live="polite" aria-relevant="additions"></ol>
<form id="intro">
<p>${escapeHtml(words.intro)}</p>
<label for="name">${escapeHtml(words.name)}</label>
<input id="name" name="name" autocomplete="name" maxlength="200" required>
<label for="email">${escapeHtml(words.email)}</label>
<input id="email" name="email" type="email" autocomplete="email" maxlength="320">
<button type="submit">${escapeHtml(words.start)}</button>
</form>
<form id="composer" hidden>
<label for="text">${escapeHtml(words.message)}</label>
<textarea id="text" name="text" rows="2" maxlength="2000" required placeholder="${escapeHtml(words.placeholder)}"></textarea>
<button id="send" type="submit">${escapeHtml(words.send)}</button>
</form>
</main>
<script>${script}</script>
</body>
</html>
`;
}
