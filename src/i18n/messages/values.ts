/** Messages of the value parser (src/engine/values): why a cell value cannot be read. */
import type { MessageTable } from '../catalog';

export const valuesMessages = {
  'values.unreadable.notFinite': {
    'zh-CN': '不是有效的数字',
    'en-US': 'is not a finite number',
  },
  'values.unreadable.operatorOnly': {
    'zh-CN': '只有比较符号（如 ≥），缺少数值',
    'en-US': 'has a comparison operator (such as ≥) but no value',
  },
  'values.unreadable.noValue': {
    'zh-CN': '只有符号，既不是数值也不是文字说明',
    'en-US': 'contains only symbols: neither a number nor a description',
  },
  'values.unreadable.operatorConflict': {
    'zh-CN': '前后的比较方向互相矛盾（如“≥5以下”），请只保留一个',
    'en-US': 'has two contradicting comparisons (such as "≥5以下"); keep only one',
  },
  'values.unreadable.badDate': {
    'zh-CN': '日期不存在（请检查月份和日）',
    'en-US': 'is not an existing date (check the month and day)',
  },
  'values.unreadable.dateSerial': {
    'zh-CN': '单元格设为日期格式，但其中的数字不是有效日期',
    'en-US': 'is in a date-formatted cell but its number is not a valid date',
  },
  'values.unreadable.dateWithoutYear': {
    'zh-CN': '日期缺少年份，请写成“2023年12月31日”或“2023-12-31”',
    'en-US': 'is a date without a year; write it as "2023年12月31日" or "2023-12-31"',
  },
  'values.unreadable.textWithNumber': {
    'zh-CN':
      '文字中夹有数字，无法读成一个数值；定量指标请只填数值和单位（如“≥95%”），定性指标请在指标性质栏填“定性”',
    'en-US':
      'mixes words and numbers and cannot be read as one value; for a quantitative indicator enter only the number and unit (such as "≥95%"), for a qualitative one put 定性 in the operator column',
  },
  'values.unreadable.badNumber': {
    'zh-CN': '数字写法无法识别（千分位应为每三位一个逗号，小数点只能有一个）',
    'en-US':
      'has a number that cannot be read (thousands separators every three digits, one decimal point)',
  },
  'values.unreadable.severalNumbers': {
    'zh-CN': '含有多个数字（如区间“90%-100%”），请只填一个值',
    'en-US': 'contains several numbers (such as the range "90%-100%"); enter a single value',
  },
  'values.unreadable.unit': {
    'zh-CN': '数字后面的计量单位无法识别',
    'en-US': 'has a unit after the number that cannot be read',
  },
  'values.unreadable.internal': {
    'zh-CN': '无法读取该值',
    'en-US': 'cannot be read',
  },
  'values.describe.blank': {
    'zh-CN': '（空）',
    'en-US': '(blank)',
  },
} satisfies MessageTable;

declare module '../catalog' {
  interface MessageSections {
    values: typeof valuesMessages;
  }
}
