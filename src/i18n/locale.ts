/** The languages every text is made in: Chinese first (zh-CN), English second (en-US). */
export type Locale = 'zh-CN' | 'en-US';
