/**
 * Figure kinds by name (the `kind` of an entry in content/data/figures.yaml). A kind is one module
 * under src/figures/kinds/ (what it accepts, how it draws, its CSV and its words); adding one is
 * that module and one line here.
 */
import type { FigureKind } from './kind';
import { callout } from './kinds/callout';
import { growth } from './kinds/growth';
import { matrix } from './kinds/matrix';

export const KINDS: Record<string, FigureKind> = { growth, callout, matrix };
