// Dates with the precision the text gives, and the API's enum values in words.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

function parts(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

export function formatDay(iso) {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function formatMonth(iso) {
  const { year, month } = parts(iso);
  return `${MONTHS[month - 1]} ${year}`;
}

function nextDay(iso) {
  const { year, month, day } = parts(iso);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function between(earliest, latest, one) {
  return earliest === latest ? one(earliest) : `between ${one(earliest)} and ${one(latest)}`;
}

/**
 * A time `{earliest, latest, precision, span}` in words, never more precise than the text:
 * "3 April 2017", "May 2017", "2017", "a few days before 3 April 2017".
 */
export function formatTime(time) {
  if (!time) {
    return 'no date';
  }
  const { earliest, latest, precision } = time;
  if (!earliest && !latest) {
    return 'no date';
  }
  if (precision === 'approximate' || !earliest || !latest) {
    return approximately(time);
  }
  switch (precision) {
    case 'day':
      return between(earliest, latest, formatDay);
    case 'month':
      return between(earliest.slice(0, 7), latest.slice(0, 7), m => formatMonth(m + '-01'));
    case 'year':
      return between(earliest.slice(0, 4), latest.slice(0, 4), y => y);
    default:
      return between(earliest, latest, formatDay);
  }
}

function approximately({ earliest, latest, span }) {
  const words = span && typeof span.text === 'string' ? span.text.trim() : '';
  if (!earliest && latest) {
    // "a few days ago", as of the day after the latest possible day: "a few days before 3 April 2017".
    const ago = /^(.*\S)\s+ago$/i.exec(words);
    const before = formatDay(nextDay(latest));
    return ago ? `${ago[1]} before ${before}` : `before ${before}`;
  }
  if (earliest && !latest) {
    return `after ${formatDay(earliest)}`;
  }
  return earliest === latest ? `about ${formatDay(earliest)}` : `between ${formatDay(earliest)} and ${formatDay(latest)}`;
}

/** The machine-readable form for `<time datetime>`, as precise as the text, or null. */
export function datetimeOf(time) {
  if (!time || !time.earliest || !time.latest || time.earliest !== time.latest && time.precision === 'day') {
    return null;
  }
  switch (time.precision) {
    case 'day':
      return time.earliest;
    case 'month':
      return time.earliest.slice(0, 7) === time.latest.slice(0, 7) ? time.earliest.slice(0, 7) : null;
    case 'year':
      return time.earliest.slice(0, 4) === time.latest.slice(0, 4) ? time.earliest.slice(0, 4) : null;
    default:
      return null;
  }
}

const UPPER = new Set(['un', 'eu', 'nato', 'osce', 'us', 'uk']);

/** `un_security_council_resolution` → "UN security council resolution". */
export function humanize(value) {
  if (!value) {
    return '';
  }
  const words = String(value).split(/[_-]+/).map(w => (UPPER.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function count(n, one, many = one + 's') {
  return `${n} ${n === 1 ? one : many}`;
}
