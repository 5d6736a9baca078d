/** /og/<page>.png: each page's share card (og:image), 1200 × 630, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, startCards } from '../../integrations/share-card-render';
import type { CardContent } from '../../lib/share-card';
import { getShareCards } from '../../lib/page-meta';

export const getStaticPaths = (async () => {
  const cards = await getShareCards();
  startCards(cards);
  return cards.map((card) => ({ params: { card: card.key }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
