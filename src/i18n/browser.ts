/**
 * The words the browser writes: the search box's and the search page's statuses and results, and
 * the list punctuation they join with, in both languages. src/i18n/ui.ts spreads them into its
 * tables (so they are checked, keyed and placeholder-matched with every other string); the search
 * code imports this module alone, so it loads these words and not every page's.
 */
import { translator, type Lang } from './translate';

const zh = {
  'search.all': '查看全部 {{n}} 条结果',
  'search.all.one': '查看全部 {{n}} 条结果',
  'search.open': '打开搜索页',
  'search.found': '找到 {{n}} 条结果',
  'search.found.one': '找到 {{n}} 条结果',
  'search.none': '没有找到包含“{{query}}”的趋势。试试更短的词，例如“电商”。',
  'search.hint': '输入关键词搜索全文，例如：跨境电商、余额宝、6.55万亿。',
  'search.searching': '正在搜索…',
  'search.failed': '搜索索引未能加载或没有响应。请检查网络后重试；阅读不受影响。',
  'search.selected': '（已选 {{n}} 项）',
  'search.tags': '主题：{{topics}}',
  'search.start': '输入关键词，或选择主题、企业。可以试试：',
  'search.quoted': '“{{query}}”',
  'search.chosenTopic': '主题“{{topic}}”',
  'search.chosenCompany': '企业“{{company}}”',
  'search.results': '{{about}}：找到 {{n}} 条结果{{filtered}}。',
  'search.results.one': '{{about}}：找到 {{n}} 条结果{{filtered}}。',
  'search.filtered': '（已筛选）',
  'search.noResults': '没有找到包含{{about}}的趋势{{filtered}}。可以试试更短的词，或：',
  'search.noResultsFiltered': '（已筛选，可去掉筛选条件再试）',
  'search.pageFailed': '搜索索引未能加载或没有响应，暂时无法搜索。请检查网络后刷新页面；十大趋势仍可从首页逐篇阅读。',
  'list.enum': '、',
  'list.stop': '。',
} as const;

const en = {
  'search.all': 'See all {{n}} results',
  'search.all.one': 'See the {{n}} result',
  'search.open': 'Open the search page',
  'search.found': '{{n}} results',
  'search.found.one': '{{n}} result',
  'search.none': 'No trend contains “{{query}}”. Try a shorter word, such as “e-commerce”.',
  'search.hint': 'Type words to search the full text, for example: cross-border, Yu’e Bao, 6.55 trillion.',
  'search.searching': 'Searching…',
  'search.failed': 'The search index did not load or did not answer. Check the connection and try again; reading is not affected.',
  'search.selected': ' ({{n}} selected)',
  'search.tags': 'Topics: {{topics}}',
  'search.start': 'Type words, or choose topics or companies. You could try: ',
  'search.quoted': '“{{query}}”',
  'search.chosenTopic': 'topic “{{topic}}”',
  'search.chosenCompany': 'company “{{company}}”',
  'search.results': '{{about}}: {{n}} results{{filtered}}.',
  'search.results.one': '{{about}}: {{n}} result{{filtered}}.',
  'search.filtered': ' (filtered)',
  'search.noResults': 'No trend contains {{about}}{{filtered}}. Try a shorter word, or: ',
  'search.noResultsFiltered': ' (filtered: try again without the filters)',
  'search.pageFailed':
    'The search index did not load or did not answer, so search is not available for now. Check the connection and reload the page; the ten trends can still be read one by one from the front page.',
  'list.enum': ', ',
  'list.stop': '.',
} as const satisfies Record<keyof typeof zh, string>;

export const BROWSER_UI = { 'zh-CN': zh, en } as const;

/** The words of the page's language (its <html lang>), for the search code. */
export const browserUi = (lang: Lang) => translator<typeof zh>(lang, BROWSER_UI[lang]);
