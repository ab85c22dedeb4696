// The sample workbook's 【本周概览】, computed by hand from its rows (SPEC §8): what `npm start` shows leadership first.
import { join } from 'node:path';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import { readWorkbookFile } from '../../src/node/workbook-reader';
import { sectionLines } from '../core/layout/outline';

const root = join(__dirname, '../..');

describe('Summary of the sample report', () => {
  it('is all green, names the one project new this week, and counts the incidents of the period and year', async () => {
    const input = await readWorkbookFile(join(root, 'seeds/sample-workbook.xlsx'), {
      timeZone: 'Asia/Shanghai',
    });
    const { document, issues } = buildReport(parseWorkbook(input), { now: new Date('2026-11-25T07:30:00Z') });
    if (!document) throw new Error('no document');
    // Every metric has a Target it meets and every recovery follows its start: `npm start` warns of nothing.
    expect(issues).toEqual([]);
    expect(sectionLines(document, '【本周概览】')).toEqual([
      '目标 | 状态 | 项目 | 完成 | 🔴 严重 | 🟡 关注',
      // 11 projects under O1; O2's four (风险数据指标 85% after 70% is green); O3's four. No State, Due or drop says otherwise.
      'O1 服务业务 | 🟢 正常 | 11 | 0 | 0 | 0',
      'O2 系统升级 | 🟢 正常 | 4 | 0 | 0 | 0',
      'O3 安全稳定、降本提效 | 🟢 正常 | 4 | 0 | 0 | 0',
      '*本周变化：*',
      // The only project without a row on 11/6: "本周启动开发".
      '- 银联签约支付绑卡：新增',
      '*稳定性：*',
      // 11/6 11:52 (D, recovered 11:53: 1 minute) and 11/12 18:42 (no level, recovered 11/13 17:13: 1351 minutes).
      '- 本期事件：D级1次，未定级事件1次',
      '- 恢复用时：平均11小时16分钟，最长22小时31分钟（2起有恢复时间）',
      '- 2023年累计：AB级0次，CD级1次',
    ]);
  });
});
