/**
 * The colours of 偏差状态: red while a deviation is open (待说明, 待人工评分,
 * 数据有误), amber once it is explained (已说明), green when the row is fine (正常). As a
 * conditional format (ExcelApi 1.6) of the status column of 绩效指标, added to every
 * recalculation's plan, and of the status column of 评价结果. The rules match the exact texts
 * the plans write into those cells (catalog keys engine.status.<status>). At mid-year (年中监控,
 * result.monitoring) an indicator's cell holds its traffic light instead (红灯 / 黄灯 / 绿灯,
 * coloured the same way): a blank year-end actual is then expected, not 数据有误.
 */
import type { Locale, MonitorLight, RowStatus } from '../../engine/types';
import type { EvaluationResult } from '../../engine/types';
import { t } from '../../i18n/catalog';
import { blockAddress } from '../a1';
import type { ConditionalFormatRule, ConditionalFormatSpec, ContractReading } from '../port/types';

/** Excel's own "light red / yellow / green fill with dark text" presets. */
export const STATUS_COLORS = {
  open: { fill: 'FFC7CE', fontColor: '9C0006' },
  explained: { fill: 'FFEB9C', fontColor: '9C5700' },
  ok: { fill: 'C6EFCE', fontColor: '006100' },
} as const;

/** Which colour each row status gets (不适用 gets none). */
const STATUS_COLOR_OF: Partial<Record<RowStatus, keyof typeof STATUS_COLORS>> = {
  needsExplanation: 'open',
  needsManualScore: 'open',
  invalid: 'open',
  explained: 'explained',
  ok: 'ok',
};

/** Which colour each mid-year traffic light gets. */
const LIGHT_COLOR_OF: Record<MonitorLight, keyof typeof STATUS_COLORS> = {
  red: 'open',
  yellow: 'explained',
  green: 'ok',
};

/** The status text a plan writes for a row status (the 偏差状态 cell). */
function statusText(status: RowStatus, locale: Locale): string {
  return t(`engine.status.${status}`, {}, locale);
}

/**
 * What the 偏差状态 cell of indicator `index` says: its status, or at mid-year its traffic
 * light (红灯 / 黄灯 / 绿灯).
 */
/** Each indicator's mid-year light by row index, made once per result (rows ask one by one). */
const LIGHTS = new WeakMap<EvaluationResult, Map<number | null, MonitorLight>>();

function lightsOf(result: EvaluationResult): Map<number | null, MonitorLight> | undefined {
  if (!result.monitoring) return undefined;
  let lights = LIGHTS.get(result);
  if (!lights) {
    lights = new Map(result.monitoring.indicators.map((item) => [item.index, item.light]));
    LIGHTS.set(result, lights);
  }
  return lights;
}

export function indicatorStatusText(
  result: EvaluationResult,
  index: number,
  locale: Locale,
): string {
  const light = lightsOf(result)?.get(index);
  if (light) return t(`monitor.light.${light}`, {}, locale);
  return statusText(result.indicators[index].status, locale);
}

/** The colour rules, one per coloured status and light, matching the texts written in `locale`. */
export function statusRules(locale: Locale): ConditionalFormatRule[] {
  return [
    ...(Object.keys(STATUS_COLOR_OF) as RowStatus[]).map((status) => ({
      text: statusText(status, locale),
      ...STATUS_COLORS[STATUS_COLOR_OF[status]!],
    })),
    ...(Object.keys(LIGHT_COLOR_OF) as MonitorLight[]).map((light) => ({
      text: t(`monitor.light.${light}`, {}, locale),
      ...STATUS_COLORS[LIGHT_COLOR_OF[light]],
    })),
  ];
}

/**
 * A conditional format of one column block (rows `top`..`bottom`, 0-based) whose cells will
 * hold the texts `texts` (top to bottom; "" for a blank cell): the rules, and the static fills
 * those texts get when the host cannot add conditional formats.
 */
export function statusColumnFormat(
  sheet: string,
  column: number,
  top: number,
  texts: string[],
  locale: Locale,
): ConditionalFormatSpec {
  const rules = statusRules(locale);
  return {
    sheet,
    address: blockAddress({ top, left: column, bottom: top + texts.length - 1, right: column }),
    rules,
    fallback: texts.map((text) => {
      const rule = rules.find((r) => r.text === text.trim());
      return [
        rule ? { fill: rule.fill, ...(rule.fontColor ? { fontColor: rule.fontColor } : {}) } : null,
      ];
    }),
  };
}

/**
 * The conditional format of 绩效指标's 偏差状态 column for a recalculation plan: the block from
 * the first to the last indicator row, with the status each row gets from `result`. Null when
 * the table has no status column or no indicator row.
 */
export function indicatorStatusFormat(
  result: EvaluationResult,
  reading: ContractReading,
  locale: Locale,
): ConditionalFormatSpec | null {
  const table = reading.layout.indicators;
  const column = table?.columns.status;
  if (!table || !column || table.dataRows.length === 0) return null;
  const first = Math.min(...table.dataRows);
  const last = Math.max(...table.dataRows);
  const byRow = new Map(table.dataRows.map((row, i) => [row, i]));
  const texts: string[] = [];
  for (let row = first; row <= last; row++) {
    const index = byRow.get(row);
    const exists = index !== undefined && result.indicators[index] !== undefined;
    texts.push(exists ? indicatorStatusText(result, index, locale) : '');
  }
  return statusColumnFormat(table.sheet, column.columnIndex, first, texts, locale);
}
