/**
 * One collection, the edition's files. Its loader reads seeds/ and content/ as they are on disk
 * (src/edition/read.ts) and runs the resolver over them, so broken content fails `astro sync`,
 * `astro check` and `astro build` before anything renders, with every problem named. In
 * `astro dev` it re-reads on every edit (seed included); a broken edit is logged here and shown
 * by the page, which resolves the same files (src/edition/index.ts).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIRS, readEditionFiles } from './edition/read';
import { resolveEdition } from './edition/resolve';

/** How long a burst of file events must be quiet before the files are read again (a save can be truncate, then write). */
const SETTLE_MS = 100;

const edition: Loader = {
  name: 'edition',
  async load({ store, logger, watcher, generateDigest, config }) {
    const root = fileURLToPath(config.root);
    const sync = () => {
      try {
        const files = readEditionFiles(root);
        // The checks; the pages resolve again with the build's own address and date.
        resolveEdition(files, { base: '/', date: '1970-01-01' });
        store.set({ id: 'files', data: { ...files }, digest: generateDigest(files as unknown as Record<string, unknown>) });
        if (watcher) logger.info('content checks pass');
      } catch (error) {
        if (!watcher) throw error;
        // In dev the server keeps running: the message is logged, and every page shows it.
        logger.error((error as Error).message);
        store.set({ id: 'files', data: { error: (error as Error).message }, digest: generateDigest({ error: String(error) }) });
      }
    };
    sync();
    if (!watcher) return;
    const dirs = CONTENT_DIRS.map((d) => path.join(root, d) + path.sep);
    watcher.add(dirs);
    let pending: ReturnType<typeof setTimeout> | undefined;
    watcher.on('all', (_event, changed) => {
      if (!dirs.some((d) => path.resolve(changed).startsWith(d))) return;
      clearTimeout(pending);
      pending = setTimeout(sync, SETTLE_MS);
    });
  },
};

export const collections = { edition: defineCollection({ loader: edition }) };
