import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { datumSchema, trendSchema, type Datum, type TrendData } from './lib/schema';
import { FIGURES_FILE, figureDataProblems, figureSchema, figureTagProblems, type FigureEntry } from './lib/figures';
import { source } from './lib/seed';
import { parseDataFile, validateData } from './lib/provenance';
import { recordContentProblems, validateTrends, type TrendFile } from './lib/validate';

const contentDir = './content';
const numbersFile = 'content/data/numbers.yaml';

type Entries = ReturnType<LoaderContext['store']['values']>;

/**
 * Collections whose dev-mode recheck is registered on a watcher. Kept on the watcher itself: a
 * config reload re-imports this module but keeps the watcher, and must not add a second handler.
 */
const RECHECKED = Symbol.for('ecommerce-trends.rechecked');
const rechecked = (watcher: object) => ((watcher as Record<symbol, Set<string>>)[RECHECKED] ??= new Set());

const fail = (collection: string, problems: string[]) => new Error(`Invalid ${collection}:\n  - ${problems.join('\n  - ')}`);

/** How long a burst of file events must be quiet before the dev-mode recheck reads the files. */
const DEV_RECHECK_DELAY_MS = 100;

/**
 * Astro's loaders check each entry against the schema; this wrapper then checks the collection
 * as a whole against the source and throws, so broken content fails `astro sync`, `astro check`
 * and `astro build` rather than publishing half a briefing.
 *
 * `precheck` runs before the inner loader, on the files as written (a YAML syntax error or a
 * duplicate id, which file() would only log or warn about). In `astro dev` the inner loader
 * re-reads a changed file by itself, bypassing this wrapper, so `recheck` (all the checks) reads the files from
 * disk again on every change and reports what it finds in the terminal and, through
 * getTrends(), in the browser's error overlay.
 */
function validated(
  inner: Loader,
  check: (entries: Entries) => string[],
  { precheck = () => [], recheck }: { precheck?: () => string[]; recheck?: () => string[] } = {},
): Loader {
  return {
    name: `${inner.name}-validated`,
    async load(context) {
      const { collection, logger, watcher } = context;
      const failed = (problems: string[]) => {
        recordContentProblems(collection, problems);
        return fail(collection, problems);
      };
      // Registered first (once per watcher), so a dev server whose content is broken at start or
      // after a full re-sync still rechecks every later edit.
      if (watcher && !rechecked(watcher).has(collection)) {
        rechecked(watcher).add(collection);
        // A save can arrive as several events (truncate, then write): check once the burst is
        // over, so a half-written file is never what the page is judged by.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const recheckNow = () => {
          let found: string[];
          try {
            found = recheck?.() ?? precheck();
          } catch (error) {
            found = [`${collection}: could not read the content files: ${(error as Error).message}`];
          }
          recordContentProblems(collection, found);
          if (found.length) logger.error(fail(collection, found).message);
          else logger.info(`${collection}: content checks pass`);
        };
        watcher.on('all', (_event, changed) => {
          if (!changed.includes('/content/')) return;
          clearTimeout(pending);
          pending = setTimeout(recheckNow, DEV_RECHECK_DELAY_MS);
        });
      }
      recordContentProblems(collection, []);
      const early = precheck();
      if (early.length > 0) throw failed(early);
      await inner.load(context);
      const problems = check(context.store.values());
      if (problems.length > 0) throw failed(problems);
    },
  };
}

const trendFiles = (entries: Entries): TrendFile[] =>
  entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data as TrendData, body: e.body ?? '' }));

/** A schema's complaints as every error here words them: field "a.b": what was expected; … */
const fieldIssues = ({ issues }: { issues: { path: PropertyKey[]; message: string }[] }) =>
  issues.map((i) => `field "${i.path.map(String).join('.')}": ${i.message}`).join('; ');

interface NumbersRead {
  stamp: string;
  syntax: string[];
  data: Datum[];
  problems: string[];
}
let numbersRead: NumbersRead | undefined;
/**
 * content/data/numbers.yaml as written, for checks that span collections: its syntax problems, and
 * the data that pass the schema. Read once per version of the file (by mtime and size), since one
 * dev edit sets off the recheck of every collection, and the build's checks all need it.
 */
function numbersOnDisk(): NumbersRead {
  const { mtimeMs, size } = fs.statSync(numbersFile);
  const stamp = `${mtimeMs}/${size}`;
  if (numbersRead?.stamp === stamp) return numbersRead;
  const { items, problems: syntax } = parseDataFile(fs.readFileSync(numbersFile, 'utf8'), numbersFile);
  const data: Datum[] = [];
  const problems = [...syntax];
  for (const { line, data: raw } of items) {
    const parsed = datumSchema.safeParse(raw);
    if (parsed.success) data.push(parsed.data);
    else problems.push(`${numbersFile}:${line}: ${fieldIssues(parsed.error)}`);
  }
  return (numbersRead = { stamp, syntax, data, problems });
}

/** The articles' files as written: path and full text. */
const articlesOnDisk = () =>
  fs
    .readdirSync(`${contentDir}/trends`)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ file: `content/trends/${name}`, body: fs.readFileSync(`${contentDir}/trends/${name}`, 'utf8') }));

/** The articles as written, for the dev-mode recheck (the store may hold a stale entry). */
function trendsOnDisk(): { files: TrendFile[]; problems: string[] } {
  const files: TrendFile[] = [];
  const problems: string[] = [];
  for (const { file, body } of articlesOnDisk()) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(body);
    const parsed = match ? trendSchema.safeParse(parseYaml(match[1])) : undefined;
    if (!match) problems.push(`${file}: expected frontmatter between --- lines`);
    else if (!parsed?.success) problems.push(`${file}: ${fieldIssues(parsed!.error)}`);
    else files.push({ file, data: parsed.data, body: match[2] });
  }
  return { files, problems };
}

/** The figures as written, for the dev-mode recheck (the store may hold a stale entry). */
function figuresOnDisk(): { figures: FigureEntry[]; problems: string[] } {
  const figures: FigureEntry[] = [];
  const problems: string[] = [];
  for (const raw of [parseYaml(fs.readFileSync(FIGURES_FILE, 'utf8')) ?? []].flat()) {
    const parsed = figureSchema.safeParse(raw);
    if (parsed.success) figures.push(parsed.data);
    else problems.push(`${FIGURES_FILE}: figure "${(raw as { id?: unknown })?.id}": ${fieldIssues(parsed.error)}`);
  }
  return { figures, problems };
}

/** The figures against what they name: the articles' <Figure> tags and the datum ids they draw. */
function figureProblems(figures: FigureEntry[]): string[] {
  const numbers = numbersOnDisk();
  // A numbers.yaml that does not parse is reported by its own collection: its ids are unknown here.
  const data = numbers.problems.length ? [] : figureDataProblems(figures, numbers.data);
  return [...figureTagProblems(articlesOnDisk(), figures), ...data];
}

export const collections = {
  trends: defineCollection({
    loader: validated(
      glob({
        pattern: '*.mdx',
        base: `${contentDir}/trends`,
        // One entry per file. The default id is the frontmatter slug, which would let a second file
        // with the same slug silently replace the first instead of failing validation.
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
      }),
      (entries) => validateTrends(trendFiles(entries), source, { data: numbersOnDisk().data }),
      {
        recheck: () => {
          // As for figures below: an article left out by its schema would also read as a missing trend.
          const { files, problems } = trendsOnDisk();
          return problems.length ? problems : validateTrends(files, source, { data: numbersOnDisk().data });
        },
      },
    ),
    schema: trendSchema,
  }),
  numbers: defineCollection({
    loader: validated(
      file(numbersFile),
      (entries) =>
        validateData(
          entries.map((e) => e.data as Datum),
          source,
          numbersFile,
        ),
      {
        precheck: () => numbersOnDisk().syntax,
        recheck: () => {
          const { data, problems } = numbersOnDisk();
          return problems.length ? problems : validateData(data, source, numbersFile);
        },
      },
    ),
    schema: datumSchema,
  }),
  // Articles place figures by id and figures draw data by id: an unknown id fails here, naming
  // the article or the figure.
  figures: defineCollection({
    loader: validated(
      file(FIGURES_FILE),
      (entries) => figureProblems(entries.map((e) => e.data as FigureEntry)),
      // In dev, every edit is checked again from disk (without a recheck the watcher would clear
      // this collection's problems and report it sound).
      {
        // A figure that fails its schema is left out of `figures`: checking the tags against the
        // rest would also blame every article that places it.
        recheck: () => {
          const { figures, problems } = figuresOnDisk();
          return problems.length ? problems : figureProblems(figures);
        },
      },
    ),
    schema: figureSchema,
  }),
};
