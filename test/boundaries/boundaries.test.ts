// The boundaries the build enforces (STYLE.md): each rule of `npm run check` must bite on a file that breaks it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(__dirname, '../..');
const bin = (name: string): string => join(root, 'node_modules/.bin', name);

/** Files that break one rule each, and files that keep every rule (so a rule that fires everywhere fails too). */
const FIXTURES: Record<string, string> = {
  'src/core/uses-process.ts': 'export const home = process.env.HOME;\n',
  'src/core/uses-spreadsheet-app.ts': 'export const ui = () => SpreadsheetApp.getUi();\n',
  'src/core/uses-console.ts': "export const say = () => console.log('hi');\n",
  'src/core/reads-clock.ts': 'export const now = () => new Date();\nexport const ms = () => Date.now();\n',
  // The clock in its other spellings: called without new, through globalThis, through an alias, handed on.
  'src/core/calls-date.ts': 'export const now = () => Date();\n',
  'src/core/global-date.ts': 'export const now = () => new globalThis.Date();\n',
  'src/core/alias-date.ts': 'const Clock = Date;\nexport const now = () => new Clock();\n',
  'src/core/passes-date.ts': 'export const make = (f: (c: DateConstructor) => Date) => f(Date);\n',
  'src/core/now-reference.ts': 'export const clock = Date.now;\n',
  'src/core/imports-node.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/core/imports-shell.ts': "import { run } from '../gas/runner';\nexport const go = run;\n",
  'src/core/cycle-a.ts': "import type { B } from './cycle-b';\nexport interface A {\n  readonly b: B;\n}\n",
  'src/core/cycle-b.ts': "import type { A } from './cycle-a';\nexport interface B {\n  readonly a?: A;\n}\n",
  'src/gas/runner.ts': 'export const run = (): number => 1;\n',
  'src/gas/deep-import.ts': "import { a1 } from '../core/issues';\nexport const corner = a1;\n",
  'src/node/deep-import.ts': "import type { Issue } from '../core/issues';\nexport type Shown = Issue;\n",
  // Two levels deep, and re-exports: the door holds at every depth and for `export … from`.
  'src/gas/actions/deep-import.ts':
    "import { analyse } from '../../core/model/analyse';\nexport const run = analyse;\n",
  'src/gas/re-export.ts': "export * from '../core/issues';\n",
  'src/node/commands/re-export.ts': "export { a1 } from '../../core/issues';\n",
  // Allowed: a date built from its arguments, a type import from a sibling, and the core's front door.
  'src/core/pure.ts': [
    "import type { Severity } from './severity';",
    'export const epoch = (ms: number): Date => new Date(ms);',
    'export const newYear = (year: number): Date => new Date(Date.UTC(year, 0, 1));',
    'export const isDate = (value: unknown): value is Date => value instanceof Date;',
    "export const worst: Severity = 'error';",
    '',
  ].join('\n'),
  'src/core/severity.ts': "export type Severity = 'error' | 'warning';\n",
  'src/gas/front-door.ts': "import { epoch } from '../core';\nexport const start = epoch(0);\n",
  'src/gas/actions/front-door.ts': "import { epoch } from '../../core';\nexport const start = epoch(0);\n",
  'src/node/commands/front-door.ts': "export { epoch } from '../../core/index';\n",
  'src/core/index.ts': "export { epoch } from './pure';\n",
};

/** What `npm run check` prints for the fixtures, run with the project's own configuration files. */
function checkFixtures(): { tsc: string; biome: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'boundaries-'));
  try {
    for (const file of ['tsconfig.json', 'src/core/tsconfig.json', 'biome.json', 'lint']) {
      cpSync(join(root, file), join(scratch, file), { recursive: true });
    }
    for (const [path, source] of Object.entries(FIXTURES)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), source);
    }
    const output = (command: string, args: string[]): string => {
      try {
        return execFileSync(command, args, { cwd: scratch, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const { stdout, stderr } = error as { stdout: string; stderr: string };
        return `${stdout}${stderr}`;
      }
    };
    return {
      tsc: output(bin('tsc'), ['--noEmit', '--pretty', 'false', '-p', 'src/core/tsconfig.json']),
      biome: output(bin('biome'), ['lint', '--vcs-enabled=false', '--max-diagnostics=100', 'src']),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Biome's diagnostics as `path rule-or-plugin` lines (its headers look like `src/a.ts:1:5 lint/x/y ━━━`). */
const biomeFindings = (output: string): string[] =>
  [...output.matchAll(/^(src\/\S+?):\d+:\d+ (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`);

describe('Boundaries the build enforces', () => {
  let tsc: string;
  let biome: string[];
  beforeAll(() => {
    const printed = checkFixtures();
    tsc = printed.tsc;
    biome = biomeFindings(printed.biome);
  }, 60_000);

  it('type-checks the core without Node, jest or Apps Script types', () => {
    expect(tsc).toMatch(/src\/core\/uses-process\.ts\(1,\d+\): error TS\d+: Cannot find name 'process'/);
    expect(tsc).toMatch(
      /src\/core\/uses-spreadsheet-app\.ts\(1,\d+\): error TS2304: Cannot find name 'SpreadsheetApp'/,
    );
    expect(tsc).toMatch(/src\/core\/uses-console\.ts\(1,\d+\): error TS2584: Cannot find name 'console'/);
    expect(tsc).toMatch(/src\/core\/imports-node\.ts\(1,\d+\): error TS2307: Cannot find module 'node:fs'/);
  });

  it('forbids reading the clock in the core, and only without arguments', () => {
    expect(biome.filter((line) => line.startsWith('src/core/reads-clock.ts'))).toEqual([
      'src/core/reads-clock.ts plugin',
      'src/core/reads-clock.ts plugin',
    ]);
  });

  it('forbids the clock in every other spelling: Date(), globalThis.Date, an alias, Date handed on, Date.now', () => {
    for (const file of ['calls-date', 'global-date', 'alias-date', 'passes-date', 'now-reference']) {
      expect(biome).toContain(`src/core/${file}.ts plugin`);
    }
  });

  it('keeps shells to the core index, and the core away from Node modules and shells', () => {
    for (const file of [
      'src/gas/deep-import.ts',
      'src/node/deep-import.ts',
      'src/gas/actions/deep-import.ts',
      'src/gas/re-export.ts',
      'src/node/commands/re-export.ts',
      'src/core/imports-node.ts',
      'src/core/imports-shell.ts',
    ]) {
      expect(biome).toContain(`${file} lint/style/noRestrictedImports`);
    }
  });

  it('finds an import cycle even when both imports are type-only', () => {
    expect(biome).toContain('src/core/cycle-a.ts lint/suspicious/noImportCycles');
  });

  it('lets through what keeps the rules', () => {
    const clean = [
      'src/core/pure.ts',
      'src/core/severity.ts',
      'src/core/index.ts',
      'src/gas/front-door.ts',
      'src/gas/actions/front-door.ts',
      'src/node/commands/front-door.ts',
    ];
    for (const file of clean) {
      expect(biome.filter((line) => line.startsWith(`${file} `))).toEqual([]);
      expect(tsc).not.toContain(file);
    }
  });
});

describe('TABS, the one typed source of columns', () => {
  /** tsc's output for the real core with one text of one file (default: TABS) replaced. */
  function typeCheckWithRenamedKey(from: string, to: string, file = 'src/core/schema/tabs.ts'): string {
    const scratch = mkdtempSync(join(tmpdir(), 'tabs-'));
    try {
      cpSync(join(root, 'tsconfig.json'), join(scratch, 'tsconfig.json'));
      cpSync(join(root, 'src/core'), join(scratch, 'src/core'), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
      const tabs = join(scratch, file);
      const source = readFileSync(tabs, 'utf8');
      expect(source).toContain(from);
      writeFileSync(tabs, source.replace(from, to));
      execFileSync(bin('tsc'), ['--noEmit', '--pretty', 'false', '-p', 'src/core/tsconfig.json'], {
        cwd: scratch,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return '';
    } catch (error) {
      return (error as { stdout?: string }).stdout ?? String(error);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  it('fails the type-check where a renamed column key is still used', () => {
    const output = typeCheckWithRenamedKey("column('title', '事项'", "column('subject', '事项'");
    expect(output).toMatch(/src\/core\/schema\/highlights\.ts\(\d+,\d+\): error TS\d+: .*'title'/);
  }, 60_000);

  it('fails the type-check where a tab is declared in TABS with no row reader', () => {
    const output = typeCheckWithRenamedKey(
      "  tab('daily',",
      "  tab('minutes', { zh: '会议', en: 'Minutes', whenMissing: 'silent' }, [\n    column('date', '日期', 'Date', 'date'),\n  ]),\n  tab('daily',",
    );
    expect(output).toMatch(/src\/core\/schema\/row-readers\.ts\(\d+,\d+\): error TS1360: /);
    expect(output).toContain("Property 'minutes' is missing");
  }, 60_000);

  it('fails the type-check where a column of fixed choices is read as free text', () => {
    const output = typeCheckWithRenamedKey(
      "state: fromCell((c) => choiceCell(c, PROJECT_STATES, 'active')),",
      'state: fromCell(optionalText),',
      'src/core/schema/projects.ts',
    );
    expect(output).toMatch(/src\/core\/schema\/projects\.ts\(\d+,\d+\): error TS2322: .*"active" \| "done"/);
  }, 60_000);
});
