import { parseValue } from '../../../src/engine/values';
import { qty, read } from './helpers';

const PCT: [string, string, string] = ['%', '%', '0.01'];
const WAN_YUAN: [string, string, string] = ['万元', '元', '10000'];
const WAN_JIAN: [string, string, string] = ['万件', '件', '10000'];
const JIAN: [string, string, string] = ['件', '件', '1'];

describe('parseValue: operators before the number', () => {
  it.each([
    ['≥88%', '≥'],
    ['>=88%', '≥'],
    ['=>88%', '≥'],
    ['≧88%', '≥'],
    ['＞＝88%', '≥'],
    ['大于等于88%', '≥'],
    ['大于或等于88%', '≥'],
    ['不低于88%', '≥'],
    ['不少于88%', '≥'],
    ['不小于88%', '≥'],
    ['至少88%', '≥'],
    ['88%以上', '≥'],
    ['88%及以上', '≥'],
    ['>88%', '>'],
    ['＞88%', '>'],
    ['大于88%', '>'],
    ['高于88%', '>'],
    ['超过88%', '>'],
    ['≤88%', '≤'],
    ['<=88%', '≤'],
    ['=<88%', '≤'],
    ['≦88%', '≤'],
    ['＜＝88%', '≤'],
    ['小于等于88%', '≤'],
    ['不高于88%', '≤'],
    ['不超过88%', '≤'],
    ['不大于88%', '≤'],
    ['至多88%', '≤'],
    ['88%以内', '≤'],
    ['88%以下', '≤'],
    ['控制在88%以内', '≤'],
    ['<88%', '<'],
    ['＜88%', '<'],
    ['小于88%', '<'],
    ['低于88%', '<'],
    ['=88%', '='],
    ['＝88%', '='],
    ['等于88%', '='],
    ['88%', null],
    ['约88%', null],
    ['约88%左右?', null],
  ])('%s → %s 88%', (text, operator) => {
    expect(read(text)).toEqual(qty(operator, '0.88', PCT));
  });

  it('refuses two contradicting operators', () => {
    expect(read('≥5%以下')).toMatchObject({
      kind: 'unreadable',
      problem: 'values.unreadable.operatorConflict',
    });
  });

  it('refuses an operator with nothing after it', () => {
    expect(read('≥')).toMatchObject({
      kind: 'unreadable',
      problem: 'values.unreadable.operatorOnly',
    });
  });
});

describe('parseValue: numbers as typed', () => {
  it.each([
    ['1,234.5', '1234.5'],
    ['12,345,678', '12345678'],
    ['１，２３４', '1234'],
    ['１２３', '123'],
    ['１２．５', '12.5'],
    ['  42  ', '42'],
    ['\u22125', '-5'],
    ['－5', '-5'],
    ['-5', '-5'],
    ['+5', '5'],
    ['.5', '0.5'],
    ['0.1', '0.1'],
    ['1e5', '100000'],
    ['-0', '0'],
  ])('%s → %s', (text, amount) => {
    expect(read(text)).toEqual(qty(null, amount, null));
  });

  it('keeps decimals exact (no binary floating point)', () => {
    expect(read('0.1', '万元')).toEqual(qty(null, '1000', WAN_YUAN));
    expect(read(0.1, '%')).toEqual(qty(null, '0.001', PCT));
    expect(read(1.005, '万元')).toEqual(qty(null, '10050', WAN_YUAN));
    expect(read('12345678901234567.89')).toEqual(qty(null, '12345678901234567.89', null));
  });

  it.each([
    ['1.2.3', 'values.unreadable.badNumber'],
    ['1,23', 'values.unreadable.badNumber'],
    ['1,2345', 'values.unreadable.badNumber'],
    ['90%-100%', 'values.unreadable.severalNumbers'],
    ['5-10件', 'values.unreadable.severalNumbers'],
    ['建立1套制度', 'values.unreadable.textWithNumber'],
    ['第3季度完成', 'values.unreadable.textWithNumber'],
    ['95%的群众表示满意和非常满意', 'values.unreadable.unit'],
    ['5$', 'values.unreadable.unit'],
  ])('%s is unreadable (%s)', (text, problem) => {
    expect(read(text)).toEqual({ kind: 'unreadable', text, problem });
  });

  it('drops a remark in brackets and a full stop after the value', () => {
    expect(read('5件（详见附件2）')).toEqual(qty(null, '5', JIAN));
    expect(read('≥95%（含）')).toEqual(qty('≥', '0.95', PCT));
    expect(read('95%。')).toEqual(qty(null, '0.95', PCT));
  });
});

describe('parseValue: magnifiers and units', () => {
  it('applies 万 亿 千 百万 to the unit after them', () => {
    expect(read('40万件')).toEqual(qty(null, '400000', WAN_JIAN));
    expect(read('72.3万件')).toEqual(qty(null, '723000', WAN_JIAN));
    expect(read('≤212.65万元')).toEqual(qty('≤', '2126500', WAN_YUAN));
    expect(read('1.5亿元')).toEqual(qty(null, '150000000', ['亿元', '元', '100000000']));
    expect(read('3千元')).toEqual(qty(null, '3000', ['千元', '元', '1000']));
    expect(read('2百万元')).toEqual(qty(null, '2000000', ['百万元', '元', '1000000']));
    expect(read('1.2万人次')).toEqual(qty(null, '12000', ['万人次', '人次', '10000']));
  });

  it('makes "40万件" and "380000件" comparable in the same base unit', () => {
    expect(read('380000件')).toEqual(qty(null, '380000', JIAN));
    expect(read('４０万件')).toEqual(qty(null, '400000', WAN_JIAN));
    expect(read('400000件')).toEqual(qty(null, '400000', JIAN));
  });

  it('gives a bare magnifier the row unit ("72.3万" in a 件 or 万件 row is 723000 件)', () => {
    expect(read('72.3万', '件')).toEqual(qty(null, '723000', WAN_JIAN));
    expect(read('72.3万', '万件')).toEqual(qty(null, '723000', WAN_JIAN));
    expect(read('183.99万', '万元')).toEqual(qty(null, '1839900', WAN_YUAN));
    expect(read('5万')).toEqual(qty(null, '50000', ['万', '', '10000']));
  });

  it('gives a plain number the row unit (amount × factor)', () => {
    expect(read(183.99, '万元')).toEqual(qty(null, '1839900', WAN_YUAN));
    expect(read('183.99', '万元')).toEqual(qty(null, '1839900', WAN_YUAN));
    expect(read('≥100', '件')).toEqual(qty('≥', '100', JIAN));
    expect(read(100)).toEqual(qty(null, '100', null));
  });

  it('keeps the value’s own unit when the row says another (the scorer reports it)', () => {
    expect(read('12件', '人次')).toEqual(qty(null, '12', JIAN));
    expect(read('5%', '件')).toEqual(qty(null, '0.05', PCT));
  });

  it('reads other units and the classifier 个', () => {
    expect(read('5个工作日以内')).toEqual(qty('≤', '5', ['个工作日', '工作日', '1']));
    expect(read('≤3天')).toEqual(qty('≤', '3', ['天', '天', '1']));
    expect(read('24小时内')).toEqual(qty('≤', '24', ['小时', '小时', '1']));
    expect(read('15分')).toEqual(qty(null, '15', ['分', '分', '1']));
    expect(read('50元/人')).toEqual(qty(null, '50', ['元/人', '元/人', '1']));
    expect(read('5‰')).toEqual(qty(null, '0.005', ['‰', '%', '0.001']));
  });
});

describe('parseValue: percentages', () => {
  it('reads percent text as a fraction in base %', () => {
    expect(read('83.22%')).toEqual(qty(null, '0.8322', PCT));
    expect(read('９５％')).toEqual(qty(null, '0.95', PCT));
    expect(read('95 %')).toEqual(qty(null, '0.95', PCT));
    expect(read('100%', '%')).toEqual(qty(null, '1', PCT));
  });

  it('reads a plain number in a % row as percent points', () => {
    expect(read(83.22, '%')).toEqual(qty(null, '0.8322', PCT));
    expect(read('83.22', '%')).toEqual(qty(null, '0.8322', PCT));
    expect(read(83.22, '%', 'General')).toEqual(qty(null, '0.8322', PCT));
    expect(read(83.22, '%', '0.00')).toEqual(qty(null, '0.8322', PCT));
  });

  it('reads a number in a percent-formatted cell as a fraction already', () => {
    expect(read(0.8322, '%', '0.00%')).toEqual(qty(null, '0.8322', PCT));
    expect(read(0.8322, undefined, '0%')).toEqual(qty(null, '0.8322', PCT));
    expect(read(0.95, '件', '0.0%')).toEqual(qty(null, '0.95', PCT));
  });

  it('does not mistake a quoted % in a format for a percent format', () => {
    expect(read(83.22, '%', '0.00"%"')).toEqual(qty(null, '0.8322', PCT));
    expect(read(83.22, '%', '0.00\\%')).toEqual(qty(null, '0.8322', PCT));
  });
});

describe('parseValue: dates (时效指标)', () => {
  it.each([
    ['2023-12-31', null],
    ['2023/12/31', null],
    ['2023.12.31', null],
    ['2023年12月31日', null],
    ['２０２３年１２月３１日', null],
    ['2023-12-31T00:00:00.000Z', null],
    ['2023年12月31日前', '≤'],
    ['2023年12月31日之前', '≤'],
    ['2023年12月31日以前', '≤'],
    ['2023年12月31日前完成', '≤'],
    ['≤2023-12-31', '≤'],
    ['<=2023/12/31', '≤'],
    ['不晚于2023-12-31', '≤'],
    ['截至2023年12月31日', '≤'],
    ['不早于2023-12-31', '≥'],
    ['2023年12月底前', '≤'],
    ['2023年底前', '≤'],
    ['2023年12月', null],
    ['2023-12-31之后', '≥'],
  ])('%s → %s 2023-12-31', (text, operator) => {
    expect(parseValue(text, { rowUnit: null })).toEqual({
      kind: 'date',
      operator,
      date: '2023-12-31',
    });
  });

  it('reads the last day of a month for a month without a day', () => {
    expect(read('2024年2月底前')).toEqual({ kind: 'date', operator: '≤', date: '2024-02-29' });
    expect(read('2023年6月')).toEqual({ kind: 'date', operator: null, date: '2023-06-30' });
  });

  it('refuses dates that do not exist or have no year', () => {
    expect(read('2023-02-30')).toMatchObject({ problem: 'values.unreadable.badDate' });
    expect(read('2023年13月1日')).toMatchObject({ problem: 'values.unreadable.badDate' });
    expect(read('12月31日前')).toMatchObject({ problem: 'values.unreadable.dateWithoutYear' });
  });

  it('reads a number in a date-formatted cell as an Excel 1900 serial date', () => {
    expect(read(45291, undefined, 'yyyy-mm-dd')).toEqual({
      kind: 'date',
      operator: null,
      date: '2023-12-31',
    });
    expect(read(45291.75, undefined, 'yyyy"年"m"月"d"日"')).toMatchObject({ date: '2023-12-31' });
    expect(read(45291, undefined, '[$-804]yyyy年m月d日')).toMatchObject({ date: '2023-12-31' });
    expect(read(45000, undefined, 'm/d/yy')).toMatchObject({ date: '2023-03-15' });
    expect(read(1, undefined, 'yyyy-mm-dd')).toMatchObject({ date: '1900-01-01' });
    expect(read(59, undefined, 'yyyy-mm-dd')).toMatchObject({ date: '1900-02-28' });
    expect(read(61, undefined, 'yyyy-mm-dd')).toMatchObject({ date: '1900-03-01' });
  });

  it('refuses serials that are no date (Excel’s 1900-02-29, zero, negative)', () => {
    for (const serial of [60, 0, -5, 3e6]) {
      expect(read(serial, undefined, 'yyyy-mm-dd')).toMatchObject({
        kind: 'unreadable',
        problem: 'values.unreadable.dateSerial',
      });
    }
  });

  it('reads numbers in General, number and time formats as numbers', () => {
    expect(read(45291, undefined, 'General')).toEqual(qty(null, '45291', null));
    expect(read(45291, undefined, '#,##0.00')).toEqual(qty(null, '45291', null));
    expect(read(0.5, undefined, 'h:mm')).toEqual(qty(null, '0.5', null));
    expect(read(12, '件', '0"件"')).toEqual(qty(null, '12', JIAN));
  });
});

describe('parseValue: special values', () => {
  it.each([
    '无发生额',
    '未发生',
    '无发生',
    '本年度未发生',
    '未发生相关支出',
    '2023年度未发生',
    '未发生。',
  ])('%s → noOccurrence', (text) => {
    expect(read(text)).toEqual({ kind: 'noOccurrence', text });
  });

  it.each([
    '/',
    '／',
    '//',
    '不适用',
    '不涉及',
    'N/A',
    'n/a',
    'NA',
    'Ｎ／Ａ',
    '-',
    '—',
    '——',
    '－',
  ])('%s → notApplicable', (text) => {
    expect(read(text)).toEqual({ kind: 'notApplicable', text });
  });

  it.each([
    '#N/A',
    '#DIV/0!',
    '#REF!',
    '#VALUE!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#SPILL!',
    '#CALC!',
    '#GETTING_DATA',
  ])('%s → error', (code) => {
    expect(read(code)).toEqual({ kind: 'error', code });
  });

  it('folds error values typed in lower case or full width', () => {
    expect(read('#n/a')).toEqual({ kind: 'error', code: '#N/A' });
    expect(read('＃ＤＩＶ／０！')).toEqual({ kind: 'error', code: '#DIV/0!' });
  });

  it('reads nothing as blank, never as 0', () => {
    expect(read(null)).toEqual({ kind: 'blank' });
    expect(read('')).toEqual({ kind: 'blank' });
    expect(read('   ')).toEqual({ kind: 'blank' });
    expect(read('\u3000\t\n')).toEqual({ kind: 'blank' });
    expect(parseValue(undefined as unknown as null, { rowUnit: null })).toEqual({ kind: 'blank' });
  });

  it('reads booleans as 是 / 否', () => {
    expect(read(true)).toEqual({ kind: 'text', operator: null, text: '是' });
    expect(read(false)).toEqual({ kind: 'text', operator: null, text: '否' });
  });

  it('reads words without a number as text (定性)', () => {
    expect(read('有效')).toEqual({ kind: 'text', operator: null, text: '有效' });
    expect(read(' 达成年度指标 ')).toEqual({ kind: 'text', operator: null, text: '达成年度指标' });
    expect(read('无')).toEqual({ kind: 'text', operator: null, text: '无' });
    expect(read('十分')).toEqual({ kind: 'text', operator: null, text: '十分' });
    expect(read('不低于上年')).toEqual({ kind: 'text', operator: '≥', text: '不低于上年' });
  });

  it('reads any non-special text as text in a row known to be 定性', () => {
    expect(parseValue('建立1套制度', { rowUnit: null, qualitative: true })).toEqual({
      kind: 'text',
      operator: null,
      text: '建立1套制度',
    });
    expect(parseValue('无发生额', { rowUnit: null, qualitative: true }).kind).toBe('noOccurrence');
    expect(parseValue(95, { rowUnit: null, qualitative: true }).kind).toBe('quantity');
  });

  it('refuses symbols alone and numbers that are not finite', () => {
    expect(read('?')).toMatchObject({ kind: 'unreadable', problem: 'values.unreadable.noValue' });
    expect(read('%')).toMatchObject({ kind: 'unreadable', problem: 'values.unreadable.noValue' });
    expect(read(NaN)).toMatchObject({ problem: 'values.unreadable.notFinite' });
    expect(read(Infinity, '%')).toMatchObject({ problem: 'values.unreadable.notFinite' });
  });

  it('does not throw on a broken context', () => {
    const broken = { rowUnit: null, numberFormat: 5 as unknown as string };
    expect(parseValue(1, broken)).toMatchObject({ kind: 'unreadable' });
  });
});
