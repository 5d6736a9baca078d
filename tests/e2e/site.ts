/** What the e2e tests know about the built site: its pages, read from dist/ by the project's page walker. */
export { DIST } from '../../scripts/lib/paths.ts';
export { builtPages, pageFile, readerPages } from '../../scripts/lib/pages.ts';

/** Whitespace aside: collapses runs of whitespace, as the fidelity rule allows. */
export const squash = (s: string) => s.replace(/\s+/g, '');
