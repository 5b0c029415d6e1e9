/**
 * A minimal workbook package written by hand, the way Excel lays one out: relative
 * relationship targets ("worksheets/sheet1.xml", "../drawings/drawing1.xml"), shared strings,
 * a style with a percent format, a picture on the sheet, a threaded comment (Excel 365), a
 * list validation in the Excel 2010 form (x14:dataValidation) whose list is on another sheet,
 * a custom document property; and the same as an .xlsm with a VBA project part. The seed
 * report's budget and four of its indicators.
 */
import { writeZip } from '../../../../src/hosts/xlsx/package/zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** A 1×1 red PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** Bytes standing for a VBA project (an OLE compound file header and a module name). */
export const VBA_PROJECT = Buffer.concat([
  Buffer.from('d0cf11e0a1b11ae1', 'hex'),
  Buffer.alloc(504),
  Buffer.from('Attribute VB_Name = "Module1"\r\nSub 汇总()\r\nEnd Sub\r\n', 'utf8'),
]);

const HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '计量单位',
  '实际完成值',
  '分值',
  '完成率',
  '得分',
  '偏差状态',
  '偏差原因分析',
  '改进措施',
];
const ROWS: (string | number | null)[][] = [
  [
    '产出指标',
    '成本指标',
    '预算经费',
    '≤',
    212.65,
    '万元',
    183.99,
    12,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    null,
    '数量指标',
    '全年办件数量',
    '≥',
    40,
    '万件',
    72.3,
    15,
    null,
    null,
    null,
    '工作效率较高，超额完成年度目标任务',
    null,
  ],
  [
    '效益指标',
    '社会效益指标',
    '全程网办事项比例',
    '≥',
    88,
    '%',
    83.22,
    43,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    '满意度指标',
    '服务对象满意度指标',
    '群众满意度',
    '≥',
    95,
    '%',
    95,
    20,
    null,
    null,
    null,
    null,
    null,
  ],
];

function col(i: number): string {
  return String.fromCharCode(65 + i);
}

function sheetAndStrings(): { sheet: string; strings: string } {
  const strings: string[] = [];
  const index = (text: string): number => {
    const at = strings.indexOf(text);
    if (at >= 0) return at;
    strings.push(text);
    return strings.length - 1;
  };
  const cell = (ref: string, value: string | number | null, style = 0): string => {
    const s = style ? ` s="${style}"` : '';
    if (value === null) return style ? `<c r="${ref}"${s}/>` : '';
    if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
    return `<c r="${ref}"${s} t="s"><v>${index(value)}</v></c>`;
  };
  const rows: string[] = [];
  rows.push(
    `<row r="1">${['年初预算数', '年中调整数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t, i) => cell(`${col(i)}1`, t)).join('')}</row>`,
  );
  rows.push(
    `<row r="2">${[212.65, -24.81, 187.84, 183.99, 10].map((v, i) => cell(`${col(i)}2`, v)).join('')}${cell('F2', null, 1)}${cell('G2', null, 2)}</row>`,
  );
  rows.push(`<row r="4">${HEADERS.map((t, i) => cell(`${col(i)}4`, t)).join('')}</row>`);
  ROWS.forEach((values, r) => {
    const n = r + 5;
    rows.push(
      `<row r="${n}" spans="1:13">${values.map((v, i) => cell(`${col(i)}${n}`, v, i === 8 ? 1 : i === 9 ? 2 : 0)).join('')}</row>`,
    );
  });
  rows.push(
    `<row r="10">${cell('A10', '自评总分')}${cell('C10', null, 2)}${cell('D10', '评价等级')}</row>`,
  );
  const sheet =
    `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:M10"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols><col min="3" max="3" width="20" customWidth="1"/></cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<drawing r:id="rId1"/>` +
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
    '<x14:formula1><xm:f>选项!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>D5:D8</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>';
  const sst =
    `${HEAD}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((t) => `<si><t>${t}</t></si>`).join('') +
    '</sst>';
  return { sheet, strings: sst };
}

const NAMES: [string, string][] = [
  ['Budget_Initial', '绩效指标!$A$2'],
  ['Budget_Adjustment', '绩效指标!$B$2'],
  ['Budget_Final', '绩效指标!$C$2'],
  ['Budget_Spent', '绩效指标!$D$2'],
  ['Budget_Weight', '绩效指标!$E$2'],
  ['Result_ExecutionRate', '绩效指标!$F$2'],
  ['Result_ExecutionScore', '绩效指标!$G$2'],
  ['Indicators', '绩效指标!$A$4:$M$8'],
  ['Result_Total', '绩效指标!$C$10'],
  ['Result_Grade', '绩效指标!$E$10'],
];

/** The package's entries, in the order Excel writes them. */
export function handMadeEntries(macros: boolean): { name: string; data: Buffer }[] {
  const { sheet, strings } = sheetAndStrings();
  const mainType = macros
    ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const entries: [string, string | Buffer][] = [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
        (macros
          ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
          : '') +
        `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>` +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>' +
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/custom-properties" Target="docProps/custom.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr defaultThemeVersion="124226"/>` +
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="10000"/></bookViews>' +
        '<sheets><sheet name="绩效指标" sheetId="1" r:id="rId1"/><sheet name="选项" sheetId="2" state="hidden" r:id="rId5"/></sheets><definedNames>' +
        NAMES.map(([n, f]) => `<definedName name="${n}">${f}</definedName>`).join('') +
        '</definedNames><calcPr calcId="191029"/></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
        (macros
          ? '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
          : '') +
        `<Relationship Id="rId5" Type="${REL_NS}/worksheet" Target="worksheets/sheet2.xml"/>` +
        '<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>' +
        '</Relationships>',
    ],
    ['xl/worksheets/sheet1.xml', sheet],
    [
      'xl/worksheets/_rels/sheet1.xml.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    ],
    [
      'xl/worksheets/sheet2.xml',
      `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>` +
        ['≥', '≤', '=', '定性']
          .map(
            (t, i) =>
              `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${t}</t></is></c></row>`,
          )
          .join('') +
        '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    ],
    [
      'xl/threadedComments/threadedComment1.xml',
      `${HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN_NS}">` +
        '<threadedComment ref="C6" dT="2026-01-05T09:30:00.00" personId="{5B3A3C4E-0000-4000-8000-000000000001}" id="{6C1A0000-0000-4000-8000-000000000001}"><text>办件量含线上线下</text></threadedComment>' +
        '<threadedComment ref="C6" dT="2026-01-05T10:00:00.00" personId="{5B3A3C4E-0000-4000-8000-000000000001}" id="{6C1A0000-0000-4000-8000-000000000002}" parentId="{6C1A0000-0000-4000-8000-000000000001}"><text>已核对</text></threadedComment>' +
        '</ThreadedComments>',
    ],
    [
      'xl/persons/person.xml',
      `${HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN_NS}">` +
        '<person displayName="财务科" id="{5B3A3C4E-0000-4000-8000-000000000001}" userId="财务科" providerId="None"/></personList>',
    ],
    [
      'xl/drawings/drawing1.xml',
      `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
        '<xdr:oneCellAnchor><xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>' +
        '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="单位印章"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
        `<xdr:blipFill><a:blip xmlns:r="${REL_NS}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
    ],
    [
      'xl/drawings/_rels/drawing1.xml.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/image" Target="../media/image1.png"/></Relationships>`,
    ],
    ['xl/media/image1.png', PNG],
    [
      'xl/styles.xml',
      `${HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>` +
        '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>',
    ],
    ['xl/sharedStrings.xml', strings],
    [
      'docProps/custom.xml',
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="部门编码"><vt:lpwstr>650104</vt:lpwstr></property></Properties>',
    ],
  ];
  if (macros) entries.push(['xl/vbaProject.bin', VBA_PROJECT]);
  return entries.map(([name, data]) => ({
    name,
    data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data,
  }));
}

/** The hand-made package's bytes (.xlsx, or .xlsm with `macros`). */
export function handMadeWorkbook(macros = false): Buffer {
  return writeZip(handMadeEntries(macros), new Date(2026, 0, 5, 9, 30));
}
