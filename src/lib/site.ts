/** Site-wide names, in one place. */
import { toChineseNumeral } from './numerals';
import { source } from './seed';

export const SITE_TITLE = source.title;
/** "十个趋势": the seed decides how many (the title's 十大 is a name, not a count). */
export const TRENDS_COUNTED = `${toChineseNumeral(source.trends.size)}个趋势`;
export const SITE_DESCRIPTION = `“${source.title}”的可检索、可打印版：${TRENDS_COUNTED}的原文、要点、提及企业与数据图表，每个数字都附原文出处。`;
