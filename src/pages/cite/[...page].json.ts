/** /cite/<page>.json: the CSL-JSON citation of the briefing and of each trend page (the "下载" link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cslJson } from '../../lib/citation';
import { citationFor, citedPages } from '../../lib/page-meta';

export const getStaticPaths = (async () => (await citedPages()).map((page) => ({ params: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const key = params.page!;
  const citation = await citationFor(key);
  if (!citation) throw new Error(`/cite/${key}.json: no citation for page "${key}"`);
  const body = JSON.stringify(cslJson(citation, `ecommerce-trends-2014/${key}`), null, 2) + '\n';
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
