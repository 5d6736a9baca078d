/**
 * The interface's words, one table per language (Starlight's utils/translations.ts pattern): every
 * string the components, layouts, pages and search UI write around the content, keyed, in Chinese
 * and in English. The Chinese is what the pages write today; the English says the same for the
 * English edition (where the English page differs, e.g. it carries a translation, its string says
 * so). Types make both tables have the same keys and, per key, the same {{placeholders}}.
 *
 * A placeholder is filled by `t` with a string, or left as a slot by `parts` so a component can put
 * an element there (a link in the middle of a sentence, where the two languages order words
 * differently). Counts and dates in running text go through `count` and `date`, which write them
 * in each language's words (六个趋势, six trends; a bare {{n}} before a noun the template writes
 * is `number`'s 六 / six). Pure: no astro:* imports.
 */
import { counted as englishCounted, englishCount, englishDate } from '../lib/english-words';
import { chineseCount, chineseDate } from '../lib/numerals';
import { BROWSER_UI } from './browser';
import { translator, type Lang, type Vars } from './translate';

export type { Lang, Part } from './translate';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

const zh = {
  // The search code's words and the list punctuation it uses (src/i18n/browser.ts).
  ...BROWSER_UI['zh-CN'],
  // src/layouts/Base.astro
  'meta.ogLocale': 'zh_CN',
  'base.skip': '跳到正文',

  // src/components/SiteHeader.astro
  'nav.label': '主导航',
  'nav.trends': '十大趋势',
  'nav.source': '原文',
  'nav.companies': '企业',
  'nav.briefing': '简报',

  // src/components/SiteSearch.astro
  'searchBox.form': '全文搜索',
  'searchBox.input': '搜索全文',
  'searchBox.placeholder': '搜索',
  'searchBox.submit': '搜索',
  'searchBox.keys': '按 / 或 Ctrl+K 打开搜索，上下方向键选择结果，回车打开，Esc 关闭。',
  'searchBox.results': '搜索结果',
  'searchBox.nojs': '搜索需要 JavaScript；阅读不受影响。',

  // src/components/SiteFooter.astro ({{original}}, {{companies}}: links)
  'footer.about':
    '本站内容全部来自{{original}}（约写于{{written}}，作者与发布方未注明），原文一字未改；要点标记、{{companies}}与图表由原文推导，每个数字都附原文引句。',
  'footer.original': '原文《{{title}}》',
  'footer.rights': '原文作者与发布者不详，全文照录，仅供评论与研究；权利人可通过本项目代码仓库的议题页面要求撤下。',
  'site.edition': '本站版本：{{date}}',

  // Shared by several components
  'common.paragraph': '第{{n}}段',
  'common.sourceParagraph': '原文第{{n}}段',
  'common.contents': '首页的{{counted}}目录',
  'common.companyIndex': '企业索引',
  'common.source': '原文',
  'common.aboutSource': '关于原文',
  'list.comma': '，',
  'list.semicolon': '；',
  'list.or': '或',
  // Between a word and what follows it inline (an aside, a link): Chinese writes none, its full-width
  // marks carry their own space; English a space.
  'list.space': '',

  // src/components/FrontPage.astro
  'front.lede': '{{counted}}的原文，一字未改；配上图表、企业索引和全文检索，可打印成一份简报。',
  'front.unsigned': '原文未署作者与发布方，也没有写明日期。',
  'front.evidence': '{{paragraph}}说“{{quote}}”',
  'front.dated': '，可见写于{{written}}（本站据此推断）。下面是原文的开篇：',
  'front.pdf': '下载 PDF',
  // {{pdf}}: front.pdfAside with its link, or nothing where the build made no PDF.
  'front.briefing': '{{briefing}}{{pdf}}',
  'front.pdfAside': '（{{pdf}}）',
  'front.source': '原文全文',
  'front.companies': '企业索引',
  'front.numbers': '原文给出的市场规模',
  'front.numbersNote': '数字照原文写法，保留“约”“预计达到”“有望突破”等限定词；注明“本站补”的单位原文未写，由上下文读出。',
  'front.findingLabel': '本站统计',
  'front.findingAll': '原文{{total}}个趋势都提到了',
  'front.findingSome': '原文{{total}}个趋势中有{{n}}个提到',
  'front.finding': '{{lead}}{{first}}；提到{{second}}{{also}}的有{{n}}个。',
  'front.alsoAs': '（含“{{spellings}}”）',
  'front.spellingSeparator': '”“',
  'front.allCompanies': '全部企业',
  'front.trends': '十大趋势',
  'front.figures': '企业与趋势',

  // src/components/NotFoundPage.astro ({{contents}}, {{source}}, {{companies}}, {{search}}: links)
  'notFound.title': '找不到这个页面',
  'notFound.text': '链接可能有误，或页面已移动。可以从{{contents}}、{{source}}或{{companies}}重新开始，也可以{{search}}。',
  'notFound.search': '搜索',
  'notFound.english': '英文版首页',

  // src/components/ChangesPage.astro
  'changes.title': '更新记录',
  'changes.edition': '本版日期：{{date}}（本站最后一次修改的日期，不是原文的日期）。',

  // src/components/CompanyPage.astro
  'company.kicker': '原文提到的企业',
  'company.standfirst':
    '原文在{{n}}个趋势中提到{{name}}，写作{{spellings}}。以下是原文中提到它的每一句话，字句未改，{{bold}}处为原文的写法。',
  'company.standfirst.one':
    '原文在{{n}}个趋势中提到{{name}}，写作{{spellings}}。以下是原文中提到它的每一句话，字句未改，{{bold}}处为原文的写法。',
  'company.bold': '加粗',
  'company.products': '原文把这些产品或项目与{{name}}相连：',
  'company.product': '{{product}}（{{tie}}）',
  'company.opening': '开篇',

  // src/components/CompaniesPage.astro
  'companies.title': '原文提到的企业',
  'companies.standfirst':
    '原文{{counted}}共提到{{n}}家企业。按提到它的趋势数排列；每家企业一页，列出原文中提到它的每一句话。原文另引用{{bodies}}的数据，见各趋势的数字出处。',
  'companies.standfirst.one':
    '原文{{counted}}共提到{{n}}家企业。按提到它的趋势数排列；每家企业一页，列出原文中提到它的每一句话。原文另引用{{bodies}}的数据，见各趋势的数字出处。',
  'companies.spellings': '（原文写作“{{spellings}}”）',
  'companies.spellingSeparator': '”或“',
  'companies.products': '企业与产品',
  'companies.rule':
    '本站只把原文自己连在一起的产品算在企业名下，不补充原文没有写的归属。企业标签、企业与趋势的矩阵和搜索筛选都按这一规则。',
  'companies.tied': '{{product}} → {{company}}（原文：{{tie}}）',
  'companies.untied':
    '原文提到{{products}}，但没有写它们属于哪家企业，本站也不归属。原文写“从京东618到天猫双十一”，把天猫与京东并列，没有说明天猫属于谁，因此天猫单列一页。',

  // src/components/SearchPanel.astro ({{contents}}, {{companies}}: links)
  'search.title': '搜索',
  'search.nojs':
    '搜索需要 JavaScript，这个浏览器没有运行它。不用搜索也能找到内容：从{{contents}}逐篇阅读，或从{{companies}}查看每家企业出现在哪些趋势中。',
  'search.form': '搜索页',
  'search.query': '关键词',
  'search.submit': '搜索',
  'search.filters': '筛选',
  'search.topics': '主题',
  'search.companies': '提及的企业',
  'search.suggest': '搜索全文中的词语与数字，例如：',
  'search.more': '显示更多结果',

  // src/pages/source/index.astro
  'source.note': '以下为原文全文，一字未改。每个标题和每段都有固定链接：把鼠标移到段落上（或用 Tab 键）即可看到，段号只数正文段落。',
  'source.headingLink': '链接到本节：{{heading}}',
  'source.paragraphLink': '链接到第{{n}}段',
  'source.pilcrow': '¶{{n}}',
  'source.trendLink': '解读与图表 →',
  'source.rights':
    '本站全文转载的《{{title}}》一文没有署名作者，也没有注明发布者，本站不知道他们是谁。原文一字未改，仅供评论、学习和研究之用；原文之外的标题、摘要、注释和图表由本站编写，不属于原文。原文的一切权利归其权利人所有。如果您是权利人，或认为本站不应转载此文，请通过本项目代码仓库的议题（issue）页面联系维护者，我们会应要求撤下原文。',

  // src/components/Pager.astro
  'pager.label': '上一篇与下一篇',
  'pager.prev': '上一篇',
  'pager.next': '下一篇',
  'pager.shared': '共同主题：{{topics}}',

  // src/components/TrendArticle.astro, TrendHeading.astro ({{marked}}: the <mark> sample)
  'article.kicker': '十大趋势之{{numeral}}',
  'article.original': '原文',
  'article.marksNote': '{{marked}}的是本站选出的要点；原文一字未改。',
  'article.marked': '标出',
  'article.companies': '提及的企业',
  'article.noCompanies': '原文本段未提及企业。',
  'article.unowned': '本段还提到{{products}}，原文没有写明属于哪家企业，本站不作归属。',
  'article.topics': '主题：{{topics}}',
  'article.related': '相关趋势',
  'article.relatedWhy': '（共同主题：{{topics}}）',
  'article.noRelated': '原文中没有其他趋势与本趋势共享主题。',
  'article.quotedName': '“{{name}}”',
  'article.back': '回到目录',
  'heading.numeral': '{{numeral}}、',

  // src/components/Citation.astro ({{standard}}: the standard's name, set apart)
  'cite.title': '引用本页',
  'cite.format': '{{standard}} 格式：',
  'cite.note': '{{note}}按国家标准著录为“佚名”。圆括号内是本站本版的日期，方括号内是引用日期，引用时请改为您阅读的日期。',
  'cite.download': '下载 CSL-JSON',
  'cite.tools': '（Zotero、Mendeley、pandoc 等文献管理工具可导入）',

  // src/components/KeyFigure.astro, briefing/Summary.astro
  'figure.quote': '原文：',

  // src/components/figures/Figure.astro (who measured: also what FigureWords.who writes, src/figures/kind.ts)
  'figure.number': '图{{n}}',
  'figure.whoAuthor': '原文作者（未注明统计机构）',
  'figure.whoBody': '{{body}}（原文引述）',
  'figure.source': '来源：{{who}}。',
  'figure.sourceLink': '原文出处',
  'figure.sourceAll': '原文全文',
  'figure.quotes': '：{{quotes}}',
  // A figure beside the paragraph it quotes points up to it.
  'figure.sourceAbove': '来源：{{who}}，数字引自上文（{{link}}）。',
  'figure.sourceDitto': '来源：同上（{{link}}）。',
  'figure.table': '数据表',
  'figure.csv': '下载本图数据（CSV）',

  // src/components/briefing/Contents.astro
  'briefing.summary': '摘要',
  'briefing.sources': '来源',
  'briefing.contents': '目录',
  'briefing.about': '阅读说明',
  'briefing.about1': '每个趋势先给原文段落（宋体，一字未改），再给图表和原文提及的企业。',
  'briefing.about2':
    '数字照原文写法：原文写“约”“近”“超过”“预计达到”“有望突破”的，照写不删。原文没有写出的单位（元、人）由本站补出，并注明“本站补”。',
  'briefing.about3':
    '标“推算”的数值不是原文给出的，而是本站由原文数字按公式算出，公式写在图注中。输入是约数或下限，结果同样只是约数或界限。',
  'briefing.about4': '“来源”一节说明原文出处，并给出每幅图的数据文件地址。',

  // src/components/briefing/Cover.astro
  'cover.kind': '简报',
  'cover.lede': '{{counted}}的原文、图表与关键数字',
  'cover.source': '原文',
  'cover.sourceText':
    '一篇写于{{written}}的行业文章，原文未注明作者与发布机构。写作时间是本站据文中{{evidence}}推断的。简报收录原文全文，一字未改。',
  'cover.evidence': '第{{n}}段“{{quote}}”',
  'cover.edition': '本版',
  'cover.address': '网址',
  'cover.pdf': '下载 PDF 版简报',
  'cover.pdfSize': '（A4）',

  // src/components/briefing/Sources.astro ({{source}}: a link; {{address}}, {{where}}: the address parts, only with a public address)
  'sources.original':
    '原文：《{{title}}》，写于{{written}}（本站据文中语句推断），作者与发布机构原文未注明。全文见本站{{source}}页，逐段可链接{{address}}。',
  'sources.addressAt': '：{{address}}',
  'sources.bodies': '原文引用的数据出自{{bodies}}，都是原文的转述；本站没有核对这些机构的原始报告。',
  'sources.data': '每幅图的数字都可以下载（CSV，每图一份，每行附原文引句、时期和来源）{{where}}：',
  'sources.dataAt': '，地址在 {{address}} 之下',

  // src/components/briefing/Summary.astro
  'summary.findings': '本站归纳',
  'summary.whose': '（本站据原文整理，不是原文的话）',
  'summary.cites': '（见{{paragraphs}}）',
  'summary.numbers': '关键数字',
  // English writes one word before the numbers ("paragraphs 2, 4 and 6"); Chinese writes 第N段 for each.
  'summary.citeWord': '段',
  'summary.citeWord.one': '段',
  'summary.intro': '原文导语',

  // New for the English edition (no Chinese page writes these yet): the language switch and the translation's own sections
  'lang.switch': 'English',
  'lang.switchLabel': '本页英文版',
  'article.translation': '英文译文',
  'article.translationNote': '英文是本站的译文，逐句对照原文翻译；以中文原文为准：{{link}}。',
  'article.originalLink': '中文原文第{{n}}段',
  'cite.reference': '英文著录：',
} as const;

export type UIKey = keyof typeof zh;

const en = {
  ...BROWSER_UI.en,
  'meta.ogLocale': 'en_US',
  'base.skip': 'Skip to the text',

  'nav.label': 'Main navigation',
  'nav.trends': 'The ten trends',
  'nav.source': 'Source text',
  'nav.companies': 'Companies',
  'nav.briefing': 'Briefing',

  'searchBox.form': 'Full-text search',
  'searchBox.input': 'Search the full text',
  'searchBox.placeholder': 'Search',
  'searchBox.submit': 'Search',
  'searchBox.keys': 'Press / or Ctrl+K to search, the up and down arrow keys to choose a result, Enter to open it and Esc to close.',
  'searchBox.results': 'Search results',
  'searchBox.nojs': 'Search needs JavaScript; reading does not.',

  'footer.about':
    'Everything here comes from {{original}} (written at about {{written}}; author and publisher not stated), reproduced unchanged beside this site’s English translation; the marked key points, the {{companies}} and the charts are derived from the original, and every number carries its source quote.',
  'footer.original': 'the Chinese original, “{{title}}”',
  'footer.rights':
    'The source’s author and publisher are unknown; it is reproduced in full for comment and research only. A rights holder can ask for it to be taken down on the issues page of this project’s code repository.',
  'site.edition': 'This edition: {{date}}',

  'common.paragraph': 'paragraph {{n}}',
  'common.sourceParagraph': 'Paragraph {{n}} of the source',
  'common.contents': 'the contents of the {{counted}} on the front page',
  'common.companyIndex': 'company index',
  'common.source': 'the source text',
  'common.aboutSource': 'About the source',
  'list.comma': ', ',
  'list.semicolon': '; ',
  'list.or': ' or ',
  'list.space': ' ',

  'front.lede':
    'The {{counted}} of the source in full and unchanged, beside this site’s English translation, with charts, a company index and full-text search, printable as one briefing.',
  'front.unsigned': 'The source names no author and no publisher, and gives no date.',
  'front.evidence': '{{paragraph}} says “{{quote}}”',
  'front.dated': ', so it was written at {{written}} (as this site infers). This is how the source opens:',
  'front.pdf': 'Download the PDF',
  'front.briefing': '{{briefing}}{{pdf}}',
  'front.pdfAside': ' ({{pdf}})',
  'front.source': 'The whole source text',
  'front.companies': 'Company index',
  'front.numbers': 'Market sizes the source gives',
  'front.numbersNote':
    'Numbers are written as the source writes them, with its hedges (“about”, “expected to reach”, “likely to exceed”); a unit marked “added by this site” is not written in the source but read from its context.',
  'front.findingLabel': 'This site’s count',
  'front.findingAll': 'All {{total}} of the source’s trends name',
  'front.findingSome': '{{n}} of the source’s {{total}} trends name',
  'front.finding': '{{lead}} {{first}}; {{n}} name {{second}}{{also}}.',
  'front.alsoAs': ' (including “{{spellings}}”)',
  'front.spellingSeparator': '”, “',
  'front.allCompanies': 'All companies',
  'front.trends': 'The ten trends',
  'front.figures': 'Companies and trends',

  'notFound.title': 'There is no page here',
  'notFound.text':
    'The link may be wrong, or the page has moved. Start again from {{contents}}, {{source}} or the {{companies}}, or {{search}}.',
  'notFound.search': 'search',
  'notFound.english': 'the English edition’s front page',

  'changes.title': 'Changes',
  'changes.edition': 'Date of this edition: {{date}} (the date this site last changed, not the date of the source).',

  'company.kicker': 'Companies named in the source',
  'company.standfirst':
    'The source names {{name}} in {{n}} trends, writing it {{spellings}}. Below is every sentence that names it, in this site’s translation beside the source’s unchanged words; the name as the source writes it is in {{bold}}.',
  'company.standfirst.one':
    'The source names {{name}} in {{n}} trend, writing it {{spellings}}. Below is every sentence that names it, in this site’s translation beside the source’s unchanged words; the name as the source writes it is in {{bold}}.',
  'company.bold': 'bold',
  'company.products': 'The source ties these products or projects to {{name}}: ',
  'company.product': '{{product}} ({{tie}})',
  'company.opening': 'Opening',

  'companies.title': 'Companies named in the source',
  'companies.standfirst':
    'The source’s {{counted}} name {{n}} companies, listed by how many trends name them; each has a page with every sentence that names it. The source also cites figures from {{bodies}}: see where each trend’s numbers come from.',
  'companies.standfirst.one':
    'The source’s {{counted}} name {{n}} company, which has a page with every sentence that names it. The source also cites figures from {{bodies}}: see where each trend’s numbers come from.',
  'companies.spellings': ' (written “{{spellings}}” in the source)',
  'companies.spellingSeparator': '” or “',
  'companies.products': 'Companies and products',
  'companies.rule':
    'This site counts a product under a company only where the source itself ties the two, and adds no ownership the source does not write. The company tags, the companies × trends matrix and the search filters all follow this rule.',
  'companies.tied': '{{product}} → {{company}} (source: {{tie}})',
  'companies.untied':
    'The source names {{products}} but does not say which company they belong to, so this site does not attribute them either. It writes “From JD.com’s 618 to Tmall’s Double Eleven”, setting Tmall beside JD.com without saying whom Tmall belongs to, so Tmall has a page of its own.',

  'search.title': 'Search',
  'search.nojs':
    'Search needs JavaScript, which this browser is not running. Everything can be found without it: read the trends one by one from {{contents}}, or see which trends name each company in the {{companies}}.',
  'search.form': 'Search page',
  'search.query': 'Words',
  'search.submit': 'Search',
  'search.filters': 'Filters',
  'search.topics': 'Topics',
  'search.companies': 'Companies mentioned',
  'search.suggest': 'Search the words and numbers of the full text, in English or in Chinese, for example: ',
  'search.more': 'Show more results',

  'source.note':
    'Below is the whole source, unchanged, each paragraph beside this site’s English translation. Every heading and paragraph has a permanent link, shown when you point at it (or reach it with Tab); paragraph numbers count the body paragraphs only.',
  'source.headingLink': 'Link to this section: {{heading}}',
  'source.paragraphLink': 'Link to paragraph {{n}}',
  'source.pilcrow': '¶{{n}}',
  'source.trendLink': 'Reading and charts →',
  'source.rights':
    'The article “{{title}}”, reprinted here in full, names no author and no publisher, and this site does not know who they are. The original is unchanged and shown only for comment, study and research; the titles, summaries, notes, charts and English translation around it are this site’s and not part of the original. All rights in the original belong to its rights holders. If you hold them, or think this site should not reprint the article, contact the maintainers on the issues page of this project’s code repository, and the original will be taken down on request.',

  'pager.label': 'Previous and next trend',
  'pager.prev': 'Previous',
  'pager.next': 'Next',
  'pager.shared': 'Shared topic: {{topics}}',

  'article.kicker': 'The ten trends: no. {{numeral}}',
  'article.original': 'The Chinese original',
  'article.marksNote': 'The {{marked}} passages of the original are the key points this site picks; the original is unchanged.',
  'article.marked': 'marked',
  'article.companies': 'Companies mentioned',
  'article.noCompanies': 'This paragraph names no company.',
  'article.unowned':
    'The paragraph also names {{products}}; the source does not say which company they belong to, and this site does not attribute them.',
  'article.topics': 'Topics: {{topics}}',
  'article.related': 'Related trends',
  'article.relatedWhy': ' (shared topic: {{topics}})',
  'article.noRelated': 'No other trend in the source shares a topic with this one.',
  'article.quotedName': '“{{name}}”',
  'article.back': 'Back to the contents',
  'heading.numeral': '{{numeral}}. ',

  'cite.title': 'Cite this page',
  'cite.format': '{{standard}} format:',
  'cite.note':
    '{{note}} The author is given as “Anon.”, as the standard asks. The date in round brackets is this edition’s, the one in square brackets the date you cite it: change it to the day you read the page.',
  'cite.download': 'Download CSL-JSON',
  'cite.tools': ' (for Zotero, Mendeley, pandoc and other reference managers)',

  'figure.quote': 'The source: ',

  'figure.number': 'Figure {{n}}',
  'figure.whoAuthor': 'the author (no research body named)',
  'figure.whoBody': '{{body}} (as cited in the source)',
  'figure.source': 'Source: {{who}}. ',
  'figure.sourceLink': 'Where the source says it',
  'figure.sourceAll': 'The whole source',
  'figure.quotes': ': {{quotes}}',
  'figure.sourceAbove': 'Source: {{who}}, its numbers from the paragraph above ({{link}}).',
  'figure.sourceDitto': 'Source: as above ({{link}}).',
  'figure.table': 'Data table',
  'figure.csv': 'Download this figure’s data (CSV)',

  'briefing.summary': 'Summary',
  'briefing.sources': 'Sources',
  'briefing.contents': 'Contents',
  'briefing.about': 'How to read this briefing',
  'briefing.about1':
    'Each trend gives the source’s paragraph first, in this site’s English translation and in the unchanged Chinese, then the charts and the companies it names.',
  'briefing.about2':
    'Numbers are written as the source writes them: where it says “about”, “nearly”, “more than”, “expected to reach” or “likely to exceed”, so does the briefing. A unit the source does not write (yuan, people) is added by this site and marked “added by this site”.',
  'briefing.about3':
    'A value marked “calculated” is not the source’s: this site worked it out from the source’s numbers, and the chart’s notes give the formula. Where an input is approximate or a bound, so is the result.',
  'briefing.about4': 'The “Sources” section says where the source comes from and gives the address of each chart’s data file.',

  'cover.kind': 'Briefing',
  'cover.lede': 'The {{counted}}: the source, its charts and key numbers',
  'cover.source': 'The source',
  'cover.sourceText':
    'An industry article written at {{written}}; it names no author or publisher. This site infers the date from {{evidence}}. The briefing gives the whole source, unchanged, with this site’s English translation.',
  'cover.evidence': '“{{quote}}” (paragraph {{n}})',
  'cover.edition': 'This edition',
  'cover.address': 'Address',
  'cover.pdf': 'Download the briefing as a PDF',
  'cover.pdfSize': ' (A4)',

  'sources.original':
    'The source: “{{title}}”, written at {{written}} (inferred by this site from its wording); it names no author or publisher. The whole text is on this site’s {{source}} page, every paragraph linkable{{address}}.',
  'sources.addressAt': ': {{address}}',
  'sources.bodies':
    'The figures the source cites come from {{bodies}}, as the source reports them; this site has not checked these bodies’ original reports.',
  'sources.data':
    'Every chart’s numbers can be downloaded (CSV, one file per chart, each row with the source’s quote, the period and who gives the number){{where}}: ',
  'sources.dataAt': ', under {{address}}',

  'summary.findings': 'What this site finds',
  'summary.whose': ' (this site’s reading of the source, not the source’s words)',
  'summary.cites': ' (see {{paragraphs}})',
  'summary.numbers': 'Key numbers',
  'summary.citeWord': 'paragraphs ',
  'summary.citeWord.one': 'paragraph ',
  'summary.intro': 'The source’s opening',

  'lang.switch': '中文',
  'lang.switchLabel': 'This page in Chinese',
  'article.translation': 'English translation',
  'article.translationNote': 'The English is this site’s translation, clause by clause; the Chinese original is authoritative: {{link}}.',
  'article.originalLink': 'paragraph {{n}} in Chinese',
  'cite.reference': 'Reference:',
} as const satisfies Record<UIKey, string>;

/** Keys whose two strings do not have the same placeholders (never, when the tables agree). */
type Mismatched = {
  [K in UIKey]: [Vars<(typeof zh)[K]>] extends [Vars<(typeof en)[K]>]
    ? [Vars<(typeof en)[K]>] extends [Vars<(typeof zh)[K]>]
      ? never
      : K
    : K;
}[UIKey];
// A compile error here names a key whose Chinese and English strings take different placeholders.
const placeholdersAgree: [Mismatched] extends [never] ? true : Mismatched = true;
void placeholdersAgree;

/** Both tables, by language. */
export const UI: Record<Lang, Record<UIKey, string>> = { 'zh-CN': zh, en };

/** The nouns `count` writes a count with. */
const NOUNS = {
  trend: { 'zh-CN': '个趋势', en: ['trend', 'trends'] },
  company: { 'zh-CN': '家企业', en: ['company', 'companies'] },
  number: { 'zh-CN': '个数字', en: ['number', 'numbers'] },
  value: { 'zh-CN': '个数', en: ['value', 'values'] },
} as const;

/** Each language's words, made once: every component of every page asks for them. */
const cache = new Map<Lang, ReturnType<typeof makeTranslations>>();

/**
 * The words of one language: `t`, `parts`, `plural` and `list` as src/i18n/translate.ts reads a
 * table; `count` and `date` write counts and dates in the language's words (`number`: the bare count).
 */
export function useTranslations(lang: Lang) {
  let words = cache.get(lang);
  if (!words) cache.set(lang, (words = makeTranslations(lang)));
  return words;
}

function makeTranslations(lang: Lang) {
  return {
    ...translator<typeof zh>(lang, UI[lang]),
    number: (n: number): string => (lang === 'en' ? englishCount(n) : chineseCount(n)),
    count: (n: number, noun: keyof typeof NOUNS): string => {
      const words = NOUNS[noun];
      return lang === 'en' ? englishCounted(n, words.en[0], words.en[1]) : `${chineseCount(n)}${words['zh-CN']}`;
    },
    date: (iso: string): string => (lang === 'en' ? englishDate(iso) : chineseDate(iso)),
  };
}
