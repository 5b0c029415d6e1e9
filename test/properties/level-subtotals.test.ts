/**
 * Property: every view shows the same subtotal for each level-1 indicator (一级指标), under
 * either not-applicable rule. For each level of a generated workbook, the pane's 一级指标得分,
 * the 评价结果 sheet's 分项得分 row and the report's 分一级指标 figure equal the engine's
 * figure, and that figure is the sum of the level's row scores: a not-applicable row counts
 * as 0 of its weight under notApplicable=zero and leaves the level under rescale.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import type { EvaluationResult, Locale } from '../../src/engine/types';
import { t } from '../../src/i18n/catalog';
import { draftReport } from '../../src/report';
import { buildPaneModel } from '../../src/taskpane/model';
import { snapshotRequest } from '../../src/workbook';
import { scoreSnapshot } from '../../src/workbook/recalculation/recalculate';
import { resultsSheetPlan } from '../../src/workbook/sheets/results-sheet';
import { MemoryHost } from '../workbook/helpers/memory-host';
import { buildWorkbook, localeArb, workbookSpec } from './helpers/workbook-arbitrary';

const NOW = new Date(2024, 2, 1, 9, 30, 0);

interface Figure {
  name: string;
  weight: number;
  score: number | null;
}

/** The level subtotals as the rows say: Σ row scores of the level, the N/A rule applied. */
function fromRows(result: EvaluationResult, rule: 'zero' | 'rescale'): Figure[] {
  const levels = new Map<string, { weight: Decimal; score: Decimal | null }>();
  for (const row of result.indicators) {
    const level = levels.get(row.level1) ?? { weight: new Decimal(0), score: null };
    levels.set(row.level1, level);
    if (row.status === 'notApplicable') {
      if (rule === 'rescale') continue;
      expect(row.score).toBe(0);
    }
    level.weight = level.weight.plus(row.weight);
    if (row.score !== null) level.score = (level.score ?? new Decimal(0)).plus(row.score);
  }
  return [...levels].map(([name, l]) => ({
    name,
    weight: l.weight.toNumber(),
    score: l.score === null ? null : l.score.toNumber(),
  }));
}

/** 分项得分 on 评价结果: the rows between the header and 合计, the execution row left out. */
function sheetFigures(values: unknown[][], locale: Locale): Figure[] {
  const header = values.findIndex(
    (row) =>
      row[0] === t('workbook.results.level1', {}, locale) &&
      row[1] === t('workbook.results.weight', {}, locale),
  );
  expect(header).toBeGreaterThan(0);
  const sum = values.findIndex(
    (row, i) => i > header && row[0] === t('workbook.results.sum', {}, locale),
  );
  return values.slice(header + 2, sum).map((row) => ({
    name: String(row[0]),
    weight: row[1] as number,
    score: row[2] === '' ? null : (row[2] as number),
  }));
}

/** 分一级指标 in the report's conclusion: each level's figures, in the order written. */
function reportFigures(paragraph: string, result: EvaluationResult, locale: Locale): Figure[] {
  const separator = t('report.conclusion.levelSeparator', {}, locale);
  const prefix = t('report.conclusion.levels', { levels: '' }, locale).replace(/[。.]$/, '');
  const body = paragraph.slice(prefix.length, -1);
  return body.split(separator).map((part, i) => {
    const level = result.levels[i];
    const name = level.name || t('report.conclusion.noLevel', {}, locale);
    expect(part.startsWith(name)).toBe(true);
    const numbers = (part.slice(name.length).match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    return level.score === null
      ? { name: level.name, weight: numbers[0], score: null }
      : { name: level.name, weight: numbers[1], score: numbers[0] };
  });
}

describe('level-1 subtotals', () => {
  it('are the same figure in the pane, on 评价结果, in the report and in the engine', async () => {
    let compared = 0;
    let zeroRows = 0;
    let reported = 0;
    await fc.assert(
      fc.asyncProperty(
        workbookSpec(),
        fc.constantFrom<'zero' | 'rescale'>('zero', 'rescale'),
        localeArb,
        async (spec, rule, locale) => {
          const rules = (spec.rules ?? []).filter(([key]) => key !== 'notApplicable');
          const { workbook } = buildWorkbook({
            ...spec,
            rules: [...rules, ['notApplicable', rule]],
          });
          const snapshot = await new MemoryHost(workbook).read(snapshotRequest());
          const { reading, result } = scoreSnapshot(snapshot, {});
          // Mid-year monitorings have no subtotals; unreadable workbooks no result.
          if (!result || result.monitoring) return;
          compared++;
          if (rule === 'zero' && result.indicators.some((r) => r.status === 'notApplicable'))
            zeroRows++;
          const engine = result.levels.map(({ name, weight, score }) => ({ name, weight, score }));
          expect(engine).toEqual(fromRows(result, rule));

          const pane = buildPaneModel(result, locale).subtotals.map((s, i) => ({
            name: result.levels[i].name,
            weight: Number(s.weightText),
            score: s.scoreText === '—' ? null : Number(s.scoreText),
          }));
          expect(pane).toEqual(engine);

          const { plan } = resultsSheetPlan(result, reading, snapshot, locale, NOW);
          const sheet = sheetFigures(plan.writes[0].values, locale).map((s, i) => ({
            ...s,
            name: result.levels[i].name,
          }));
          expect(sheet).toEqual(engine);

          const draft = draftReport(reading.input, result, locale);
          const prefix = t('report.conclusion.levels', { levels: '' }, locale).slice(0, 4);
          const paragraph = draft.conclusion.paragraphs.find((p) => p.startsWith(prefix));
          // Without any level 1 the report states no subtotal, only the composite.
          if (result.levels.every((level) => level.name === '')) {
            expect(paragraph).toBeUndefined();
            return;
          }
          expect(paragraph).toBeDefined();
          expect(reportFigures(paragraph!, result, locale)).toEqual(engine);
          reported++;
        },
      ),
      { numRuns: 150 },
    );
    // The property compared figures (the report's too), with not-applicable rows under 'zero'.
    expect(compared).toBeGreaterThan(75);
    expect(zeroRows).toBeGreaterThan(0);
    expect(reported).toBeGreaterThan(30);
  });
});
