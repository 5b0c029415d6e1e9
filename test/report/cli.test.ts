/** `perfscore report`: the .md and .docx files, refusal to overwrite, exit codes. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../cli/helpers';
import { loadPlain, SEED } from './helpers';

// JSZip comes with exceljs; it reads the .docx package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as {
  loadAsync(
    data: Buffer,
  ): Promise<{ file(name: string): { async(t: 'string'): Promise<string> } | null }>;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'perfscore-report-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The visible text of each w:p paragraph of word/document.xml. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('perfscore report --out x.md', () => {
  test('writes the Markdown draft and exits 0', async () => {
    const out = path.join(dir, 'report.md');
    const r = await run(['report', SEED, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`已写入报告：${out}`);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('## 三、绩效指标完成情况');
    expect(text).toContain('预算经费：该指标预期指标值为小于等于212.65万元');
    expect(text).toContain('综合得分99.26分，评价结果为“优”。');
    expect(readdirSync(dir)).toEqual(['report.md']); // no temporary file left behind
  });

  test('refuses to overwrite an existing file without --force (exit 2), replaces it with --force', async () => {
    const out = path.join(dir, 'report.md');
    writeFileSync(out, 'mine');
    const refused = await run(['report', SEED, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('已存在，未覆盖');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = await run(['report', SEED, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('四、自评结论');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  test('--lang en-US writes the English draft', async () => {
    const out = path.join(dir, 'report.md');
    const r = await run(['report', SEED, '--out', out, '--lang', 'en-US']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Report written');
    expect(readFileSync(out, 'utf8')).toContain('## 4. Conclusion');
  });

  test('input errors: exit 1, the cell named, nothing written', async () => {
    const input = loadPlain();
    input.indicators[6].actual = '良好';
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(input));
    const out = path.join(dir, 'report.md');
    const r = await run(['report', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('indicators[6].actual');
    expect(existsSync(out)).toBe(false);
  });

  test('a provisional evaluation is written and says so', async () => {
    const input = loadPlain();
    input.indicators[5].actual = '';
    const file = path.join(dir, 'midway.json');
    writeFileSync(file, JSON.stringify(input));
    const out = path.join(dir, 'report.md');
    const r = await run(['report', file, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('暂定');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('评价等级待定');
    expect(text).not.toContain('评价结果为');
  });

  test('usage errors exit 2: no --out, a wrong extension, an unknown profile, a missing file', async () => {
    const noOut = await run(['report', SEED]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const txt = await run(['report', SEED, '--out', path.join(dir, 'r.txt')]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toContain('.md 或 .docx');
    const profile = await run([
      'report',
      SEED,
      '--out',
      path.join(dir, 'r.md'),
      '--profile',
      'nope',
    ]);
    expect(profile.code).toBe(2);
    const missing = await run([
      'report',
      path.join(dir, 'none.json'),
      '--out',
      path.join(dir, 'r.md'),
    ]);
    expect(missing.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('the usage lists the command', async () => {
    const help = await run(['--help']);
    expect(help.stdout).toContain(
      'perfscore report <输入.json|输入.xlsx> --out <报告.md|报告.docx>',
    );
  });
});

describe('perfscore report <workbook.xlsx>', () => {
  test('drafts from the sample workbook (the seed) and leaves the workbook unchanged', async () => {
    const sample = path.join(dir, 's.xlsx');
    expect((await run(['template', sample, '--sample'])).code).toBe(0);
    const before = readFileSync(sample);
    const out = path.join(dir, 'report.md');
    const r = await run(['report', sample, '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(
      '全程网办事项比例：该指标预期指标值为大于等于88%，年中监控实际完成值为94.24%，',
    );
    expect(text).toContain('本次评价全年办件数量为72.3万件，该指标完成率为180.75%。');
    expect(text).toContain('预算调整率11.67%');
    // The sample's 预算明细 (基本支出, 项目支出 and their 合计) splits the budget the seed's way.
    expect(text).toContain(
      '我单位年初预算数为212.65万元，其中：基本支出年初预算数为182.65万元、项目支出年初预算数为30万元。',
    );
    expect(text).toContain(
      '全年实际支出资金183.99万元，其中：基本支出为181.59万元、项目支出为2.4万元，预算执行率为97.95%。',
    );
    expect(text).toContain('综合得分99.26分，评价结果为“优”。');
    expect(readFileSync(sample).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['report.md', 's.xlsx']);
  });
});

describe('perfscore report --out x.docx', () => {
  test('writes a Word document with headings, the paragraphs and a real table', async () => {
    const out = path.join(dir, 'report.docx');
    const r = await run(['report', SEED, '--out', out]);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const texts = paragraphs(xml);
    expect(texts[0]).toMatch(/2023年度部门整体支出绩效自评报告$/);
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>一、基本概况<\/w:t>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:t[^>]*>（二）指标二：<\/w:t>/);
    expect(texts).toContain(
      '我单位年初批复预算数212.65万元，年中调减数-24.81万元，调减后全年预算数187.84万元，预算调整率11.67%。',
    );
    expect(texts.some((t) => t.startsWith('预算经费：') && t.endsWith('自评得分12分。'))).toBe(
      true,
    );
    expect(texts).toContain('2023年度部门整体支出绩效自评综合得分99.26分，评价结果为“优”。');

    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(1);
    const rows = [...tables[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('')),
    );
    expect(rows[0]).toEqual([
      '指标名称',
      '预期指标值',
      '实际完成值',
      '完成率',
      '权重分值',
      '自评得分',
    ]);
    expect(rows).toContainEqual(['全年办件数量', '≥40万件', '72.3万件', '180.75%', '15', '15']);
    expect(rows[rows.length - 1]).toEqual(['综合得分', '—', '—', '—', '100', '99.26']);
    expect(rows).toHaveLength(11);

    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:styleId="Heading2"');
  });
});

describe('perfscore report at mid-year', () => {
  test('--monitor --elapsed 25% drafts the mid-year monitoring report of a JSON file', async () => {
    const out = path.join(dir, 'mid.md');
    const r = await run(['report', SEED, '--out', out, '--monitor', '--elapsed', '25%']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('年中监控报告草稿');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('年中监控报告');
    expect(text).toContain('时间进度25%');
    expect(text).not.toContain('综合得分99.26分');
  });

  test('refuses --monitor for a workbook and a share outside (0, 1] (exit 2, nothing written)', async () => {
    const out = path.join(dir, 'mid.md');
    const bad = await run(['report', SEED, '--out', out, '--elapsed', '1.5']);
    expect(bad.code).toBe(2);
    const xlsx = await run(['report', path.join(dir, 'book.xlsx'), '--out', out, '--monitor']);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('--monitor');
    expect(existsSync(out)).toBe(false);
  });
});
