// The list of articles, /: GET /api/v1/articles, a page at a time.

import { ApiError, getJson } from './api.js';
import { h } from './dom.js';
import { count, datetimeOf, formatTime } from './format.js';

const SIZE = 20;
const list = document.getElementById('articles');

function pageFromQuery() {
  const page = Number.parseInt(new URLSearchParams(location.search).get('page') || '0', 10);
  return Number.isInteger(page) && page >= 0 ? page : 0;
}

function showError(title, message) {
  list.replaceChildren(h('div', { class: 'state state--error', data: { state: 'error' }, role: 'alert' },
    h('h2', {}, title), h('p', { class: 'state-detail' }, message),
    h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Try again'))));
  document.body.dataset.state = 'error';
}

async function start() {
  const page = pageFromQuery();
  let result;
  try {
    result = await getJson(`/api/v1/articles?page=${page}&size=${SIZE}`);
  } catch (e) {
    if (!(e instanceof ApiError)) {
      throw e;
    }
    showError(e.kind === 'network' ? 'The API did not answer' : 'The articles could not be loaded', e.message);
    return;
  }
  const items = result.items || [];
  if (items.length === 0) {
    list.replaceChildren(h('p', { class: 'empty', data: { empty: 'articles' } },
      page > 0 ? 'No articles on this page.' : 'No articles yet. Import one through the API and it will be listed here.'));
  } else {
    list.replaceChildren(h('ul', { class: 'article-list' }, items.map(article => {
      const datetime = datetimeOf(article.published);
      const date = article.published ? formatTime(article.published) : 'date unknown';
      return h('li', { data: { slug: article.slug } },
        h('a', { class: 'article-link', href: `/articles/${encodeURIComponent(article.slug)}` }, article.headline),
        h('p', { class: 'meta' }, article.publisher || 'Unknown publisher', ' · ',
          datetime ? h('time', { datetime }, date) : date,
          article.published && article.published.stated === false ? h('span', { class: 'meta-aside', title: article.published.source || '' }, ' (date from the publisher, not the text)') : null));
    })));
  }
  const total = result.totalPages || 0;
  if (total > 1) {
    list.append(h('nav', { class: 'pager', 'aria-label': 'Pages' },
      page > 0 ? h('a', { href: `/?page=${page - 1}` }, '← Newer') : null,
      h('span', {}, `Page ${page + 1} of ${total} (${count(result.totalElements, 'article')})`),
      page + 1 < total ? h('a', { href: `/?page=${page + 1}` }, 'Older →') : null));
  }
  document.body.dataset.state = 'ready';
}

start().catch(e => {
  showError('The page failed', 'Something went wrong while listing the articles; reloading may help.');
  setTimeout(() => {
    throw e;
  });
});
