import { it } from 'vitest';
import { readEditionFiles } from '../../../src/edition/read';
import { resolveEdition } from '../../../src/edition/resolve';
import { ROOT } from '../../../scripts/lib/paths.ts';
it('resolves', () => {
  const t = performance.now();
  const e = resolveEdition(readEditionFiles(ROOT), { base: '/', date: '2026-01-01' });
  console.log(
    performance.now() - t,
    e.trends.length,
    e.trends[1].runs,
    e.trends[1].figures.map((f) => [f.figure.id, f.number]),
    [...e.briefingFigures].map(([k, v]) => [k, v.map((p) => p.number)]),
    e.front.map((p) => p.number),
    e.trends.map((t) => [t.order, t.related.map((r) => r.trend.order), t.relatedAll.map((r) => r.trend.order)]),
    e.companies.map((c) => [c.name, c.trends]),
    [...e.pages.keys()],
  );
});
