interface ImportMetaEnv {
  /** YYYY-MM-DD: the last commit's date, defined in astro.config.mjs. */
  readonly EDITION_DATE: string;
  /** true when this build prints dist/briefing.pdf (src/build/pdf.ts), so pages may offer it. */
  readonly BRIEFING_PDF: boolean;
}
