/** The draft as Markdown: headings, paragraphs and a table a Markdown reader shows as one. */
import { chineseNumeral, draftReport, reportToMarkdown } from '../../src/report';
import { asCells } from '../../src/cli/json-input';
import { evaluated, loadInput, loadPlain } from './helpers';

describe('reportToMarkdown', () => {
  const { input, result } = evaluated(loadInput());
  const markdown = reportToMarkdown(draftReport(input, result, 'zh-CN'));
  const lines = markdown.split('\n');

  test('a title, the three sections and a heading per indicator', () => {
    expect(lines[0]).toMatch(/^# .*2023年度部门整体支出绩效自评报告$/);
    const sections = lines.filter((l) => l.startsWith('## '));
    expect(sections).toEqual(['## 一、基本概况', '## 三、绩效指标完成情况', '## 四、自评结论']);
    expect(lines).toContain('### （八）指标八：');
  });

  test('the indicator table: header, alignment row and one row per line of the table', () => {
    const start = lines.indexOf(
      '| 指标名称 | 预期指标值 | 实际完成值 | 完成率 | 权重分值 | 自评得分 |',
    );
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toBe('| --- | --- | --- | ---: | ---: | ---: |');
    expect(lines[start + 2]).toBe('| 预算执行率 | 187.84万元 | 183.99万元 | 97.95% | 10 | 9.8 |');
    expect(lines[start + 11]).toBe('| 综合得分 | — | — | — | 100 | 99.26 |');
    expect(lines[start + 12]).toBe('');
  });

  test('a "|" in a name does not break the table', () => {
    const plain = loadPlain();
    plain.indicators[7].name = '满意度|问卷';
    const odd = asCells(plain);
    const r = evaluated(odd);
    const md = reportToMarkdown(draftReport(odd, r.result, 'zh-CN'));
    expect(md).toContain('| 满意度\\|问卷 | ≥95% |');
  });
});

describe('chineseNumeral', () => {
  test.each([
    [1, '一'],
    [8, '八'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
    [100, '100'],
  ])('%d → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));
});
