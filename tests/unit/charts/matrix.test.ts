/** Companies × trends: dots where named, rows by count, headers that cannot be misread. */
import { describe, expect, it } from 'vitest';
import { FONT, WIDTH, textWidth } from '../../../src/charts/defaults';
import { matrixChart, matrixRows } from '../../../src/charts/matrix';
import { SIZES } from '../../helpers/charts';
import { edition } from '../../helpers/edition';

const COMPANIES = edition.companies.map((c) => c.name);

describe('companies × trends matrix', () => {
  const trends = edition.trends.map((t) => ({ order: t.order, companies: t.companies.map((c) => c.name) }));

  it('has a dot exactly where the paragraph names the company, rows by count', () => {
    const c = matrixChart(trends, COMPANIES);
    for (const row of c.rows) {
      for (const cell of row.cells) {
        const fm = trends.find((t) => t.order === cell.order)!;
        expect(cell.named, `${row.company} × ${cell.order}`).toBe(fm.companies.includes(row.company));
      }
      expect(row.count).toBe(row.cells.filter((x) => x.named).length);
    }
    const counts = c.rows.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(c.rows[0]).toMatchObject({ company: '京东', count: trends.length });
    expect(matrixRows(trends, COMPANIES).map((r) => r.company)).toEqual(c.rows.map((r) => r.company));
  });

  it('heads its columns with numerals that cannot be misread as a dash or a plus', () => {
    const c = matrixChart(trends, COMPANIES);
    expect(c.columns.map((col) => col.label)).toEqual(trends.map((t) => String(t.order)));
    for (const col of c.columns) expect(col.label).not.toMatch(/[一十]/);
  });

  it.each(SIZES)('fits its width and keeps company labels left of the grid (%s)', (size) => {
    const c = matrixChart(trends, COMPANIES, size);
    expect(c.width).toBeLessThanOrEqual(WIDTH[size]);
    for (const r of c.rows) expect(c.header.x + textWidth(r.company, FONT.label)).toBeLessThan(c.gridX[0]);
  });
});
