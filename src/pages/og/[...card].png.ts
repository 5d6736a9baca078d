/** /og/<page>.png: each page's share card (og:image), 1200 × 630, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedCard } from '../../integrations/share-card-render';
import type { CardContent } from '../../lib/share-card';
import { getShareCards } from '../../lib/page-meta';

export const getStaticPaths = (async () =>
  (await getShareCards()).map((card) => ({ params: { card: card.key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
