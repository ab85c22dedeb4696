// The abstract report document: a tree built first and serialised by each writer (Markdown, .docx, Google Doc).
import type { Status } from '../model/project-status';

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
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
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] }
  | ListBlock
  | TableBlock;

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
