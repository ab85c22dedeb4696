// Sheets' embedded charts: EmbeddedChartBuilder (newChart / modify), EmbeddedChart and its picture. A chart keeps
// its ranges and options; getAs('image/png') "draws" it from the sheet's current cells: the bytes are not a PNG but
// a `PNG (fake)` line and the chart as JSON (title, labels, each line's points, dashed or not), for tests to read.
import { FakeBlob } from './blob';
import { type CallLog, counted, type FakeOf, unwrap } from './calls';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type BuilderMethods =
  | 'addRange'
  | 'clearRanges'
  | 'asLineChart'
  | 'setOption'
  | 'setPosition'
  | 'build'
  | 'getRanges';

/** What a chart's ranges read: the cells' values, rows first. */
export interface ChartSource {
  sheetName(): string;
  values(row: number, column: number, rows: number, columns: number): unknown[][];
}

export interface ChartRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface ChartState {
  /** Set when the chart is first inserted into a sheet; kept by modify(). */
  id: number | null;
  type: 'LINE' | null;
  ranges: ChartRange[];
  options: Record<string, unknown>;
  position: { row: number; column: number } | null;
}

/** The chart as its picture shows it. */
export interface DrawnChart {
  readonly title: string;
  readonly type: string;
  readonly labels: string[];
  readonly lines: { name: string; points: (number | null)[]; dashed: boolean }[];
  readonly format: string;
}

/** Pictures a drawing reads from one range: the first column labels the x axis, each other column is a line. */
function drawn(state: ChartState, source: ChartSource): DrawnChart {
  const [range] = state.ranges;
  if (state.ranges.length !== 1 || !range)
    throw new Error(`the fake draws one range, got ${state.ranges.length}`);
  const [header, ...rows] = source.values(range.row, range.column, range.rows, range.columns);
  const series = (state.options.series ?? {}) as Record<number, { lineDashStyle?: number[] }>;
  return {
    title: String(state.options.title ?? ''),
    type: state.type ?? 'UNSET',
    labels: rows.map((row) => String(row[0])),
    lines: header.slice(1).map((name, i) => ({
      name: String(name),
      points: rows.map((row) => (row[i + 1] === '' ? null : Number(row[i + 1]))),
      dashed: (series[i]?.lineDashStyle ?? []).length > 0,
    })),
    format: String((state.options.vAxis as { format?: string } | undefined)?.format ?? ''),
  };
}

export class FakeEmbeddedChart
  implements
    FakeOf<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'modify' | 'getAs' | 'getOptions' | 'getChartId'>
{
  constructor(
    readonly state: ChartState,
    private readonly source: ChartSource,
    private readonly log: CallLog,
  ) {}

  getChartId(): number | null {
    return this.state.id;
  }

  modify(): FakeEmbeddedChartBuilder {
    return counted(
      new FakeEmbeddedChartBuilder(structuredClone(this.state), this.source, this.log),
      this.log,
      'SpreadsheetApp',
      'EmbeddedChartBuilder',
    );
  }

  /** `getOptions().get('title')`, as Charts.ChartOptions reads them. */
  getOptions(): { get(option: string): unknown } {
    const { options } = this.state;
    return { get: (option: string) => options[option] ?? null };
  }

  getAs(contentType: string): FakeBlob {
    if (contentType !== 'image/png') throw new Error(`Exception: Invalid argument: ${contentType}`);
    if (this.state.id === null) throw new Error('Exception: The chart is not in a sheet yet.');
    const text = `PNG (fake)\n${JSON.stringify(drawn(this.state, this.source))}`;
    const width = Number(this.state.options.width ?? 600);
    const height = Number(this.state.options.height ?? 371);
    const blob = new FakeBlob(new TextEncoder().encode(text), 'image/png', 'chart.png', width, height);
    return counted(blob, this.log, 'SpreadsheetApp', 'Blob');
  }
}

export class FakeEmbeddedChartBuilder implements FakeOf<Builder, BuilderMethods> {
  constructor(
    private readonly state: ChartState,
    private readonly source: ChartSource,
    private readonly log: CallLog,
  ) {}

  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const r = unwrap(range) as unknown as ChartRange & {
      sheet: { name: string };
      numRows: number;
      numColumns: number;
    };
    if (r.sheet.name !== this.source.sheetName())
      throw new Error('the fake draws ranges of its own sheet only');
    this.state.ranges.push({ row: r.row, column: r.column, rows: r.numRows, columns: r.numColumns });
    return this;
  }

  clearRanges(): this {
    this.state.ranges = [];
    return this;
  }

  getRanges(): unknown[] {
    return [...this.state.ranges];
  }

  asLineChart(): this {
    this.state.type = 'LINE';
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.state.options[option] = structuredClone(value);
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, _offsetX: number, _offsetY: number): this {
    this.state.position = { row: anchorRowPos, column: anchorColPos };
    return this;
  }

  build(): FakeEmbeddedChart {
    return counted(
      new FakeEmbeddedChart(structuredClone(this.state), this.source, this.log),
      this.log,
      'SpreadsheetApp',
      'EmbeddedChart',
    );
  }
}

/** A sheet's charts: insert gives a new chart its id; update replaces the chart with the same id. */
export class SheetCharts {
  readonly charts: FakeEmbeddedChart[] = [];
  private nextId = 1;

  constructor(
    private readonly source: ChartSource,
    private readonly log: CallLog,
  ) {}

  newChart(): FakeEmbeddedChartBuilder {
    const state: ChartState = { id: null, type: null, ranges: [], options: {}, position: null };
    return counted(
      new FakeEmbeddedChartBuilder(state, this.source, this.log),
      this.log,
      'SpreadsheetApp',
      'EmbeddedChartBuilder',
    );
  }

  insert(chart: FakeEmbeddedChart): void {
    const { state } = unwrap(chart);
    if (state.id !== null) throw new Error('Exception: The chart is already in a sheet.');
    if (!state.position) throw new Error('Exception: The chart has no position.');
    state.id = this.nextId++;
    this.charts.push(unwrap(chart));
  }

  update(chart: FakeEmbeddedChart): void {
    const { state } = unwrap(chart);
    const at = this.charts.findIndex((c) => c.state.id === state.id);
    if (state.id === null || at < 0) throw new Error('Exception: The chart is not in this sheet.');
    this.charts[at] = unwrap(chart);
  }

  remove(chart: FakeEmbeddedChart): void {
    const { state } = unwrap(chart);
    const at = this.charts.findIndex((c) => c.state.id === state.id);
    if (at < 0) throw new Error('Exception: The chart is not in this sheet.');
    this.charts.splice(at, 1);
  }

  list(): FakeEmbeddedChart[] {
    return this.charts.map((chart) => counted(chart, this.log, 'SpreadsheetApp', 'EmbeddedChart'));
  }
}

/** The picture a fake chart's PNG stands for. */
export const drawnChart = (image: { getDataAsString(): string }): DrawnChart =>
  JSON.parse(image.getDataAsString().replace(/^PNG \(fake\)\n/, ''));
