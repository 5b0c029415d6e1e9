/** Report drafting (pure: usable by the command line and the task pane). */
export { draftReport } from './draft';
export { reportToMarkdown, tableToMarkdown } from './markdown';
export { chineseNumeral, percentText } from './format';
export type * from './types';
