/**
 * A blank workbook package made in code (ECMA-376): the content types, the package's and the
 * workbook's relationships, a workbook part with no sheet yet, a styles part whose default font
 * is 宋体 11 (the font of every form a finance office sends), and the document properties. A
 * new workbook is this package with a write plan applied by the package host, which adds the
 * sheets, names, cells and layouts.
 */
import { REL_TYPES } from './opc';
import { writeZip } from './zip';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `<Relationships xmlns="${RELS_NS}">` +
  `<Relationship Id="rId1" Type="${REL_TYPES.officeDocument}" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const WORKBOOK =
  `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
  '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets>' +
  '</workbook>';

const WORKBOOK_RELS =
  `<Relationships xmlns="${RELS_NS}">` +
  `<Relationship Id="rId1" Type="${REL_TYPES.styles}" Target="styles.xml"/>` +
  '</Relationships>';

/** Default font 宋体 11 (GB2312 charset, as Excel writes it for Chinese); no other look. */
const STYLES =
  `<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/>' +
  '</styleSheet>';

function coreProperties(now: Date): string {
  const stamp = `${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
  return (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>PerfScore</dc:creator><cp:lastModifiedBy>PerfScore</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const APP_PROPERTIES =
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  '<Application>PerfScore</Application></Properties>';

/** The bytes of a blank workbook package (no sheet yet), stamped `now`. */
export function blankPackageBytes(now: Date = new Date()): Buffer {
  const parts: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['docProps/core.xml', coreProperties(now)],
    ['docProps/app.xml', APP_PROPERTIES],
    ['xl/workbook.xml', WORKBOOK],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
    ['xl/styles.xml', STYLES],
  ];
  return writeZip(
    parts.map(([name, xml]) => ({ name, data: Buffer.from(XML_HEAD + xml, 'utf8') })),
    now,
  );
}
