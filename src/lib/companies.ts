/**
 * The companies the source names, with every spelling it uses for each. The spellings make the
 * "提及的企业" lists checkable: a company is listed for a trend exactly when one of its spellings
 * occurs in that trend's paragraph (阿里双十一 names 阿里巴巴 as "阿里").
 */
export const COMPANY_SPELLINGS = {
  阿里巴巴: ['阿里巴巴', '阿里'],
  京东: ['京东'],
  百度: ['百度'],
  腾讯: ['腾讯'],
  大众点评: ['大众点评'],
  天猫: ['天猫'],
  唐久: ['唐久'],
  日日顺: ['日日顺'],
} as const satisfies Record<string, readonly string[]>;

export type Company = keyof typeof COMPANY_SPELLINGS;
export const COMPANIES = Object.keys(COMPANY_SPELLINGS) as [Company, ...Company[]];

/** The companies whose spellings occur in `text`, in COMPANIES order. */
export function companiesNamedIn(text: string): Company[] {
  return COMPANIES.filter((company) => COMPANY_SPELLINGS[company].some((s) => text.includes(s)));
}
