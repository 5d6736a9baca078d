import { describe, expect, test } from 'vitest';
import { SHORT_TITLE, firstLine, inkExtent, lastLine, readPgm, withoutFooter } from '../../helpers/pdf';

describe('reading a printed PDF back', () => {
  test('firstLine skips blank lines and trims; lastLine leaves out the running footer', () => {
    expect(firstLine('\n\n  一、甲 \n正文')).toBe('一、甲');
    expect(firstLine('')).toBe('');
    expect(lastLine(`正文\n二、乙\n\n${SHORT_TITLE}\n\n3 / 8\n`)).toBe('二、乙');
    expect(lastLine(`正文\n${SHORT_TITLE}\n3/8`)).toBe('正文');
    expect(withoutFooter(`……还是\n\n${SHORT_TITLE}\n\n6 / 8\n`) + withoutFooter('京东的……')).toBe('……还是\n\n\n京东的……');
  });

  test('inkExtent measures how far down the text area the ink reaches, margins aside', () => {
    // A 10 × 100 page, text area rows 10–90: ink down to row 49 fills half of it.
    const page = (inkRows: number[]) => {
      const pixels = new Uint8Array(10 * 100).fill(255);
      for (const y of inkRows) pixels[y * 10 + 3] = 0;
      return { width: 10, height: 100, pixels };
    };
    const area = { top: 0.1, bottom: 0.9 };
    expect(inkExtent(page([12, 49]), { area })).toBe(0.5);
    expect(inkExtent(page([]), { area })).toBe(0);
    // A footer in the bottom margin does not count as filling the page.
    expect(inkExtent(page([12, 95]), { area })).toBeCloseTo(3 / 80);
    expect(inkExtent(page([89]), { area })).toBe(1);
    const pgm = Buffer.concat([Buffer.from('P5\n10 100\n255\n', 'latin1'), Buffer.from(page([49]).pixels)]);
    expect(inkExtent(readPgm(pgm), { area })).toBe(0.5);
  });
});
