interface ImportMetaEnv {
  /** YYYY-MM-DD: the last commit's date, defined in astro.config.mjs. */
  readonly EDITION_DATE: string;
}
