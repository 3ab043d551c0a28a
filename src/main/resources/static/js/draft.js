// The draft page, /drafts: a text in, its draft shown exactly as the article page shows a stored
// article (the same renderer, through the document-to-model adapter), what to check flagged and
// listed, and the draft imported with an editor's token. The token lives in the password field
// and in the requests made with it: never in storage, a cookie or an address.

import { ApiError, send } from './api.js';
import { h } from './dom.js';
import { modelOfDocument, reviewIndex } from './draft-model.js';
import { renderArticle } from './render.js';

const $ = id => document.getElementById(id);
const field = id => $(id).value.trim();

const LABELS = {
  quotes: 'Quote', people: 'Person', events: 'Event', resolutions: 'Resolution', places: 'Place',
  organizations: 'Organization', topics: 'Topic', paragraphs: 'Paragraph', notes: 'Note',
};

let current = null; // the draft on show: {document, review}

function setState(state) {
  document.body.dataset.state = state;
}

function say(element, kind, ...content) {
  element.dataset.kind = kind;
  element.replaceChildren(...content);
}

/** A problem document's detail and each field it names, as a person reads them. */
function problemText(result, fallback) {
  const problem = result.json || {};
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  return [
    h('span', {}, problem.detail || fallback),
    errors.length ? h('ul', { class: 'problem-errors' }, errors.map(e => h('li', {}, e.field ? h('code', {}, e.field) : null, e.field ? ' ' : null, e.message))) : null,
  ];
}

function tokenProblem(result) {
  return result.status === 401 ? 'The token is missing, unknown or revoked: type an editor’s token above.'
    : 'This token’s role may not do this: it needs an editor’s token.';
}

async function draft() {
  const status = $('draft-status');
  const token = field('token');
  if (!token) {
    say(status, 'error', 'Drafting needs an editor’s token: type it in the first box.');
    $('token').focus();
    return;
  }
  const request = { body: $('draft-text').value };
  for (const name of ['headline', 'publisher', 'url', 'published']) {
    if (field(name)) {
      request[name] = field(name);
    }
  }
  setState('drafting');
  say(status, 'busy', 'Drafting…');
  $('draft-button').disabled = true;
  let result;
  try {
    result = await send('POST', '/api/v1/drafts', JSON.stringify(request), { token });
  } catch (e) {
    if (!(e instanceof ApiError)) {
      throw e;
    }
    say(status, 'error', e.message);
    setState('error');
    return;
  } finally {
    $('draft-button').disabled = false;
  }
  if (result.status !== 200 || !result.json || !result.json.document) {
    say(status, 'error', ...(result.status === 401 || result.status === 403 ? [tokenProblem(result)]
      : problemText(result, `The API answered ${result.status}.`)));
    status.dataset.status = String(result.status);
    setState('error');
    return;
  }
  show(result.json);
  const d = result.json.document;
  say(status, 'done', `Drafted: ${count(d.quotes, 'quote')}, ${count(d.people, 'person', 'people')}, ${count(d.events, 'event')}; `
    + `${count(result.json.review, 'thing', 'things')} to check.`);
  setState('drafted');
}

function count(list, one, many = `${one}s`) {
  const n = (list || []).length;
  return `${n} ${n === 1 ? one : many}`;
}

function show(result) {
  current = result;
  const flags = reviewIndex(result.document, result.review);
  const model = modelOfDocument(result.document);
  $('outcome').hidden = false;
  renderArticle($('draft'), model, { flags, title: `Draft: ${model.headline} — Verbatim`, jsonLink: false });
  renderReview(result.document, result.review || []);
  $('document-json').value = JSON.stringify(result.document, null, 2);
  say($('import-status'), 'idle');
  delete $('import-status').dataset.status;
}

/** Where a review item's record is shown, if it is. */
function target(document, item) {
  const match = /^(quotes|people|events|resolutions|places|organizations)(?:\/|\[|\.)(\d+)/.exec(item.path || '');
  if (!match) {
    return null;
  }
  const [, kind, position] = match;
  const index = Number(position);
  const id = (document[kind] || [])[index]?.id;
  const selector = {
    quotes: `[data-quote-id="${index}"][data-head]`,
    people: id ? `[data-person="${CSS.escape(id)}"]` : null,
    events: `[data-event-id="${index}"]`,
    resolutions: `[data-resolution-id="${index}"]`,
    places: id ? `[data-place-id="${CSS.escape(id)}"]` : null,
    organizations: id ? `[data-organization-id="${CSS.escape(id)}"]` : null,
  }[kind];
  return selector ? $('draft').querySelector(selector) : null;
}

function renderReview(document, review) {
  const body = $('review-body');
  $('review-title').textContent = `To check (${review.length})`;
  if (review.length === 0) {
    body.replaceChildren(h('p', { class: 'empty', data: { empty: 'review' } }, 'Nothing is flagged: the drafter is sure of every record. Read it through all the same.'));
    return;
  }
  const ordered = [...review].sort((a, b) => a.confidence - b.confidence);
  body.replaceChildren(
    h('p', { class: 'panel-hint' }, 'Least sure first. Flagged records carry a ', h('span', { class: 'review-flag review-flag--sample', 'aria-hidden': 'true' }, '?'),
      ' in the draft below.'),
    h('ol', { class: 'review-list' }, ordered.map(item => {
      const kind = (/^([a-z]+)/.exec(item.path || '') || [])[1];
      const element = target(document, item);
      return h('li', { class: 'review-item', data: { path: item.path, rule: item.rule, confidence: item.confidence } },
        h('span', { class: 'review-confidence', title: 'how sure the drafter is' }, `${Math.round(item.confidence * 100)} %`),
        h('span', { class: 'review-what' },
          h('strong', {}, LABELS[kind] || 'The article'), ' ', h('code', {}, item.path || '(whole text)'), ' · ', h('span', { class: 'review-rule' }, item.rule)),
        h('span', { class: 'review-note' }, item.note),
        element ? h('button', {
          type: 'button', class: 'link-button', onclick: () => {
            element.scrollIntoView({ block: 'center' });
            element.focus({ preventScroll: true });
          },
        }, 'show') : null);
    })));
}

async function importDraft() {
  const status = $('import-status');
  const token = field('token');
  if (!current) {
    return;
  }
  if (!token) {
    say(status, 'error', 'Importing needs an editor’s token: type it in the first box.');
    return;
  }
  say(status, 'busy', 'Importing…');
  $('import-button').disabled = true;
  let result;
  try {
    result = await send('POST', '/api/v1/articles', $('document-json').value, { token });
  } catch (e) {
    if (!(e instanceof ApiError)) {
      throw e;
    }
    say(status, 'error', e.message);
    return;
  } finally {
    $('import-button').disabled = false;
  }
  status.dataset.status = String(result.status);
  const slug = result.json && result.json.slug;
  const link = slug ? h('a', { href: `/articles/${encodeURIComponent(slug)}` }, `/articles/${slug}`) : null;
  switch (result.status) {
    case 201:
      say(status, 'done', h('strong', {}, '201 Created. '), 'The article is stored: ', link, '.');
      break;
    case 200:
      say(status, 'done', h('strong', {}, '200 Unchanged. '), 'This very document is already stored: ', link, '.');
      break;
    case 409:
      say(status, 'error', h('strong', {}, '409 Conflict. '), ...problemText(result, 'Another article holds this slug.'),
        ' Change the document’s slug (or headline) and import again.');
      break;
    case 422:
      say(status, 'error', h('strong', {}, '422 Not importable. '), ...problemText(result, 'The document fails validation.'));
      break;
    case 401:
    case 403:
      say(status, 'error', h('strong', {}, `${result.status}. `), tokenProblem(result));
      break;
    default:
      say(status, 'error', h('strong', {}, `${result.status}. `), ...problemText(result, 'The import failed.'));
  }
}

$('draft-button').addEventListener('click', () => draft().catch(fail));
$('import-button').addEventListener('click', () => importDraft().catch(fail));
$('draft-text').addEventListener('keydown', event => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    $('draft-button').click();
  }
});

function fail(e) {
  say($('draft-status'), 'error', 'Something went wrong on this page; reloading may help (the token will have to be typed again).');
  setState('error');
  setTimeout(() => {
    throw e;
  });
}
