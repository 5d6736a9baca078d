import { describe, expect, test } from 'vitest';
import { missingTools, parseDestinations } from '../../../src/build/pdf';

describe('PDF helpers', () => {
  test('parseDestinations reads pdfinfo -dests into id → page', () => {
    const listing = [
      'Page  Destination                 Name',
      '   1 [ XYZ    0  842 null      ] "main"',
      '   4 [ XYZ    0  612 null      ] "trend-o2o"',
      '  12 [ XYZ    0  842 null      ] "briefing-sources"',
    ].join('\n');
    expect([...parseDestinations(listing)]).toEqual([
      ['main', 1],
      ['trend-o2o', 4],
      ['briefing-sources', 12],
    ]);
  });

  test('a machine without a CJK font is told which packages to install', () => {
    expect(missingTools()).toBeUndefined();
    expect(missingTools('/nonexistent/fc-list')).toMatch(/^no CJK font .*fonts-wqy-microhei/);
  });
});
