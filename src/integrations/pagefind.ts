/**
 * Builds the Pagefind search index as the last step of `astro build`, so every build (and
 * `npm start`) serves a searchable site. Uses the npm package's Node API, which runs the
 * extended binary: that one segments Chinese into words at index time.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind's files land in `<outDir>/pagefind/`; the client loads them from `${base}pagefind/`. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Every page is <html lang="zh-CN">; forcing the language keeps one index (and one
        // segmenter) even if a page ever declares something else.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
