/**
 * The template's texts (src/i18n/messages/template.ts), added to the catalog by the modules
 * that build the template: only 插入模板 and `perfscore template` show them, so the task pane
 * loads them with the template's on-demand chunk rather than when it opens.
 */
import { registerMessages } from '../../i18n/catalog';
import { templateMessages } from '../../i18n/messages/template';

registerMessages(templateMessages);
