// 【本周概览】 laid out (SPEC §5 item 0, §8): first after the generated time, a status table, then its parts, zh and en.
import type { ReportDocument, TableBlock } from '../../../src/core/layout/document';
import { parseWorkbook } from '../../../src/core/model/workbook';
import { buildReport } from '../../../src/core/report';
import type { SheetInput } from '../../../src/core/workbook';
import {
  HEADER,
  incidents,
  metrics,
  now,
  objectives,
  pct,
  projects,
  W0,
  W1,
  withSettings,
} from '../model/history-workbook';
import { sheet, shown, workbook } from '../model/workbook-builder';
import { outline, sectionLines } from './outline';

const documentOf = (sheets: readonly SheetInput[]): ReportDocument => {
  const report = buildReport(parseWorkbook(workbook(withSettings(sheets))), { now });
  if (!report.document) throw new Error(JSON.stringify(report.issues));
  return report.document;
};
const settings = (...rows: string[][]) => sheet('设置', [['项', '值'], ...rows]);
const history = [objectives, projects, metrics, incidents];

describe('【本周概览】', () => {
  it('comes first, right after the generated time', () => {
    const lines = outline(documentOf(history));
    expect(lines.slice(0, 2)).toEqual(['生成时间：2024年1月15日 15:30', '# 【本周概览】']);
  });

  it('shows the table, changes with their reasons, metrics off target, reliability and asks', () => {
    expect(sectionLines(documentOf(history), '【本周概览】')).toEqual([
      '目标 | 状态 | 项目 | 完成 | 🔴 严重 | 🟡 关注',
      'O1 服务业务 | 🟡 关注 | 4 | 0 | 0 | 2',
      'O2 系统升级 | 🔴 严重 | 4 | 1 | 3 | 0',
      '*本周变化：*',
      '- 账单：转为🟡 关注（进度两周未变 40%）',
      '- 存管：转为🟡 关注（进度下降 70%→60%）',
      '- 定转X：计划 1/19 → 1/26',
      '- 商户升级：转为🔴 严重（已过计划日期 1/10）',
      '- POS：本周完成',
      '- 风控：新增',
      '*指标未达标：*',
      '- 一次支付成功率：99.2826%，目标 99.5000%，较上周 -0.0174pp',
      '- P99 延迟：220 ms，目标 200 ms',
      '*稳定性：*',
      '- 本期事件：B级1次，C级1次，D级1次，未定级事件1次',
      '- 恢复用时：平均4小时18分钟，最长12小时（3起有恢复时间）',
      '- 2024年累计：AB级1次，CD级3次',
      '*需协调与支持：*',
      '- 商户升级（张三）：需要运维资源',
      '- POS（李四）：采购审批',
      '- 营收：协调银行排期',
    ]);
  });

  it('marks the status cell of each row with its status, for writers that shade it', () => {
    const table = documentOf(history).blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.statuses).toEqual([
      [null, 'amber', null, null, null, null],
      [null, 'red', null, null, null, null],
    ]);
  });

  it('speaks English when the report does', () => {
    const lines = sectionLines(documentOf([settings(['language', 'en']), ...history]), 'Summary');
    expect(lines.slice(0, 4)).toEqual([
      'Objective | Status | Projects | Done | 🔴 red | 🟡 amber',
      'O1 服务业务 | 🟡 amber | 4 | 0 | 0 | 2',
      'O2 系统升级 | 🔴 red | 4 | 1 | 3 | 0',
      '*Changes:*',
    ]);
    expect(lines).toContain('- 存管: turned 🟡 amber (progress down 70%→60%)');
    expect(lines).toContain('- 定转X: due 1/19 → 1/26');
    expect(lines).toContain('- 一次支付成功率: 99.2826%, target 99.5000%, -0.0174pp vs last week');
    expect(lines).toContain('- Time to recover: mean 4 h 18 min, max 12 h (3 with a recovery time)');
    expect(lines).toContain('- 2024 to date: 1 at level A/B, 3 at level C/D');
    expect(lines).toContain('- 商户升级 (张三): 需要运维资源');
  });

  it('names the week compared with when a week was skipped', () => {
    const skipped = sheet('项目', [
      HEADER,
      [new Date('2024-01-01T00:00:00Z'), 'O1', '存管', null, '', pct(0.5), null, null, '', '进行中', ''],
      [W0, 'O1', '存管', null, '', pct(1), null, null, '', '进行中', ''],
    ]);
    expect(sectionLines(documentOf([objectives, skipped]), '【本周概览】')).toEqual([
      '目标 | 状态 | 项目 | 完成 | 🔴 严重 | 🟡 关注',
      'O1 服务业务 | 🟢 正常 | 1 | 1 | 0 | 0',
      '*本周变化（对比 1/1）：*',
      '- 存管：本周完成',
    ]);
  });

  it('leaves out empty parts and says a period without incidents had none', () => {
    const quiet = sheet('生产事件', [['开始时间', '事件', '级别']]);
    const single = sheet('项目', [
      HEADER,
      [W0, 'O1', '存管', null, '', pct(0.5), null, null, '', '进行中', ''],
    ]);
    expect(sectionLines(documentOf([objectives, single, quiet]), '【本周概览】')).toEqual([
      '目标 | 状态 | 项目 | 完成 | 🔴 严重 | 🟡 关注',
      'O1 服务业务 | 🟢 正常 | 1 | 0 | 0 | 0',
      '*稳定性：*',
      '- 本期无生产事件',
      '- 2024年累计：AB级0次，CD级0次',
    ]);
  });

  it('says the red status in its own word: 风险 is only ever the State the team typed', () => {
    const states = sheet('项目', [
      HEADER,
      [W1, 'O1', '存管', null, '', pct(0.5), null, null, '', '进行中', ''],
      [W0, 'O1', '存管', null, '', pct(0.6), null, null, '', '风险', ''],
      [W1, 'O1', '风控', null, '', pct(0.5), null, null, '', '进行中', ''],
      [W0, 'O1', '风控', null, '', pct(0.6), null, null, '', '延期', ''],
    ]);
    const zh = sectionLines(documentOf([objectives, states]), '【本周概览】');
    expect(zh).toEqual([
      '目标 | 状态 | 项目 | 完成 | 🔴 严重 | 🟡 关注',
      'O1 服务业务 | 🔴 严重 | 2 | 0 | 1 | 1',
      '*本周变化：*',
      '- 存管：转为🟡 关注（风险）',
      '- 风控：转为🔴 严重（延期）',
    ]);
    expect(zh.join('\n')).not.toContain('🔴 风险');
    const en = sectionLines(documentOf([settings(['language', 'en']), objectives, states]), 'Summary');
    expect(en.slice(2)).toEqual([
      '*Changes:*',
      '- 存管: turned 🟡 amber (at risk)',
      '- 风控: turned 🔴 red (delayed)',
    ]);
  });

  it('says a metric off target that did not move is unchanged, with the Target at the value’s decimals', () => {
    const flat = sheet('指标', [
      ['周', '分组', '指标', '数值', '目标值', '方向'],
      [W1, '支付成功率', '一次支付成功率', shown(0.9995, '99.9500%'), shown(0.9996, '99.96%'), ''],
      [W0, '支付成功率', '一次支付成功率', shown(0.9995, '99.9500%'), shown(0.9996, '99.96%'), ''],
    ]);
    const single = sheet('项目', [
      HEADER,
      [W0, 'O1', '存管', null, '', pct(0.5), null, null, '', '进行中', ''],
    ]);
    const offTarget = (language: 'zh' | 'en') =>
      sectionLines(
        documentOf([settings(['language', language]), objectives, single, flat]),
        language === 'zh' ? '【本周概览】' : 'Summary',
      ).filter((line) => line.includes('一次支付成功率'));
    expect(offTarget('zh')).toEqual(['- 一次支付成功率：99.9500%，目标 99.9600%，较上周持平']);
    expect(offTarget('en')).toEqual([
      '- 一次支付成功率: 99.9500%, target 99.9600%, unchanged from last week',
    ]);
  });

  it('lists no changes, and nothing new, in a first report with no earlier week', () => {
    const first = sheet('项目', [
      HEADER,
      [W0, 'O1', '存管', null, '', pct(0.5), null, null, '', '进行中', ''],
      [W0, 'O2', '风控', null, '', pct(0.2), null, null, '', '进行中', ''],
    ]);
    const zh = sectionLines(documentOf([objectives, first]), '【本周概览】');
    expect(zh.filter((line) => /本周变化|新增/.test(line))).toEqual([]);
    const en = sectionLines(documentOf([settings(['language', 'en']), objectives, first]), 'Summary');
    expect(en.filter((line) => /Changes|\bnew\b/.test(line))).toEqual([]);
  });

  it('is not there when Settings 概览 is off', () => {
    const lines = outline(documentOf([settings(['概览', 'off']), ...history]));
    expect(lines).not.toContain('# 【本周概览】');
    expect(lines[1]).toBe('# 【系统运行数据】');
  });
});
