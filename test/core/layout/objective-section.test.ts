// One section per Objective: project lines with status, progress note, due date, markers and sub-points.
import { layoutReport } from '../../../src/core/layout/report-document';
import type { ProjectLine } from '../../../src/core/model/report-model';
import { project, reportModel } from './model-builder';
import { outline, sectionLines } from './outline';

const objectiveLines = (projects: ProjectLine[], language: 'zh' | 'en' = 'zh'): string[] =>
  sectionLines(
    layoutReport(reportModel({ objectives: [{ code: 'O2', name: '系统升级', projects }] }, language)),
    language === 'zh' ? '【O2 系统升级】' : 'O2 系统升级',
  );

describe('Objective sections', () => {
  it('writes `{Project}：{Status}` as typed', () => {
    expect(objectiveLines([project('物保', { status: '11/15合肥拓城测试准备完毕' })])).toEqual([
      '- 物保：11/15合肥拓城测试准备完毕',
    ]);
  });

  it('follows the status with the progress note and the due date, joined by `，`', () => {
    const line = project('风险数据指标', { status: '模型上线', progress: 0.85, previous: 0.7, due: '11/16' });
    expect(objectiveLines([line])).toEqual([
      '- 风险数据指标：模型上线，总体进度85%，较上周70%新增15%进度，计划11/16',
    ]);
  });

  it('writes the progress note alone when the status is empty, and 总体进度 only without a previous week', () => {
    expect(objectiveLines([project('风险数据指标', { progress: 0.85, previous: 0.7 })])).toEqual([
      '- 风险数据指标：总体进度85%，较上周70%新增15%进度',
    ]);
    expect(objectiveLines([project('营收收入对接EBS', { progress: 0.55 })])).toEqual([
      '- 营收收入对接EBS：总体进度55%',
    ]);
  });

  it('says progress that did not move as 进度持平 / unchanged, never 新增0%进度 or +0 pts', () => {
    const line = project('营收收入对接EBS', { status: '联调中', progress: 0.4, previous: 0.4, due: '11/28' });
    expect(objectiveLines([line])).toEqual(['- 营收收入对接EBS：联调中，总体进度40%，进度持平，计划11/28']);
    expect(objectiveLines([line], 'en')).toEqual(['- 营收收入对接EBS: 联调中, 40% (unchanged), due 11/28']);
  });

  it('adds no separator after a status that already ends a sentence', () => {
    expect(objectiveLines([project('存管衍生', { status: '二期研发及提测。', due: '11/28' })])).toEqual([
      '- 存管衍生：二期研发及提测。计划11/28',
    ]);
  });

  it('puts a space, not a separator, after a status that ends in ASCII punctuation, in both languages', () => {
    const line = project('营收收入对接EBS', { status: '预计11/28.', progress: 0.55 });
    expect(objectiveLines([line])).toEqual(['- 营收收入对接EBS：预计11/28. 总体进度55%']);
    expect(objectiveLines([line], 'en')).toEqual(['- 营收收入对接EBS: 预计11/28. 55%']);
    const spaced = project('存管衍生', { status: 'Testing done!  ', due: '11/28' });
    expect(objectiveLines([spaced], 'en')).toEqual(['- 存管衍生: Testing done! due 11/28']);
  });

  it('writes just the project name when nothing else is known', () => {
    expect(objectiveLines([project('POS收单系统建设')])).toEqual(['- POS收单系统建设']);
  });

  it('marks delayed and at-risk projects', () => {
    expect(
      objectiveLines([
        project('平安存管联调', { status: '延迟至11月底上线', state: 'delayed' }),
        project('银联签约', { state: 'at-risk' }),
        project('定转X', { state: 'done' }),
      ]),
    ).toEqual(['- 【延期】平安存管联调：延迟至11月底上线', '- 【风险】银联签约', '- 定转X']);
  });

  it('numbers the sub-points under their project', () => {
    const pos = project('POS收单系统建设', {
      points: ['支付链路整体联调测试完成', '金融加密机采购完成招标'],
    });
    expect(objectiveLines([pos])).toEqual([
      '- POS收单系统建设',
      '  1. 支付链路整体联调测试完成',
      '  2. 金融加密机采购完成招标',
    ]);
  });

  it('omits an objective without projects', () => {
    const doc = layoutReport(reportModel({ objectives: [{ code: 'O3', name: '安全稳定', projects: [] }] }));
    expect(outline(doc)).not.toContain('# 【O3 安全稳定】');
  });

  it('translates the fixed words in en', () => {
    const line = project('Risk metrics', {
      status: 'model live',
      progress: 0.85,
      previous: 0.7,
      due: '11/16',
    });
    expect(
      objectiveLines(
        [line, project('Bank link', { state: 'delayed' }), project('POS', { state: 'at-risk' })],
        'en',
      ),
    ).toEqual([
      '- Risk metrics: model live, 85% (+15 pts from 70%), due 11/16',
      '- [delayed] Bank link',
      '- [at risk] POS',
    ]);
  });
});
