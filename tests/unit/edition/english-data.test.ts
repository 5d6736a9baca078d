/**
 * The English is held to the Chinese by the build: the translation (source.yaml, names.yaml) and
 * the English of the site's own words (data.yaml) are read with the edition, and a fault fails it,
 * naming the file (and line), the entry and what was expected. Each control below is one edit to
 * the real files.
 */
import { describe, expect, it } from 'vitest';
import { DATA_FILE } from '../../../src/edition/english-data';
import { englishClaimProblems } from '../../../src/edition/english-numbers';
import { NAMES_FILE, TRANSLATION_FILE } from '../../../src/edition/translation';
import { edited, edition, files, problemsWith } from '../../helpers/edition';

const at = (line: RegExp | string) =>
  new RegExp(`^${RegExp.escape(DATA_FILE)}:\\d+: ${typeof line === 'string' ? RegExp.escape(line) : line.source}`);
const problemsAfter = (file: string, from: string, to: string) => problemsWith(edited(file, [from, to]));
const expectProblem = (problems: string[], pattern: RegExp) =>
  expect(
    problems.some((p) => pattern.test(p)),
    `expected ${pattern} among:\n${problems.join('\n')}`,
  ).toBe(true);

it('the real English resolves with the edition', () => {
  expect(problemsWith(files)).toEqual([]);
  expect(edition.en.trends).toHaveLength(edition.trends.length);
});

describe('controls: each edit to data.yaml fails the build, naming file:line, the entry and what was expected', () => {
  const cases: [what: string, from: string, to: string, message: RegExp][] = [
    [
      'a dropped "about" in an English figure title',
      'title: Mobile internet transaction value grew 52% in a year',
      'title: Mobile internet transaction value grew 52% in a year, to 6.55 trillion',
      at(
        'figure "mobile-volume", field "figures.mobile-volume.title": says "6.55 trillion": the English pages write "about 6.55 trillion"',
      ),
    ],
    [
      '"6.55 billion" for 6.55万亿 in a title',
      'title: Mobile internet transaction value grew 52% in a year',
      'title: Mobile internet transaction value grew 52% in a year, to about 6.55 billion',
      at('figure "mobile-volume", field "figures.mobile-volume.title": says "about 6.55 billion", which is none of its data'),
    ],
    [
      '"6.55 billion" for 6.55万亿 in a label',
      'mobile-volume-2013: mobile internet transaction value',
      'mobile-volume-2013: mobile internet transaction value of about 6.55 billion',
      at('datum "mobile-volume-2013", field "labels.mobile-volume-2013": a label names what is counted and holds no number'),
    ],
    [
      'iResearch swapped for the China E-Commerce Research Center',
      'iResearch’s estimate and forecast for 2013',
      'China E-Commerce Research Center’s estimate and forecast for 2013',
      at(
        'figure "local-services", field "figures.local-services.title": names China E-Commerce Research Center, who measured none of its data',
      ),
    ],
    [
      'iResearch dropped from a title the Chinese names it in',
      'iResearch’s estimate and forecast for 2013',
      'an estimate and forecast for 2013',
      at(
        'figure "local-services", field "figures.local-services.title": the Chinese names 艾瑞咨询 once: expected "iResearch" once, found it 0 times',
      ),
    ],
    [
      'a missing label',
      '  jd-mobile-users: JD.com mobile client users\n',
      '',
      at('datum "jd-mobile-users", field "labels.jd-mobile-users": missing: expected the English of "京东移动客户端用户"'),
    ],
    [
      'a figure without an English title',
      '    title: Mobile internet transaction value grew 52% in a year\n',
      '    notes: []\n',
      at('figure "mobile-volume", field "figures.mobile-volume.title": missing: expected the English of "移动互联网交易金额一年增长52%"'),
    ],
    [
      'a figure with no English at all',
      "  jd-order-share:\n    title: 'JD.com’s mobile client: an order share of nearly 20%, over 100 million users'\n",
      '',
      at(
        'figure "jd-order-share", field "figures.jd-order-share": missing: expected the English of its title "京东移动客户端：订单比例近20%，用户突破1亿"',
      ),
    ],
    [
      'a title for the matrix, which computes its own',
      '  companies-matrix:\n',
      '  companies-matrix:\n    title: JD.com is everywhere\n',
      at('figure "companies-matrix", field "figures.companies-matrix.title": the matrix computes its own title: leave it out'),
    ],
    [
      'a hedge of the title that is not the English pages’ for 突破',
      'over 100 million users',
      'more than 100 million users',
      at(
        'figure "jd-order-share", field "figures.jd-order-share.title": says "more than 100 million": the English pages write "over 100 million"',
      ),
    ],
    [
      'a period the figure’s data do not have',
      'reaching 2 trillion yuan in 2012',
      'reaching 2 trillion yuan in 2013',
      at('figure "cross-border", field "figures.cross-border.title": says "2013", a period none of its data has ("2012", "2011")'),
    ],
    [
      'a unit the source does not write',
      'reaching 2 trillion yuan in 2012',
      'reaching 2 trillion dollars in 2012',
      at(
        'figure "cross-border", field "figures.cross-border.title": the Chinese writes 2万亿元: expected "2 trillion yuan", found "2 trillion"',
      ),
    ],
    [
      'a derived value’s label that is not its amount’s',
      'cross-border-2011: cross-border e-commerce transaction value',
      'cross-border-2011: cross-border trade value',
      at(
        'datum "cross-border-2011", field "labels.cross-border-2011": expected "cross-border e-commerce transaction value", the label of cross-border-2012',
      ),
    ],
    [
      'a label for a datum that does not exist',
      'labels:\n',
      'labels:\n  mobile-volume-2014: mobile internet transaction value\n',
      at('field "labels.mobile-volume-2014": no datum "mobile-volume-2014" in content/data/numbers.yaml'),
    ],
    [
      'a label writing a name in a second spelling',
      'jd-mobile-users: JD.com mobile client users',
      'jd-mobile-users: JD mobile client users',
      at('datum "jd-mobile-users", field "labels.jd-mobile-users": the English writes "JD", a second spelling of 京东: expected "JD.com"'),
    ],
    [
      'a straight apostrophe',
      'alibaba-rrs-investment: Alibaba’s investment in RRS',
      "alibaba-rrs-investment: Alibaba's investment in RRS",
      at('datum "alibaba-rrs-investment", field "labels.alibaba-rrs-investment": the English writes a straight quote'),
    ],
    [
      'a note fewer than the Chinese',
      "    notes:\n      - 'Compiled from",
      "    notes: []\n    old:\n      - 'Compiled from",
      at(/field "figures\.companies-matrix\.old": no such field/),
    ],
    [
      'a summary not in the English paragraph',
      'big-data: big data has been a great help to e-commerce companies',
      'big-data: big data was a great help to e-commerce companies',
      at(
        'trend 7, field "summaries.big-data": not in trend 7\'s English paragraph (content/translations/en/source.yaml): expected its words exactly',
      ),
    ],
    [
      'a summary that is not a whole clause',
      'big-data: big data has been a great help to e-commerce companies',
      'big-data: big data has been a great help',
      at('trend 7, field "summaries.big-data": expected a whole clause of trend 7\'s English paragraph'),
    ],
    [
      'a summary that drops the Chinese summary’s year',
      'cross-border: in 2014 cross-border e-commerce may show some improvement in two models, localization abroad and foreign-trade import and export',
      'cross-border: cross-border e-commerce may show some improvement in two models, localization abroad and foreign-trade import and export',
      at('trend 4, field "summaries.cross-border": the Chinese writes 2014年: expected "2014", found no such number in the English'),
    ],
    [
      'a topic the trend’s English does not write',
      '  物流: logistics\n',
      '  物流: delivery systems\n',
      at(
        'topic "物流", field "topics.物流": trend 8 lists it, but its English (content/translations/en/source.yaml) does not write "delivery systems"',
      ),
    ],
    ['a missing topic', '  外贸: foreign trade\n', '', at('topic "外贸", field "topics.外贸": missing: expected its English')],
    [
      'a chart period with another year',
      '2012年前三季度: Q1–Q3 2012',
      '2012年前三季度: Q1–Q3 2013',
      at('field "chartPeriods.2012年前三季度": expected the year(s) of 2012年前三季度 (2012), got "Q1–Q3 2013"'),
    ],
    [
      'the inferred date in another year',
      'written: the end of 2013',
      'written: the end of 2014',
      at('field "written": the Chinese writes 2013年: expected "2013", found "2014"'),
    ],
    ['a misspelt section', 'chartPeriods:', 'chartPeriod:', at(/field "chartPeriod": no such field/)],
  ];
  for (const [what, from, to, message] of cases)
    it(what, () => {
      expectProblem(problemsAfter(DATA_FILE, from, to), message);
    });

  it('an invisible character, named by line and column', () => {
    expectProblem(
      problemsAfter(DATA_FILE, 'big-data: big data has', 'big-data: big\u00a0data has'),
      new RegExp(`^${RegExp.escape(DATA_FILE)}:\\d+:\\d+: U\\+00A0 NO-BREAK SPACE`),
    );
  });
});

describe('controls: the translation and the names table fail the build too', () => {
  it('a dropped "about" in the translation names the file, the paragraph and what was expected', () => {
    expectProblem(
      problemsAfter(TRANSLATION_FILE, 'at about 6.55 trillion', 'at 6.55 trillion'),
      new RegExp(
        `^${RegExp.escape(`${TRANSLATION_FILE}: trend 2: the Chinese writes 约6.55万亿: expected "about 6.55 trillion", found "6.55 trillion" (the hedge 约 is dropped)`)}`,
      ),
    );
  });

  it('iResearch swapped in the translation', () => {
    expectProblem(
      problemsAfter(TRANSLATION_FILE, 'iResearch data show', 'China E-Commerce Research Center data show'),
      new RegExp(`^${RegExp.escape(`${TRANSLATION_FILE}: trend 6: 预计达到1.85亿 (local-users-2013) is given by 艾瑞咨询`)}`),
    );
  });

  it('a missing trend', () => {
    expectProblem(
      problemsWith(edited(TRANSLATION_FILE, (t) => t.replace(/  - order: 5\n(?: {4}.*\n)+/, ''))),
      new RegExp(`^${RegExp.escape(`${TRANSLATION_FILE}: trend 5: missing: expected a translation of 五、`)}`),
    );
  });

  it('a names table that does not parse names file:line', () => {
    expectProblem(
      problemsAfter(NAMES_FILE, '  - en: Baidu\n', '  - en: Baidu\n   bad: [\n'),
      new RegExp(`^${RegExp.escape(NAMES_FILE)}:\\d+:\\d+: YAML syntax`),
    );
  });

  it('a period without an English form', () => {
    expectProblem(
      problemsAfter(NAMES_FILE, "  - zh: 2012年\n    en: '2012'\n", ''),
      /datum "cross-border-2012": the period 2012年 has no English form in content\/translations\/en\/names\.yaml/,
    );
  });

  it('CRLF line endings and a byte-order mark are how editors save files, not faults', () => {
    const crlf = edited(DATA_FILE, (t) => t.replace(/\n/g, '\r\n'));
    expect(problemsWith(edited(TRANSLATION_FILE, (t) => `\uFEFF${t}`, crlf))).toEqual([]);
  });
});

describe('the claim check itself', () => {
  const data = ['mobile-volume-2013', 'mobile-growth-2013', 'cross-border-2011'].map((id) => edition.en.data.get(id)!);
  const check = (text: string) => englishClaimProblems(text, data, edition.en.names);

  it('accepts the numbers as the English pages write them', () => {
    expect(check('About 6.55 trillion in the first three quarters of 2013, up 52%; about 1.6 trillion yuan or less in 2011')).toEqual([]);
  });

  it.each([
    [
      'a dropped hedge',
      '6.55 trillion in the first three quarters of 2013',
      'says "6.55 trillion": the English pages write "about 6.55 trillion"',
    ],
    ['another scale', 'about 6.55 billion', 'says "about 6.55 billion", which is none of its data'],
    [
      'a dropped bound',
      'about 1.6 trillion yuan in 2011',
      'says "about 1.6 trillion yuan": the English pages write "about 1.6 trillion yuan or less"',
    ],
    ['a period the data do not have', 'up 52% in 2013', 'says "2013", a period none of its data has'],
    ['a research body that measured none of them', 'iResearch puts growth at 52%', 'names iResearch, who measured none of its data'],
    ['a second spelling of a body', 'CECRC puts growth at 52%', 'writes "CECRC", a second spelling of 中国电子商务研究中心'],
  ])('finds %s', (_, text, message) => expect(check(text).join('\n')).toContain(message));
});
