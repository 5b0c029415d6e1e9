/** The drafted report: plain data, rendered as Markdown here and as .docx by the command line. */
import type { Locale } from '../engine/types';

/** A heading with its paragraphs ("1.年初预算安排情况", "（一）指标一："). */
export interface ReportBlock {
  heading: string;
  paragraphs: string[];
}

/** A numbered section of the report ("一、基本概况"). */
export interface ReportSection {
  heading: string;
  /** Paragraphs directly under the heading, before the subsections. */
  paragraphs: string[];
  subsections: ReportBlock[];
}

/** The indicator table: header and rows of display texts. */
export interface ReportTable {
  caption: string;
  header: string[];
  rows: string[][];
  /** Which columns hold figures (right-aligned). */
  numeric: boolean[];
}

export interface ReportDraft {
  locale: Locale;
  title: string;
  /** True while the composite is provisional: the report then states no grade. */
  provisional: boolean;
  /**
   * True for a mid-year monitoring draft (年中监控): no score, composite or grade at all, the
   * traffic lights instead (the table's columns are then 年中监控值, 进度, 信号灯, 完成可能性).
   */
  monitoring: boolean;
  /** The notice shown under the title (provisional, or mid-year); null when the result is final. */
  notice: string | null;
  /** 一、基本概况: the budget paragraphs of 一（三）. */
  overview: ReportSection;
  /** 三、绩效指标完成情况: the execution paragraph and one block per indicator. */
  analysis: ReportSection;
  /** The indicator table (shown at the end of the analysis section). */
  table: ReportTable;
  /** 四、自评结论: composite, grade (only when final), execution and open items (mid-year: the lights). */
  conclusion: ReportSection;
}
