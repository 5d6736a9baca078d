/** What kind of mark a value gets, from how the source states it (shared by every chart). */
import type { Datum } from '../lib/schema';

/**
 * reported: stated as fact; derived: computed here from stated numbers; estimate: 预计;
 * forecast: 有望; bound: only a limit is known (e.g. "低于"), so no point may be drawn.
 */
export type MarkStyle = 'reported' | 'derived' | 'estimate' | 'forecast' | 'bound';

/** The mark style a datum calls for: a bound beats derived, derived beats the status. */
export function markStyle(d: Pick<Datum, 'hedge' | 'status' | 'derived'>): MarkStyle {
  if (d.derived && d.hedge === 'under') return 'bound';
  if (d.derived) return 'derived';
  return d.status;
}

/** The word printed next to a mark that is not a plain reported value. */
export const STYLE_WORD: Record<MarkStyle, string> = {
  reported: '',
  derived: '推算',
  estimate: '预计',
  forecast: '预测',
  bound: '推算上限',
};

/** One row of a chart: a category label and one value in base units (元, 人, %). */
export interface Row {
  key: string;
  label: string;
  /** In base units: 6.55万亿元 → 6.55e12. */
  value: number;
  /** The value as the site writes it, hedge kept: "约6.55万亿元". */
  valueLabel: string;
  style: MarkStyle;
  /** Emphasised (e.g. the number of the trend whose page this is). */
  highlight?: boolean;
}
