/**
 * The bad-input catalog, workbooks through the command line (`perfscore score x.xlsx`): for
 * every kind of damage, the message the user reads (the cell and what is wrong), and proof
 * that nothing the user typed changed — the input file is byte for byte the same, a refused
 * run writes no file at all, and a scored run's output differs from the input only in the
 * output cells (完成率, 得分, 偏差状态, Result_*, 评分记录).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../cli/helpers';
import {
  MAIN,
  TEMPLATE_MERGES,
  cellPicture,
  changedInputs,
  sampleWorkbook,
  setName,
} from './helpers';
import { WORKBOOK_CASES, type ResultJson } from './workbook-cases';

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-bad-input-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('bad input in a workbook: perfscore score <file.xlsx>', () => {
  it.each(WORKBOOK_CASES.map((c, i) => [c.did, c, i] as const))(
    'the accountant %s',
    async (_did, c, i) => {
      const dir = path.join(root, `case-${i}`);
      await fs.mkdir(dir);
      const file = path.join(dir, 'in.xlsx');
      const wb = await sampleWorkbook();
      c.edit(wb, wb.getWorksheet(MAIN)!);
      await wb.xlsx.writeFile(file);
      const bytes = await fs.readFile(file);
      const before = await cellPicture(file);

      const r = await run(['score', file]);
      expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: c.code });
      const seen = c.code === 1 ? r.stderr : r.stdout;
      for (const text of c.says) {
        if (typeof text === 'string') expect(seen).toContain(text);
        else expect(seen).toMatch(text);
      }
      // The input file is never touched.
      expect((await fs.readFile(file)).equals(bytes)).toBe(true);

      if (c.code === 1) {
        expect(r.stderr).toContain('未写入任何文件');
        expect(await fs.readdir(dir)).toEqual(['in.xlsx']);
        return;
      }
      const scored = path.join(dir, 'in.scored.xlsx');
      expect(await fs.readdir(dir)).toEqual(['in.xlsx', 'in.scored.xlsx'].sort());
      expect(changedInputs(before, await cellPicture(scored))).toEqual([]);
      if (c.result) {
        const json = await run(['score', file, '--json', '--out', path.join(dir, 'j.xlsx')]);
        expect(json.code).toBe(0);
        c.result(JSON.parse(json.stdout) as ResultJson);
      }
    },
  );
});

describe('bad input in a workbook: the shape of the file itself', () => {
  it('the accountant left 10,000 blank rows inside the Indicators range below the data', async () => {
    const dir = path.join(root, 'blank-rows');
    await fs.mkdir(dir);
    const file = path.join(dir, 'in.xlsx');
    const wb = await sampleWorkbook();
    const ws = wb.getWorksheet(MAIN)!;
    // Rows 14–15 (the totals line and the note) move to a sheet of their own, so that the
    // range A5:O10013 holds the eight indicators and then nothing but blank rows.
    for (const merge of TEMPLATE_MERGES.filter((m) => /\D1[45]\b/.test(m))) ws.unMergeCells(merge);
    for (let r = 14; r <= 15; r += 1)
      for (let c = 1; c <= 15; c += 1) ws.getCell(r, c).value = null;
    const results = wb.addWorksheet('评价结果');
    results.getCell('A1').value = '自评总分';
    setName(wb, 'Result_Total', `'评价结果'!$B$1`);
    setName(wb, 'Result_Grade', `'评价结果'!$B$2`);
    setName(wb, 'Result_Status', `'评价结果'!$B$3`);
    setName(wb, 'Indicators', `'${MAIN}'!$A$5:$O$10013`);
    await wb.xlsx.writeFile(file);
    const before = await cellPicture(file);

    const r = await run(['score', file, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as ResultJson;
    expect(result.indicators).toHaveLength(8);
    expect(result.total).toBe(99.26);
    expect(result.grade).toBe('优');
    const scored = path.join(dir, 'in.scored.xlsx');
    const after = await cellPicture(scored);
    // Nothing was written into the blank rows (the last output row is 13) …
    expect(changedInputs(before, after).filter((k) => k.startsWith(MAIN))).toEqual([]);
    expect(
      [...after.keys()].filter((k) => /^绩效自评表![A-Z]+(\d{3,}|1[4-9]|[2-9]\d)$/.test(k)),
    ).toEqual([]);
    // … and the results went where the names now point.
    expect(JSON.parse(after.get('评价结果!B1')!).value).toBe(99.26);
    expect(JSON.parse(after.get('评价结果!B2')!).value).toBe('优');
  });

  const NOT_WORKBOOKS: [string, () => Promise<Buffer>, string][] = [
    [
      'a text file renamed to .xlsx',
      () => Promise.resolve(Buffer.from('序号,指标\n1,办件量\n')),
      '自评表.xlsx 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后版本的格式）',
    ],
    [
      'an empty file named .xlsx',
      () => Promise.resolve(Buffer.alloc(0)),
      '自评表.xlsx 是空文件（0 字节）：请从原处重新获取该工作簿',
    ],
    [
      'a workbook cut off half way (a truncated zip)',
      async () => {
        const whole = Buffer.from(await (await sampleWorkbook()).xlsx.writeBuffer());
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
      '自评表.xlsx 已损坏或不完整（可能未完整下载或复制）：请从原处重新获取',
    ],
  ];
  it.each(NOT_WORKBOOKS)(
    'the accountant scored %s: exit 2, the file named, nothing written',
    async (_did, bytes, says) => {
      const dir = await fs.mkdtemp(path.join(root, 'not-a-workbook-'));
      const file = path.join(dir, '自评表.xlsx');
      const content = await bytes();
      await fs.writeFile(file, content);
      const r = await run(['score', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(says);
      // One line, in the user's language, without the usage text or a library's English.
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/用法|[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
      expect((await fs.readFile(file)).equals(content)).toBe(true);
      expect(await fs.readdir(dir)).toEqual(['自评表.xlsx']);
    },
  );
});
