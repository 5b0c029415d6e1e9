/**
 * The seed report typed into the 项目支出绩效自评表 of 财预〔2020〕10号 (real-forms.md L1), as a
 * department fills it: no defined names, merged labels, pre-printed 一级/二级 levels with their
 * empty 二级 slots, target and actual typed as text with operator and unit, one merged
 * 偏差原因分析及改进措施 column. The preview's form sample and the recognizer's tests use it.
 */
import { SAMPLE, type SampleIndicator } from '../template/sample';
import { SheetBuilder } from '../sheets/sheet-builder';
import { FILL_HEADER } from '../template/styles';
import type { CellStyle } from '../port/types';
import type { TemplateSpec } from '../template/spec';

export const SAMPLE_FORM_SHEET = '项目支出绩效自评表';

/** The MOF form's pre-printed levels: every 二级 slot, in print order. */
export const MOF_LEVELS: { level1: string; level2: string[] }[] = [
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  {
    level1: '效益指标',
    level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  },
  { level1: '满意度指标', level2: ['服务对象满意度指标'] },
];

export interface SampleFormOptions {
  /** The sheet's name (default 项目支出绩效自评表). */
  sheet?: string;
  /**
   * Scores the department already typed into the form's 得分 cells, row by row in the seed's
   * order, with its execution score and total (the published report: 11.76 for 预算经费).
   */
  typed?: { scores: number[]; execution: number; total: number };
}

/** Where things are in the sample form (1-based rows), for tests and the preview. */
export interface SampleFormLayout {
  sheet: string;
  budgetRow: number;
  headerRow: number;
  /** Each seed indicator's row, in the seed's order. */
  indicatorRows: number[];
  totalRow: number;
}

const BORDER: CellStyle = { border: true, vertical: 'middle', wrap: true };
const HEAD: CellStyle = { ...BORDER, bold: true, horizontal: 'center', fill: FILL_HEADER };

function text(i: SampleIndicator, value: number | string, withOperator: boolean): string {
  if (typeof value === 'string') return value;
  return `${withOperator ? i.operator : ''}${value}${i.unit}`;
}

export function sampleFormSpec(options: SampleFormOptions = {}): {
  spec: TemplateSpec;
  layout: SampleFormLayout;
} {
  const sheet = options.sheet ?? SAMPLE_FORM_SHEET;
  const b = new SheetBuilder(sheet, [6, 10, 14, 18, 14, 14, 8, 10, 22, 22]);
  b.area(0, 0, 0, 9, '项目支出绩效自评表', {
    style: { bold: true, fontSize: 16, horizontal: 'center' },
  });
  b.area(1, 0, 1, 9, `（${SAMPLE.year}年度）`, { style: { horizontal: 'center' } });
  b.area(2, 0, 2, 1, '项目名称', { style: HEAD });
  b.area(2, 2, 2, 9, SAMPLE.department, { style: BORDER });
  b.area(3, 0, 3, 1, '主管部门', { style: HEAD });
  b.area(3, 2, 3, 5, SAMPLE.department, { style: BORDER });
  b.area(3, 6, 3, 7, '实施单位', { style: HEAD });
  b.area(3, 8, 3, 9, SAMPLE.department, { style: BORDER });

  // Budget block, rows 5–9.
  b.area(4, 0, 8, 1, `项目资金（${SAMPLE.unit}）`, { style: HEAD });
  b.set(4, 2, null, { style: HEAD });
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率'].forEach((h, j) =>
    b.set(4, 3 + j, h, { style: HEAD }),
  );
  b.area(4, 8, 4, 9, '得分', { style: HEAD });
  const { initial, final, spent, weight } = SAMPLE.budget;
  const money = { numberFormat: '#,##0.00', style: BORDER };
  b.set(5, 2, '年度资金总额', { style: BORDER });
  [initial, final, spent].forEach((v, j) => b.set(5, 3 + j, v, money));
  b.set(5, 6, weight, { style: BORDER });
  b.set(5, 7, null, { numberFormat: '0.00%', style: BORDER });
  b.area(5, 8, 5, 9, options.typed?.execution ?? null, { style: BORDER });
  b.set(6, 2, '其中：当年财政拨款', { style: BORDER });
  [initial, final, spent].forEach((v, j) => b.set(6, 3 + j, v, money));
  b.set(6, 6, '—', { style: BORDER });
  b.set(6, 7, null, { style: BORDER });
  b.area(6, 8, 6, 9, '—', { style: BORDER });
  for (const [r, label] of [
    [7, '上年结转资金'],
    [8, '其他资金'],
  ] as const) {
    b.set(r, 2, label, { style: BORDER });
    for (let c = 3; c <= 7; c++) b.set(r, c, null, { style: BORDER });
    b.area(r, 8, r, 9, null, { style: BORDER });
  }

  // Goals, rows 10–11.
  b.area(9, 0, 10, 1, '年度总体目标', { style: HEAD });
  b.area(9, 2, 9, 5, '预期目标', { style: HEAD });
  b.area(9, 6, 9, 9, '实际完成情况', { style: HEAD });
  b.area(10, 2, 10, 5, '提升政务服务效能，优化营商环境。', { style: BORDER });
  b.area(10, 6, 10, 9, '全年办件72.3万件，群众满意度95%。', { style: BORDER });

  // Indicator table from row 12.
  const headerRow = 11;
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].forEach((h, j) =>
    b.set(headerRow, 1 + j, h, { style: HEAD }),
  );
  b.area(headerRow, 8, headerRow, 9, '偏差原因分析及改进措施', { style: HEAD });
  let r = headerRow + 1;
  const indicatorRows = new Array<number>(SAMPLE.indicators.length);
  for (const group of MOF_LEVELS) {
    const groupTop = r;
    for (const level2 of group.level2) {
      const rows = SAMPLE.indicators
        .map((indicator, index) => ({ indicator, index }))
        .filter(
          ({ indicator }) => indicator.level1 === group.level1 && indicator.level2 === level2,
        );
      const slotTop = r;
      for (const slot of rows.length ? rows : [null]) {
        const i = slot?.indicator;
        if (slot) indicatorRows[slot.index] = r + 1;
        b.set(r, 3, i ? i.name : null, { style: BORDER });
        b.set(r, 4, i ? text(i, i.target, true) : null, { style: BORDER });
        b.set(r, 5, i ? text(i, i.actual, false) : null, { style: BORDER });
        b.set(r, 6, i ? i.weight : null, { style: BORDER });
        b.set(r, 7, slot ? (options.typed?.scores[slot.index] ?? null) : null, { style: BORDER });
        const reason =
          i && (i.reason || i.measures)
            ? `偏差原因：${i.reason}${i.measures ? `；改进措施：${i.measures}` : ''}`
            : null;
        b.area(r, 8, r, 9, reason, { style: BORDER });
        r += 1;
      }
      b.area(slotTop, 2, r - 1, 2, level2, { style: BORDER });
    }
    b.area(groupTop, 1, r - 1, 1, group.level1, { style: BORDER });
  }
  b.area(headerRow, 0, r - 1, 0, '绩效指标', { style: HEAD });
  const totalRow = r;
  b.area(totalRow, 0, totalRow, 5, '总分', { style: HEAD });
  b.set(totalRow, 6, 100, { style: BORDER });
  b.set(totalRow, 7, options.typed?.total ?? null, { style: BORDER });
  b.area(totalRow, 8, totalRow, 9, null, { style: BORDER });
  return {
    spec: {
      sheets: [b.build()],
      names: [],
      layout: {
        sheet,
        headerRow: headerRow + 1,
        firstDataRow: headerRow + 2,
        lastDataRow: totalRow,
        columns: {
          level1: 'B',
          level2: 'C',
          name: 'D',
          target: 'E',
          actual: 'F',
          weight: 'G',
          score: 'H',
          reason: 'I',
        },
      },
    },
    layout: {
      sheet,
      budgetRow: 6,
      headerRow: headerRow + 1,
      indicatorRows,
      totalRow: totalRow + 1,
    },
  };
}
