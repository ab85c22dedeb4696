// Data problems are values: each names its tab and cell, and is an error (blocks) or a warning (does not).

export type Severity = 'error' | 'warning';

export interface Issue {
  readonly tab: string;
  /** A1 reference such as `F12`; empty when the problem is the tab itself. */
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

/** Column index (0-based) to its letters: 0 → `A`, 26 → `AA`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column index (0-based) and row index (0-based, header = 0) to an A1 reference. */
export const a1 = (column: number, row: number): string => `${columnLetters(column)}${row + 1}`;

/** `Tab!A1: message`, the one way problems are shown to users. */
export function formatIssue(issue: Issue): string {
  return issue.cell ? `${issue.tab}!${issue.cell}: ${issue.message}` : `${issue.tab}: ${issue.message}`;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');
