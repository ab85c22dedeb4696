// Cli strings of the zh/en message table (see ./index.ts).
import type { Message } from './message';

export const cliMessages = {
  usage: {
    en: `Usage: weekly-report <command> [options]

Commands:
  generate   write the weekly report (.docx, .md and .html) from a workbook
  validate   check a workbook and list every problem
  init       write an empty workbook with every tab
  new-week   write a copy of a workbook with next week's rows appended
  remind     list who has not updated the report in progress, and which rows (mails nothing)
  rollup     write one center report (.docx, .md and .html) over a folder of team workbooks
  export     write team workbooks as long-format CSV rows for BigQuery or Connected Sheets

Run weekly-report help <command> (or <command> --help) for its options; --version prints the version.
--debug shows stack traces. Exit codes: 0 done, 1 invalid data, 2 usage error or unreadable file, 3 internal error.`,
    zh: `用法：weekly-report <命令> [选项]

命令：
  generate   从工作簿生成周报（.docx、.md 和 .html）
  validate   校验工作簿并列出所有问题
  init       生成包含所有标签页的空工作簿
  new-week   生成追加了下周行的工作簿副本
  remind     列出本期周报中谁的哪些行尚未更新（不发送邮件）
  rollup     汇总一个文件夹中各团队的工作簿，生成一份中心周报（.docx、.md 和 .html）
  export     把团队工作簿写成长格式 CSV，供 BigQuery 或 Connected Sheets 导入

运行 weekly-report help <命令>（或 <命令> --help）查看选项；--version 显示版本。
--debug 显示调用栈。退出码：0 完成，1 数据有误，2 用法错误或文件无法读取，3 内部错误。`,
  },
  usageGenerate: {
    en: `Usage: weekly-report generate [--workbook F.xlsx|DIR] [--week YYYY-MM-DD] [--out DIR] [--format {formats}] [--now ISO]

  --workbook  an .xlsx export or a folder of CSVs named after the tabs (default: the sample workbook)
  --week      any day of the report week (default: the latest Week in Projects)
  --out       output folder (default: out)
  --format    one or more of {choices}, comma-separated (default: {formats})
  --now       the generation time: YYYY-MM-DD (midnight in the sheet's time zone) or an ISO 8601
              date-time with its zone (default: SOURCE_DATE_EPOCH, else the clock)`,
    zh: `用法：weekly-report generate [--workbook F.xlsx|目录] [--week YYYY-MM-DD] [--out 目录] [--format {formats}] [--now ISO]

  --workbook  .xlsx 导出文件，或以标签页命名的 CSV 文件夹（默认：示例工作簿）
  --week      报告周的任意一天（默认：项目表中最新的周）
  --out       输出目录（默认：out）
  --format    {choices} 中的一种或多种，以逗号分隔（默认：{formats}）
  --now       生成时间：YYYY-MM-DD（表格时区的零点），或带时区的 ISO 8601 日期时间
              （默认：SOURCE_DATE_EPOCH，否则为当前时间）`,
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

Writes a copy of F with next week's rows appended; F is never modified and G must not exist yet.
  --week  the week to copy from (default: the latest week up to today's)`,
    zh: `用法：weekly-report new-week --workbook F.xlsx --out G.xlsx [--week YYYY-MM-DD] [--now ISO]

生成 F 的副本并追加下周的行；F 本身不会被修改，G 必须是尚不存在的文件。
  --week  要复制的周（默认：截至今天最新的周）`,
  },
  usageRemind: {
    en: `Usage: weekly-report remind [--workbook F.xlsx|DIR] [--now ISO]

Prints the report in progress's completeness (12/15 updated), then whom Remind owners would mail and for which rows,
and the owners with no email address (People tab); mails nothing. Exits 1 when the rows it reads have errors.
  --now  today: YYYY-MM-DD or an ISO 8601 date-time with its zone (default: SOURCE_DATE_EPOCH, else the clock)`,
    zh: `用法：weekly-report remind [--workbook F.xlsx|目录] [--now ISO]

输出本期周报的完成度（已更新 12/15），以及“提醒未更新”会给谁发邮件、涉及哪些行，和没有邮箱的负责人（人员表）；
不发送任何邮件。读取的行有错误时退出码为 1。
  --now  今天：YYYY-MM-DD，或带时区的 ISO 8601 日期时间（默认：SOURCE_DATE_EPOCH，否则为当前时间）`,
  },
  unknownCommand: {
    en: 'Unknown command "{command}". Run weekly-report --help.',
    zh: '未知命令“{command}”。运行 weekly-report --help 查看用法。',
  },
  badArguments: {
    en: '{reason} Run weekly-report {command} --help.',
    zh: '{reason} 运行 weekly-report {command} --help 查看用法。',
  },
  emptyOption: {
    en: '--{option} needs a value. Run weekly-report {command} --help.',
    zh: '--{option} 需要一个值。运行 weekly-report {command} --help 查看用法。',
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
    en: 'Expected --now to be a real date YYYY-MM-DD or an ISO 8601 date-time with its zone (2023-11-13T09:00+08:00), got "{value}".',
    zh: '--now 应为真实存在的日期 YYYY-MM-DD，或带时区的 ISO 8601 日期时间（如 2023-11-13T09:00+08:00），实际为“{value}”。',
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
    en: '{path} already exists; {command} writes a new workbook only: choose another --out.',
    zh: '{path} 已存在；{command} 只生成新的工作簿，请换一个 --out。',
  },
  outputNotXlsx: {
    en: '--out must name a new .xlsx file, got "{path}".',
    zh: '--out 应为一个新的 .xlsx 文件名，实际为“{path}”。',
  },
  outputNotFolder: {
    en: '--out must be a folder: {path} is a file.',
    zh: '--out 应为文件夹：{path} 是一个文件。',
  },
  outputIsFolder: {
    en: 'Cannot write {path}: a folder of that name is in the way. Nothing was written.',
    zh: '无法写入 {path}：已有同名文件夹。未写入任何文件。',
  },
  linkedOutputFolder: {
    en: 'Cannot write into {path}: it is a symbolic link, which the report never writes through. Remove it; nothing was written.',
    zh: '无法写入 {path}：它是符号链接，周报不会通过符号链接写入。请删除它；未写入任何文件。',
  },
  workbookIsFolder: {
    en: '{command} needs an .xlsx file: {path} is a folder.',
    zh: '{command} 需要一个 .xlsx 文件：{path} 是文件夹。',
  },
  unreadableWorkbook: {
    en: 'Cannot read workbook {path}: {reason}.',
    zh: '无法读取工作簿 {path}：{reason}。',
  },
  // The center roll-up and the long-format export (SPEC §13).
  usageRollup: {
    en: `Usage: weekly-report rollup --teams DIR [--week YYYY-MM-DD] [--out DIR] [--format {formats}] [--now ISO]

  --teams     a folder with one .xlsx export (or one folder of CSVs) per team; a team is named by its
              Settings team_name (团队名称), else by its file or folder name
  --week      any day of the report week (default: the latest week any team has, not after the report
              in progress)
  --out       output folder (default: out)
  --format    one or more of {choices}, comma-separated (default: {formats})
  --now       the generation time: YYYY-MM-DD or an ISO 8601 date-time with its zone
              (default: SOURCE_DATE_EPOCH, else the clock)

A team that cannot be read is named in the report with the reason; its problems are listed under it.`,
    zh: `用法：weekly-report rollup --teams 目录 [--week YYYY-MM-DD] [--out 目录] [--format {formats}] [--now ISO]

  --teams     每个团队一个 .xlsx 导出文件（或一个 CSV 文件夹）的目录；团队名取其设置中的团队名称
              （team_name），否则取文件名或文件夹名
  --week      报告周的任意一天（默认：各团队中最新的一周，不晚于进行中的那期）
  --out       输出目录（默认：out）
  --format    {choices} 中的一种或多种，以逗号分隔（默认：{formats}）
  --now       生成时间：YYYY-MM-DD，或带时区的 ISO 8601 日期时间（默认：SOURCE_DATE_EPOCH，否则为当前时间）

无法读取的团队会连同原因列在报告中；各团队的数据问题列在该团队下。`,
  },
  usageExport: {
    en: `Usage: weekly-report export (--teams DIR | --workbook F.xlsx|DIR) --out rows.csv

Writes every filled cell of the teams' tabs as long-format rows (week, team, tab, row, field, value;
UTF-8, RFC 4180) that BigQuery, Looker Studio or Connected Sheets load as they are.

  --teams     a folder with one .xlsx export (or one folder of CSVs) per team
  --workbook  one team's .xlsx export or folder of CSVs
  --out       the .csv file to write`,
    zh: `用法：weekly-report export (--teams 目录 | --workbook F.xlsx|目录) --out rows.csv

把各团队工作表中每个有内容的单元格写成长格式的行（week, team, tab, row, field, value；UTF-8，RFC 4180），
BigQuery、Looker Studio 或 Connected Sheets 可以直接导入。

  --teams     每个团队一个 .xlsx 导出文件（或一个 CSV 文件夹）的目录
  --workbook  一个团队的 .xlsx 导出文件或 CSV 文件夹
  --out       要写入的 .csv 文件`,
  },
  teamsNotFolder: {
    en: '--teams must be a folder of team workbooks: {path} is not a folder.',
    zh: '--teams 应为存放各团队工作簿的文件夹：{path} 不是文件夹。',
  },
  noTeams: {
    en: 'No team workbook in {path}: put one .xlsx export or one folder of CSVs per team there.',
    zh: '{path} 中没有团队工作簿：请为每个团队放一个 .xlsx 导出文件或一个 CSV 文件夹。',
  },
  exportOneSource: {
    en: 'Give --teams or --workbook, not both. Run weekly-report export --help.',
    zh: '请只给出 --teams 或 --workbook 之一。运行 weekly-report export --help 查看用法。',
  },
  outputNotCsv: { en: '--out must name a .csv file: {path}.', zh: '--out 应为 .csv 文件：{path}。' },
  rollupTeamRead: { en: '{team}: read {path}', zh: '{team}：已读取 {path}' },
  rollupTeamProblems: { en: '{team}: {errors}, {warnings}', zh: '{team}：{errors}，{warnings}' },
  rollupTeamUnreadable: {
    en: '{team}: cannot read {path} ({reason})',
    zh: '{team}：无法读取 {path}（{reason}）',
  },
  exportWritten: { en: '{rows} rows of {teams} team(s).', zh: '共 {teams} 个团队，{rows} 行。' },
  unwritableOutput: {
    en: 'Cannot write {path}: {reason}. Nothing was written.',
    zh: '无法写入 {path}：{reason}。未写入任何文件。',
  },
  /** Why a file cannot be read or written: each one plain sentence, never a library's internals. */
  reasonNotFound: { en: 'no such file or folder', zh: '文件或文件夹不存在' },
  reasonPermission: { en: 'permission denied', zh: '没有权限' },
  reasonBusy: { en: 'the file is in use by another program', zh: '文件正被其他程序占用' },
  reasonDiskFull: { en: 'the disk is full', zh: '磁盘已满' },
  reasonReadOnly: { en: 'the file system is read-only', zh: '文件系统为只读' },
  reasonFileInPath: {
    en: 'a part of the path is a file where a folder is needed',
    zh: '路径中有一部分是文件，而此处需要文件夹',
  },
  reasonIsFolder: { en: 'it is a folder', zh: '这是一个文件夹' },
  reasonSystem: { en: 'the system refused ({code})', zh: '系统拒绝了操作（{code}）' },
  reasonEmptyFile: { en: 'the file is empty (0 bytes)', zh: '文件为空（0 字节）' },
  reasonEncrypted: {
    en: 'it is password-protected: remove the password in Excel (File → Info → Protect Workbook) and save it again',
    zh: '文件设有密码：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后重新保存',
  },
  reasonOldXls: {
    en: 'it is an old Excel 97-2003 .xls file: save it as Excel Workbook (.xlsx)',
    zh: '这是旧版 Excel 97-2003 .xls 文件：请另存为 Excel 工作簿 (.xlsx)',
  },
  reasonSingleCsv: {
    en: 'one CSV file holds one tab: put the CSV files in one folder, named after the tabs (项目.csv or Projects.csv, 目标.csv …), and pass the folder',
    zh: '一个 CSV 文件只含一个标签页：请把 CSV 文件放在同一个文件夹中，以标签页命名（项目.csv 或 Projects.csv、目标.csv……），然后传入该文件夹',
  },
  reasonText: {
    en: 'it is a text file, not an .xlsx: download the sheet with File → Download → Microsoft Excel (.xlsx)',
    zh: '这是文本文件，不是 .xlsx：请在表格中用 文件 → 下载 → Microsoft Excel (.xlsx) 导出',
  },
  reasonNotWorkbook: {
    en: 'it is not an Excel workbook (perhaps another kind of file renamed .xlsx): download the sheet with File → Download → Microsoft Excel (.xlsx)',
    zh: '这不是 Excel 工作簿（可能是其他文件改了扩展名）：请在表格中用 文件 → 下载 → Microsoft Excel (.xlsx) 导出',
  },
  reasonOds: {
    en: 'it is an OpenDocument spreadsheet (.ods): save it as Excel Workbook (.xlsx)',
    zh: '这是 OpenDocument 表格 (.ods)：请另存为 Excel 工作簿 (.xlsx)',
  },
  reasonDamaged: {
    en: 'the file is damaged or incomplete: download or save it again as .xlsx',
    zh: '文件已损坏或不完整：请重新下载或另存为 .xlsx',
  },
  reasonNoTabs: { en: 'it has no tabs', zh: '其中没有任何标签页' },
  reasonNoCsv: {
    en: 'the folder has no .csv files: save each tab in it as a CSV named after the tab (项目.csv or Projects.csv, 目标.csv …)',
    zh: '文件夹中没有 .csv 文件：请把每个标签页另存为以标签页命名的 CSV（项目.csv 或 Projects.csv、目标.csv……）',
  },
  reasonNoTabCsv: {
    en: 'no .csv file in the folder is named after a tab (found {found}): name them 项目.csv or Projects.csv, 目标.csv …',
    zh: '文件夹中没有以标签页命名的 .csv 文件（找到 {found}）：请命名为 项目.csv 或 Projects.csv、目标.csv……',
  },
  reasonCsvEncoding: {
    en: '{file} is neither UTF-8 nor GB18030 text: save it as CSV UTF-8 (comma delimited)',
    zh: '{file} 既不是 UTF-8 也不是 GB18030 文本：请另存为 CSV UTF-8（逗号分隔）',
  },
  reasonCsvUtf16: {
    en: '{file} is UTF-16 (Unicode text): save it as CSV UTF-8 (comma delimited)',
    zh: '{file} 是 UTF-16（Unicode 文本）：请另存为 CSV UTF-8（逗号分隔）',
  },
  /** Limits that keep a hostile file from exhausting the machine (SPEC §12): each says what to do about it. */
  reasonUnpacksTooLarge: {
    en: 'it unpacks to {size} MB, more than the {limit} MB this tool reads (the largest part is {entry}): leave out the pictures and tabs the report does not use, and export it again',
    zh: '解压后有 {size} MB，超过本工具可读取的 {limit} MB（最大的部分是 {entry}）：请去掉周报用不到的图片和标签页后重新导出',
  },
  reasonCompressionRatio: {
    en: 'its part {entry} unpacks to {size} MB, {ratio} times its stored size where a spreadsheet is at most {limit} times: it is a zip bomb or damaged',
    zh: '其中的 {entry} 解压后有 {size} MB，是压缩后大小的 {ratio} 倍，而表格文件最多 {limit} 倍：这是压缩炸弹或已损坏的文件',
  },
  reasonBeyondGrid: {
    en: 'tab "{tab}" claims the range {ref}, beyond the 1,048,576 rows × 16,384 columns a sheet can have: save it again from Excel or Google Sheets',
    zh: '标签页“{tab}”声称的范围 {ref} 超出表格最多 1,048,576 行 × 16,384 列的范围：请用 Excel 或 Google 表格重新保存',
  },
  reasonTooManyCells: {
    en: 'tab "{tab}" spans {count} cells up to the last filled cell of each row, more than the {limit} this tool reads: delete the stray cells far to the right of the table',
    zh: '标签页“{tab}”各行到最后一个非空单元格共 {count} 个单元格，超过本工具可读取的 {limit} 个：请删除表格右侧远处的零散单元格',
  },
  reasonTooManyMerged: {
    en: 'it has {count} merged cells ({ranges} merged ranges on tab "{tab}" alone), more than this tool reads ({limit} cells, {rangeLimit} ranges a tab): unmerge them',
    zh: '其中合并单元格共 {count} 个（仅标签页“{tab}”就有 {ranges} 处合并），超过本工具可读取的上限（{limit} 个单元格，每个标签页 {rangeLimit} 处）：请取消合并',
  },
  reasonTooManyRuleCells: {
    en: 'its dropdowns and named ranges cover {count} cells (counted up to tab "{tab}"), more than the {limit} this tool copies: limit them to the rows in use',
    zh: '其中的下拉列表和命名范围覆盖 {count} 个单元格（计到标签页“{tab}”为止），超过本工具可复制的 {limit} 个：请只覆盖用到的行',
  },
  reasonCsvTooLarge: {
    en: 'its CSV files hold {size} MB, more than the {limit} MB this tool reads',
    zh: '其中的 CSV 文件共 {size} MB，超过本工具可读取的 {limit} MB',
  },
  sampleWorkbook: {
    en: 'No --workbook given: using the sample workbook {path}.',
    zh: '未指定 --workbook：使用示例工作簿 {path}。',
  },
  internalError: {
    en: 'weekly-report failed (a bug, not your data): {message}. Run it again with --debug and report what it prints.',
    zh: 'weekly-report 出错（程序缺陷，并非数据问题）：{message}。请加 --debug 重新运行，并报告输出内容。',
  },
  read: { en: 'read {path}', zh: '已读取 {path}' },
  csvEncoding: { en: 'read {files} as {encoding}', zh: '按 {encoding} 读取 {files}' },
  mergedCells: {
    en: 'cells {range} are merged, so only {first} has a value: unmerge them and fill in every row',
    zh: '{range} 是合并单元格，只有 {first} 有值：请取消合并，并在每一行填写',
  },
  appended: { en: 'appended week {week}: {counts}', zh: '已追加 {week} 周：{counts}' },
  appendedRows: { en: '{tab} {count} row(s)', zh: '{tab} {count} 行' },
  nextWeekNotYet: {
    en: 'Nothing to append: week {next} has not begun; today belongs to the report of {inProgress}. Nothing was written.',
    zh: '无需追加：下一周 {next} 尚未开始，今天属于 {inProgress} 的周报。未写入任何文件。',
  },
  nothingAppended: {
    en: 'Nothing to append: week {week} already has a row for every open project and highlight of {from}. Nothing was written.',
    zh: '无需追加：{from} 的每个未完成项目和重点工作在 {week} 都已有行。未写入任何文件。',
  },
  /** After the first problems listed: a terminal is no place for 200,000 lines. */
  moreIssues: { en: 'and {count} more', zh: '还有 {count} 个问题' },
  validating: { en: 'validating…', zh: '校验中…' },
  writing: { en: 'writing…', zh: '写入中…' },
  invalid: {
    en: '{count} error(s); nothing written.',
    zh: '{count} 个错误，未写入任何文件。',
  },
  /** `{errors}` and `{warnings}` are counts in words: errorCount, warningCount. */
  checked: {
    en: '{errors}, {warnings}.',
    zh: '{errors}，{warnings}。',
  },
  /** Problem lines, each labelled: an error blocks the report, a warning does not. */
  issueError: { en: 'error {issue}', zh: '错误 {issue}' },
  issueWarning: { en: 'warning {issue}', zh: '提醒 {issue}' },
  errorCount: { en: '{count} errors', zh: '{count} 个错误' },
  errorCountOne: { en: '1 error', zh: '1 个错误' },
  warningCount: { en: '{count} warnings', zh: '{count} 个提醒' },
  warningCountOne: { en: '1 warning', zh: '1 个提醒' },
  invalidCounted: {
    en: '{errors}, {warnings}; nothing written.',
    zh: '{errors}，{warnings}；未写入任何文件。',
  },
  remindNoOne: { en: 'No one to remind: every row is updated.', zh: '无需提醒：每一行都已更新。' },
  remindLatestWeek: {
    en: 'The latest week in Projects is {week}: add --now {now} to see the reminders of its report.',
    zh: '项目表中最新的周是 {week}：加 --now {now} 可查看那期周报的提醒。',
  },
} as const satisfies Record<string, Message>;
