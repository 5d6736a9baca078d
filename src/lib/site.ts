/** Site-wide names, in one place. */
import { source } from './seed';

export const SITE_TITLE = source.title;
export const SITE_DESCRIPTION =
  '“2014年电商行业十大趋势”的可检索、可打印版：十个趋势的原文、要点、提及企业与数据图表，每个数字都附原文出处。';
