// Cli strings of the zh/en message table (see ./index.ts).
import type { Message } from './message';

export const cliMessages = {
  usage: {
    en: `Usage: weekly-report <command> [options]

Commands:
  generate   write the weekly report (.docx and .md) from a workbook
  validate   check a workbook and list every problem
  init       write an empty workbook with every tab
  new-week   write a copy of a workbook with next week's rows appended

Run weekly-report <command> --help for its options. --debug shows stack traces.`,
    zh: `用法：weekly-report <命令> [选项]

命令：
  generate   从工作簿生成周报（.docx 和 .md）
  validate   校验工作簿并列出所有问题
  init       生成包含所有标签页的空工作簿
  new-week   生成追加了下周行的工作簿副本

运行 weekly-report <命令> --help 查看选项。--debug 显示调用栈。`,
  },
  usageGenerate: {
    en: `Usage: weekly-report generate [--workbook F.xlsx|DIR] [--week YYYY-MM-DD] [--out DIR] [--format {formats}] [--now ISO]

  --workbook  an .xlsx export or a folder of CSVs named after the tabs (default: the sample workbook)
  --week      any day of the report week (default: the latest Week in Projects)
  --out       output folder (default: out)
  --format    one or more of {choices}, comma-separated (default: {formats})
  --now       the generation time, ISO 8601 (default: SOURCE_DATE_EPOCH, else the clock)`,
    zh: `用法：weekly-report generate [--workbook F.xlsx|目录] [--week YYYY-MM-DD] [--out 目录] [--format {formats}] [--now ISO]

  --workbook  .xlsx 导出文件，或以标签页命名的 CSV 文件夹（默认：示例工作簿）
  --week      报告周的任意一天（默认：项目表中最新的周）
  --out       输出目录（默认：out）
  --format    {choices} 中的一种或多种，以逗号分隔（默认：{formats}）
  --now       生成时间，ISO 8601（默认：SOURCE_DATE_EPOCH，否则为当前时间）`,
  },
  usageValidate: {
    en: `Usage: weekly-report validate [--workbook F.xlsx|DIR] [--week YYYY-MM-DD] [--now ISO]

Prints every problem as Tab!A1: message; exits 1 when any is an error.`,
    zh: `用法：weekly-report validate [--workbook F.xlsx|目录] [--week YYYY-MM-DD] [--now ISO]

逐条输出问题（标签页!A1: 说明）；有错误时退出码为 1。`,
  },
  usageInit: {
    en: `Usage: weekly-report init --out F.xlsx [--lang zh|en]

Writes an empty workbook with every tab, its headers, dropdowns and number formats.`,
    zh: `用法：weekly-report init --out F.xlsx [--lang zh|en]

生成空工作簿：所有标签页、表头、下拉列表和数字格式。`,
  },
  usageNewWeek: {
    en: `Usage: weekly-report new-week --workbook F.xlsx --out G.xlsx [--week YYYY-MM-DD] [--now ISO]

Writes a copy of F with next week's rows appended; F is never modified.
  --week  the week to copy from (default: the latest week up to today's)`,
    zh: `用法：weekly-report new-week --workbook F.xlsx --out G.xlsx [--week YYYY-MM-DD] [--now ISO]

生成 F 的副本并追加下周的行；F 本身不会被修改。
  --week  要复制的周（默认：截至今天最新的周）`,
  },
  unknownCommand: {
    en: 'Unknown command "{command}". Run weekly-report --help.',
    zh: '未知命令“{command}”。运行 weekly-report --help 查看用法。',
  },
  badArguments: {
    en: '{reason} Run weekly-report {command} --help.',
    zh: '{reason} 运行 weekly-report {command} --help 查看用法。',
  },
  missingOption: {
    en: 'Missing --{option}. Run weekly-report {command} --help.',
    zh: '缺少 --{option}。运行 weekly-report {command} --help 查看用法。',
  },
  badWeek: {
    en: 'Expected --week to be a date YYYY-MM-DD, got "{value}".',
    zh: '--week 应为日期 YYYY-MM-DD，实际为“{value}”。',
  },
  badNow: {
    en: 'Expected --now to be an ISO 8601 date-time with its zone (2023-11-13T09:00+08:00), got "{value}".',
    zh: '--now 应为带时区的 ISO 8601 日期时间（如 2023-11-13T09:00+08:00），实际为“{value}”。',
  },
  badEpoch: {
    en: 'Expected SOURCE_DATE_EPOCH to be whole seconds since 1970, got "{value}".',
    zh: 'SOURCE_DATE_EPOCH 应为自 1970 年起的整数秒，实际为“{value}”。',
  },
  badFormat: {
    en: 'Expected --format to list one or more of {choices}, got "{value}".',
    zh: '--format 应为 {choices} 中的一种或多种，实际为“{value}”。',
  },
  badLanguage: {
    en: 'Expected --lang to be zh or en, got "{value}".',
    zh: '--lang 应为 zh 或 en，实际为“{value}”。',
  },
  sameInputAndOutput: {
    en: 'Refusing to overwrite the input workbook {path}; choose another --out.',
    zh: '不会覆盖输入工作簿 {path}，请换一个 --out。',
  },
  outputExists: {
    en: '{path} already exists; init writes a new workbook only.',
    zh: '{path} 已存在；init 只生成新的工作簿。',
  },
  unreadableWorkbook: {
    en: 'Cannot read workbook {path}: {reason}.',
    zh: '无法读取工作簿 {path}：{reason}。',
  },
  unwritableOutput: {
    en: 'Cannot write {path}: {reason}.',
    zh: '无法写入 {path}：{reason}。',
  },
  reading: { en: 'reading {path}…', zh: '读取 {path}…' },
  validating: { en: 'validating…', zh: '校验中…' },
  writing: { en: 'writing…', zh: '写入中…' },
  invalid: {
    en: '{count} error(s); nothing written.',
    zh: '{count} 个错误，未写入任何文件。',
  },
  checked: {
    en: '{errors} error(s), {warnings} warning(s).',
    zh: '{errors} 个错误，{warnings} 个警告。',
  },
} as const satisfies Record<string, Message>;
