import { describe, expect, it } from 'vitest';
import { csvField, datumCsv, matrixCsv } from '../../../src/lib/csv';
import { figureData } from '../../helpers/charts';
import { edition, source } from '../../helpers/edition';

const COMPANIES = edition.companies.map((c) => c.name);

describe('CSV', () => {
  it('quotes fields that need it', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(undefined)).toBe('');
  });

  it('a datum CSV has a BOM, a header and one row per datum with the value as written', () => {
    const data = figureData('mobile-volume');
    const lines = datumCsv(data).split('\r\n');
    expect(lines[0].startsWith('\uFEFFid,label,value,magnitude,unit,')).toBe(true);
    expect(lines.filter(Boolean)).toHaveLength(data.length + 1);
    // unit: what the source writes (nothing after 6.55万亿); unit_read_from_noun: 元 from 交易金额.
    expect(lines[0]).toMatch(/^\uFEFFid,label,value,magnitude,unit,unit_read_from_noun,value_in_units,/);
    expect(lines[1]).toMatch(/^mobile-volume-2013,移动互联网交易金额,6\.55,万亿,,元,6550000000000,约,/);
    expect(lines[2]).toMatch(/^mobile-volume-2012,移动互联网交易金额,4\.31,万亿,,元,4310000000000,约,/);
  });

  it('the matrix CSV is which paragraph names which company', () => {
    const trends = edition.trends.map((t) => ({ order: t.order, companies: t.companies.map((c) => c.name) }));
    const [header, ...rows] = matrixCsv(trends, COMPANIES).replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toBe(['company', ...[...source.trends.keys()].map((order) => `trend_${order}`)].join(','));
    for (const row of rows) {
      const [company, ...cells] = row.split(',');
      expect(cells.map(Number)).toEqual(trends.map((t) => (t.companies.includes(company) ? 1 : 0)));
    }
  });
});

it('each figure’s CSV is the one the edition publishes', () => {
  expect(edition.figures.get('mobile-volume')!.view.csv).toBe(datumCsv(figureData('mobile-volume')));
});
