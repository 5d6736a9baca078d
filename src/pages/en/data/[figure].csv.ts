/** /en/data/<figure>.csv: each figure's numbers in English beside the source's own (the English "download" link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../../edition';

export const getStaticPaths = (async () =>
  [...(await getEdition()).en.figures.keys()].map((figure) => ({ params: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await getEdition()).en.figures.get(params.figure!)!.view.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
