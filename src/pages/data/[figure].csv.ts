/** /data/<figure>.csv: each figure's numbers at a stable URL (the "下载CSV" link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COMPANIES } from '../../lib/companies';
import { datumCsv, matrixCsv } from '../../lib/csv';
import { FIGURE_IDS, figureData, type FigureId } from '../../lib/figures';
import { getNumbers } from '../../lib/numbers';
import { getTrends } from '../../lib/trends';

export const getStaticPaths = (() => FIGURE_IDS.map((figure) => ({ params: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const figure = params.figure as FigureId;
  const body =
    figure === 'companies-matrix'
      ? matrixCsv(
          (await getTrends()).map((t) => t.data),
          COMPANIES,
        )
      : datumCsv(figureData(figure, await getNumbers()));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
