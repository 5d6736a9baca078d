/**
 * The components MDX articles may use without importing them. Every page that renders an
 * article (the trend page, the briefing) passes this one map to <Content components={…}>.
 */
import Original from './Original.astro';
import CompaniesMatrixFigure from './figures/CompaniesMatrixFigure.astro';
import CrossBorderFigure from './figures/CrossBorderFigure.astro';
import JdOrderShareFigure from './figures/JdOrderShareFigure.astro';
import LocalServicesFigure from './figures/LocalServicesFigure.astro';
import MobileVolumeFigure from './figures/MobileVolumeFigure.astro';
import YuanAmountsFigure from './figures/YuanAmountsFigure.astro';

export const mdxComponents = {
  Original,
  CompaniesMatrixFigure,
  CrossBorderFigure,
  JdOrderShareFigure,
  LocalServicesFigure,
  MobileVolumeFigure,
  YuanAmountsFigure,
};
