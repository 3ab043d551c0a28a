// How an article model is shown: the verbatim text with every quote highlighted by speaker,
// and beside it the people, the events as a timeline, the resolutions, places and organizations.
// The article page renders a stored article with it, the draft page a draft: the same code.

import { h, quoted } from './dom.js';
import { count, datetimeOf, formatTime, humanize } from './format.js';
import { anchored, blocksOf, codePoints, renderMarked, slice } from './text.js';
import { quoteTooltip } from './tooltip.js';

// Light tints behind the text (dark text on them passes WCAG AAA) and dark inks for lines and
// labels (at least 4.5:1 on white and on the tint). Told apart by more than hue: each quote
// also carries its speaker in the tooltip and in its accessible description.
const PALETTE = [
  { tint: '#dbeafe', ink: '#1e40af' },
  { tint: '#ffedd5', ink: '#9a3412' },
  { tint: '#dcfce7', ink: '#166534' },
  { tint: '#f3e8ff', ink: '#6b21a8' },
  { tint: '#fce7f3', ink: '#9d174d' },
  { tint: '#ccfbf1', ink: '#115e59' },
  { tint: '#fef9c3', ink: '#854d0e' },
  { tint: '#e2e8f0', ink: '#334155' },
];

const KIND_WORDS = { direct: 'direct quote', indirect: 'reported speech' };
const STATUS_WORDS = { past: 'Past', ongoing: 'Ongoing', planned: 'Planned' };
const STATUS_RANK = { past: 0, ongoing: 1, planned: 2 };
const BLOCK_LABELS = { repeated_heading: 'Repeated headline', boilerplate: 'Page furniture', unparagraphed: 'Outside any paragraph' };

// ---------------------------------------------------------------------------------------------
// Facts the text does not state: italic, with a numbered note giving their source.

class Footnotes {
  constructor(prefix, heading) {
    this.prefix = prefix;
    this.heading = heading;
    this.sources = [];
  }

  /** The fact, marked stated or inferred; an inferred one gets the number of its source's note. */
  fact(value, stated, source) {
    if (stated) {
      return h('span', { class: 'fact fact--stated' }, value);
    }
    const text = source || 'Not stated in the text.';
    let index = this.sources.indexOf(text);
    if (index < 0) {
      this.sources.push(text);
      index = this.sources.length - 1;
    }
    const number = index + 1;
    return h('span', { class: 'fact fact--inferred', title: `Inferred: ${text}` },
      h('span', { class: 'fact-value' }, value),
      h('sup', { class: 'fact-ref' },
        h('a', { href: `#${this.prefix}-${number}`, 'aria-label': `inferred, see note ${number}` }, `${number}`)));
  }

  render() {
    if (this.sources.length === 0) {
      return null;
    }
    return h('div', { class: 'footnotes' },
      h('p', { class: 'footnotes-title' }, this.heading),
      h('ol', {}, this.sources.map((source, i) => h('li', { id: `${this.prefix}-${i + 1}` }, source))));
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Renders an article model into `container`: the article page's whole view, and the draft page's.
 * `options.flags` marks records a person should check (a visible marker on each, the reasons in
 * its tooltip and description); `options.title` is the document title; `options.jsonLink` says
 * whether the article is in the API to link to (a draft is not).
 */
export function renderArticle(container, model, options = {}) {
  const flags = options.flags || NO_FLAGS;
  const points = codePoints(model.body || '');
  const quotes = (model.quotes || []).filter(q => anchored(points, q.content));
  const unplaced = (model.quotes || []).length - quotes.length;
  const speakers = speakersOf(model, quotes);
  document.title = options.title || `${model.headline} — Verbatim`;

  const descriptions = h('div', { hidden: true, id: 'quote-descriptions' },
    quotes.map(q => h('p', { id: `quote-desc-${q.id}` }, describeQuote(q, speakers, flags.of('quotes', q.id)))));
  const text = renderText(model, points, quotes, speakers, flags);
  const summary = h('p', { class: 'quote-summary', id: 'quote-summary', role: 'status' });
  const state = { selected: null };

  const people = renderPeople(model, quotes, speakers, flags, id => {
    state.selected = state.selected === id ? null : id;
    applyFilter(text, people, summary, quotes, speakers, state.selected);
  });

  container.replaceChildren(
    h('div', { class: 'article-page', data: { slug: model.slug } },
      renderHead(model, options.jsonLink !== false),
      h('div', { class: 'layout' },
        h('div', { class: 'reading' },
          renderLegend(quotes, speakers),
          summary,
          unplaced > 0 ? h('p', { class: 'notice' }, `${count(unplaced, 'quote')} could not be placed in the text and ${unplaced === 1 ? 'is' : 'are'} not shown.`) : null,
          text),
        h('aside', { class: 'sidebar', 'aria-label': 'What the article records' },
          people,
          renderTimeline(model, flags),
          renderResolutions(model, flags),
          renderCatalog('Places', 'places', model.places, 'place', flags),
          renderCatalog('Organizations', 'organizations', model.organizations, 'organization', flags),
          renderNotes(model, points))),
      descriptions));
  applyFilter(text, people, summary, quotes, speakers, null);

  quoteTooltip(text, id => {
    const quote = quotes.find(q => String(q.id) === id);
    return tooltipContent(quote, speakers, quote ? flags.of('quotes', quote.id) : []);
  });
}

const NO_FLAGS = { of: () => [] };

/** The visible marker of a record to check, its reasons in the title (and to screen readers in words). */
function reviewFlag(items) {
  if (items.length === 0) {
    return null;
  }
  const reasons = items.map(i => i.note).join(' ');
  return h('span', { class: 'review-flag', title: reasons, data: { reviewCount: items.length } },
    h('span', { 'aria-hidden': 'true' }, '?'), h('span', { class: 'visually-hidden' }, ` To check: ${reasons}`));
}

function speakersOf(model, quotes) {
  const speakers = new Map();
  const add = (id, person) => {
    if (!speakers.has(id)) {
      const colour = PALETTE[speakers.size % PALETTE.length];
      speakers.set(id, { id, name: person.name, role: person.role || null, country: person.country || null, ...colour });
    }
  };
  const speaking = new Set(quotes.map(q => q.speaker.id));
  for (const person of model.people || []) {
    if (speaking.has(person.id)) {
      add(person.id, person);
    }
  }
  for (const quote of quotes) {
    add(quote.speaker.id, quote.speaker);
  }
  return speakers;
}

function colours(speaker) {
  return speaker ? { '--tint': speaker.tint, '--ink': speaker.ink } : {};
}

function renderHead(model, jsonLink) {
  const notes = new Footnotes('published-note', 'Inferred, not in the text');
  const published = model.published
    ? notes.fact(formatTime(model.published), model.published.stated !== false, model.published.source)
    : 'date unknown';
  return h('header', { class: 'article-head' },
    h('p', { class: 'meta' },
      h('span', {}, model.publisher || 'Unknown publisher'), ' · ',
      h('span', {}, 'published ', published),
      model.language ? [' · ', h('span', {}, `language: ${model.language}`)] : null,
      model.url ? [' · ', h('a', { href: model.url, rel: 'noopener noreferrer' }, 'original')] : null,
      jsonLink ? [' · ', h('a', { href: `/api/v1/articles/${encodeURIComponent(model.slug)}` }, 'this page as JSON')] : null),
    notes.render());
}

function renderLegend(quotes, speakers) {
  if (quotes.length === 0) {
    return h('section', { class: 'legend', 'aria-label': 'Legend' },
      h('p', { class: 'empty', data: { empty: 'quotes' } }, 'No quotes are recorded for this article, so nothing in the text is highlighted.'));
  }
  return h('section', { class: 'legend', 'aria-label': 'Legend' },
    h('ul', { class: 'legend-speakers' },
      [...speakers.values()].map(s => h('li', { style: colours(s) },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }), s.name))),
    h('ul', { class: 'legend-kinds' },
      h('li', {}, h('span', { class: 'sample sample--direct', 'aria-hidden': 'true' }, 'Abc'), 'direct quote (solid line)'),
      h('li', {}, h('span', { class: 'sample sample--indirect', 'aria-hidden': 'true' }, 'Abc'), 'reported speech (dashed line)'),
      h('li', {}, h('span', { class: 'sample sample--cue', 'aria-hidden': 'true' }, 'said'), 'cue word'),
      h('li', {}, h('span', { class: 'sample sample--source', 'aria-hidden': 'true' }, 'he'), 'who the text says spoke'),
      h('li', {}, h('span', { class: 'sample sample--note', 'aria-hidden': 'true' }, 'Abc'), 'editor’s note on the text')),
    h('p', { class: 'legend-hint' }, 'Point at a quote or tab to it for who said it, how and where.'));
}

// ---------------------------------------------------------------------------------------------
// The text

function renderText(model, points, quotes, speakers, flags) {
  const marks = [];
  for (const quote of quotes) {
    const speaker = speakers.get(quote.speaker.id);
    const base = { quote, speaker };
    marks.push({ ...base, type: 'quote', rank: 0, start: quote.content.start, end: quote.content.end });
    if (anchored(points, quote.source)) {
      marks.push({ ...base, type: 'source', rank: 1, start: quote.source.start, end: quote.source.end });
    }
    if (anchored(points, quote.cue)) {
      marks.push({ ...base, type: 'cue', rank: 1, start: quote.cue.start, end: quote.cue.end });
    }
  }
  const blocks = blocksOf(points, model.paragraphs);
  const blockNotes = new Map();
  for (const note of model.notes || []) {
    if (!anchored(points, note.span)) {
      continue;
    }
    const block = blocks.find(b => b.start === note.span.start && b.end === note.span.end);
    if (block) {
      blockNotes.set(block, note); // a note on a whole paragraph labels the paragraph instead
    } else {
      marks.push({ type: 'note', rank: 2, note, start: note.span.start, end: note.span.end });
    }
  }

  const make = (mark, children, first) => {
    if (mark.type === 'note') {
      return h('span', { class: 'note-mark', title: `${humanize(mark.note.kind)}: ${mark.note.note}`, data: { noteKind: mark.note.kind } }, children);
    }
    const data = { quoteId: mark.quote.id, speaker: mark.quote.speaker.id, kind: mark.quote.kind };
    if (mark.type === 'quote') {
      const review = flags.of('quotes', mark.quote.id);
      return h('mark', {
        class: ['quote', review.length ? 'flagged' : null],
        style: colours(mark.speaker),
        data: { ...data, head: first ? '' : null, review: review.length ? review.length : null },
        tabindex: first ? '0' : null,
        'aria-describedby': first ? `quote-desc-${mark.quote.id}` : null,
      }, children);
    }
    return h('span', { class: mark.type, style: colours(mark.speaker), data: { ...data, part: mark.type } }, children);
  };

  let headingSeen = false;
  const elements = blocks.map(block => {
    const tag = block.kind === 'heading' && !headingSeen ? 'h1' : 'p';
    if (block.kind === 'heading') {
      headingSeen = true;
    }
    const content = h(tag, {
      class: ['block', `block--${block.kind}`],
      data: { paragraph: block.kind, start: block.start, end: block.end },
    }, renderMarked(points, block.start, block.end, marks, make));
    const note = blockNotes.get(block);
    const label = BLOCK_LABELS[block.kind] || (note ? humanize(note.kind) : null);
    if (!label) {
      return content;
    }
    return h('div', { class: ['block-wrap', `block-wrap--${block.kind}`] },
      h('p', { class: 'block-label', title: note ? note.note : null }, label, note ? ` — ${note.note}` : null),
      content);
  });
  if (!headingSeen) {
    elements.unshift(h('h1', { class: 'block block--headline' }, model.headline));
  }
  return h('article', { class: 'text', id: 'text', lang: model.language || null, 'aria-label': 'The article’s text, verbatim' }, elements);
}

function describeQuote(quote, speakers, review) {
  const speaker = speakers.get(quote.speaker.id);
  const parts = [`${quote.kind === 'direct' ? 'Direct quote' : 'Reported speech'} by ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}.`];
  if (quote.cue) {
    parts.push(`Cue: ${quoted(quote.cue.text)}.`);
  }
  if (quote.source) {
    parts.push(`Named in the text as ${quoted(quote.source.text)}.`);
  }
  parts.push(quote.channel ? `Channel: ${quote.channel.name}.` : 'No channel named.');
  for (const item of review) {
    parts.push(`To check: ${item.note}`);
  }
  return parts.join(' ');
}

function tooltipContent(quote, speakers, review) {
  if (!quote) {
    return [];
  }
  const speaker = speakers.get(quote.speaker.id);
  const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
  return [
    h('p', { class: 'tip-speaker', style: colours(speaker) }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), speaker.name),
    speaker.role ? h('p', { class: 'tip-role' }, speaker.role) : null,
    h('dl', {},
      row('Kind', quote.kind === 'direct' ? 'Direct quote' : 'Reported speech'),
      row('Cue', quote.cue ? quoted(quote.cue.text) : '—'),
      row('Named as', quote.source ? quoted(quote.source.text) : '—'),
      row('Channel', quote.channel ? quote.channel.name : 'none named'),
      (quote.topics || []).length ? row('Topics', quote.topics.map(t => t.name).join(', ')) : null),
    review.length ? h('ul', { class: 'tip-review' }, review.map(item => h('li', {}, `To check (${confidence(item)}): ${item.note}`))) : null,
  ].filter(Boolean);
}

function confidence(item) {
  return `${Math.round(item.confidence * 100)} % sure`;
}

// ---------------------------------------------------------------------------------------------
// People and the filter

function renderPeople(model, quotes, speakers, flags, toggle) {
  const byPerson = new Map();
  for (const quote of quotes) {
    const tally = byPerson.get(quote.speaker.id) || { direct: 0, indirect: 0 };
    tally[quote.kind === 'direct' ? 'direct' : 'indirect'] += 1;
    byPerson.set(quote.speaker.id, tally);
  }
  const people = [...(model.people || [])];
  for (const speaker of speakers.values()) {
    if (!people.some(p => p.id === speaker.id)) {
      people.push({ id: speaker.id, name: speaker.name, mentions: [] });
    }
  }
  const section = h('section', { class: 'panel', id: 'people', 'aria-labelledby': 'people-title' },
    h('h2', { id: 'people-title' }, 'People'));
  if (people.length === 0) {
    section.append(h('p', { class: 'empty', data: { empty: 'people' } }, 'No people are recorded for this article.'));
    return section;
  }
  if (quotes.length > 0) {
    section.append(h('p', { class: 'panel-hint' }, 'Choose a speaker to highlight only their quotes; choose again to show everyone’s.'));
  }
  section.append(h('ul', { class: 'people' }, people.map(person => {
    const tally = byPerson.get(person.id);
    const total = tally ? tally.direct + tally.indirect : 0;
    const about = [person.role, person.country && !(person.role || '').includes(person.country) ? person.country : null]
      .filter(Boolean).join(', ');
    const mentions = (person.mentions || []).length;
    const review = flags.of('people', person.id);
    const body = [
      h('span', { class: 'person-name' }, tally ? h('span', { class: 'swatch', 'aria-hidden': 'true' }) : null, person.name,
        reviewFlag(review)),
      about ? h('span', { class: 'person-about' }, about) : null,
      h('span', { class: 'person-count', data: { quoteCount: total } },
        total === 0 ? 'no quotes' : `${count(total, 'quote')}: ${tally.direct} direct, ${tally.indirect} reported`,
        mentions ? ` · ${count(mentions, 'mention')}` : null),
    ];
    if (!tally) {
      return h('li', {}, h('div', { class: 'person person--silent', data: { person: person.id, review: review.length || null } }, body));
    }
    return h('li', {}, h('button', {
      type: 'button', class: 'person', style: colours(speakers.get(person.id)),
      data: { person: person.id, review: review.length || null }, 'aria-pressed': 'false', onclick: () => toggle(person.id),
    }, body));
  })));
  return section;
}

function applyFilter(text, people, summary, quotes, speakers, selected) {
  for (const element of text.querySelectorAll('[data-quote-id]')) {
    const dimmed = selected !== null && element.dataset.speaker !== selected;
    element.dataset.dimmed = String(dimmed);
    if (element.hasAttribute('data-head')) {
      element.tabIndex = dimmed ? -1 : 0;
    }
  }
  for (const button of people.querySelectorAll('button[data-person]')) {
    button.setAttribute('aria-pressed', String(button.dataset.person === selected));
  }
  text.dataset.filter = selected || '';
  if (quotes.length === 0) {
    summary.replaceChildren();
    return;
  }
  if (selected === null) {
    const tallies = [...speakers.values()].map(s => `${quotes.filter(q => q.speaker.id === s.id).length} by ${s.name}`);
    summary.replaceChildren(`${count(quotes.length, 'quote')} highlighted: ${tallies.join(', ')}.`);
  } else {
    const speaker = speakers.get(selected);
    const shown = quotes.filter(q => q.speaker.id === selected).length;
    summary.replaceChildren(`Highlighting only ${speaker.name}: ${count(shown, 'quote')} of ${quotes.length}. `,
      h('button', { type: 'button', class: 'link-button', onclick: () => people.querySelector(`button[data-person="${CSS.escape(selected)}"]`).click() },
        'Show everyone’s quotes'));
  }
}

// ---------------------------------------------------------------------------------------------
// Events, resolutions, places, organizations, notes

function renderTimeline(model, flags) {
  const events = [...(model.events || [])];
  const section = h('section', { class: 'panel', id: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, 'Timeline'));
  if (events.length === 0) {
    section.append(h('p', { class: 'empty', data: { empty: 'events' } }, 'No events are recorded for this article.'));
    return section;
  }
  const key = e => (e.when && (e.when.latest || e.when.earliest)) || '9999';
  events.sort((a, b) => (STATUS_RANK[a.status] ?? 3) - (STATUS_RANK[b.status] ?? 3) || key(a).localeCompare(key(b)) || a.id - b.id);
  const notes = new Footnotes('event-note', 'Inferred, not in the text');
  const items = [];
  let dividerShown = false;
  for (const event of events) {
    if (!dividerShown && event.status !== 'past' && events.some(e => e.status === 'past')) {
      dividerShown = true;
      items.push(h('li', { class: 'timeline-now', 'aria-hidden': 'true' }, 'as of the article'));
    }
    const when = event.when;
    const date = formatTime(when);
    const datetime = datetimeOf(when);
    const dateNode = datetime ? h('time', { datetime }, date) : h('span', {}, date);
    const review = flags.of('events', event.id);
    items.push(h('li', { class: ['event', `event--${event.status}`], data: { eventId: event.id, eventKind: event.kind, status: event.status, review: review.length || null } },
      h('p', { class: 'event-when' },
        when ? notes.fact(dateNode, when.stated !== false, when.source) : 'no date',
        ' ', h('span', { class: ['badge', `badge--${event.status}`] }, STATUS_WORDS[event.status] || humanize(event.status))),
      h('p', { class: 'event-title' }, event.title, reviewFlag(review)),
      when && when.span ? h('p', { class: 'event-words' }, 'The text says ', h('q', {}, when.span.text)) : null,
      event.place ? h('p', { class: 'event-place' }, 'Where: ', notes.fact(event.place.name, event.place.stated !== false, event.place.source)) : null,
      (event.participants || []).length ? h('p', { class: 'event-people' }, 'Who: ', event.participants.map(p => p.name).join(', ')) : null));
  }
  section.append(h('p', { class: 'panel-hint' }, 'Status as of the article: ● past, ◐ ongoing, ○ planned. Dates are as precise as the text.'),
    h('ol', { class: 'timeline' }, items), notes.render());
  return section;
}

function renderResolutions(model, flags) {
  const resolutions = model.resolutions || [];
  const section = h('section', { class: 'panel', id: 'resolutions', 'aria-labelledby': 'resolutions-title' },
    h('h2', { id: 'resolutions-title' }, 'Resolutions'));
  if (resolutions.length === 0) {
    section.append(h('p', { class: 'empty', data: { empty: 'resolutions' } }, 'No resolutions or declarations are recorded for this article.'));
    return section;
  }
  const notes = new Footnotes('resolution-note', 'Inferred, not in the text');
  section.append(h('p', { class: 'panel-hint' }, 'Upright: what the text says. ', h('i', {}, 'Italic, numbered'), ': inferred, with its source below.'));
  section.append(h('ul', { class: 'resolutions' }, resolutions.map(r => {
    const row = (term, value) => [h('dt', {}, term), h('dd', {}, value)];
    const adopted = r.adopted
      ? notes.fact(datetimeOf(r.adopted) ? h('time', { datetime: datetimeOf(r.adopted) }, formatTime(r.adopted)) : formatTime(r.adopted),
        r.adopted.stated !== false, r.adopted.source)
      : h('span', { class: 'missing' }, 'not given');
    const identifier = r.identifier
      ? notes.fact(r.identifier.value, r.identifier.stated !== false, r.identifier.source)
      : h('span', { class: 'missing' }, 'not given');
    const mentions = r.mentions || [];
    const review = flags.of('resolutions', r.id);
    return h('li', { class: 'resolution', data: { resolutionId: r.id, kind: r.kind, review: review.length || null } },
      h('h3', {}, r.title, reviewFlag(review)),
      h('dl', {},
        row('Issuer', r.issuer),
        row('Kind', humanize(r.kind)),
        row('Number', identifier),
        row('Adopted', adopted),
        r.demands ? row('Demands', h('q', { class: 'fact fact--stated' }, r.demands.text)) : null,
        mentions.length ? row('In the text', h('details', { class: 'mentions' },
          h('summary', {}, `referred to ${mentions.length === 1 ? 'once' : `${mentions.length} times`}`),
          h('ul', {}, mentions.map(m => h('li', {}, h('q', {}, m.text)))))) : null));
  })), notes.render());
  return section;
}

function renderCatalog(title, id, entries, noun, flags) {
  const list = entries || [];
  const section = h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title));
  if (list.length === 0) {
    section.append(h('p', { class: 'empty', data: { empty: id } }, `No ${title.toLowerCase()} are recorded for this article.`));
    return section;
  }
  section.append(h('ul', { class: 'catalog' }, list.map(entry => h('li', { data: { [`${noun}Id`]: entry.id, review: flags.of(id, entry.id).length || null } },
    h('span', { class: 'catalog-name' }, entry.name, reviewFlag(flags.of(id, entry.id))),
    h('span', { class: 'catalog-about' },
      [entry.kind ? humanize(entry.kind) : null, entry.country && entry.country !== entry.name ? entry.country : null].filter(Boolean).join(', '),
      (entry.mentions || []).length ? `${entry.kind || entry.country ? ' · ' : ''}${count(entry.mentions.length, 'mention')}` : null)))));
  return section;
}

function renderNotes(model, points) {
  const notes = (model.notes || []).filter(n => anchored(points, n.span));
  if (notes.length === 0) {
    return null;
  }
  const visible = text => (text.trim() === '' ? [...text].map(c => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ') : text);
  return h('section', { class: 'panel', id: 'notes', 'aria-labelledby': 'notes-title' },
    h('details', {},
      h('summary', {}, h('h2', { id: 'notes-title' }, `Notes on the text (${notes.length})`)),
      h('p', { class: 'panel-hint' }, 'The text is shown as received; these notes say what is odd about it.'),
      h('ul', { class: 'notes' }, notes.map(note => h('li', { data: { noteKind: note.kind } },
        h('span', { class: 'note-kind' }, humanize(note.kind)), ' ',
        h('q', { class: 'note-text' }, visible(slice(points, note.span.start, note.span.end))), ' — ', note.note)))));
}

