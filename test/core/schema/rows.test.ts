// parseRows calls a row schema's cell readers itself: rows and findings must be what the zod schema gives, in order.
import * as z from 'zod/mini';
import { type Cell, shownText, unreadableCell } from '../../../src/core/cells/cell';
import { projectRow } from '../../../src/core/schema/projects';
import { type ParsedRows, parseRows } from '../../../src/core/schema/rows';
import { cellAt, columnsOf, findingAt, findTables, type Table } from '../../../src/core/schema/table';
import type { ColumnKey } from '../../../src/core/schema/tabs';
import { sheet, shown, workbook } from '../model/workbook-builder';

const ctx = { dateCells: 'wall-clock', timeZone: 'Asia/Shanghai', near: '2023-11-13' } as const;

/** What parseRows did before it called the readers itself: one zod parse per row, every field a zod pipe. */
function throughZod<T>(table: Table<'projects'>, schema: z.ZodMiniType<T>): ParsedRows<T> {
  const rows: (T & { row: number })[] = [];
  const findings: ReturnType<typeof findingAt>[] = [];
  for (const row of table.dataRows) {
    const cells = columnsOf<'projects'>(table.def).map((c) => [c.key, cellAt(table, c.key, row)] as const);
    const unreadable = cells.flatMap(([key, cell]) => {
      const problem = unreadableCell(cell);
      return problem ? [findingAt(table, key, row, 'error', problem, { found: shownText(cell) })] : [];
    });
    if (unreadable.length > 0) {
      findings.push(...unreadable);
      continue;
    }
    const parsed = schema.safeParse(Object.fromEntries(cells));
    if (parsed.success) rows.push({ ...parsed.data, row });
    else
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as ColumnKey<'projects'>;
        const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
        findings.push(findingAt(table, key, row, 'error', issue.message as never, params));
      }
  }
  return { rows, findings };
}

describe('parseRows', () => {
  it('reads rows of cell readers as the zod schema does: the same rows and the same findings, in order', () => {
    const projects = sheet('项目', [
      ['周', '目标', '项目', '序号', '进展', '进度', '上周进度', '计划日期', '负责人', '状态', '备注'],
      ['2023-11-13', 'O1', '物保', null, '联调', shown(0.5, '50%'), 0.4, '11/30', '张三', '进行中', 'x'],
      ['2023-11-13', 'O1', '', 'a', '', '120%', shown(-0.1, '-10%'), '2月30日', '', '搁置', null],
      ['下周一', 'O2', '看懂账', 2, '#REF!', 0.2, null, null, '李四', null, 7],
      [
        shown(new Date('2023-11-14T00:00:00Z'), '2023-11-14'),
        'O1',
        '双活',
        1,
        '',
        85,
        null,
        '下周',
        '',
        '延期',
        '',
      ],
    ]);
    const table = findTables(workbook([projects])).tables.projects;
    if (!table) throw new Error('no Projects tab');

    const direct = parseRows(table, projectRow(ctx));
    const zod = throughZod(table, projectRow(ctx));

    expect(direct).toEqual(zod);
    expect(direct.rows.map((r) => Object.keys(r))).toEqual(zod.rows.map((r) => Object.keys(r)));
    expect(direct.rows).toHaveLength(2);
    expect(direct.findings.length).toBeGreaterThan(4);
  });

  it('parses a schema that is not all cell readers with zod, a whole row at a time', () => {
    const projects = sheet('项目', [
      ['周', '目标', '项目'],
      ['2023-11-13', 'O1', '物保'],
      ['2023-11-13', 'O1', ''],
    ]);
    const table = findTables(workbook([projects])).tables.projects;
    if (!table) throw new Error('no Projects tab');
    // Project as the raw cell, as Settings keeps its Value: not a cell reader, so zod reads the row.
    const schema = z.object({
      ...projectRow(ctx).shape,
      project: z.custom<Cell>((cell) => (cell as Cell).value !== '', 'requiredValue'),
    });

    const parsed = parseRows(table, schema);

    expect(parsed.rows.map((r) => [r.row, r.week, r.project])).toEqual([
      [1, '2023-11-13', { value: '物保', display: '物保' }],
    ]);
    expect(parsed.findings.map((f) => [f.cell, f.message])).toEqual([['C3', 'requiredValue']]);
  });
});
