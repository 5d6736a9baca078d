// Usage: npm run pdf [-- distDir [out.pdf]]
// Prints /briefing/ of a built site to an A4 PDF again (`npm run build` already makes
// dist/briefing.pdf when it can: src/build/pdf.ts). With an `out` other than dist/briefing.pdf it
// leaves dist/ alone, as the tests do. Honours BASE_PATH like the build, so a sub-path build prints too.
import path from 'node:path';
import { makePdf } from '../src/build/pdf.ts';

if (import.meta.main) {
  const [dist, out] = process.argv.slice(2);
  makePdf({ dist, out, log: (m) => console.log(m) }).then(
    (r) =>
      console.log(
        `wrote ${path.relative(process.cwd(), r.file)}: ${r.pages} pages, ${Math.round(r.bytes / 1024)} KB, ${r.passes} passes, ${r.ms} ms`,
      ),
    (e: Error) => {
      console.error(`npm run pdf: ${e.message}`);
      process.exit(1);
    },
  );
}
