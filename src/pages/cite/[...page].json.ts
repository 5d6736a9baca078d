/** /cite/<page>.json: the CSL-JSON citation of the briefing and of each trend page (the "下载" link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../edition';
import { cslJson } from '../../lib/citation';

export const getStaticPaths = (async () =>
  [...(await getEdition()).pages.values()].filter((p) => p.citation).map((p) => ({ params: { page: p.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { citation, key } = (await getEdition()).pages.get(params.page!)!;
  const body = JSON.stringify(cslJson(citation!, `ecommerce-trends-2014/${key}`), null, 2) + '\n';
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
