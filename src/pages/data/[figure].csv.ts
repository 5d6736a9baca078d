/** /data/<figure>.csv: each figure's numbers at a stable URL (the "下载本图数据" link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COMPANIES } from '../../lib/companies';
import { datumCsv, matrixCsv } from '../../lib/csv';
import { getFigures } from '../../lib/figure-entries';
import { figureData, type FigureEntry } from '../../lib/figures';
import { getNumbers } from '../../lib/numbers';
import { getTrends } from '../../lib/trends';

export const getStaticPaths = (async () =>
  (await getFigures()).map((figure) => ({ params: { figure: figure.id }, props: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureEntry }> = async ({ props: { figure } }) => {
  const body =
    figure.kind === 'matrix'
      ? matrixCsv(
          (await getTrends()).map((t) => t.data),
          COMPANIES,
        )
      : datumCsv(figureData(figure, await getNumbers()));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
