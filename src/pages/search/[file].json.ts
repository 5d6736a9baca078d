// The substring index's files: /search/meta.json, /search/g<n>.json (postings), /search/p<n>.json (pages).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../edition';
import { searchIndexFiles } from '../../edition/search';

export const getStaticPaths = (async () =>
  [...searchIndexFiles(await getEdition()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(searchIndexFiles(await getEdition()).get(params.file!)), { headers: { 'content-type': 'application/json' } });
