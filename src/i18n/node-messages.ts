/**
 * The catalog sections used only in Node (the command line and the .xlsx host). Importing this
 * module registers them; the browser bundles never import it.
 */
import { registerMessages } from './catalog';
import { cliMessages } from './messages/cli';
import { xlsxMessages } from './messages/xlsx';

registerMessages(cliMessages);
registerMessages(xlsxMessages);
