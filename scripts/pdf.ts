// Usage: npm run pdf [-- [--lang=zh-CN|en] [distDir [out.pdf]]]
// Prints the briefings of a built site to A4 PDFs again (`npm run build` already makes
// dist/briefing.pdf and dist/en/briefing.pdf when it can: src/build/pdf.ts): both, or the one
// --lang names. With an `out` (one language) it leaves dist/ alone, as the tests do. Honours
// BASE_PATH like the build, so a sub-path build prints too.
import path from 'node:path';
import { makePdf } from '../src/build/pdf.ts';
import { LANGS, type Lang } from '../src/i18n/ui.ts';

async function main(args: string[]) {
  const flag = args.find((a) => a.startsWith('--lang='));
  const [dist, out] = args.filter((a) => a !== flag);
  const lang = flag?.slice('--lang='.length);
  if (lang !== undefined && !LANGS.includes(lang as Lang)) throw new Error(`--lang=${lang}: expected one of ${LANGS.join(', ')}`);
  const langs: readonly Lang[] = lang ? [lang as Lang] : out ? ['zh-CN'] : LANGS;
  for (const l of langs) {
    const r = await makePdf({ dist, out, lang: l, log: (m) => console.log(`${l}: ${m}`) });
    console.log(
      `wrote ${path.relative(process.cwd(), r.file)}: ${r.pages} pages, ${Math.round(r.bytes / 1024)} KB, ${r.passes} passes, ${r.ms} ms`,
    );
  }
}

if (import.meta.main)
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(`npm run pdf: ${e.message}`);
    process.exit(1);
  });
