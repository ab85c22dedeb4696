// `remind` and `validate` (build/cli.cjs, in this process) on docs/reminder-demo.json as an .xlsx: who would be
// reminded, nothing mailed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliInProcess } from './cli-in-process';

const root = join(__dirname, '..', '..');
const sample = join(root, 'seeds', 'sample-workbook.xlsx');
/** Wednesday 2023-11-15: the report in progress is 2023-11-20's. */
const NOW = '2023-11-15';

/** A Node script (the seed script) as a process. */
function node(args: readonly string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The team's workbook as the sheet would be downloaded: written by the seed script, not by this test. */
const workbook = join(mkdtempSync(join(tmpdir(), 'remind-')), 'team.xlsx');
beforeAll(() => {
  const made = node([join(root, 'scripts', 'make-seed.mjs'), workbook, 'docs/reminder-demo.json']);
  expect(made.status).toBe(0);
});

describe('remind', () => {
  it('prints the completeness, whom Remind owners would mail for which rows, and who cannot be reached', async () => {
    const result = await runCliInProcess(['remind', '--workbook', workbook, '--now', NOW]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '2023-11-20 的周报：已更新 17/28',
      '将提醒 3 人（只列出，不发送邮件）：',
      '  张伟 <zhangwei@example.com>：资金安全数据打通、银联签约支付绑卡',
      '  chen.jie@example.com：贝好家意向金支付存管',
      '  李娜 <lina@example.com>：支付系统双活（第2条）',
      '无法提醒（没有邮箱）：',
      '  王五：存管衍生-银行卡办理、POS收单系统建设（第1条）、POS收单系统建设（第2条）、POS收单系统建设（第3条）、POS收单系统建设（第4条）、POS收单系统建设（第5条）',
      '  孙磊：研发效能度量月度复盘',
      '',
    ]);
    // Each thing once: that they have no address is said by the heading, not again on every line.
    expect(result.stdout.match(/没有邮箱/g)).toHaveLength(1);
  });

  it('reads the report in progress from --now, and names no one when every row moved on', async () => {
    // On Friday 11-10 the report in progress is the sample's 11-13, whose every row differs from 11-06's.
    const result = await runCliInProcess(['remind', '--workbook', sample, '--now', '2023-11-10']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('2023-11-13 的周报：已更新 28/28\n无需提醒：每一行都已更新。\n');
  });

  it('says which week has rows, and the --now that shows its reminders, when the report in progress has none', async () => {
    const result = await runCliInProcess(['remind', '--workbook', sample, '--now', '2023-12-06']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '2023-12-11 的周报还没有项目行（开始新一周会添加）',
      '项目表中最新的周是 2023-11-13：加 --now 2023-11-10 可查看那期周报的提醒。',
      '',
    ]);
    expect((await runCliInProcess(['remind', '--workbook', sample, '--now', '2023-11-10'])).status).toBe(0);
  });

  it('explains itself under --help', async () => {
    const result = await runCliInProcess(['remind', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: weekly-report remind \[--workbook F\.xlsx\|DIR\] \[--now ISO\]/);
    expect((await runCliInProcess(['--help'])).stdout).toMatch(/\n {2}remind {5}list who has not updated/);
  });
});

describe('validate', () => {
  it('prints the completeness of the report in progress after the problems', async () => {
    const result = await runCliInProcess(['validate', '--workbook', workbook, '--now', NOW]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      '2023-11-20 的周报：已更新 17/28\n未更新的行，按负责人：\n张伟 <zhangwei@example.com>：资金安全数据打通、银联签约支付绑卡\n',
    );
  });
});
