/**
 * The components MDX articles may use without importing them. Every page that renders an
 * article (the trend page, the briefing) passes this one map to <Content components={…}>.
 */
import Original from './Original.astro';

export const mdxComponents = { Original };
