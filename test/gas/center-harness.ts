// A center (SPEC §13) in a fake world: the center's own sheet (Settings, Teams), teams' spreadsheets behind the
// Sheets advanced service, and center/dist/Code.js loaded as Apps Script loads it.
import type vm from 'node:vm';
import { CallLog } from '../fakes/calls';
import { loadBundle } from '../fakes/load-bundle';
import { type SeedSheet, sampleSheets, seedSpreadsheet } from '../fakes/sample-workbook';
import type { TriggerRecord } from '../fakes/script-services';
import type { Access, TeamSpreadsheet } from '../fakes/sheets-api';
import { FakeSpreadsheet } from '../fakes/spreadsheet-app';
import { createWorld, type FakeWorld } from '../fakes/world';
import { firing } from './harness';

/** Wednesday 2023-11-15 15:30 in Shanghai: the sample's report Monday is 2023-11-13. */
export const CENTER_NOW = new Date('2023-11-15T07:30:00Z');
export const REPORT_WEEK = '2023-11-13';
export const DIRECTOR = 'director@example.com';

/** A spreadsheet id as Drive makes them (the core takes 25 characters and more for one). */
export const idOf = (label: string): string => `1${Buffer.from(label).toString('hex')}`.padEnd(44, 'x');
export const urlOf = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

export interface TeamSpec {
  readonly name: string;
  readonly lead?: string;
  /** The team's tabs; default the sample workbook (a green team). */
  readonly sheets?: readonly SeedSheet[];
  readonly access?: Access;
  /** Listed in Teams but not in the world at all (deleted for good, or a mistyped id). */
  readonly missing?: boolean;
  /** The Sheet cell as typed, when not the team sheet's URL. */
  readonly link?: string;
}

/** The sample's tabs with the Projects rows of one week changed (`rows` of that week in, rows out). */
export function withProjects(
  change: (rows: readonly (readonly unknown[])[]) => (readonly unknown[])[],
  sheets: readonly SeedSheet[] = sampleSheets(),
): SeedSheet[] {
  return sheets.map((sheet) => {
    if (sheet.name !== '项目') return sheet;
    const ofWeek = (row: readonly unknown[]) => (row[0] as { date?: string } | null)?.date === REPORT_WEEK;
    const others = sheet.rows.filter((row) => !ofWeek(row));
    return { ...sheet, rows: [...others, ...change(sheet.rows.filter(ofWeek))] } as SeedSheet;
  });
}

/** A red team: the week's first project is 延期 (delayed). */
export const redTeam = (): SeedSheet[] =>
  withProjects((rows) =>
    rows.map((row, i) => (i === 0 ? [...row.slice(0, 9), '延期', ...row.slice(10)] : [...row])),
  );

/** A team that has not submitted: no Projects rows for the report week. */
export const notSubmittedTeam = (): SeedSheet[] => withProjects(() => []);

export interface CenterHarness {
  readonly world: FakeWorld;
  readonly script: vm.Context;
  readonly teams: ReadonlyMap<string, TeamSpreadsheet>;
  run(name: string, ...args: unknown[]): unknown;
  /** Clicks a menu item that asks a yes/no question and answers it. */
  confirm(name: string, answer?: 'YES' | 'NO'): unknown;
  /** Fires an installed trigger as Apps Script does: as its owner, with no UI, the event naming it. */
  fire(trigger: TriggerRecord): void;
  /** The installed triggers calling `handler`. */
  triggers(handler: string): TriggerRecord[];
  /** Each team sheet's cells, to compare before and after: a center never writes them. */
  snapshot(): string;
}

export interface CenterOptions {
  readonly teams: readonly TeamSpec[];
  readonly settings?: readonly (readonly [string, string])[];
  readonly locale?: string;
  /** Simulated round trip of each Sheets API call. */
  readonly latencyMs?: number;
  readonly readsPerMinute?: number | null;
  /** Tab names in English (Settings, Teams and their headers). */
  readonly english?: boolean;
}

export function centerHarness(options: CenterOptions): CenterHarness {
  const world = createWorld({
    project: 'center',
    now: CENTER_NOW,
    locale: options.locale,
    sheetsApi: { latencyMs: options.latencyMs ?? 0, readsPerMinute: options.readsPerMinute ?? null },
  });
  world.session.activeEmail = DIRECTOR;
  world.session.effectiveEmail = DIRECTOR;
  const center = world.spreadsheetApp.spreadsheet;
  center.id = idOf('center');
  center.url = urlOf(center.id);
  const en = options.english === true;
  center.addSheet(en ? 'Settings' : '设置', [
    en ? ['Key', 'Value'] : ['项', '值'],
    [en ? 'team_name' : '团队名称', en ? 'Payments center' : '支付中心'],
    ...(options.settings ?? []),
  ]);
  const teams = new Map<string, TeamSpreadsheet>();
  const rows = options.teams.map((spec) => {
    const id = idOf(spec.name);
    if (!spec.missing) {
      const spreadsheet = new FakeSpreadsheet(new CallLog(), 'Asia/Shanghai', 'zh_CN');
      spreadsheet.id = id;
      seedSpreadsheet(spreadsheet, spec.sheets ?? sampleSheets());
      teams.set(
        spec.name,
        world.sheets.add({ id, title: spec.name, spreadsheet, access: spec.access ?? 'ok' }),
      );
    }
    return [spec.name, spec.link ?? urlOf(id), spec.lead ?? `${spec.name}负责人`, ''];
  });
  center.addSheet(en ? 'Teams' : '团队', [
    en ? ['Team', 'Sheet', 'Lead', 'Email'] : ['团队', '表格', '负责人', '邮箱'],
    ...rows,
  ]);
  world.calls.reset();
  const script = loadBundle(world.globals, { clock: world.clock, bundle: 'center' });
  const fire = firing(world, script);
  const run = (name: string, ...args: unknown[]): unknown => script[name](...args);
  return {
    world,
    script,
    teams,
    run,
    confirm: (name, answer = 'YES') => {
      world.spreadsheetApp.ui.alertAnswers.push(answer);
      return run(name);
    },
    fire,
    triggers: (handler) => world.scriptApp.triggers.filter((t) => t.handler === handler),
    snapshot: () =>
      JSON.stringify(
        [...teams.values()].map((team) =>
          team.spreadsheet.sheets.map((sheet) => [sheet.name, sheet.values()]),
        ),
      ),
  };
}

/** Every team's Sheets API calls, by spreadsheet id. */
export const callsPerTeam = (h: CenterHarness): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const request of h.world.sheets.requests)
    counts.set(request.spreadsheetId, (counts.get(request.spreadsheetId) ?? 0) + 1);
  return counts;
};
