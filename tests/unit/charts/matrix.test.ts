import { describe, expect, it } from 'vitest';
import { WIDTH } from '../../../src/charts/defaults';
import { matrixChart } from '../../../src/charts/matrix';
import { COMPANIES } from '../../../src/lib/companies';
import { toChineseNumeral } from '../../../src/lib/numerals';
import { readTrendFiles } from '../../helpers/content';
import { source } from '../../helpers/seed';

describe('companies × trends matrix', () => {
  const trends = readTrendFiles().map((f) => ({
    order: f.data.order,
    numeral: toChineseNumeral(f.data.order),
    companies: f.data.companies,
  }));

  it('has a dot exactly where the frontmatter names the company', () => {
    const c = matrixChart(trends, COMPANIES);
    for (const row of c.rows) {
      for (const cell of row.cells) {
        const fm = trends.find((t) => t.order === cell.order)!;
        expect(cell.named, `${row.company} × ${cell.order}`).toBe(fm.companies.includes(row.company as never));
      }
    }
    const named = new Set(trends.flatMap((t) => t.companies));
    expect(c.rows.map((r) => r.company)).toEqual(COMPANIES.filter((x) => named.has(x)));
    expect(c.columns.map((col) => col.numeral)).toEqual([...source.trends.values()].map((t) => t.numeral));
    expect(c.highlight).toBeUndefined();
  });

  it('boxes the highlighted trend column', () => {
    const c = matrixChart(trends, COMPANIES, 3);
    expect(c.columns.filter((col) => col.highlighted).map((col) => col.order)).toEqual([3]);
    expect(c.highlight!.x + c.highlight!.width / 2).toBe(c.columns[2].x);
    expect(c.width).toBeLessThanOrEqual(WIDTH + 2);
  });
});
