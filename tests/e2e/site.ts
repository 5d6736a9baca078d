/** What the e2e tests know about the built site: its pages, read from dist/ by the project's page walker. */
export { DIST } from '../../scripts/lib/paths.ts';
export { builtPages, pageFile, readerPages } from '../../scripts/lib/pages.ts';

/** Whitespace aside: collapses runs of whitespace, as the fidelity rule allows. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** RFC 4180 rows of our own CSVs (quoted fields may hold commas, quotes and line breaks; BOM dropped). */
export function csvRows(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

/** CSV rows as records keyed by the header row. */
export function csvRecords(csv: string): Record<string, string>[] {
  const [header, ...rest] = csvRows(csv);
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
