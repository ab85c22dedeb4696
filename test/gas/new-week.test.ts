// Start new week through the bundle: appended rows, one write per tab, text kept as text, idempotent.
import { harness } from './harness';

describe('Start new week', () => {
  it('appends next week’s rows below the last row with one setValues per tab, never touching earlier rows', () => {
    const h = harness();
    const spreadsheet = h.world.spreadsheetApp.spreadsheet;
    const before = new Map(spreadsheet.sheets.map((s) => [s.name, s.values()]));
    h.run('startNewWeek');
    const grown = spreadsheet.sheets.filter((s) => s.getLastRow() > (before.get(s.name)?.length ?? 0));
    expect(grown.map((s) => s.name)).toContain('项目');
    expect(h.world.calls.count('SpreadsheetApp', 'Range.setValues')).toBe(grown.length);
    for (const sheet of spreadsheet.sheets) {
      const old = before.get(sheet.name) ?? [];
      expect(
        sheet
          .values()
          .slice(0, old.length)
          .map((r) => r.slice(0, old[0]?.length)),
      ).toEqual(old);
    }
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([
      expect.stringMatching(/^已为 2023-11-20 这一周追加：项目 \d+ 行，重点工作 \d+ 行。$/),
    ]);
  });

  it('keeps a text that looks like a formula as text', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const header = projects.values()[0];
    const status = header.indexOf('进展') + 1;
    const lastRow = projects.getLastRow();
    projects.getRange(lastRow, status).setValues([["'=SUM(A1:A9) 不是公式"]]);
    h.run('startNewWeek');
    const added = projects.grid.slice(lastRow).flat();
    expect(added.some((cell) => cell.value === '=SUM(A1:A9) 不是公式')).toBe(true);
    expect(added.filter((cell) => cell.formula)).toEqual([]);
  });

  it('adds nothing when run a second time for the same week', () => {
    const h = harness();
    h.run('startNewWeek');
    const after = h.world.spreadsheetApp.spreadsheet.sheets.map((s) => s.values());
    h.run('startNewWeek');
    expect(h.world.spreadsheetApp.spreadsheet.sheets.map((s) => s.values())).toEqual(after);
  });
});
