// The abstract report document: a tree built first and serialised by each writer (Markdown, .docx, Google Doc).

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

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] }
  | ListBlock
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

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
