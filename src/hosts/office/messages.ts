/**
 * Messages of the Office.js host (src/hosts/office): Excel errors, the operation queue. Loading
 * this module adds them to the catalog (src/hosts/office/errors.ts imports it).
 */
import { registerMessages, type MessageTable } from '../../i18n/catalog';

export const officeMessages = {
  'office.error.itemNotFound': {
    'zh-CN': '工作簿中找不到所需的工作表或名称，可能已被删除或改名。请检查后重新计算。（{detail}）',
    'en-US':
      'A sheet or name the add-in needs is missing from the workbook; it may have been deleted or renamed. Check it and recalculate. ({detail})',
  },
  'office.error.invalidReference': {
    'zh-CN':
      '名称引用的区域无效（#REF!），可能其工作表已被删除。请在“名称管理器”中修正。（{detail}）',
    'en-US':
      'A name refers to an invalid range (#REF!), perhaps on a deleted sheet. Fix it in the Name Manager. ({detail})',
  },
  'office.error.accessDenied': {
    'zh-CN': '工作表受保护，无法写入结果。请撤销工作表保护后重试。（{detail}）',
    'en-US':
      'The sheet is protected, so the results cannot be written. Unprotect it and try again. ({detail})',
  },
  'office.error.itemAlreadyExists': {
    'zh-CN': '工作簿中已有同名的工作表或名称，未做任何覆盖。（{detail}）',
    'en-US':
      'The workbook already has a sheet or name of that name; nothing was overwritten. ({detail})',
  },
  'office.error.invalidArgument': {
    'zh-CN': 'Excel 拒绝了写入的内容（区域大小或数值不符）。（{detail}）',
    'en-US': 'Excel refused what was to be written (range size or value). ({detail})',
  },
  'office.error.general': {
    'zh-CN': 'Excel 暂时无法完成操作（可能正在编辑单元格或工作簿忙）。请稍后重试。（{detail}）',
    'en-US':
      'Excel could not complete the operation right now (a cell may be in edit mode or the workbook is busy). Try again shortly. ({detail})',
  },
  'office.error.payloadTooLarge': {
    'zh-CN':
      '表格太大，Excel 无法一次读取或写入（Excel 网页版单次请求上限约 5 MB）。请在 Excel 桌面版中操作，或减少指标行数。（{detail}）',
    'en-US':
      'The table is too large for Excel to read or write at once (Excel on the web allows about 5 MB per request). Use Excel on the desktop, or fewer indicator rows. ({detail})',
  },
  'office.error.unknown': {
    'zh-CN': 'Excel 返回了错误 {code}。（{detail}）',
    'en-US': 'Excel returned the error {code}. ({detail})',
  },
  'office.error.planShape': {
    'zh-CN': '内部错误：写入 {address} 的数值与区域大小不符，未写入任何内容。',
    'en-US': 'Internal error: the values for {address} do not fit the range; nothing was written.',
  },
  'office.error.planLayout': {
    'zh-CN': '内部错误：工作表 {sheet} 的版式含无效的区域或尺寸（{value}），未写入任何内容。',
    'en-US':
      'Internal error: the layout of sheet {sheet} has an invalid block or size ({value}); nothing was written.',
  },
  'office.error.nameReference': {
    'zh-CN': '内部错误：名称 {name} 的引用 {reference} 缺少工作表名，未写入任何内容。',
    'en-US':
      'Internal error: the reference {reference} of the name {name} has no sheet; nothing was written.',
  },
  'office.busy': {
    'zh-CN': '正在{running}，请等它完成后再试。',
    'en-US': 'Busy with the {running}; try again when it has finished.',
  },
  'office.operation.recalculate': { 'zh-CN': '重新计算', 'en-US': 'recalculation' },
  'office.operation.annotate': { 'zh-CN': '保存偏差说明', 'en-US': 'saving of an explanation' },
  'office.operation.insertTemplate': { 'zh-CN': '插入模板', 'en-US': 'template insertion' },
  'office.operation.bindForm': { 'zh-CN': '识别表格', 'en-US': 'form recognition' },
  'office.operation.saveSettings': {
    'zh-CN': '保存评分规则',
    'en-US': 'saving of the scoring rules',
  },
  'office.operation.draftReport': { 'zh-CN': '生成报告文字', 'en-US': 'report drafting' },
  'office.operation.undo': { 'zh-CN': '撤销上次计算', 'en-US': 'undo of the last recalculation' },
  'office.operation.resultsSheet': { 'zh-CN': '生成评价结果', 'en-US': 'results sheet' },
} satisfies MessageTable;

declare module '../../i18n/catalog' {
  interface MessageSections {
    office: typeof officeMessages;
  }
}

registerMessages(officeMessages);
