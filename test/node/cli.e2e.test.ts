// The CLI (build/cli.cjs, built by `pretest`): exit codes, problem lines, files written or not. Run in this process
// (runCliInProcess) where the case is the CLI's logic; as a process (`spawned`) where it is the process's exit code
// and streams, or the machine's time zone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { runCli as spawned } from '../reliability/xlsx-book';
import { runCliInProcess as run } from './cli-in-process';

const root = join(__dirname, '..', '..');
const cli = join(root, 'build', 'cli.cjs');
const sample = join(root, 'seeds', 'sample-workbook.xlsx');
const NOW = '2023-11-13T09:00:00+08:00';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A small valid workbook: one objective, two weeks of one project, one metric. */
async function writeWorkbook(file: string, progress = 0.85, language: 'zh' | 'en' = 'zh'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('设置').addRows([
    ['项', '值'],
    ['团队', '支付中心'],
    ['语言', language],
  ]);
  workbook.addWorksheet('目标').addRows([
    ['编号', '名称', '排序'],
    ['O1', '服务业务', 1],
  ]);
  const projects = workbook.addWorksheet('项目');
  projects.addRows([
    ['周', '目标', '项目', '序号', '进展', '进度', '上周进度', '计划日期', '负责人', '状态'],
    [day('2023-11-06'), 'O1', '风险数据指标', null, '指标梳理中', 0.7, null, null, '张三', '进行中'],
    [
      day('2023-11-13'),
      'O1',
      '风险数据指标',
      null,
      '指标上线',
      progress,
      0.7,
      day('2023-11-30'),
      '张三',
      '进行中',
    ],
  ]);
  projects.getColumn(1).numFmt = 'yyyy-mm-dd';
  projects.getColumn(6).numFmt = '0%';
  projects.getColumn(7).numFmt = '0%';
  projects.getColumn(8).numFmt = 'yyyy-mm-dd';
  const metrics = workbook.addWorksheet('指标');
  metrics.addRows([
    ['周', '分组', '指标', '数值'],
    [day('2023-11-13'), '支付成功率', '一次支付成功率', 0.992826],
  ]);
  metrics.getColumn(1).numFmt = 'yyyy-mm-dd';
  metrics.getCell('D2').numFmt = '0.0000%';
  await workbook.xlsx.writeFile(file);
}

const documentXml = (docx: Buffer): string => new TextDecoder().decode(unzipSync(docx)['word/document.xml']);

describe('weekly-report CLI', () => {
  let work: string;
  let workbook: string;
  let invalid: string;
  let englishInvalid: string;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error('build/cli.cjs is missing: run `npm run build` (npm test does).');
    work = mkdtempSync(join(tmpdir(), 'weekly-report-cli-'));
    workbook = join(work, 'team.xlsx');
    invalid = join(work, 'invalid.xlsx');
    await writeWorkbook(workbook);
    await writeWorkbook(invalid, 1.5);
    englishInvalid = join(work, 'invalid-en.xlsx');
    await writeWorkbook(englishInvalid, 1.5, 'en');
  });

  const freshDir = (name: string): string => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  describe('usage', () => {
    it('prints the commands with --help and exits 0', () => {
      const result = spawned(['--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/generate.*\n.*validate.*\n.*init.*\n.*new-week/);
    });

    it.each(['generate', 'validate', 'init', 'new-week'])(
      'prints the options of %s with --help',
      async (command) => {
        const result = await run([command, '--help']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`weekly-report ${command}`);
        expect(result.stdout).not.toMatch(/\{\w+\}/);
      },
    );

    it('lists the formats of the format table in the usage of generate', async () => {
      const { stdout } = await run(['generate', '--help']);
      expect(stdout).toContain('[--format docx,md,html]');
      expect(stdout).toContain('one or more of docx, md, html, comma-separated (default: docx,md,html)');
    });

    it('names every output format wherever a help text names one', async () => {
      for (const args of [['help'], ['--help'], ['generate', '--help']]) {
        for (const env of [{ LANG: 'C' }, { LANG: 'zh_CN.UTF-8' }]) {
          const { stdout } = await run(args, env);
          expect(stdout).toMatch(/docx/);
          expect(stdout).toMatch(/\bmd\b/);
          expect(stdout).toMatch(/html/);
        }
      }
      expect((await run(['help'])).stdout).toContain(
        'write the weekly report (.docx, .md and .html) from a workbook',
      );
    });

    it('runs no command when required as a library, as the in-process tests load it: no output, exit 0', () => {
      const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(cli)})`], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', LANG: 'C' },
      });
      expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    });

    it('exits 2 with one line for an unknown command', () => {
      const result = spawned(['publish']);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        'Unknown command "publish". Run weekly-report --help.',
      ]);
    });

    it('exits 2 with one line for an unknown option', async () => {
      const result = await run(['generate', '--colour']);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toMatch(
        /^Unknown option '--colour'\. Run weekly-report generate --help\.$/,
      );
    });

    it('exits 2 for a --week that is not a date', async () => {
      const result = await run(['generate', '--workbook', workbook, '--week', '2023-13-01']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Expected --week to be a date YYYY-MM-DD, got "2023-13-01".');
    });
  });

  describe('an unreadable workbook', () => {
    it('exits 2 with one clear line and no stack trace', async () => {
      const result = await run([
        'generate',
        '--workbook',
        join(work, 'nope.xlsx'),
        '--out',
        freshDir('nope'),
      ]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(
        `Cannot read workbook ${join(work, 'nope.xlsx')}: no such file or folder.`,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(join(work, 'nope'))).toEqual([]);
    });

    it('shows the stack trace with --debug', () => {
      const result = spawned(['validate', '--workbook', join(work, 'nope.xlsx'), '--debug']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/\n\s+at /);
    });
  });

  describe('generate', () => {
    it('writes the .docx, .md and .html named after the title and prints their paths', () => {
      const out = freshDir('generate');
      const result = spawned(['generate', '--workbook', workbook, '--out', out, '--now', NOW]);
      expect(result.stderr).toMatch(/^已读取 .*\n校验中…\n/);
      expect(result.status).toBe(0);
      const written = result.stdout.trim().split('\n');
      expect(written).toHaveLength(3);
      expect(written.map((path) => path.slice(out.length + 1))).toEqual([
        expect.stringMatching(/^第46周 2023-11-13\.docx$/),
        expect.stringMatching(/^第46周 2023-11-13\.md$/),
        expect.stringMatching(/^第46周 2023-11-13\.html$/),
      ]);
      expect(readdirSync(out).sort()).toEqual([
        '第46周 2023-11-13.docx',
        '第46周 2023-11-13.html',
        '第46周 2023-11-13.md',
      ]);
    });

    it('writes a Word document with outline headings, list numbering and the facts', async () => {
      const out = freshDir('generate-docx');
      await run(['generate', '--workbook', workbook, '--out', out, '--format', 'docx', '--now', NOW]);
      const xml = documentXml(readFileSync(join(out, '第46周 2023-11-13.docx')));
      expect(xml).toContain('<w:pStyle w:val="Title"/>');
      expect(xml).toMatch(/<w:pStyle w:val="Heading\d"\/>/);
      expect(xml).toContain('<w:numPr>');
      expect(xml).toContain('99.2826%');
      expect(xml).toContain('风险数据指标');
    });

    it('writes byte-identical files for the same --now, whatever the machine zone', () => {
      const [first, second] = ['same-1', 'same-2'].map(freshDir);
      spawned(['generate', '--workbook', workbook, '--out', first, '--now', NOW], { TZ: 'America/New_York' });
      spawned(['generate', '--workbook', workbook, '--out', second, '--now', NOW], { TZ: 'Asia/Shanghai' });
      for (const name of readdirSync(first)) {
        expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name)))).toBe(true);
      }
    });

    it('takes the time from SOURCE_DATE_EPOCH reproducibly', async () => {
      const [first, second] = ['epoch-1', 'epoch-2'].map(freshDir);
      const env = { SOURCE_DATE_EPOCH: '1699837200' };
      await run(['generate', '--workbook', workbook, '--out', first, '--format', 'docx'], env);
      await run(['generate', '--workbook', workbook, '--out', second, '--format', 'docx'], env);
      const name = '第46周 2023-11-13.docx';
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name)))).toBe(true);
    });

    it('writes the sample report as one mail-safe HTML page with --format html', async () => {
      const out = freshDir('generate-html');
      const result = await run([
        'generate',
        '--workbook',
        sample,
        '--out',
        out,
        '--format',
        'html',
        '--now',
        NOW,
      ]);
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe(join(out, '第46周 2023-11-13.html'));
      expect(readdirSync(out)).toEqual(['第46周 2023-11-13.html']);
      const html = readFileSync(join(out, '第46周 2023-11-13.html'), 'utf8');
      expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
      expect(html).toContain(
        '<h1 style="margin:0 0 4px;font-size:22px;line-height:1.35;font-weight:bold">第46周 2023-11-13</h1>',
      );
      expect(html).toContain('生成时间：2023年11月13日 09:00');
      for (const fact of [
        '【本周概览】',
        '【系统运行数据】',
        '入金有效成功率：99.997%',
        '一次支付成功率：99.2826%',
        '事故数AB级0次，CD级1次',
        '【O2 系统升级】',
        'POS收单系统建设',
        '风险数据指标：总体进度85%，较上周70%新增15%进度',
        '11/12 18:42 监控发现履约合同生成异常',
        'POS申请，将嵌入A+&amp;Link以大区业务BP申请POS机',
      ]) {
        expect(html).toContain(fact);
      }
      expect(html).not.toMatch(/<(style|script|link)\b/i);
      // A chart's picture is inside the page; nothing is loaded from elsewhere.
      for (const [, src] of html.matchAll(/<img src="([^"]*)"/g))
        expect(src).toMatch(/^data:image\/png;base64,/);
    });

    it('exits 1 on invalid data, listing each problem as Tab!A1 labelled error or warning, and writes nothing', () => {
      const out = freshDir('invalid');
      const result = spawned(['generate', '--workbook', invalid, '--out', out, '--now', NOW]);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n');
      // Errors first; the four tabs the small workbook leaves out and its metric without Target are warnings.
      expect(lines.slice(2, 4)).toEqual([
        '错误 项目!F3: 进度 "150%" 超过 100%',
        '提醒 重点工作: 缺少工作表"重点工作"，该部分为空',
      ]);
      expect(lines).toContain('提醒 指标!A2: 指标 "一次支付成功率" 没有目标值，无法判断是否达标');
      expect(lines.filter((line) => /^(错误|提醒) \S+: /.test(line))).toHaveLength(6);
      expect(lines.at(-2)).toBe('1 个错误，5 个提醒；未写入任何文件。');
      expect(result.stdout).toBe('');
      expect(readdirSync(out)).toEqual([]);
    });

    it('labels and counts errors and warnings apart in English too', async () => {
      const out = freshDir('invalid-en');
      const result = await run(['generate', '--workbook', englishInvalid, '--out', out, '--now', NOW]);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n');
      expect(lines.slice(2, 4)).toEqual([
        'error 项目!F3: 进度 "150%" is above 100%',
        'warning Highlights: Tab "Highlights" is missing; its section is empty',
      ]);
      expect(lines.filter((line) => /^(error|warning) \S+: /.test(line))).toHaveLength(6);
      expect(lines.at(-2)).toBe('1 error, 5 warnings; nothing written.');
    });

    it('reads a folder of CSVs named after the tabs', async () => {
      const folder = freshDir('csv');
      writeFileSync(join(folder, '设置.csv'), '项,值\n团队,支付中心\n');
      writeFileSync(join(folder, '目标.csv'), '编号,名称,排序\nO1,服务业务,1\n');
      writeFileSync(
        join(folder, '项目.csv'),
        '周,目标,项目,进展,进度\n2023-11-13,O1,"物保, 合肥",测试准备完毕,85%\n',
      );
      const out = freshDir('csv-out');
      const result = await run([
        'generate',
        '--workbook',
        folder,
        '--out',
        out,
        '--format',
        'md',
        '--now',
        NOW,
      ]);
      expect(result.status).toBe(0);
      expect(readFileSync(join(out, '第46周 2023-11-13.md'), 'utf8')).toContain('物保, 合肥');
    });
  });

  describe('validate', () => {
    it('exits 0 on a valid workbook and writes nothing', async () => {
      const result = await run(['validate', '--workbook', workbook, '--now', NOW]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
    });

    it('exits 1 listing every problem as Tab!A1, labelled, and counts errors and warnings apart', async () => {
      const result = await run(['validate', '--workbook', invalid, '--now', NOW]);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n');
      expect(lines).toContain('错误 项目!F3: 进度 "150%" 超过 100%');
      expect(lines).toContain('提醒 指标!A2: 指标 "一次支付成功率" 没有目标值，无法判断是否达标');
      expect(lines.at(-2)).toBe('1 个错误，5 个提醒。');
      const english = (await run(['validate', '--workbook', englishInvalid, '--now', NOW])).stderr.split(
        '\n',
      );
      expect(english.at(-2)).toBe('1 error, 5 warnings.');
      expect((await run(['validate', '--workbook', workbook, '--now', NOW])).stderr.split('\n').at(-2)).toBe(
        '0 个错误，5 个提醒。',
      );
    });
  });

  describe('init', () => {
    it('writes an empty workbook with every tab, headers and dropdowns', async () => {
      const out = join(freshDir('init'), 'new.xlsx');
      const result = await run(['init', '--out', out]);
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe(out);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      expect(book.worksheets.map((s) => s.name)).toEqual([
        '设置',
        '重点工作',
        '目标',
        '项目',
        '指标',
        '生产事件',
        '总结',
        '日报',
        '人员',
        '报告',
      ]);
      expect(book.getWorksheet('项目')?.getCell('C1').value).toBe('项目');
      expect(book.getWorksheet('项目')?.getCell('J2').dataValidation.type).toBe('list');
    });

    it('writes English tabs with --lang en', async () => {
      const out = join(freshDir('init-en'), 'new.xlsx');
      expect((await run(['init', '--out', out, '--lang', 'en'])).status).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      expect(book.worksheets[3].name).toBe('Projects');
    });

    it('refuses to replace an existing file (exit 2)', async () => {
      const result = await run(['init', '--out', workbook]);
      expect(result.status).toBe(2);
    });

    it('needs --out (exit 2)', async () => {
      expect((await run(['init'])).stderr).toContain('Missing --out.');
    });
  });

  describe('new-week', () => {
    it("writes a copy with next week's rows and leaves its input untouched", async () => {
      const before = readFileSync(workbook);
      const out = join(freshDir('new-week'), 'next.xlsx');
      const result = await run(['new-week', '--workbook', workbook, '--out', out]);
      expect(result.status).toBe(0);
      expect(readFileSync(workbook).equals(before)).toBe(true);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const projects = book.getWorksheet('项目');
      expect(projects?.getCell('A4').value).toEqual(day('2023-11-20'));
      expect(projects?.getCell('C4').value).toBe('风险数据指标');
    });

    it('refuses to write over its input (exit 2)', async () => {
      const before = readFileSync(workbook);
      const result = await run(['new-week', '--workbook', workbook, '--out', workbook]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Refusing to overwrite the input workbook');
      expect(readFileSync(workbook).equals(before)).toBe(true);
    });
  });

  (existsSync(sample) ? describe : describe.skip)('the sample workbook', () => {
    it('warns of nothing: `npm start` prints what it read and did, and where it wrote', async () => {
      const out = freshDir('sample-quiet');
      const result = await run(['generate', '--out', out, '--now', NOW]);
      expect(result.status).toBe(0);
      expect(result.stderr.split('\n')).toEqual([
        `未指定 --workbook：使用示例工作簿 ${sample}。`,
        `已读取 ${sample}`,
        '校验中…',
        '写入中…',
        '',
      ]);
      const validated = await run(['validate', '--now', NOW]);
      expect(validated.status).toBe(0);
      expect(validated.stderr.split('\n').at(-2)).toBe('0 个错误，0 个提醒。');
    });

    it('generates the example report by default, leaving the sample as it was', async () => {
      const before = readFileSync(sample);
      const out = freshDir('sample');
      const result = await run(['generate', '--out', out, '--now', NOW]);
      expect(result.status).toBe(0);
      const markdown = readFileSync(result.stdout.trim().split('\n')[1], 'utf8');
      expect(markdown).toContain('99.2826%');
      expect(markdown).toContain('事故数AB级0次，CD级1次');
      expect(readFileSync(sample).equals(before)).toBe(true);
    });
  });
});
