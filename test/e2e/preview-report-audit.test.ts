/**
 * The preview (dist/preview.html) in Chromium, the report, audit, mid-year and results-sheet parts of the pane: 生成报告文字 writes the
 * 自评报告 sheet and copies the text (or, when the clipboard refuses, leaves it to select);
 * the mid-year sample shows the traffic lights (全年办件数量 at 45.5% of its target with half
 * the year gone, 全程网办事项比例 94.24% already above its 88% target) with a provisional
 * composite; the published scores give the 预算经费 audit item whose link selects its cell;
 * 生成评价结果 and 撤销上次计算; 年中监控 chosen in the settings (the 评分规则 keys monitor and
 * elapsed) shows the same 75% on the pane and the sheet. Screenshots go to test-results/preview-report-*.png.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import { SAMPLE } from '../../src/workbook/template/sample';
import { RESULTS, eventually, expectText, startSession, type Session } from './serve';

const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });

function rowOf(indicator: string): number {
  return spec.layout.firstDataRow + SAMPLE.indicators.findIndex((i) => i.name === indicator);
}

let session: Session;

beforeAll(async () => {
  session = await startSession('preview.html');
  await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: session.server.origin,
  });
});

afterAll(async () => {
  await session?.close();
});

async function open(query: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${session.server.origin}/preview.html${query}`);
  return page;
}

async function recalculate(page: Page, label = '重新计算'): Promise<void> {
  const button = page.getByRole('button', { name: label, exact: true });
  await button.waitFor({ state: 'visible', timeout: 15000 });
  await button.click();
  await page.getByTestId('pane-total').waitFor({ state: 'visible', timeout: 15000 });
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(RESULTS, `preview-report-${name}.png`) });

test('生成报告文字 writes the 自评报告 sheet and copies the report text', async () => {
  const page = await open('');
  await recalculate(page);
  await page.getByRole('button', { name: '生成报告文字' }).click();
  await expectText(
    page.getByRole('status').filter({ hasText: '报告文字' }),
    '报告文字已写入“自评报告”工作表，并已复制到剪贴板。',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('预算经费：该指标预期指标值为小于等于212.65万元');
  expect(copied).toContain('该指标权重分值为12分，自评得分12分。');
  const title = copied.split('\n')[0];
  const a1 = await page.evaluate(() => window.perfscorePreview!.cell('自评报告', 'A1'));
  expect(a1.value).toBe(title);
  // The new sheet has its tab beside the form: the grid shows it.
  await page.getByRole('tab', { name: '自评报告' }).click();
  await expectText(page.getByTestId('sheet-grid').locator('td[data-address="A1"]'), title);
  await shot(page, '1-report-sheet');
  await page.close();
});

test('when the clipboard refuses, the report text is left in the pane to select', async () => {
  const page = await session.browser.context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.execCommand = () => false;
  });
  await page.goto(`${session.server.origin}/preview.html`);
  await recalculate(page);
  await page.getByRole('button', { name: '生成报告文字' }).click();
  const box = page.getByTestId('report-text');
  await box.waitFor({ state: 'visible', timeout: 15000 });
  expect(await page.getByRole('status').first().textContent()).toContain('未能复制到剪贴板');
  const text = await box.getByRole('textbox').inputValue();
  expect(text).toContain('该指标权重分值为12分，自评得分12分。');
  // Selected at once, ready for Ctrl+C.
  const selected = await page.evaluate(() => {
    const area = document.activeElement as HTMLTextAreaElement;
    return area.selectionEnd - area.selectionStart;
  });
  expect(selected).toBe(text.length);
  await shot(page, '2-report-not-copied');
  await page.close();
});

test('the mid-year sample: traffic lights in words, 45.5% of 全年办件数量, 全程网办 above 88%', async () => {
  const page = await open('?sample=midyear');
  await recalculate(page);
  const monitoring = page.getByTestId('monitoring');
  await monitoring.waitFor({ state: 'visible', timeout: 15000 });
  // Never final: the composite is provisional.
  await expectText(page.getByTestId('pane-grade'), '待定');
  expect(await monitoring.textContent()).toContain('时间进度 50%');
  const count = monitoring.getByTestId('monitor-line').filter({ hasText: '全年办件数量' });
  expect(await count.getByTestId('monitor-detail').textContent()).toBe(
    '完成年度目标的 45.5%，时间进度 50%',
  );
  expect(await count.textContent()).toContain('绿灯');
  const online = monitoring.getByTestId('monitor-line').filter({ hasText: '全程网办事项比例' });
  expect(await online.getByTestId('monitor-detail').textContent()).toBe('年中 94.24%，目标 ≥88%');
  expect(await online.textContent()).toContain('已达目标');
  // Red lines come first, each saying 红灯 in words.
  const first = monitoring.getByTestId('monitor-line').nth(1);
  expect(await first.getAttribute('data-light')).toBe('red');
  expect(await first.textContent()).toContain('红灯');
  await shot(page, '3-midyear');

  // A line opens the editor with the monitoring categories; a chip prefixes the reason.
  const staff = monitoring.getByTestId('monitor-line').filter({ hasText: '培训费下降率' });
  await staff.getByRole('button').first().click();
  await staff.getByRole('button', { name: '制度保障' }).click();
  const reason = staff.getByLabel('偏差原因分析');
  await reason.fill(`${await reason.inputValue()}培训计划调整至下半年`);
  await staff.getByRole('button', { name: '经费保障' }).click();
  expect(await reason.inputValue()).toBe('经费保障：培训计划调整至下半年');
  await shot(page, '4-midyear-categories');
  await staff.getByRole('button', { name: '保存说明' }).click();
  const cell = `${spec.layout.columns.reason}${rowOf('培训费下降率')}`;
  await eventually(
    () => page.evaluate((a) => window.perfscorePreview!.cell('绩效自评表', a).value, cell),
    '经费保障：培训计划调整至下半年',
  );
  await page.close();
});

test('the published scores: 预算经费 11.76 vs 12.00 in 核对提示, its link selects the cell', async () => {
  const page = await open('?sample=published');
  await recalculate(page);
  const item = page.getByTestId('audit-item').filter({ hasText: '预算经费' });
  await item.waitFor({ state: 'visible', timeout: 15000 });
  expect(await item.textContent()).toContain('预算经费：人工得分 11.76 与规则得分 12.00 不一致');
  const row = rowOf('预算经费');
  const where = `绩效自评表!${spec.layout.columns.manualScore}${row}`;
  await item.getByRole('button', { name: `定位 ${where}` }).click();
  await eventually(
    () =>
      page.getByTestId('sheet-grid').locator(`tr[data-row="${row}"]`).getAttribute('aria-selected'),
    'true',
  );
  await shot(page, '5-audit');
  await page.close();
});

test('生成评价结果 writes its sheet; 撤销上次计算 restores the outputs before the last recalculation', async () => {
  const page = await open('');
  await recalculate(page);
  await page.getByRole('button', { name: '生成评价结果' }).click();
  await expectText(
    page.getByRole('status').filter({ hasText: '评价结果' }),
    '已生成“评价结果”工作表（含指标完成率图表）。',
  );
  await page.getByRole('tab', { name: '评价结果' }).waitFor({ state: 'visible', timeout: 15000 });
  await page.getByRole('button', { name: '撤销上次计算' }).click();
  const notice = page.getByRole('status').filter({ hasText: '撤销' });
  await notice.waitFor({ state: 'visible', timeout: 15000 });
  expect(await notice.textContent()).toContain('已撤销');
  // Before that recalculation the outputs were empty.
  const total = spec.names.find((n) => n.name === 'Result_Total')!.address;
  await eventually(
    () => page.evaluate((a) => window.perfscorePreview!.cell('绩效自评表', a).text, total),
    '',
  );
  await shot(page, '6-undo');
  await page.close();
});

test('the English pane: the same lights, in English words', async () => {
  const page = await open('?sample=midyear&lang=en-US');
  await recalculate(page, 'Recalculate');
  const monitoring = page.getByTestId('monitoring');
  await monitoring.waitFor({ state: 'visible', timeout: 15000 });
  const count = monitoring.getByTestId('monitor-line').filter({ hasText: '全年办件数量' });
  expect(await count.getByTestId('monitor-detail').textContent()).toBe(
    '45.5% of the annual target done, 50% of the year elapsed',
  );
  expect(await count.textContent()).toContain('Green');
  await shot(page, '7-midyear-english');
  await page.close();
});

test('年中监控 chosen in the settings (评分规则 monitor, elapsed): the pane and the sheet agree', async () => {
  const page = await open('');
  await recalculate(page);
  await page.getByRole('button', { name: '评分规则设置' }).click();
  const dialog = page.getByRole('dialog', { name: '评分规则' });
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  // Each key is named in words, its key beside it.
  const monitorRule = dialog.getByLabel('年中监控 monitor', { exact: true });
  // The choices in the pane's language; blank keeps the default (自动).
  expect(await monitorRule.locator('option').allTextContents()).toEqual([
    '（默认：自动）',
    '自动',
    '年中监控',
    '年终',
  ]);
  await monitorRule.selectOption('年中监控');
  await dialog.getByLabel('时间进度 elapsed', { exact: true }).fill('75%');
  await shot(page, '6-monitoring-rule');
  await dialog.getByRole('button', { name: '保存设置' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 15000 });
  await expectText(
    page.getByRole('status').filter({ hasText: '设置已保存' }),
    '设置已保存到“评分规则”。请点击“重新计算”，按新规则更新工作表和本窗格。',
  );
  await recalculate(page);
  const monitoring = page.getByTestId('monitoring');
  await monitoring.waitFor({ state: 'visible', timeout: 15000 });
  expect(await monitoring.textContent()).toContain('时间进度 75%');
  const status = spec.names.find((n) => n.name === 'Result_Status')!;
  const written = await page.evaluate(
    ([sheet, address]) => window.perfscorePreview!.cell(sheet, address),
    [status.sheet, status.address] as const,
  );
  expect(String(written.value)).toMatch(/^年中监控（时间进度 75%）：红灯 \d+、黄灯 \d+、绿灯 \d+/);
  await page.close();
});

test('no request left 127.0.0.1', () => {
  expect(session.browser.blocked).toEqual([]);
});
