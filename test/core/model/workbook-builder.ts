// Builds small WorkbookInputs for tests from plain arrays; a cell's display defaults to String(value).
import { namesMatch } from '../../../src/core/names';
import { isKnownTab, TABS, tabDef } from '../../../src/core/schema/tabs';
import type { SheetInput, WorkbookInput } from '../../../src/core/workbook';

/** A cell whose display differs from String(value), as a formatted sheet cell does (0.85 shown as `85%`). */
export interface Shown {
  readonly shown: true;
  readonly value: unknown;
  readonly display: string;
}

export const shown = (value: unknown, display: string): Shown => ({ shown: true, value, display });

const isShown = (cell: unknown): cell is Shown =>
  typeof cell === 'object' && cell !== null && 'shown' in cell;

const displayOf = (cell: unknown): string => {
  if (isShown(cell)) return cell.display;
  return cell === null || cell === undefined ? '' : String(cell);
};

export function sheet(name: string, rows: readonly (readonly unknown[])[]): SheetInput {
  return {
    name,
    values: rows.map((row) => row.map((cell) => (isShown(cell) ? cell.value : (cell ?? null)))),
    displays: rows.map((row) => row.map(displayOf)),
  };
}

/**
 * A Settings tab with no rows, named in the language of the other tabs, as Set up and init always make one; a
 * workbook with tabs but no Settings is an error (SPEC §4.1), which only tests about that leave it out.
 */
function withSettings(sheets: readonly SheetInput[]): readonly SheetInput[] {
  const known = sheets.filter((s) => isKnownTab(s.name));
  if (known.length === 0 || sheets.some((s) => namesMatch(s.name, tabDef('settings')))) return sheets;
  const english = known.every((s) =>
    TABS.some((tab) => s.name.trim().toLowerCase() === tab.en.toLowerCase()),
  );
  return [english ? sheet('Settings', [['Key', 'Value']]) : sheet('设置', [['项', '值']]), ...sheets];
}

export function workbook(
  sheets: readonly SheetInput[],
  options: Partial<Pick<WorkbookInput, 'timeZone' | 'dateCells'>> & { readonly settings?: false } = {},
): WorkbookInput {
  return {
    sheets: options.settings === false ? sheets : withSettings(sheets),
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    dateCells: options.dateCells ?? 'wall-clock',
  };
}
