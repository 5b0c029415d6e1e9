import {
  AnnotationError,
  buildAnnotationPlan,
  readContract,
  recalculate,
  snapshotRequest,
} from '../../../src/workbook';
import { MemoryHost, MemoryWorkbook } from '../helpers/memory-host';
import {
  ALIAS_COLUMNS as C,
  ALIAS_SHEET,
  MAIN,
  aliasSeedWorkbook,
  canonicalSeedWorkbook,
} from '../helpers/seed-workbooks';

function reading(wb: MemoryWorkbook) {
  return readContract(wb.snapshot(snapshotRequest()));
}

describe('buildAnnotationPlan', () => {
  it('writes one row’s reason and measures as text in one write', () => {
    const wb = canonicalSeedWorkbook();
    const p = buildAnnotationPlan(reading(wb), 5, '全程网办事项有所变动', '=提升比例');
    expect(p).toEqual({
      createSheets: [],
      createNames: [],
      writes: [
        {
          sheet: MAIN,
          address: 'N10:O10',
          values: [['全程网办事项有所变动', '=提升比例']],
          numberFormats: [['@', '@']],
        },
      ],
    });
  });

  it('writes the two cells separately when they are not side by side, and nothing else', () => {
    const wb = aliasSeedWorkbook(0);
    // swap 改进措施 (N) with 偏差状态 (O) so that reason (M) and measures (O) are apart
    for (let r = 2; r <= 10; r++) {
      const n = wb.get(ALIAS_SHEET, `N${r + 1}`)?.value ?? '';
      const o = wb.get(ALIAS_SHEET, `O${r + 1}`)?.value ?? '';
      wb.set(ALIAS_SHEET, r, 13, o);
      wb.set(ALIAS_SHEET, r, 14, n);
    }
    const before = new Map(wb.dump(ALIAS_SHEET));
    const p = buildAnnotationPlan(reading(wb).layout, 0, '+无发生额', '@下年度');
    expect(p.writes.map((w) => `${w.sheet}!${w.address}`)).toEqual([
      `${ALIAS_SHEET}!${C.reason}4`,
      `${ALIAS_SHEET}!O4`,
    ]);
    wb.apply(p);
    const after = wb.dump(ALIAS_SHEET);
    const changed = [...after].filter(([a, v]) => before.get(a) !== v).map(([a]) => a);
    expect(changed.sort()).toEqual([`${C.reason}4`, 'O4']);
    expect(wb.value(ALIAS_SHEET, 'M4')).toBe('+无发生额');
  });

  it('writes the budget’s reason into Budget_Reason', () => {
    const p = buildAnnotationPlan(reading(canonicalSeedWorkbook()), 'budget', '年中调减预算', '');
    expect(p.writes).toEqual([
      { sheet: MAIN, address: 'H2', values: [['年中调减预算']], numberFormats: [['@']] },
    ]);
  });

  it('refuses when the column, the row or the name does not exist', () => {
    const wb = aliasSeedWorkbook(0);
    expect(() => buildAnnotationPlan(reading(wb), 'budget', 'x', '')).toThrow(AnnotationError);
    expect(() => buildAnnotationPlan(reading(wb), 8, 'x', '')).toThrow(/第 9 个指标/);
    wb.set(ALIAS_SHEET, 2, 13, '措施（备用）'); // N3: 改进措施 header gone
    expect(() => buildAnnotationPlan(reading(wb), 0, 'x', 'y')).toThrow(/改进措施/);
  });

  it('puts both texts into one 偏差原因分析及改进措施 column, as the forms print them', () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 3, 13, '偏差原因分析及改进措施');
    wb.set(MAIN, 3, 14, '其他');
    const p = buildAnnotationPlan(reading(wb), 1, '原因', '措施');
    expect(p.writes).toEqual([
      {
        sheet: MAIN,
        address: 'N6',
        values: [['偏差原因：原因；改进措施：措施']],
        numberFormats: [['@']],
      },
    ]);
    const reasonOnly = buildAnnotationPlan(reading(wb), 1, '原因', '');
    expect(reasonOnly.writes[0].values).toEqual([['偏差原因：原因']]);
    wb.set(MAIN, 3, 13, '产生差异的原因及改进措施');
    const other = buildAnnotationPlan(reading(wb), 1, '原因', '措施');
    expect(other.writes[0].values).toEqual([['偏差原因：原因；改进措施：措施']]);
  });

  it('a saved reason explains the deviation on the next recalculation', async () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 9, 13, ''); // N10: 全程网办事项比例 unexplained
    const host = new MemoryHost(wb);
    const first = await recalculate(host, { conflictPolicy: 'refuse' });
    expect(first.result?.indicators[5].status).toBe('needsExplanation');
    wb.apply(buildAnnotationPlan(first.reading, 5, '全程网办事项有所变动', ''));
    const second = await recalculate(host, { conflictPolicy: 'refuse' });
    expect(second.result?.indicators[5].status).toBe('explained');
    expect(second.result!.openCount).toBe(first.result!.openCount - 1);
    expect(wb.value(MAIN, 'M10')).toBe('已说明');
  });
});
