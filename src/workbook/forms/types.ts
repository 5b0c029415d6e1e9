/** What the recognizer returns: a form's binding to the contract, with its evidence. */
import type { Problem } from '../../engine/types';
import type { ColumnKey } from '../port/types';

/** A cell whose printed text justifies a choice. */
export interface Evidence {
  /** "项目支出绩效自评表!E5" */
  where: string;
  text: string;
}

/** One contract name the form's cells stand for. */
export interface BoundName {
  /** The contract's canonical name ("Budget_Final", "Indicators", "Result_Total"). */
  name: string;
  sheet: string;
  /** "E6" or "B12:J23". */
  address: string;
  /** "项目支出绩效自评表!E6" */
  where: string;
  /** The header or label cells that justify the choice. */
  evidence: Evidence[];
}

export interface BoundColumn {
  key: ColumnKey;
  letter: string;
  header: string;
  where: string;
}

/** One recognised form: every contract name → its cells in the form. */
export interface FormBinding {
  sheet: string;
  /** The form's title ("项目支出绩效自评表"), '' when none is printed. */
  title: string;
  names: BoundName[];
  indicators: {
    /** "B12:J23": the header row(s) down to the row above the total (or the last data row). */
    address: string;
    where: string;
    headerRows: 1 | 2;
    /** Rows holding an indicator (pre-printed empty slots and level-only rows not counted). */
    rowCount: number;
    columns: BoundColumn[];
  };
  info: { department?: string; year?: number; unit?: string };
  /**
   * Output cells of the form that already hold a value (the department's own 得分, 总分,
   * 执行率): audited against the rules, overwritten only when the user chooses to.
   */
  typed: string[];
}

export interface FormRecognition {
  forms: FormBinding[];
  /** What could not be found or is ambiguous, each naming its sheet or cells. */
  problems: Problem[];
}
