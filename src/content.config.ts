import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { datumSchema, trendSchema, type Datum, type TrendData } from './lib/schema';
import { figureSchema, figureTagProblems, type FigureEntry } from './lib/figures';
import fs from 'node:fs';
import { source } from './lib/seed';
import { validateData } from './lib/provenance';
import { validateTrends } from './lib/validate';

const contentDir = './content';

type Entries = ReturnType<LoaderContext['store']['values']>;

/**
 * Astro's loaders check each entry against the schema; this wrapper then checks the collection
 * as a whole against the source and throws, so broken content fails `astro sync`, `astro check`
 * and `astro build` rather than publishing half a briefing.
 */
function validated(inner: Loader, check: (entries: Entries) => string[]): Loader {
  return {
    name: `${inner.name}-validated`,
    async load(context) {
      await inner.load(context);
      const problems = check(context.store.values());
      if (problems.length > 0) throw new Error(`Invalid ${context.collection}:\n  - ${problems.join('\n  - ')}`);
    },
  };
}

const trendFiles = (entries: Entries) => entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data as TrendData, body: e.body ?? '' }));

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
      (entries) => validateTrends(trendFiles(entries), source),
    ),
    schema: trendSchema,
  }),
  numbers: defineCollection({
    loader: validated(file(`${contentDir}/data/numbers.yaml`), (entries) =>
      validateData(
        entries.map((e) => e.data as Datum),
        source,
        `${contentDir}/data/numbers.yaml`,
      ),
    ),
    schema: datumSchema,
  }),
  // Articles place figures by id: an id with no entry fails here, naming the article.
  figures: defineCollection({
    loader: validated(file(`${contentDir}/data/figures.yaml`), (entries) =>
      figureTagProblems(
        fs
          .readdirSync(`${contentDir}/trends`)
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => ({ file: `${contentDir}/trends/${f}`, body: fs.readFileSync(`${contentDir}/trends/${f}`, 'utf8') })),
        entries.map((e) => e.data as FigureEntry),
      ),
    ),
    schema: figureSchema,
  }),
};
