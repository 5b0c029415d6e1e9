/**
 * Texts of 撤销上次计算. Loading this module adds them to the catalog (./undo.ts imports it): the
 * task pane loads them with the undo's on-demand chunk, when the user asks for an undo, rather
 * than when it opens. (What a recalculation writes for the undo, ./undo-record.ts, says nothing.)
 */
import { registerMessages, type MessageTable } from '../../i18n/catalog';

export const undoMessages = {
  'workbook.undo.done': {
    'zh-CN': '已撤销 {time} 的计算：{count} 个输出单元格恢复为那次计算之前的值、格式和公式。',
    'en-US':
      'The recalculation of {time} was undone: {count} output cells have their values, formats and formulas from before it again.',
  },
  'workbook.undo.nothing': {
    'zh-CN': '没有可撤销的计算：只能撤销最近一次计算，且只能撤销一次。',
    'en-US':
      'There is nothing to undo: only the latest recalculation can be undone, and only once.',
  },
  'workbook.undo.refused': {
    'zh-CN':
      '未撤销：上次计算之后，以下输出单元格被手动改动过，撤销会覆盖这些改动：{cells}。工作簿未改变。',
    'en-US':
      'Nothing was undone: these output cells were changed by hand after the last recalculation, and undoing would overwrite them: {cells}. The workbook is unchanged.',
  },
  'workbook.undo.cellChanged': {
    'zh-CN': '{where} 现为“{value}”，上次计算写入的是“{written}”',
    'en-US': '{where} now holds "{value}"; the last recalculation wrote "{written}"',
  },
  'workbook.undo.cellMissing': {
    'zh-CN': '{where} 已不在读取的区域内（行或列可能被插入或删除），无法确认它未被改动',
    'en-US':
      '{where} is no longer inside the ranges read (rows or columns may have been inserted or deleted), so it cannot be checked',
  },
} satisfies MessageTable;

declare module '../../i18n/catalog' {
  interface MessageSections {
    undo: typeof undoMessages;
  }
}

registerMessages(undoMessages);
