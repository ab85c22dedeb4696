// The CLI refuses what would exhaust the machine (SPEC §12): each hostile file is made here, in a temporary folder,
// and build/cli.cjs is run on it as a process, its wall time and peak memory measured. The cases that hold no
// budget (files that are no threat, output names, symlinks in the way) run build/cli.cjs in this process.
import { spawn } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCliInProcess } from '../node/cli-in-process';
import { scratchFolder } from '../node/scratch-folder';
import {
  type MeasuredRun,
  runMeasured,
  sampleParts,
  understated,
  withProjects,
  withTab,
  withZeros,
  worksheetXml,
  zipped,
} from './hostile-files';

/** A CLI process on a busy two-core CI machine: generous, since what is asserted is what happened. */
const PROCESS_TIMEOUT = 60_000;
/** The budget for a hostile file: refused (or read) within these, never by exhausting the machine. */
const BUDGET = { seconds: 10, megabytes: 600 };
/** Wednesday 2023-11-15: the sample's report is 2023-11-13's. */
const NOW = '2023-11-15T07:30:00Z';

const scratch = scratchFolder('weekly-report-limits-');
const { fresh, folder } = scratch;
const file = (name: string, data: Uint8Array | string): string => {
  const path = fresh(name);
  writeFileSync(path, data);
  return path;
};

function expectWithinBudget(run: MeasuredRun): void {
  expect(run.seconds).toBeLessThan(BUDGET.seconds);
  expect(run.maxRssMb).toBeLessThan(BUDGET.megabytes);
}

/** A refusal: exit 2, one line on stderr naming the file, nothing on stdout, nothing written, within budget. */
function expectRefused(run: MeasuredRun, path: string, out?: string): void {
  expect(run.stderr).toMatch(new RegExp(`^Cannot read workbook ${escapeRegExp(path)}: [^\\n]+\\.\\n$`));
  expect(run).toMatchObject({ status: 2, stdout: '' });
  if (out !== undefined) expect(readdirSync(out)).toEqual([]);
  expectWithinBudget(run);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const generateArgs = (workbook: string, out: string, extra: readonly string[]): string[] => [
  'generate',
  '--workbook',
  workbook,
  '--out',
  out,
  '--now',
  NOW,
  ...extra,
];
const generate = (workbook: string, out: string, extra: readonly string[] = []): MeasuredRun =>
  runMeasured(generateArgs(workbook, out, extra), scratch.root());
/** Generate where no budget is held: build/cli.cjs in this process. */
const generateHere = (workbook: string, out: string, extra: readonly string[] = []) =>
  runCliInProcess(generateArgs(workbook, out, extra));

describe('a cell far away', () => {
  it(
    'in a tab the tool does not read is never walked: a 17 KB file with a cell at XFD1048576 generates the report',
    () => {
      const xml = worksheetXml('A1:XFD1048576', { A1: 'notes', XFD1048576: 'far' });
      const workbook = file('scratch-far.xlsx', zipped(withTab(sampleParts(), 'Scratch', xml)));
      expect(readFileSync(workbook).length).toBeLessThan(20_000);
      const out = folder('out');
      const run = generate(workbook, out);
      expect(run.status).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        '第46周 2023-11-13.docx',
        '第46周 2023-11-13.html',
        '第46周 2023-11-13.md',
      ]);
      expectWithinBudget(run);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'in a tab the tool reads is one stray row, named where it is, not a walk over a million rows × 16,384 columns',
    () => {
      const parts = withProjects(sampleParts(), (xml) =>
        xml
          .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace(
            '</sheetData>',
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData>',
          ),
      );
      const workbook = file('projects-far.xlsx', zipped(parts));
      const run = runMeasured(['validate', '--workbook', workbook, '--now', NOW], scratch.root());
      expect(run.status).toBe(1);
      // The stray cell's row is a row without its Week, Objective and Project: said at its row, not silently read.
      expect(run.stderr).toContain('项目!A1048576: ');
      expectWithinBudget(run);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'refuses a tab the tool reads whose dimension claims more than 1,048,576 rows × 16,384 columns',
    () => {
      const parts = withProjects(sampleParts(), (xml) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFE1048577"/>'),
      );
      const workbook = file('projects-beyond.xlsx', zipped(parts));
      const out = folder('out');
      const run = generate(workbook, out);
      expectRefused(run, workbook, out);
      expect(run.stderr).toContain('tab "项目" claims the range A1:XFE1048577');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'refuses a merged range over the whole sheet, which exceljs would make cell by cell',
    () => {
      const parts = withProjects(sampleParts(), (xml) =>
        xml.replace(
          '</sheetData>',
          '</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>',
        ),
      );
      const workbook = file('projects-merged.xlsx', zipped(parts));
      const run = runMeasured(['validate', '--workbook', workbook, '--now', NOW], scratch.root());
      expectRefused(run, workbook);
      expect(run.stderr).toContain('merged cells');
    },
    PROCESS_TIMEOUT,
  );
});

describe('a zip bomb', () => {
  // Built once, used as is and with its header lying.
  let bomb: Uint8Array | undefined;
  const bombOf300Mb = (): Uint8Array => {
    bomb ??= withZeros(sampleParts(), [{ name: 'xl/media/image1.png', megabytes: 300 }]);
    return bomb;
  };

  it(
    'refuses a part of 300 MB of zeros before inflating it',
    () => {
      const workbook = file('bomb.xlsx', bombOf300Mb());
      expect(readFileSync(workbook).length).toBeLessThan(1_000_000);
      const out = folder('out');
      const run = generate(workbook, out);
      expectRefused(run, workbook, out);
      expect(run.stderr).toContain('xl/media/image1.png unpacks to 300 MB');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'refuses a small part whose compression ratio is over 100',
    () => {
      const workbook = file(
        'small-bomb.xlsx',
        withZeros(sampleParts(), [{ name: 'xl/worksheets/sheet4.xml', megabytes: 8 }]),
      );
      const run = runMeasured(['validate', '--workbook', workbook, '--now', NOW], scratch.root());
      expectRefused(run, workbook);
      expect(run.stderr).toMatch(/xl\/worksheets\/sheet4\.xml unpacks to 8 MB, [\d,]+ times its stored size/);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'refuses many parts, each too small to be held to the ratio, that unpack to more than 256 MB together',
    () => {
      const zeros = Array.from({ length: 600 }, (_, i) => ({
        name: `xl/media/image${i + 1}.png`,
        megabytes: 0.5,
      }));
      const workbook = file('many-parts.xlsx', withZeros(sampleParts(), zeros));
      const run = runMeasured(['validate', '--workbook', workbook, '--now', NOW], scratch.root());
      expectRefused(run, workbook);
      // 300 MB of zeros and the sample's own parts.
      expect(run.stderr).toContain(': it unpacks to 301 MB, more than the 256 MB this tool reads');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'refuses a part whose header understates what it unpacks to, stopping as soon as it passes its claim',
    () => {
      const workbook = file('understated.xlsx', understated(bombOf300Mb(), 'xl/media/image1.png', 1000));
      const run = runMeasured(['validate', '--workbook', workbook, '--now', NOW], scratch.root());
      expectRefused(run, workbook);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'reads the sample and the workbooks init writes, whose parts are nothing like a bomb',
    async () => {
      const sample = await runCliInProcess([
        'validate',
        '--workbook',
        join(__dirname, '../../seeds/sample-workbook.xlsx'),
        '--now',
        NOW,
      ]);
      expect(sample.status).toBe(0);
      for (const lang of ['zh', 'en']) {
        const empty = join(scratch.root(), `init-${lang}.xlsx`);
        expect((await runCliInProcess(['init', '--out', empty, '--lang', lang])).status).toBe(0);
        const run = await runCliInProcess(['validate', '--workbook', empty, '--now', NOW]);
        expect(run.stderr).not.toContain('Cannot read workbook');
        expect(run.status).toBe(1);
      }
    },
    PROCESS_TIMEOUT * 2,
  );
});

describe('200,000 rows', () => {
  it(
    'each with an error: lists the first 200 problems and how many more, and never crashes',
    () => {
      const dir = folder('csv');
      writeFileSync(join(dir, 'Settings.csv'), 'Key,Value\nteam,Payments\n');
      writeFileSync(join(dir, 'Objectives.csv'), 'Code,Name\nO1,Serve\n');
      const rows = Array.from(
        { length: 200_000 },
        (_, i) => `2023-11-13,O1,Project ${i},done a bit,150%,进行中`,
      );
      writeFileSync(
        join(dir, 'Projects.csv'),
        `Week,Objective,Project,Status,Progress,State\n${rows.join('\n')}\n`,
      );
      const run = runMeasured(['validate', '--workbook', dir, '--now', NOW], scratch.root());
      expect(run.status).toBe(1);
      const lines = run.stderr.split('\n');
      const problems = lines.filter((line) => /^error Projects!E\d+: /.test(line));
      expect(problems).toHaveLength(200);
      expect(problems[0]).toMatch(/^error Projects!E2: /);
      const checked = /^(\d+) errors?, (\d+) warnings?\.$/.exec(
        lines.find((l) => /^\d+ errors?, /.test(l)) ?? '',
      );
      expect(checked?.[1]).toBe('200000');
      const total = Number(checked?.[1]) + Number(checked?.[2]);
      expect(lines).toContain(`and ${total - 200} more`);
      expect(lines.indexOf(`and ${total - 200} more`)).toBe(lines.indexOf(problems[199]) + 1);
      expect(run.stderr).not.toContain('failed (a bug');
    },
    // The heaviest run of the suite (200,000 rows through every check): twice the others' allowance.
    PROCESS_TIMEOUT * 2,
  );
});

describe('temporary files', () => {
  it(
    'are never the predictable name a symlink could be planted at: the file it points to stays untouched',
    async () => {
      const out = folder('out');
      const victim = file('victim.txt', 'precious');
      const names = ['第46周 2023-11-13.docx', '第46周 2023-11-13.md', '第46周 2023-11-13.html'];
      const child = spawn(
        process.execPath,
        [join(__dirname, '../../build/cli.cjs'), 'generate', '--out', out, '--now', NOW],
        { cwd: join(__dirname, '../..'), env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC' } },
      );
      // Planted while the process reads the workbook, at the names it used to write to: `.<file>.<pid>.tmp`.
      for (const name of names) symlinkSync(victim, join(out, `.${name}.${child.pid}.tmp`));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(status).toBe(0);
      expect(readFileSync(victim, 'utf8')).toBe('precious');
      for (const name of names) expect(lstatSync(join(out, name)).isFile()).toBe(true);
      // Nothing left behind but what was planted.
      const left = readdirSync(out).filter((name) => !names.includes(name));
      expect(left.sort()).toEqual(names.map((name) => `.${name}.${child.pid}.tmp`).sort());
    },
    PROCESS_TIMEOUT,
  );

  it(
    'never write through a symlink planted where the chart pictures go',
    async () => {
      const out = folder('out');
      const elsewhere = folder('elsewhere');
      symlinkSync(elsewhere, join(out, '第46周 2023-11-13'));
      const run = await generateHere(chartWorkbook(['支付成功率']), out, ['--format', 'md']);
      expect(run.status).toBe(2);
      // The workbook's tabs are Chinese, so the run speaks Chinese.
      expect(run.stderr).toMatch(/\n无法写入 \S*第46周 2023-11-13：它是符号链接/);
      expect(readdirSync(elsewhere)).toEqual([]);
      expect(readdirSync(out)).toEqual(['第46周 2023-11-13']);
    },
    PROCESS_TIMEOUT,
  );
});

describe('cell text printed to a terminal', () => {
  const ESC = '\u001b';
  const BEL = '\u0007';

  it(
    'has its control characters escaped: colours, a window title, tabs and line breaks show as text',
    () => {
      const dir = folder('csv');
      writeFileSync(join(dir, '目标.csv'), '编号,名称\nO1,服务\n');
      const progress = `1${ESC}[31m50%${ESC}]0;owned${BEL}\t①😀\n第二行`;
      writeFileSync(
        join(dir, '项目.csv'),
        `周,目标,项目,进展,进度,状态\n2023-11-13,O1,风控,做了,"${progress}",进行中\n`,
      );
      const run = runMeasured(['validate', '--workbook', dir, '--now', NOW], scratch.root());
      expect(run.status).toBe(1);
      // Line breaks end the CLI's own lines; no other control character is left.
      expect(run.stderr.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
      const line = run.stderr.split('\n').find((l) => l.startsWith('错误 项目!E2: '));
      expect(line).toContain('1\\u001b[31m50%\\u001b]0;owned\\u0007\\t①😀\\n第二行');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'in the remind listing on stdout too',
    async () => {
      const dir = folder('csv');
      writeFileSync(join(dir, '设置.csv'), '项,值\n团队,支付\n');
      writeFileSync(join(dir, '目标.csv'), '编号,名称\nO1,服务\n');
      const owner = `王${ESC}[2J五`;
      writeFileSync(
        join(dir, '项目.csv'),
        [
          '周,目标,项目,进展,进度,负责人,状态',
          `2023-11-13,O1,风控,做了,50%,${owner},进行中`,
          `2023-11-20,O1,风控,做了,50%,${owner},进行中`,
          '',
        ].join('\n'),
      );
      const run = await runCliInProcess(['remind', '--workbook', dir, '--now', '2023-11-15']);
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain(ESC);
      expect(run.stdout).toContain('王\\u001b[2J五');
    },
    PROCESS_TIMEOUT,
  );
});

/** A CSV workbook whose metric groups, one per name, each have a trend chart (two weeks of values). */
function chartWorkbook(groups: readonly string[]): string {
  const dir = folder('csv');
  writeFileSync(join(dir, '设置.csv'), '项,值\n团队,支付\n');
  writeFileSync(join(dir, '目标.csv'), '编号,名称\nO1,服务\n');
  writeFileSync(join(dir, '项目.csv'), '周,目标,项目,进展,进度,状态\n2023-11-13,O1,风控,做了,50%,进行中\n');
  const rows = groups.flatMap((group, i) => [
    `2023-11-06,"${group}",m${i},1`,
    `2023-11-13,"${group}",m${i},2`,
  ]);
  writeFileSync(join(dir, '指标.csv'), `周,分组,指标,数值\n${rows.join('\n')}\n`);
  return dir;
}

/** Every file and folder under `dir`, as paths relative to it. */
const everything = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((path) => relative(dir, join(dir, path)));

describe('output file names', () => {
  it(
    'are at most 100 bytes and never a device name, even from 120-character metric groups and one named CON',
    async () => {
      const long = '支'.repeat(120);
      const alike = `${'支'.repeat(119)}付`;
      const out = folder('out');
      const run = await generateHere(chartWorkbook([long, alike, 'CON', 'nul.txt', 'Aux']), out, [
        '--format',
        'md,docx,html',
      ]);
      expect(run.status).toBe(0);
      const names = everything(out).map((path) => path.split('/').pop() as string);
      for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(100);
      for (const name of names) {
        expect(name.split('.')[0].trim()).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
      }
      // Five charts, five pictures: the two names alike in their first 100 bytes stay two.
      const pictures = names.filter((name) => name.endsWith('.png'));
      expect(new Set(pictures.map((name) => name.toLowerCase())).size).toBe(5);
      // The Markdown links each picture where it was written.
      const markdown = readFileSync(join(out, '第46周 2023-11-13.md'), 'utf8');
      const links = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => decodeURI(m[1]));
      expect(links).toHaveLength(5);
      for (const link of links) expect(everything(out)).toContain(link);
    },
    PROCESS_TIMEOUT,
  );
});
