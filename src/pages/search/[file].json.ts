// The substring index's files: /search/meta.json, /search/g<n>.json (postings), /search/p<n>.json (pages).
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexFiles } from '../../lib/search-build';

export const getStaticPaths = (async () =>
  [...(await searchIndexFiles()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await searchIndexFiles()).get(params.file!)), { headers: { 'content-type': 'application/json' } });
