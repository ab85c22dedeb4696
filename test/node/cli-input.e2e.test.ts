// The CLI as a new user meets it (issue 12): files that are no workbook, CSV encodings, flags, outputs in the way,
// and what the report says — each a run of build/cli.cjs on a file made here, in this process (cli.e2e and
// cli-limits hold the process's own exit codes and streams), but for a damaged file also run as a process.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { type Book, type CliRun, day, pct, runCli, toExcel, writeBook } from '../reliability/xlsx-book';
import { runCliInProcess as run } from './cli-in-process';
import { scratchFolder } from './scratch-folder';

const NOW = '2023-11-15T07:30:00Z';
const root = join(__dirname, '..', '..');

const OBJECTIVES = [
  ['编号', '名称', '排序'],
  ['O1', '服务业务', 1],
];
const PROJECT_HEADER = ['周', '目标', '项目', '进展', '进度', '上周进度', '状态'];

/** A valid workbook of two weeks, with the unusual-but-valid cells the report must say right. */
const book = (): Book => ({
  设置: [
    ['项', '值'],
    ['团队', '支付中心'],
  ],
  目标: OBJECTIVES,
  项目: [
    PROJECT_HEADER,
    [day('2023-11-06'), 'O1', '风控', '设计', pct(0.7), null, '进行中'],
    [day('2023-11-13'), 'O1', '风控', '第一行\n第二行', pct(0.6), pct(0.7), '进行中'],
  ],
  重点工作: [
    ['周', '事项', '内容'],
    [day('2023-11-13'), '【已有括号】', '上线'],
  ],
  指标: [
    ['周', '分组', '指标', '数值'],
    [day('2023-11-13'), '支付成功率', '入金成功率', pct(0.99, '0.00%')],
    [day('2023-11-13'), null, '出金成功率', pct(0.98, '0.00%')],
  ],
});

const STACK = /\n\s+at /;

const scratch = scratchFolder('weekly-report-input-');
const { fresh, folder } = scratch;

/** Runs generate into a fresh folder; returns the run, the folder and the Markdown written (if any). */
async function generate(
  made: Book | string,
  extra: readonly string[] = [],
  env: Record<string, string> = {},
) {
  const file = typeof made === 'string' ? made : fresh('team.xlsx');
  if (typeof made !== 'string') await writeBook(made, file);
  const out = folder('out');
  const result = await run(['generate', '--workbook', file, '--out', out, '--now', NOW, ...extra], env);
  const md = readdirSync(out).find((name) => name.endsWith('.md'));
  return { result, out, markdown: md ? readFileSync(join(out, md), 'utf8') : '' };
}

describe('a file that is not a workbook', () => {
  const sample = readFileSync(join(root, 'seeds', 'sample-workbook.xlsx'));
  const ole = (extra: string): Buffer => {
    const bytes = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    Buffer.from(extra, 'utf16le').copy(bytes, 1024);
    return bytes;
  };
  const withEntry = (name: string, xml: string): Buffer => {
    const entries = unzipSync(sample);
    entries[name] = new TextEncoder().encode(xml);
    return Buffer.from(zipSync(entries));
  };
  const CASES: readonly [string, string, () => Buffer | null, RegExp][] = [
    ['a 0-byte file', 'empty.xlsx', () => Buffer.alloc(0), /the file is empty \(0 bytes\)/],
    ['a password-protected .xlsx', 'locked.xlsx', () => ole('EncryptedPackage'), /password-protected/],
    ['an old .xls', 'old.xls', () => ole('Workbook'), /old Excel 97-2003 \.xls file: save it as/],
    ['a single .csv', '项目.csv', () => Buffer.from('周,项目\n'), /put the CSV files in one folder/],
    ['a text file renamed .xlsx', 'notes.xlsx', () => Buffer.from('周报\n'), /a text file, not an \.xlsx/],
    [
      'a .docx renamed .xlsx',
      'report.xlsx',
      () => Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(1) })),
      /not an Excel workbook/,
    ],
    ['a truncated .xlsx', 'cut.xlsx', () => sample.subarray(0, sample.length / 2), /damaged or incomplete/],
    [
      'an .xlsx with corrupt XML',
      'corrupt.xlsx',
      () => withEntry('xl/workbook.xml', '<workbook><sheets><sheet name="a"'),
      /damaged or incomplete/,
    ],
    ['an empty folder', 'empty-folder', () => null, /the folder has no \.csv files/],
  ];

  /** Writes the case's file (a folder when it has no bytes) and returns its path. */
  const made = (name: string, bytes: () => Buffer | null): string => {
    const path = join(folder('input'), name);
    const data = bytes();
    if (data === null) mkdirSync(path);
    else writeFileSync(path, data);
    return path;
  };
  const commandsOn = (path: string, out: string): string[][] => [
    ['generate', '--workbook', path, '--out', out, '--now', NOW],
    ['validate', '--workbook', path],
  ];
  function expectOneSentence(result: CliRun, reason: RegExp): void {
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Cannot read workbook .*: .*${reason.source}.*\\.$`));
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).not.toMatch(/jszip|sheetNo|undefined|central directory|E[A-Z]+:/);
  }

  it.each(CASES)('%s: one plain sentence, exit 2, no output', async (_, name, bytes, reason) => {
    const path = made(name, bytes);
    const out = folder('out');
    for (const args of commandsOn(path, out)) expectOneSentence(await run(args), reason);
    expect(readdirSync(out)).toEqual([]);
  });

  it.each(CASES.filter(([what]) => what.includes('truncated')))(
    '%s as a process: the same one line is all its stderr holds (no library prints beside it)',
    (_, name, bytes, reason) => {
      const path = made(name, bytes);
      const out = folder('out');
      for (const args of commandsOn(path, out)) expectOneSentence(runCli(args), reason);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  it('a folder of CSVs not named after tabs: names what it found, exit 2', async () => {
    const dir = folder('csv');
    writeFileSync(join(dir, 'sample-项目.csv'), '周,项目\n');
    const result = await run(['validate', '--workbook', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /no \.csv file in the folder is named after a tab \(found sample-项目\.csv\)/,
    );
  });
});

describe('CSV encodings', () => {
  const TABS = {
    '设置.csv': '项,值\n团队,支付中心\n',
    '目标.csv': '编号,名称,排序\nO1,服务业务,1\n',
    '项目.csv': '周,目标,项目,进展,进度\n2023-11-13,O1,物保合肥,测试准备完毕,85%\n',
  };

  it.each([
    ['GB18030 (Excel "CSV" on Chinese Windows)', 'GB18030', (text: string) => gb18030(text)],
    ['UTF-8 with a BOM', 'UTF-8', (text: string) => Buffer.from(`\uFEFF${text}`)],
    ['UTF-8 without a BOM', 'UTF-8', (text: string) => Buffer.from(text)],
  ])('reads %s and says which it read', async (_, encoding, encode) => {
    const dir = folder('csv');
    for (const [name, text] of Object.entries(TABS)) writeFileSync(join(dir, name), encode(text));
    const { result, markdown } = await generate(dir, ['--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`按 ${encoding} 读取 目标.csv、设置.csv、项目.csv`);
    expect(markdown).toContain('物保合肥：测试准备完毕，总体进度85%');
  });

  it('refuses UTF-16 text with a plain sentence', async () => {
    const dir = folder('csv');
    writeFileSync(
      join(dir, '项目.csv'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('周\n', 'utf16le')]),
    );
    const result = await run(['validate', '--workbook', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/项目\.csv is UTF-16 \(Unicode text\): save it as CSV UTF-8/);
  });
});

/** Each character of `wanted` → its first two-byte GB18030 pair, by one walk of the pairs through the decoder. */
function gb18030Pairs(wanted: ReadonlySet<string>): Map<string, [number, number]> {
  const decoder = new TextDecoder('gb18030');
  const pairs = new Map<string, [number, number]>();
  for (let hi = 0x81; hi <= 0xfe && pairs.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (wanted.has(ch) && !pairs.has(ch)) pairs.set(ch, [hi, lo]);
    }
  }
  return pairs;
}

/** GB18030 bytes of `text`, by the inverse of the decoder the CLI uses (the characters here are all two bytes). */
function gb18030(text: string): Buffer {
  const pairs = gb18030Pairs(new Set([...text].filter((ch) => ch.charCodeAt(0) >= 0x80)));
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      bytes.push(ch.charCodeAt(0));
      continue;
    }
    const pair = pairs.get(ch);
    if (pair === undefined) throw new Error(`no GB18030 pair for ${ch}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}

describe('tabs and cells', () => {
  it('warns, naming both, when 项目 and Projects are both there', async () => {
    const twice: Book = { ...book(), Projects: book().项目 };
    const { result } = await generate(twice);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'Projects: "项目"和"Projects"是同一个工作表，只读取了"项目"：请删除或重命名"Projects"',
    );
  });

  it('says a merged Week cell is merged, once, instead of one "empty" per row', async () => {
    const rows = book();
    rows.项目.push(
      [null, 'O1', '清算', '联调', pct(0.5), null, '进行中'],
      [null, 'O1', '对账', '设计', pct(0.2), null, '进行中'],
    );
    const workbook = toExcel(rows);
    workbook.getWorksheet('项目')?.mergeCells('A3:A5');
    const file = fresh('merged.xlsx');
    await workbook.xlsx.writeFile(file);
    const { result, out } = await generate(file);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines.filter((line) => /^错误 项目!A\d/.test(line))).toEqual([
      '错误 项目!A3:A5: A3:A5 是合并单元格，只有 A3 有值：请取消合并，并在每一行填写',
    ]);
    expect(result.stderr).not.toContain('为空，需要填写');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('outputs', () => {
  it('new-week refuses an --out that exists, as init does, and leaves it as it was', async () => {
    const file = fresh('team.xlsx');
    await writeBook(book(), file);
    const existing = fresh('existing.xlsx');
    writeFileSync(existing, 'a week of edits');
    const result = await run(['new-week', '--workbook', file, '--out', existing, '--now', NOW]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `${existing} already exists; new-week writes a new workbook only: choose another --out.`,
    );
    expect(readFileSync(existing, 'utf8')).toBe('a week of edits');
  });

  it('new-week says which week it appended and how many rows per tab, then why it appends nothing', async () => {
    const file = fresh('team.xlsx');
    await writeBook(book(), file);
    const next = fresh('next.xlsx');
    const first = await run(['new-week', '--workbook', file, '--out', next, '--now', NOW]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('已追加 2023-11-20 周：项目 1 行、重点工作 1 行');
    const again = fresh('again.xlsx');
    const second = await run(['new-week', '--workbook', next, '--out', again, '--now', NOW]);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain(
      '无需追加：下一周 2023-11-27 尚未开始，今天属于 2023-11-20 的周报。未写入任何文件。',
    );
    expect(existsSync(again)).toBe(false);
  });

  it.each([
    [
      'new-week --out ./',
      (file: string) => ['new-week', '--workbook', file, '--out', './'],
      /already exists/,
    ],
    [
      'new-week --out a name without .xlsx',
      (file: string) => ['new-week', '--workbook', file, '--out', join(scratch.root(), 'next')],
      /--out must name a new \.xlsx file/,
    ],
    [
      'new-week on a folder',
      () => ['new-week', '--workbook', scratch.root(), '--out', join(scratch.root(), 'x.xlsx')],
      /new-week needs an \.xlsx file: .* is a folder\.$/,
    ],
    [
      'generate --out a file',
      (file: string) => ['generate', '--workbook', file, '--out', file],
      /^--out must be a folder: .* is a file\.$/,
    ],
    [
      'generate --out=',
      (file: string) => ['generate', '--workbook', file, '--out='],
      /^--out needs a value\./,
    ],
    ['validate --workbook=', () => ['validate', '--workbook='], /^--workbook needs a value\./],
  ])('%s: one plain sentence, exit 2, nothing written', async (_, args, message) => {
    const file = fresh('team.xlsx');
    await writeBook(book(), file);
    const before = readdirSync(scratch.root()).length;
    const result = await run(args(file));
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(scratch.root())).toHaveLength(before);
    expect(readdirSync(root).filter((name) => name.endsWith('.md') && name.startsWith('第'))).toEqual([]);
  });

  it('generate writes no format when a folder is in the way of one', async () => {
    const file = fresh('team.xlsx');
    await writeBook(book(), file);
    const out = folder('out');
    mkdirSync(join(out, '第46周 2023-11-13.md'));
    const result = await run(['generate', '--workbook', file, '--out', out, '--now', NOW]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      `无法写入 ${join(out, '第46周 2023-11-13.md')}：已有同名文件夹。未写入任何文件。`,
    );
    expect(readdirSync(out)).toEqual(['第46周 2023-11-13.md']);
    expect(statSync(join(out, '第46周 2023-11-13.md')).isDirectory()).toBe(true);
  });
});

describe('flags', () => {
  it('refuses a --now that is no real day instead of rolling it over', async () => {
    const { result, out } = await generate(book(), ['--now', '2023-02-30']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^Expected --now to be a real date YYYY-MM-DD .*got "2023-02-30"\.$/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('takes a date-only --now as midnight in the sheet time zone', async () => {
    const settings = [
      ['项', '值'],
      ['团队', '支付中心'],
      ['时区', 'America/New_York'],
    ];
    const shanghai = await generate(book(), ['--now', '2023-11-14']);
    const newYork = await generate({ ...book(), 设置: settings }, ['--now', '2023-11-14']);
    expect(shanghai.markdown).toContain('生成时间：2023年11月14日 00:00');
    expect(newYork.markdown).toContain('生成时间：2023年11月14日 00:00');
  });

  it('prints the options of a command with `help <command>`', async () => {
    const result = await run(['help', 'generate']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: weekly-report generate /);
  });

  it('prints the version of package.json with --version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(await run(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('lists the exit codes, 3 included, in the usage', async () => {
    expect((await run(['--help'])).stdout).toContain('3 internal error');
  });

  it('says on stderr that it uses the sample workbook when --workbook is left out', async () => {
    const out = folder('out');
    const result = await run(['validate', '--now', NOW]);
    expect(result.stderr.split('\n')[0]).toMatch(
      /^未指定 --workbook：使用示例工作簿 .*sample-workbook\.xlsx。$/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('speaks one language per run, the workbook’s, whatever the terminal', async () => {
    const chinese = await generate(book(), [], { LANG: 'en_US.UTF-8' });
    expect(chinese.result.status).toBe(0);
    for (const line of chinese.result.stderr.trim().split('\n')) expect(line).toMatch(/[\u4e00-\u9fff]/);
    const english: Book = {
      ...book(),
      设置: [
        ['项', '值'],
        ['语言', 'en'],
      ],
    };
    const run = await generate(english, [], { LANG: 'zh_CN.UTF-8' });
    const progress = run.result.stderr
      .split('\n')
      .filter((line) => line && !/^(error|warning) \S+(!\S+)?: /.test(line));
    expect(progress).toEqual([expect.stringMatching(/^read /), 'validating…', 'writing…']);
  });
});

describe('the report as written', () => {
  const renderer = new MarkdownIt();
  /** The one report these cases read (written once: they only read it). */
  let written: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    written = await generate(book());
  });

  it('renders every 【title】 bold in CommonMark with HTML off, and holds no raw HTML', async () => {
    const { result, markdown } = written;
    expect(result.status).toBe(0);
    expect(markdown).not.toMatch(/<strong>|<!--/);
    const html = renderer.render(markdown);
    expect(html).toMatch(/【<strong>已有括号<\/strong>】上线|<strong>【已有括号】<\/strong>上线/);
    expect(html).not.toContain('&lt;');
  });

  it('keeps one pair of brackets around a title typed with its own', async () => {
    const { markdown } = written;
    expect(markdown).not.toContain('【【');
    expect(markdown).toContain('【**已有括号**】上线');
  });

  it('keeps a metric group left blank apart from the one before without an HTML comment', async () => {
    const { markdown } = written;
    expect(markdown).not.toContain('<!--');
    const html = renderer.render(markdown);
    expect(html).toMatch(/<li>入金成功率：99\.00%<\/li>\n<\/ul>\n<ul>\n<li>出金成功率：98\.00%<\/li>/);
  });

  it('says a drop in progress as 下降', async () => {
    const { markdown } = written;
    expect(markdown).toContain('总体进度60%，较上周70%下降10%');
    expect(markdown).not.toContain('新增-');
  });

  it('keeps a line break inside a cell in the .docx and the Markdown alike', async () => {
    const { out, markdown } = written;
    expect(renderer.render(markdown)).toContain('风控：第一行<br>\n第二行');
    const docx = readFileSync(join(out, '第46周 2023-11-13.docx'));
    const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
    expect(xml).toMatch(/风控：第一行<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>第二行/);
  });
});

describe('npm ci on the oldest Node the package claims', () => {
  // semver ships no types; it is what npm itself checks engines with.
  const semver: {
    satisfies(version: string, range: string): boolean;
    minVersion(range: string): { version: string };
  } = require('semver');

  it('finds no package in the lockfile whose engines exclude the oldest Node of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    const oldest = semver.minVersion(pkg.engines.node).version;
    const packages = lock.packages as Record<string, { engines?: { node?: string } }>;
    const excluding = Object.entries(packages)
      .flatMap(([path, entry]) =>
        path !== '' && entry.engines?.node ? [`${path} ${entry.engines.node}`] : [],
      )
      .filter((line) => !semver.satisfies(oldest, line.slice(line.indexOf(' ') + 1)));
    expect(excluding).toEqual([]);
  });
});

describe('cells with no value to read', () => {
  it('are errors at their cells: a formula saved without its result, and #N/A — exit 1, nothing written', async () => {
    const broken = book();
    broken.项目[2] = [
      day('2023-11-13'),
      'O1',
      '风控',
      { error: '#N/A' },
      { formula: 'F2*2' },
      pct(0.7),
      '进行中',
    ];
    const file = fresh('uncalculated.xlsx');
    await writeBook(broken, file);
    const out = folder('out');
    const result = await run(['generate', '--workbook', file, '--out', out, '--now', NOW], {
      LANG: 'zh_CN.UTF-8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('项目!D3: 进展 是公式错误 "#N/A"，请修正公式或改为数值');
    expect(result.stderr).toContain(
      '项目!E3: 进度 是没有计算结果的公式：请在 Excel 或 Google 表格中打开并重新保存该文件',
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
