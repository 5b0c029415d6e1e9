/** The drafted report as a Word document (docx): Title, Heading 1/2, paragraphs, a real table. */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportDraft, ReportSection, ReportTable } from '../report';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

function body(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
}

function sectionParagraphs(section: ReportSection): Paragraph[] {
  const out = [new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 })];
  out.push(...section.paragraphs.map(body));
  for (const block of section.subsections) {
    out.push(new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_2 }));
    out.push(...block.paragraphs.map(body));
  }
  return out;
}

function tableCell(text: string, numeric: boolean, header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: numeric && !header ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header })],
      }),
    ],
  });
}

function indicatorTable(table: ReportTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: table.header.map((text, i) => tableCell(text, table.numeric[i], true)),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            children: row.map((text, i) => tableCell(text, table.numeric[i], false)),
          }),
      ),
    ],
  });
}

export function reportDocument(draft: ReportDraft): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: draft.title, heading: HeadingLevel.TITLE }),
  ];
  if (draft.notice) {
    children.push(new Paragraph({ children: [new TextRun({ text: draft.notice, bold: true })] }));
  }
  children.push(...sectionParagraphs(draft.overview));
  children.push(...sectionParagraphs(draft.analysis));
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: draft.table.caption, bold: true })],
    }),
  );
  children.push(indicatorTable(draft.table));
  children.push(...sectionParagraphs(draft.conclusion));
  return new Document({
    title: draft.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: 24 } } } },
    sections: [{ children }],
  });
}

/** The .docx file's bytes. */
export async function reportDocx(draft: ReportDraft): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(draft));
}
