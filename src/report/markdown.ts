/** The drafted report as Markdown: title, numbered sections, the indicator table. */
import type { ReportDraft, ReportSection, ReportTable } from './types';

/** Escapes what Markdown would read as markup inside a table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Paragraph text: a leading "#", "-", "+", ">" or "1." must not turn into markup. */
function paragraph(text: string): string {
  return text.replace(/^([#>+\-*]|\d+\.)/, '\\$1');
}

export function tableToMarkdown(table: ReportTable): string[] {
  const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [
    `**${table.caption}**`,
    '',
    row(table.header),
    `|${table.numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`,
    ...table.rows.map(row),
  ];
}

function sectionLines(section: ReportSection): string[] {
  const lines = [`## ${section.heading}`, ''];
  for (const text of section.paragraphs) lines.push(paragraph(text), '');
  for (const block of section.subsections) {
    lines.push(`### ${block.heading}`, '');
    for (const text of block.paragraphs) lines.push(paragraph(text), '');
  }
  return lines;
}

export function reportToMarkdown(draft: ReportDraft): string {
  const lines = [`# ${draft.title}`, ''];
  if (draft.notice) lines.push(`> ${draft.notice}`, '');
  lines.push(...sectionLines(draft.overview));
  lines.push(...sectionLines(draft.analysis));
  lines.push(...tableToMarkdown(draft.table), '');
  lines.push(...sectionLines(draft.conclusion));
  return `${lines.join('\n').trimEnd()}\n`;
}
