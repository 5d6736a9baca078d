/**
 * Reads the files an edition is made from, as they are on disk: the seed, every article, the data
 * files. The one place content/ and seeds/ are read; the resolver (src/edition/resolve.ts) does
 * the rest from the texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEED_PATH } from '../lib/source';
import type { EditionFiles, SourceFile } from './resolve';
import { DATA_FILE } from './english-data';
import { NAMES_FILE, TRANSLATION_FILE } from './translation';

export const CONTENT_DIRS = ['content', 'seeds'] as const;
const TRENDS_DIR = 'content/trends';

/** Problems reading raw bytes as text: a seed that is not UTF-8 says so, rather than showing as mojibake. */
function readText(root: string, file: string): SourceFile {
  const bytes = fs.readFileSync(path.join(root, file));
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const guess = (() => {
      try {
        new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        return ' (looks like GB18030: save it as UTF-8)';
      } catch {
        return '';
      }
    })();
    throw new Error(`${file}: not UTF-8${guess}`);
  }
}

/** The edition's files under `root` (the project folder). */
export function readEditionFiles(root: string): EditionFiles {
  const articles = fs
    .readdirSync(path.join(root, TRENDS_DIR))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readText(root, `${TRENDS_DIR}/${name}`));
  return {
    seed: readText(root, SEED_PATH),
    articles,
    numbers: readText(root, 'content/data/numbers.yaml'),
    figures: readText(root, 'content/data/figures.yaml'),
    editorial: readText(root, 'content/data/edition.yaml'),
    companies: readText(root, 'content/data/companies.yaml'),
    en: {
      source: readText(root, TRANSLATION_FILE),
      names: readText(root, NAMES_FILE),
      data: readText(root, DATA_FILE),
    },
  };
}
