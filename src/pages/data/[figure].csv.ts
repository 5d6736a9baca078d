/** /data/<figure>.csv: each figure's numbers at a stable URL (the "下载本图数据" link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../edition';

export const getStaticPaths = (async () =>
  [...(await getEdition()).figures.keys()].map((figure) => ({ params: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await getEdition()).figures.get(params.figure!)!.view.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
