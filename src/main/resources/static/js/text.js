// The article's text, cut where the records say. Spans count Unicode code points (end
// exclusive), JavaScript strings count UTF-16 units: everything here indexes an array of code
// points, never the string itself.

export function codePoints(text) {
  return Array.from(text);
}

export function slice(points, start, end) {
  return points.slice(start, end).join('');
}

/** Whether a span is where it says it is: in range, and the text there is its text. */
export function anchored(points, span) {
  return !!span && Number.isInteger(span.start) && Number.isInteger(span.end)
    && span.start >= 0 && span.start <= span.end && span.end <= points.length
    && slice(points, span.start, span.end) === span.text;
}

/**
 * The blocks to show: the paragraphs in text order, and any stretch of text outside every
 * paragraph that is more than white space (so nothing of the text is dropped). With no
 * paragraphs at all, the whole text is one block.
 */
export function blocksOf(points, paragraphs) {
  const blocks = [];
  const ordered = (paragraphs || []).filter(p => anchored(points, p.span))
    .sort((a, b) => a.span.start - b.span.start);
  let position = 0;
  const gap = (start, end) => {
    if (end > start && slice(points, start, end).trim() !== '') {
      blocks.push({ kind: 'unparagraphed', start, end });
    }
  };
  for (const paragraph of ordered) {
    if (paragraph.span.start < position) {
      continue; // overlaps the previous paragraph; its text is shown there
    }
    gap(position, paragraph.span.start);
    blocks.push({ kind: paragraph.kind, start: paragraph.span.start, end: paragraph.span.end });
    position = paragraph.span.end;
  }
  gap(position, points.length);
  return blocks;
}

/**
 * The nodes for points [start, end) with every mark that touches it. Marks are
 * `{start, end, rank, ...}`; they may nest or overlap (an indirect quote can contain its own cue
 * and source). A mark nests inside the one before it where it can; one that crosses the end of
 * an enclosing mark is cut there and continues after it, so each piece is one element and
 * every character appears once, in order. `make(mark, children, first)` builds the element for
 * a piece; `first` is true for the piece where the mark begins.
 */
export function renderMarked(points, start, end, marks, make) {
  const order = (a, b) => a.from - b.from || b.to - a.to || a.rank - b.rank;
  const text = (from, to) => document.createTextNode(slice(points, from, to));

  const build = (pieces, from, to) => {
    const nodes = [];
    let position = from;
    let pending = pieces.slice().sort(order);
    while (pending.length > 0) {
      const [mark, ...others] = pending;
      if (mark.from > position) {
        nodes.push(text(position, mark.from));
      }
      const inner = [];
      const rest = [];
      for (const other of others) {
        if (other.from >= mark.to) {
          rest.push(other);
        } else if (other.to <= mark.to) {
          inner.push(other);
        } else {
          inner.push({ ...other, to: mark.to });
          rest.push({ ...other, from: mark.to });
        }
      }
      nodes.push(make(mark, build(inner, mark.from, mark.to), mark.from === mark.start));
      position = mark.to;
      pending = rest.sort(order);
    }
    if (to > position) {
      nodes.push(text(position, to));
    }
    return nodes;
  };

  const pieces = marks
    .filter(m => m.start < end && m.end > start && m.end > m.start)
    .map(m => ({ ...m, from: Math.max(m.start, start), to: Math.min(m.end, end) }));
  return build(pieces, start, end);
}
