/**
 * /apple-touch-icon.png: the favicon drawn at 180 × 180 px, the size iOS asks for when a reader
 * adds the site to a home screen. Rendered from public/favicon.svg at build time with resvg (the
 * rasteriser the share cards use), so the two never drift apart.
 */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import favicon from '../../public/favicon.svg?raw';

/** Apple's size for a touch icon on current iPhones and iPads, in px. */
export const TOUCH_ICON_SIZE = 180;

/**
 * `svg` rasterised to a `size` px square. Its corners are filled with the colour of its background
 * <rect>, since iOS shows transparency as black and rounds the corners itself.
 */
export function renderTouchIcon(svg: string, size = TOUCH_ICON_SIZE) {
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
  if (!fill) {
    throw new Error('public/favicon.svg: expected a background <rect fill="#…"> (the touch icon is filled with its colour)');
  }
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: fill }).render();
}

export const GET: APIRoute = () =>
  new Response(new Uint8Array(renderTouchIcon(favicon).asPng()), { headers: { 'Content-Type': 'image/png' } });
