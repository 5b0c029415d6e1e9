/**
 * The test bridge: Microsoft's Excel client library (scripts/office-wire.js, in a vm context of
 * its own) whose requests are answered in-process by the interpreter
 * (src/preview/office-wire/interpreter.ts) on a fake workbook. `run` stands for Excel.run.
 */
import { loadExcelLibrary, type LoadedExcelLibrary } from '../../scripts/office-wire';
import type { FakeWorkbook } from '../../src/preview/fake-excel';
import type { ExcelRun } from '../../src/hosts/office/office-host';
import { WireInterpreter, customSendRequest } from '../../src/preview/office-wire/interpreter';

export interface Bridge {
  library: LoadedExcelLibrary;
  interpreter: WireInterpreter;
  /** Excel.run of the real library. */
  run: ExcelRun;
}

export function bridgeTo(fake: FakeWorkbook, options: { apiLevel?: string } = {}): Bridge {
  const interpreter = new WireInterpreter(fake);
  const library = loadExcelLibrary({ send: customSendRequest(interpreter), ...options });
  const run: ExcelRun = (batch) => library.Excel.run(batch);
  return { library, interpreter, run };
}
