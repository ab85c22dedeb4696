// The abstract report document: a tree built first and serialised by each writer (Markdown, .docx, Google Doc).
import type { Status } from '../model/project-status';

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  /** Where the text leads (a team's row or Doc); writers show it as a link, an `https:` address only. */
  readonly link?: string;
}

export interface ListItem {
  readonly runs: readonly TextRun[];
  /** A nested list under this item (e.g. a project's numbered sub-points). */
  readonly sublist?: ListBlock;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
}

/** What a table cell stands for, when it shows a status (SPEC §8); writers that can colour a cell colour it by this. */
export type CellStatus = Status;

export interface TableBlock {
  readonly kind: 'table';
  /** The header row, shown bold. */
  readonly header: readonly string[];
  /** The body rows; a cell's text always says everything (a status cell holds its emoji and word). */
  readonly rows: readonly (readonly string[])[];
  /**
   * The status of body cells, indexed like `rows` (`statuses[r][c]` for `rows[r][c]`); a missing row or cell, or
   * null, is an ordinary cell. Data, not styling: each writer picks its own colours.
   */
  readonly statuses?: readonly (readonly (CellStatus | null)[])[];
  /** Where body cells lead, indexed like `rows`; a missing row or cell, or null, is plain text. */
  readonly links?: readonly (readonly (string | null)[])[];
}

/** One line of a chart: a value per x label, null for a week without one (a gap, never a zero). */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** Drawn as a dashed line across the chart, when the metric has a Target. */
  readonly target: number | null;
  /** What the target line is called in the legend (`入金有效成功率 目标 99.99%`); null without a target. */
  readonly targetLabel: string | null;
}

/**
 * A trend chart (SPEC §9): its data, not a picture, so that every writer draws the same thing with what it has (an
 * image rendered in Node, a Sheets chart in Apps Script).
 */
export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  /**
   * A file name for the picture (`支付成功率.png`), for writers that keep it in a file of its own: derived from the
   * title, unique within the document, without path separators or characters a file system refuses.
   */
  readonly file: string;
  /** The weeks as the report numbers them (`第46周`), oldest first. */
  readonly xLabels: readonly string[];
  /** Values are percents in points (99.997 means 99.997%). */
  readonly percent: boolean;
  /** Decimal places the values are shown with. */
  readonly decimals: number;
  readonly series: readonly ChartSeries[];
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] }
  | ListBlock
  | TableBlock
  | ChartBlock;

export interface ReportDocument {
  /** `第46周 2023-11-13` / `Week 46, 2023-11-13`: the document title and the output file name. */
  readonly title: string;
  /** Shown in page headers/footers: team, week title and generated time. */
  readonly headerText: string;
  readonly language: 'zh' | 'en';
  readonly blocks: readonly Block[];
}

/** Plain text of a run list, for writers that cannot style and for tests. */
export const plainText = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');
