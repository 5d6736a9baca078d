/** Text cut at character spans into plain and marked pieces: names, kept numbers, search hits, key clauses. */

/** Where a stretch of text starts and ends, [start, end) in UTF-16 units; it may carry what it marks. */
export type Span = { readonly start: number; readonly end: number };

/** Where each match of a global `pattern` stands in `text`, with the match. */
export const matchSpans = (text: string, pattern: RegExp) =>
  Array.from(text.matchAll(pattern), (match) => ({ start: match.index, end: match.index + match[0].length, match }));

/** Where the needles occur in `text`, from left to right, the longest at each place (阿里巴巴, not its 阿里). */
export function findAll(text: string, needles: readonly string[]): Span[] {
  const longestFirst = needles.filter(Boolean).sort((a, b) => b.length - a.length);
  if (longestFirst.length === 0) return [];
  return matchSpans(text, new RegExp(longestFirst.map((n) => n.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'), 'g'));
}

/**
 * `text` cut into pieces, each made by `piece(text, span)`: a span's text with its span, the text
 * between with none; in order and none empty, so that joined they are `text`. Spans may come in any
 * order; overlapping ones mark one piece (the first's, stretched), touching ones two.
 */
export function cutAt<S extends Span, T>(text: string, spans: readonly S[], piece: (text: string, span?: S) => T): T[] {
  const out: T[] = [];
  let at = 0;
  for (const span of merged(spans)) {
    if (span.start > at) out.push(piece(text.slice(at, span.start)));
    out.push(piece(text.slice(span.start, span.end), span));
    at = span.end;
  }
  if (at < text.length) out.push(piece(text.slice(at)));
  return out;
}

/** cutAt for one text split across elements: each of `texts` cut at its part of the spans of them joined. */
export function cutAcross<S extends Span, T>(texts: readonly string[], spans: readonly S[], piece: (text: string, span?: S) => T): T[][] {
  let from = 0;
  return texts.map((text) => {
    const to = from + text.length;
    const own = spans.map((s) => ({ ...s, start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from }));
    from = to;
    return cutAt(text, own, piece);
  });
}

/** The non-empty spans in order, each overlapping the one before joined to it. */
function merged<S extends Span>(spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && span.start < last.end) out[out.length - 1] = { ...last, end: Math.max(last.end, span.end) };
    else out.push(span);
  }
  return out;
}
