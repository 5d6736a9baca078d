// The English index's files (/en/search/meta.json, g<n>.json, p<n>.json): the same engine, English normalisation.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../../edition';
import { searchIndexFiles } from '../../../edition/search';

export const getStaticPaths = (async () =>
  [...searchIndexFiles(await getEdition(), 'en').keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(searchIndexFiles(await getEdition(), 'en').get(params.file!)), {
    headers: { 'content-type': 'application/json' },
  });
