/**
 * Every Office flow of the add-in through Microsoft's Excel client library, its API checks on
 * and Excel claiming ExcelApi 1.4 (the manifest's level) and SharedRuntime 1.1 (level-suite.ts).
 */
import { describeFlowsAtLevel } from './level-suite';

describeFlowsAtLevel('1.4');
