/** /cite/<page>.json: the CSL-JSON citation of the briefing and of each trend page, in both languages (the "download" link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, type Edition } from '../../edition';
import { cslJson } from '../../lib/citation';

const records = (edition: Edition) => [...edition.pages.values(), ...edition.en.pages.values()];

export const getStaticPaths = (async () =>
  records(await getEdition())
    .filter((p) => p.citation)
    .map((p) => ({ params: { page: p.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { citation, key } = records(await getEdition()).find((p) => p.key === params.page)!;
  const id = `ecommerce-trends-2014/${key}`;
  const csl = cslJson(citation!, id);
  return new Response(JSON.stringify(csl, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
