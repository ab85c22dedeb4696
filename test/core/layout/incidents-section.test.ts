// 【生产事件】: one line per incident in the team's sentence shape, skipping the parts that are not known.
import { layoutReport } from '../../../src/core/layout/report-document';
import type { IncidentLine } from '../../../src/core/model/report-model';
import { incident, reportModel } from './model-builder';
import { sectionLines } from './outline';

const incidentLines = (incidents: IncidentLine[], language: 'zh' | 'en' = 'zh'): string[] =>
  sectionLines(
    layoutReport(reportModel({ incidents }, language)),
    language === 'zh' ? '【生产事件】' : 'Production incidents',
  );

const graded = incident({
  start: '2023-11-06T11:52',
  detected: '监控发现',
  summary: '应用双活，万国机房批量扩容账号网段',
  impact: '影响到从库服务',
  cause: '扩容脚本未限流',
  recovered: '2023-11-06T11:53',
  level: 'D',
  durationMinutes: 1,
  followUp: '扩容前评审',
});

describe('Incidents section', () => {
  it('writes start, detection, summary, impact, cause, recovery, level, duration and follow-up', () => {
    expect(incidentLines([graded])).toEqual([
      '- 11/6 11:52 监控发现应用双活，万国机房批量扩容账号网段，影响到从库服务，原因：扩容脚本未限流。11:53 恢复（D级，持续1分钟）。后续：扩容前评审',
    ]);
  });

  it('skips the unknown parts and never prints 原因： with nothing after it', () => {
    expect(incidentLines([incident({ start: '2023-11-12T18:42', summary: '履约合同生成异常' })])).toEqual([
      '- 11/12 18:42 履约合同生成异常',
    ]);
  });

  it('keeps a recovery time that is before the start, without a duration', () => {
    const event = incident({
      detected: '监控发现',
      impact: '影响标准履约和轻松付合同生成',
      cause: '阿里云服务异常影响到法大大、上上签等供应商服务',
      recovered: '2023-11-12T17:13',
    });
    expect(incidentLines([event])).toEqual([
      '- 11/12 18:42 监控发现履约合同生成异常，影响标准履约和轻松付合同生成，原因：阿里云服务异常影响到法大大、上上签等供应商服务。17:13 恢复',
    ]);
  });

  it('dates a recovery on a later day', () => {
    const overnight = incident({ recovered: '2023-11-13T01:02', durationMinutes: 380 });
    expect(incidentLines([overnight])).toEqual([
      '- 11/12 18:42 履约合同生成异常。11/13 01:02 恢复（持续6小时20分钟）',
    ]);
  });

  it('writes the level alone when the duration is unknown', () => {
    expect(incidentLines([incident({ level: 'C' })])).toEqual(['- 11/12 18:42 履约合同生成异常（C级）']);
  });

  it('translates the fixed words in en', () => {
    expect(incidentLines([graded], 'en')).toEqual([
      '- 11/6 11:52 监控发现 应用双活，万国机房批量扩容账号网段, 影响到从库服务, cause: 扩容脚本未限流. Recovered 11:53 (level D, 1 min). Follow-up: 扩容前评审',
    ]);
  });

  it('omits the section when the period had no incidents', () => {
    expect(incidentLines([])).toEqual([]);
  });
});
