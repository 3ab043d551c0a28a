// The article page, /articles/{slug}: the verbatim text with every quote highlighted by speaker,
// and beside it the people, the events as a timeline, the resolutions, places and organizations.
// Everything comes from one request, GET /api/v1/articles/{slug}.

import { ApiError, getJson } from './api.js';
import { h } from './dom.js';
import { renderArticle } from './render.js';
import './live.js'; // the "this article changed — reload" banner

const main = document.getElementById('main');

function slugFromPath(pathname) {
  const match = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (!match) {
    return null;
  }
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

function setState(state) {
  document.body.dataset.state = state;
}

function showError(title, message, { kind, retry = false } = {}) {
  document.title = `${title} — Verbatim`;
  main.replaceChildren(h('section', { class: 'state state--error', data: { state: 'error', errorKind: kind }, role: 'alert' },
    h('h1', {}, title),
    h('p', { class: 'state-detail' }, message),
    h('p', {},
      retry ? h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Try again') : null,
      retry ? ' ' : null,
      h('a', { href: '/' }, 'See all articles'))));
  setState('error');
}

async function start() {
  const slug = slugFromPath(location.pathname);
  if (!slug) {
    showError('No article chosen', 'Article pages live at /articles/{slug}; pick one from the list.', { kind: 'no-slug' });
    return;
  }
  let model;
  try {
    model = await getJson(`/api/v1/articles/${encodeURIComponent(slug)}`);
  } catch (e) {
    if (!(e instanceof ApiError)) {
      throw e;
    }
    if (e.kind === 'not-found') {
      showError('No article with this slug', `The API says: ${e.message}`, { kind: 'not-found' });
    } else if (e.kind === 'network') {
      showError('The API did not answer', e.message, { kind: 'network', retry: true });
    } else {
      showError('The article could not be loaded', e.message, { kind: e.kind, retry: true });
    }
    return;
  }
  renderArticle(main, model);
  setState('ready');
}

start().catch(e => {
  showError('The page failed', 'Something went wrong while showing this article; reloading may help.', { kind: 'script', retry: true });
  setTimeout(() => {
    throw e;
  });
});
