import { t } from '../../../src/i18n/catalog';
import { describeValue } from '../../../src/i18n/describe-value';
import {
  PROBLEMS,
  parseKind,
  parseUnit,
  parseValue,
  unitsCompatible,
} from '../../../src/engine/values';

describe('parseKind (指标性质 / 运算符 column)', () => {
  it.each([
    ['≥', '≥'],
    ['>=', '≥'],
    ['=>', '≥'],
    ['≧', '≥'],
    ['＞＝', '≥'],
    [' 大于等于 ', '≥'],
    ['不低于', '≥'],
    ['不少于', '≥'],
    ['不小于', '≥'],
    ['至少', '≥'],
    ['正向', '≥'],
    ['正向指标', '≥'],
    ['>', '>'],
    ['＞', '>'],
    ['大于', '>'],
    ['高于', '>'],
    ['超过', '>'],
    ['≤', '≤'],
    ['<=', '≤'],
    ['=<', '≤'],
    ['≦', '≤'],
    ['＜＝', '≤'],
    ['小于等于', '≤'],
    ['不高于', '≤'],
    ['不超过', '≤'],
    ['不大于', '≤'],
    ['至多', '≤'],
    ['以内', '≤'],
    ['反向', '≤'],
    ['反向指标', '≤'],
    ['<', '<'],
    ['＜', '<'],
    ['小于', '<'],
    ['低于', '<'],
    ['=', '='],
    ['＝', '='],
    ['等于', '='],
    ['定性', '定性'],
    ['定性指标', '定性'],
  ])('%s → %s', (text, kind) => {
    expect(parseKind(text)).toBe(kind);
  });

  it.each([[''], ['  '], ['大概'], ['≠'], ['定量'], [null], [5], [true]])(
    '%p is not recognised',
    (text) => {
      expect(parseKind(text)).toBeNull();
    },
  );
});

describe('parseUnit (计量单位 column)', () => {
  const unit = (text: string) => {
    const u = parseUnit(text);
    return u && { text: u.text, base: u.base, factor: u.factor.toFixed() };
  };

  it.each([
    ['万元', '万元', '元', '10000'],
    ['元', '元', '元', '1'],
    ['亿元', '亿元', '元', '100000000'],
    ['千元', '千元', '元', '1000'],
    ['百万元', '百万元', '元', '1000000'],
    ['%', '%', '%', '0.01'],
    ['％', '%', '%', '0.01'],
    ['百分比', '%', '%', '0.01'],
    ['‰', '‰', '%', '0.001'],
    ['件', '件', '件', '1'],
    ['人次', '人次', '人次', '1'],
    ['万人次', '万人次', '人次', '10000'],
    ['个', '个', '个', '1'],
    ['天', '天', '天', '1'],
    ['工作日', '工作日', '工作日', '1'],
    ['个工作日', '个工作日', '工作日', '1'],
    ['小时', '小时', '小时', '1'],
    ['万', '万', '', '10000'],
    ['（万元）', '万元', '元', '10000'],
    ['单位：万元', '万元', '元', '10000'],
    [' 件 ', '件', '件', '1'],
  ])('%s → %s = %s × %s', (text, written, base, factor) => {
    expect(unit(text)).toEqual({ text: written, base, factor });
  });

  it('is null for blank cells and non-text', () => {
    expect(parseUnit('')).toBeNull();
    expect(parseUnit('  ')).toBeNull();
    expect(parseUnit(null)).toBeNull();
    expect(parseUnit(3)).toBeNull();
  });
});

describe('unitsCompatible', () => {
  it('compares units by their base', () => {
    expect(unitsCompatible(parseUnit('万件'), parseUnit('件'))).toBe(true);
    expect(unitsCompatible(parseUnit('%'), parseUnit('‰'))).toBe(true);
    expect(unitsCompatible(parseUnit('件'), parseUnit('人次'))).toBe(false);
    expect(unitsCompatible(parseUnit('万元'), parseUnit('%'))).toBe(false);
  });

  it('accepts anything against no unit or a bare magnifier', () => {
    expect(unitsCompatible(null, parseUnit('件'))).toBe(true);
    expect(unitsCompatible(parseUnit('件'), null)).toBe(true);
    expect(unitsCompatible(null, null)).toBe(true);
    expect(unitsCompatible(parseUnit('万'), parseUnit('人次'))).toBe(true);
  });
});

describe('describeValue', () => {
  const show = (
    raw: string | number,
    unit: string | null = null,
    locale: 'zh-CN' | 'en-US' = 'zh-CN',
  ) => describeValue(parseValue(raw, { rowUnit: unit ? parseUnit(unit) : null }), locale);

  it('shows values the way they were written, in their unit', () => {
    expect(show('72.3万件')).toBe('72.3万件');
    expect(show('83.22%')).toBe('83.22%');
    expect(show(83.22, '%')).toBe('83.22%');
    expect(show('≥40万件')).toBe('≥40万件');
    expect(show(183.99, '万元')).toBe('183.99万元');
    expect(show('１，２３４')).toBe('1234');
    expect(show('2023年12月31日前')).toBe('≤2023-12-31');
    expect(show('#N/A')).toBe('#N/A');
    expect(show('无发生额')).toBe('无发生额');
    expect(show('有效')).toBe('有效');
  });

  it('names a blank value in the requested language', () => {
    expect(show('')).toBe('（空）');
    expect(show('', null, 'en-US')).toBe('(blank)');
  });
});

describe('problem messages', () => {
  it('has a Chinese and an English text for every reason a value cannot be read', () => {
    for (const key of Object.values(PROBLEMS)) {
      expect(t(key, {}, 'zh-CN')).not.toBe('');
      expect(t(key, {}, 'en-US')).not.toBe('');
    }
  });
});
