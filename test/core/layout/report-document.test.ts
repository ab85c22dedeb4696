// The report document of SPEC §5: title, generated time, section order, highlights, notes and daily entries.
import { layoutReport } from '../../../src/core/layout/report-document';
import { incident, percentMetric, project, reportModel } from './model-builder';
import { outline, sectionLines } from './outline';

describe('Report title and header', () => {
  it('titles the zh report 第{week}周 {Monday} and states when it was generated', () => {
    const doc = layoutReport(reportModel());
    expect(doc.title).toBe('第46周 2023-11-13');
    expect(doc.language).toBe('zh');
    expect(outline(doc)).toEqual(['生成时间：2026年11月25日 15:30']);
  });

  it('titles the en report Week {week}, {Monday}', () => {
    const doc = layoutReport(reportModel({}, 'en'));
    expect(doc.title).toBe('Week 46, 2023-11-13');
    expect(outline(doc)).toEqual(['Generated 2026-11-25 15:30']);
  });

  it('writes the generated date without leading zeros in zh', () => {
    const doc = layoutReport(reportModel({ generatedAt: '2027-01-04T09:05' }));
    expect(outline(doc)).toEqual(['生成时间：2027年1月4日 09:05']);
  });

  it('puts team, title and generated time in the page header', () => {
    expect(layoutReport(reportModel()).headerText).toBe(
      '支付中心 · 第46周 2023-11-13 · 生成时间：2026年11月25日 15:30',
    );
    expect(layoutReport(reportModel({}, 'en')).headerText).toBe(
      '支付中心 · Week 46, 2023-11-13 · Generated 2026-11-25 15:30',
    );
  });
});

describe('Section order', () => {
  const full = reportModel({
    highlights: [{ title: '银行虚户建设', content: '设计完成', points: [] }],
    metricGroups: [{ name: '支付成功率', metrics: [percentMetric('入金有效成功率', '99.997%')] }],
    incidentCounts: { ab: 0, cd: 1 },
    objectives: [
      { code: 'O1', name: '服务业务', projects: [project('物保')] },
      { code: 'O2', name: '系统升级', projects: [project('POS收单系统建设')] },
    ],
    incidents: [incident()],
    reflections: ['收获'],
    nextWeek: ['目标'],
    daily: [{ date: '2023-11-14', entries: [{ author: '张三', content: '联调' }] }],
  });

  it('lays out the sections in the order of SPEC §5, each under a level-1 heading', () => {
    const doc = layoutReport(full);
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => (h.kind === 'heading' ? [h.level, h.text] : []))).toEqual([
      [1, '【重点工作】'],
      [1, '【系统运行数据】'],
      [1, '【O1 服务业务】'],
      [1, '【O2 系统升级】'],
      [1, '【生产事件】'],
      [1, '收获与反思'],
      [1, '下周工作及目标'],
      [1, '日报合集'],
    ]);
  });

  it('translates every section heading in en', () => {
    const doc = layoutReport({ ...full, settings: { ...full.settings, language: 'en' } });
    expect(outline(doc).filter((line) => line.startsWith('# '))).toEqual([
      '# Highlights',
      '# System metrics',
      '# O1 服务业务',
      '# O2 系统升级',
      '# Production incidents',
      '# Lessons and reflections',
      '# Next week',
      '# Daily notes',
    ]);
  });
});

describe('Highlights section', () => {
  const highlights = [
    { title: '银行虚户建设', content: '产品和系统总体设计完成。', points: [] },
    { title: '大模型技术应用', content: '', points: ['CodeLink覆盖率达到100%；', '存管AI助理'] },
  ];

  it('writes one bullet per highlight with 【Title】 in bold, then its content', () => {
    const doc = layoutReport(reportModel({ highlights }));
    const list = doc.blocks[2];
    expect(list.kind === 'list' && list.items[0].runs).toEqual([
      { text: '【银行虚户建设】', bold: true },
      { text: '产品和系统总体设计完成。' },
    ]);
  });

  it('numbers the sub-points under their highlight', () => {
    expect(sectionLines(layoutReport(reportModel({ highlights })), '【重点工作】')).toEqual([
      '- *【银行虚户建设】*产品和系统总体设计完成。',
      '- *【大模型技术应用】*',
      '  1. CodeLink覆盖率达到100%；',
      '  2. 存管AI助理',
    ]);
  });

  it('writes the title as a bold lead-in in en', () => {
    expect(sectionLines(layoutReport(reportModel({ highlights }, 'en')), 'Highlights')[0]).toBe(
      '- *银行虚户建设: *产品和系统总体设计完成。',
    );
  });
});

describe('Notes sections', () => {
  const notes = {
    reflections: ['第一段反思', '第二段反思'],
    nextWeek: ['银行虚户方案细化', '机构合作网络项目立项'],
  };

  it('writes each reflection as its own paragraph under 收获与反思', () => {
    expect(sectionLines(layoutReport(reportModel(notes)), '收获与反思')).toEqual([
      '第一段反思',
      '第二段反思',
    ]);
  });

  it('numbers next week’s goals under 下周工作及目标', () => {
    expect(sectionLines(layoutReport(reportModel(notes)), '下周工作及目标')).toEqual([
      '1. 银行虚户方案细化',
      '2. 机构合作网络项目立项',
    ]);
  });

  it('uses the en headings', () => {
    const doc = layoutReport(reportModel(notes, 'en'));
    expect(sectionLines(doc, 'Lessons and reflections')).toEqual(['第一段反思', '第二段反思']);
    expect(sectionLines(doc, 'Next week')).toHaveLength(2);
  });
});

describe('Daily section', () => {
  const daily = [
    { date: '2023-11-06', entries: [{ author: '张三', content: '完成联调' }] },
    { date: '2023-11-07', entries: [] },
    {
      date: '2023-11-12',
      entries: [
        { author: '李四', content: '值班' },
        { author: '王五', content: '演练' },
      ],
    },
  ];

  it('writes each day with entries as `M/D 周X`, then a bullet per entry `{Author}：{Content}`', () => {
    expect(sectionLines(layoutReport(reportModel({ daily })), '日报合集')).toEqual([
      '11/6 周一',
      '- 张三：完成联调',
      '11/12 周日',
      '- 李四：值班',
      '- 王五：演练',
    ]);
  });

  it('names the weekday in en', () => {
    expect(sectionLines(layoutReport(reportModel({ daily }, 'en')), 'Daily notes')).toEqual([
      'Mon 11/6',
      '- 张三: 完成联调',
      'Sun 11/12',
      '- 李四: 值班',
      '- 王五: 演练',
    ]);
  });

  it('omits the section when no day has an entry', () => {
    const doc = layoutReport(reportModel({ daily: [{ date: '2023-11-07', entries: [] }] }));
    expect(outline(doc)).not.toContain('# 日报合集');
  });
});
