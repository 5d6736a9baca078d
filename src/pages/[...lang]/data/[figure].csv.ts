/**
 * /data/<figure>.csv: each figure's numbers at a stable URL (the "下载本图数据" link); under /en/, in
 * English beside the source's own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionIn, languagePaths, type LanguageProps } from '../../../edition/routes';

export const getStaticPaths = (() =>
  languagePaths(({ figures }) => [...figures.keys()].map((figure) => ({ figure })))) satisfies GetStaticPaths;

export const GET: APIRoute<LanguageProps> = async ({ params, props }) =>
  new Response((await editionIn(props.lang)).figures.get(params.figure!)!.view.csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
