/**
 * Every Office flow of the add-in through Microsoft's Excel client library, its API checks on
 * and Excel claiming ExcelApi 1.7 (every member the add-in may use: the line series) and
 * SharedRuntime 1.1 (level-suite.ts); and what the workbook shows at ExcelApi 1.9, as at 1.7.
 */
import { describeFallbacksAtLevel, describeFlowsAtLevel } from './level-suite';

describeFlowsAtLevel('1.7');
describeFallbacksAtLevel('1.9');
