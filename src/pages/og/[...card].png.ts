/** /og/<page>.png: each page's share card (og:image), 1200 × 630, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, startCards } from '../../build/share-cards';
import { getEdition } from '../../edition';

export const getStaticPaths = (async () => {
  const cards = [...(await getEdition()).pages.values()].map((p) => p.card);
  const unique = [...new Map(cards.map((c) => [c.key, c])).values()];
  startCards(unique);
  return unique.map((card) => ({ params: { card: card.key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // A page's card is named by the page's key.
  const { card } = (await getEdition()).pages.get(params.card!)!;
  return new Response(new Uint8Array(await cardPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
