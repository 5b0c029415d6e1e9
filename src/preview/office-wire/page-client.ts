/// <reference types="office-js" />
/**
 * The preview's `?client=officejs`: the pane's Office code runs through Microsoft's own Excel
 * client library instead of straight on the fake Excel. The library file (the one the tests
 * pin, scripts/office-wire.js) is served from our origin (webpack copies it to dist/office-js/;
 * the page names it in its `perfscore-office-js` meta tag) and loaded as a script, under the
 * page's Content-Security-Policy; its requests never leave the page: the library's send hook
 * hands each one to the wire interpreter, which answers on the fake workbook.
 *
 * Loaded on demand by the preview only: not part of the task pane's bundle.
 */
import type { FakeWorkbook } from '../fake-excel/workbook';
import type { ExcelRun } from '../../hosts/office/office-host';
import { WireInterpreter, customSendRequest } from './interpreter';

/** Any URL other than Office's own makes the library send its requests (to the hook). */
const WIRE_URL = 'https://office-wire.invalid';

interface LibraryGlobals {
  Excel?: typeof Excel;
  OfficeExtension?: typeof OfficeExtension & {
    HttpUtility: { setCustomSendRequestFunc(send: unknown): void };
    ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  };
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Office.js client library not loaded: ${src}`));
    document.head.appendChild(script);
  });
}

export interface OfficeJsClient {
  run: ExcelRun;
  interpreter: WireInterpreter;
}

/** Loads the library and points it at the interpreter over `workbook`. */
export async function connectOfficeJs(workbook: FakeWorkbook): Promise<OfficeJsClient> {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="perfscore-office-js"]');
  if (!meta?.content) throw new Error('The page names no Office.js client library.');
  await loadScript(meta.content);
  const scope = window as unknown as LibraryGlobals;
  const excel = scope.Excel;
  const extension = scope.OfficeExtension;
  if (!excel || !extension) throw new Error('The Office.js client library defined no Excel.');
  const interpreter = new WireInterpreter(workbook, {
    // For whoever watches the console: each sync as the library sent it.
    onExchange: (request, response) => console.debug('[office-wire] sync', { request, response }),
  });
  extension.HttpUtility.setCustomSendRequestFunc(customSendRequest(interpreter));
  extension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: WIRE_URL, headers: {} };
  return { run: (batch) => excel.run(batch), interpreter };
}
