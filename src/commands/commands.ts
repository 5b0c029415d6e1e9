/// <reference types="office-js" />
/**
 * The ribbon commands and keyboard shortcuts, loaded by taskpane.html before the pane: with
 * the shared runtime (manifest.xml <Runtime lifetime="long">) that page is the add-in's one
 * JavaScript runtime, started by Excel as soon as a command needs it, pane open or not.
 * Office.actions.associate binds the manifest's ExecuteFunction "recalculate" and the
 * shortcuts.json action "recalculate" (Ctrl+Alt+R) to the same command.
 */
import { localeFor } from '../i18n/catalog';
import { OfficeHost } from '../hosts/office/office-host';
import { createRecalculateCommand } from './recalculate-command';

const recalculateCommand = createRecalculateCommand({
  host: (locale) => new OfficeHost((batch) => Excel.run(batch), { locale }),
  locale: () => localeFor(Office.context.displayLanguage),
  showPane: () => Office.addin.showAsTaskpane(),
});

Office.onReady(() => {
  // The id is written out: scripts/validate-manifest.js checks it against the manifest.
  Office.actions.associate('recalculate', (event?: Office.AddinCommands.Event) => {
    void recalculateCommand(event);
  });
});
