/**
 * The components MDX articles may use without importing them. Every page that renders an
 * article (the trend page, the briefing) passes this one map to <Content components={…}>.
 * A figure is placed with <Figure id="…" />, its entry in content/data/figures.yaml.
 */
import Original from './Original.astro';
import Figure from './figures/Figure.astro';

export const mdxComponents = { Original, Figure };
