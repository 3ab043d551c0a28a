// A draft's document is the import shape (records name people, places and topics by id, and
// have no ids of their own); the renderer reads the article model (references carry their
// names, records their ids). This is the one translation between them, so the draft page
// renders through exactly the code the article page uses.

/** The article model a draft document would become once imported: records numbered from 0 in document order. */
export function modelOfDocument(document) {
  const named = list => new Map((list || []).map(entry => [entry.id, entry.name]));
  const people = named(document.people);
  const places = named(document.places);
  const topics = named(document.topics);
  const ref = (names, value) => (value ? { id: value.id, name: names.get(value.id) || value.id } : value);
  const article = { id: document.slug, name: document.headline };
  return {
    slug: document.slug,
    headline: document.headline,
    publisher: document.publisher ?? null,
    url: document.url ?? null,
    language: document.language,
    published: document.published ?? null,
    version: 0,
    body: document.body,
    paragraphs: document.paragraphs || [],
    notes: document.notes || [],
    people: byFirstMention(document.people).map(p => ({ aliases: [], ...p })),
    places: byFirstMention(document.places),
    organizations: byFirstMention(document.organizations),
    topics: byFirstMention(document.topics),
    quotes: (document.quotes || []).map((q, id) => ({
      ...q, id, article, speaker: ref(people, q.speaker), topics: (q.topics || []).map(t => ref(topics, t)),
    })),
    resolutions: (document.resolutions || []).map((r, id) => ({ ...r, id, article })),
    events: (document.events || []).map((e, id) => ({
      ...e, id, article,
      place: e.place ? { ...e.place, name: places.get(e.place.id) || e.place.id } : null,
      participants: (e.participants || []).map(p => ref(people, p)),
    })),
  };
}

/**
 * People and catalog entries as a stored article lists them: the ones the text mentions, in
 * the order of their first mention, each with its mentions in text order. (The stored model is
 * built from the mentions, so an entry the text never names is not in it.)
 */
function byFirstMention(entries) {
  return (entries || [])
    .map((entry, order) => ({ entry: { ...entry, mentions: [...(entry.mentions || [])].sort((a, b) => a.start - b.start) }, order }))
    .filter(({ entry }) => entry.mentions.length > 0)
    .sort((a, b) => a.entry.mentions[0].start - b.entry.mentions[0].start || a.order - b.order)
    .map(({ entry }) => entry);
}

const RECORD = /^(quotes|people|events|resolutions|places|organizations|topics|paragraphs|notes)(?:\/|\[|\.)(\d+)/;

/**
 * Where a review item points: `quotes/3.speaker` (or `quotes[3].speaker`) is the fourth quote;
 * anything else is about the article as a whole. People and catalog entries are keyed by id
 * in the model, so their index becomes the id of the record at that place in the document.
 */
export function reviewIndex(document, review) {
  const byRecord = new Map();
  const article = [];
  for (const item of review || []) {
    const match = RECORD.exec(item.path || '');
    if (!match) {
      article.push(item);
      continue;
    }
    const [, kind, position] = match;
    const index = Number(position);
    const records = document[kind] || [];
    const key = ['people', 'places', 'organizations', 'topics'].includes(kind) ? records[index]?.id : index;
    if (key === undefined) {
      article.push(item);
      continue;
    }
    const id = `${kind}:${key}`;
    if (!byRecord.has(id)) {
      byRecord.set(id, []);
    }
    byRecord.get(id).push(item);
  }
  return {
    article,
    of: (kind, key) => byRecord.get(`${kind}:${key}`) || [],
  };
}
