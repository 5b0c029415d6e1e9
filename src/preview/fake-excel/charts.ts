/**
 * Charts of the fake Excel (worksheet.charts): ChartCollection.add(type, sourceData, seriesBy),
 * Chart.name / title.text / legend.position / setPosition / delete, and the series that add()
 * makes of the source as Excel does for a table with a header row and a label column:
 * ChartSeries.name (ExcelApi 1.1) and chartType (ExcelApi 1.7). Tests read the result in
 * `SheetModel.charts`.
 */
import { type Block, blockAddress, cellAddress, parseBlock, widthOf } from '../../workbook/a1';
import { ErrorCodes, FakeExcelError, invalidArgument } from './errors';
import type { SheetModel } from './model';
import { FakeClientObject, type FakeRequestContext } from './proxy';

/** The chart types the fake accepts (Office.js Excel.ChartType values). */
const CHART_TYPES = [
  'ColumnClustered',
  'ColumnStacked',
  'BarClustered',
  'BarStacked',
  'Line',
  'LineMarkers',
  'Pie',
  'Area',
  'XYScatter',
];
const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];

export interface ChartSeriesModel {
  name: string;
  /** The values, "C11:C18" on the chart's sheet. */
  values: string;
  /** Absent: drawn as the chart's type. */
  chartType?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  /** The source block as added ("B10:D18"). */
  source: string;
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  /** The category labels ("B11:B18"); null when the source has no label column. */
  categories: string | null;
  series: ChartSeriesModel[];
  title: string;
  legendPosition: string;
  /** The cells it covers ("H3:P22"); null until setPosition. */
  position: string | null;
}

function isText(sheet: SheetModel, row: number, column: number): boolean {
  const value = sheet.cell(row, column)?.value;
  return typeof value === 'string' && value !== '';
}

/**
 * Excel's reading of a source block by columns: a first row of texts holds the series names,
 * a first column of texts (below that row) the category labels, every other column a series.
 */
function seriesOf(
  sheet: SheetModel,
  rect: Block,
): { categories: string | null; series: ChartSeriesModel[] } {
  const headerRow = Array.from({ length: widthOf(rect) }, (_, c) => c)
    .slice(1)
    .every((c) => isText(sheet, rect.top, rect.left + c));
  const top = headerRow ? rect.top + 1 : rect.top;
  const rows = rect.bottom + 1 - top;
  const labelColumn =
    rows > 0 &&
    widthOf(rect) > 1 &&
    Array.from({ length: rows }, (_, r) => top + r).every((r) => isText(sheet, r, rect.left));
  const first = labelColumn ? rect.left + 1 : rect.left;
  const block = (column: number) =>
    blockAddress({ top, left: column, bottom: top + Math.max(rows, 1) - 1, right: column });
  const series: ChartSeriesModel[] = [];
  for (let c = first; c <= rect.right; c++) {
    const name = headerRow ? String(sheet.cell(rect.top, c)?.value ?? '') : '';
    series.push({ name: name || `Series${series.length + 1}`, values: block(c) });
  }
  return { categories: labelColumn ? block(rect.left) : null, series };
}

export class FakeChartTitle extends FakeClientObject<ChartModel> {
  constructor(context: FakeRequestContext, resolver: () => ChartModel) {
    super(context, 'ChartTitle', ['text'], resolver);
  }
  protected readProperty(chart: ChartModel, property: string): unknown {
    return property === 'text' ? chart.title : undefined;
  }
  get text(): string {
    return this.loadedValue('text');
  }
  set text(value: string) {
    this.queueSet('text', value, (chart) => {
      if (typeof value !== 'string') throw invalidArgument('The title must be text.');
      chart.title = value;
    });
  }
}

export class FakeChartLegend extends FakeClientObject<ChartModel> {
  constructor(context: FakeRequestContext, resolver: () => ChartModel) {
    super(context, 'ChartLegend', ['position'], resolver);
  }
  protected readProperty(chart: ChartModel, property: string): unknown {
    return property === 'position' ? chart.legendPosition : undefined;
  }
  get position(): string {
    return this.loadedValue('position');
  }
  set position(value: string) {
    this.queueSet('position', value, (chart) => {
      if (!LEGEND_POSITIONS.includes(value))
        throw invalidArgument(`"${value}" is not a legend position.`);
      chart.legendPosition = value;
    });
  }
}

export class FakeChartSeries extends FakeClientObject<ChartSeriesModel> {
  constructor(context: FakeRequestContext, resolver: () => ChartSeriesModel) {
    super(context, 'ChartSeries', ['name', 'chartType'], resolver);
  }
  protected readProperty(series: ChartSeriesModel, property: string): unknown {
    if (property === 'name') return series.name;
    return property === 'chartType' ? (series.chartType ?? 'ColumnClustered') : undefined;
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (series) => {
      if (typeof value !== 'string') throw invalidArgument('A series name must be text.');
      series.name = value;
    });
  }
  /** ExcelApi 1.7. */
  get chartType(): string {
    return this.loadedValue('chartType');
  }
  set chartType(value: string) {
    this.queueSet('chartType', value, (series) => {
      if (!CHART_TYPES.includes(value)) throw invalidArgument(`"${value}" is not a chart type.`);
      series.chartType = value;
    });
  }
}

export class FakeChartSeriesCollection {
  constructor(
    readonly context: FakeRequestContext,
    private readonly chart: () => ChartModel,
  ) {}

  /** ItemNotFound at sync() when the chart has no series at `index`. */
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => {
      const series = this.chart().series[index];
      if (!series)
        throw new FakeExcelError(ErrorCodes.itemNotFound, `The chart has no series ${index}.`);
      return series;
    });
  }
}

export class FakeChart extends FakeClientObject<ChartModel> {
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;

  constructor(
    context: FakeRequestContext,
    resolver: () => ChartModel | null,
    private readonly sheet: () => SheetModel,
    orNullObject = false,
  ) {
    super(context, 'Chart', ['name'], resolver, orNullObject);
    this.title = new FakeChartTitle(context, () => this.require());
    this.legend = new FakeChartLegend(context, () => this.require());
    this.series = new FakeChartSeriesCollection(context, () => this.require());
  }

  protected readProperty(chart: ChartModel, property: string): unknown {
    return property === 'name' ? chart.name : undefined;
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (chart) => {
      if (typeof value !== 'string' || value === '') throw invalidArgument('No chart name.');
      chart.name = value;
    });
  }

  /** Places the chart over the cells from startCell to endCell ("H3", "P22"). */
  setPosition(startCell: string, endCell?: string): void {
    this.queueCall('setPosition', (chart) => {
      const start = parseBlock(startCell);
      const end = parseBlock(endCell ?? startCell);
      if (!start || !end) throw invalidArgument(`"${startCell}:${endCell}" is not a position.`);
      chart.position = `${cellAddress(start.top, start.left)}:${cellAddress(end.top, end.left)}`;
    });
  }

  delete(): void {
    this.queueCall('delete', (chart) => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

/** A source range as the chart collection needs it (the fake's Range target). */
export interface ChartSource {
  /** @internal */
  require(): { sheet: SheetModel; rect: Block };
}

export class FakeChartCollection {
  constructor(
    readonly context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {}

  /** Adds a chart of `type` over `sourceData` (a range of the same sheet), series by columns. */
  add(
    type: string,
    sourceData: ChartSource,
    seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto',
  ): FakeChart {
    let created: ChartModel | undefined;
    this.context.enqueue({
      location: 'ChartCollection.add',
      run: () => {
        const sheet = this.sheet();
        if (!CHART_TYPES.includes(type)) throw invalidArgument(`"${type}" is not a chart type.`);
        if (seriesBy === 'Rows')
          throw invalidArgument('The fake Excel draws series by columns only.');
        const { sheet: sourceSheet, rect } = sourceData.require();
        if (sourceSheet !== sheet)
          throw invalidArgument('The source data must be on the chart’s sheet.');
        const { categories, series } = seriesOf(sheet, rect);
        created = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: blockAddress(rect),
          seriesBy,
          categories,
          series,
          title: '',
          legendPosition: 'Right',
          position: null,
        };
        sheet.charts.push(created);
      },
    });
    return new FakeChart(
      this.context,
      () => {
        if (!created) throw new FakeExcelError(ErrorCodes.itemNotFound, 'The chart was not added.');
        return created;
      },
      this.sheet,
    );
  }

  /** ItemNotFound at sync() when no chart has that name. */
  getItem(name: string): FakeChart {
    return new FakeChart(
      this.context,
      () => {
        const chart = this.sheet().charts.find((c) => c.name === name);
        if (!chart) throw new FakeExcelError(ErrorCodes.itemNotFound, `No chart "${name}".`);
        return chart;
      },
      this.sheet,
    );
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(
      this.context,
      () => this.sheet().charts.find((c) => c.name === name) ?? null,
      this.sheet,
      true,
    );
  }
}
