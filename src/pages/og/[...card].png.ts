/** /og/<page>.png: each page's share card, in both languages (og:image), 1200 × 630, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, startCards } from '../../build/share-cards';
import { getEdition } from '../../edition';

export const getStaticPaths = (async () => {
  const edition = await getEdition();
  const cards = [...edition.pages.values(), ...edition.en.pages.values()].map((p) => p.card);
  const unique = [...new Map(cards.map((c) => [c.key, c])).values()];
  startCards(unique);
  return unique.map((card) => ({ params: { card: card.key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // A page's card is named by the page's key.
  const edition = await getEdition();
  const { card } = (edition.pages.get(params.card!) ?? edition.en.pages.get(params.card!))!;
  return new Response(new Uint8Array(await cardPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
