// The substring index's files, one index per language: /search/meta.json, /search/g<n>.json (postings),
// /search/p<n>.json (pages), and the same under /en/search/ (the same engine, English normalisation).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../../edition';
import { languagePaths, type LanguageProps } from '../../../edition/routes';
import { searchIndexFiles } from '../../../edition/search';

export const getStaticPaths = (() =>
  languagePaths(({ edition, lang }) => [...searchIndexFiles(edition, lang).keys()].map((file) => ({ file })))) satisfies GetStaticPaths;

export const GET: APIRoute<LanguageProps> = async ({ params, props }) =>
  new Response(JSON.stringify(searchIndexFiles(await getEdition(), props.lang).get(params.file!)), {
    headers: { 'content-type': 'application/json' },
  });
