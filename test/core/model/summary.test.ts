// 【本周概览】 from a workbook with history (SPEC §8): statuses, changes, metrics off target, reliability, asks.
import type { Summary } from '../../../src/core/model/report-model';
import { parseWorkbook } from '../../../src/core/model/workbook';
import { analyseWorkbook } from '../../../src/core/report';
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
  W2,
  withSettings,
} from './history-workbook';
import { sheet, workbook } from './workbook-builder';

const summaryOf = (sheets: readonly SheetInput[], week?: string): Summary | null => {
  const { model, issues } = analyseWorkbook(parseWorkbook(workbook(withSettings(sheets))), { now, week });
  if (!model) throw new Error(JSON.stringify(issues));
  return model.summary;
};
const summary = (sheets: readonly SheetInput[] = [objectives, projects, metrics, incidents]): Summary => {
  const found = summaryOf(sheets);
  if (!found) throw new Error('no summary');
  return found;
};

describe('Status by objective', () => {
  it('gives each project its status and the rule that fired', () => {
    const [o1, o2] = summary().objectives;
    expect(o1.projects.map((p) => [p.project, p.status, p.reason.rule])).toEqual([
      ['账单', 'amber', 'progressStalled'],
      ['存管', 'amber', 'progressDropped'],
      ['定转X', 'green', 'onTrack'],
      ['看懂账', 'green', 'onTrack'],
    ]);
    expect(o2.projects.map((p) => [p.project, p.status, p.reason])).toEqual([
      ['商户升级', 'red', { rule: 'overdue', due: '1/10' }],
      ['POS', 'done', { rule: 'stateDone' }],
      ['风控', 'red', { rule: 'delayed' }],
      ['营收', 'red', { rule: 'delayed' }],
    ]);
  });

  it('colours an objective by its worst project and counts done, red and amber', () => {
    const rows = summary().objectives.map(({ code, status, projects, done, red, amber }) => ({
      code,
      status,
      projects: projects.length,
      done,
      red,
      amber,
    }));
    expect(rows).toEqual([
      { code: 'O1', status: 'amber', projects: 4, done: 0, red: 0, amber: 2 },
      { code: 'O2', status: 'red', projects: 4, done: 1, red: 3, amber: 0 },
    ]);
  });

  it('reads last week from the Previous column when it is filled', () => {
    const withPrevious = sheet('项目', [
      HEADER,
      [W0, 'O1', '存管', null, '', pct(0.6), pct(0.65), null, '', '进行中', ''],
    ]);
    const [o1] = summary([objectives, withPrevious]).objectives;
    expect(o1.projects[0].reason).toEqual({ rule: 'progressDropped', from: 0.65, to: 0.6 });
  });
});

describe('Changes against the previous week’s rows', () => {
  it('lists new, done, turned red or amber with the reason, and Due moved, in report order', () => {
    const changes = summary().changes;
    expect(changes?.since).toBe('2024-01-08');
    expect(changes?.projects).toEqual([
      {
        project: '账单',
        changes: [
          { kind: 'turned', to: { status: 'amber', reason: { rule: 'progressStalled', progress: 0.4 } } },
        ],
      },
      {
        project: '存管',
        changes: [
          {
            kind: 'turned',
            to: { status: 'amber', reason: { rule: 'progressDropped', from: 0.7, to: 0.6 } },
          },
        ],
      },
      { project: '定转X', changes: [{ kind: 'dueMoved', from: '1/19', to: '1/26' }] },
      {
        project: '商户升级',
        changes: [{ kind: 'turned', to: { status: 'red', reason: { rule: 'overdue', due: '1/10' } } }],
      },
      { project: 'POS', changes: [{ kind: 'done' }] },
      { project: '风控', changes: [{ kind: 'new' }] },
    ]);
  });

  it('compares with the latest earlier week that has rows when a whole week was skipped', () => {
    const skipped = sheet('项目', [
      HEADER,
      [W2, 'O1', '存管', null, '', pct(0.7), null, null, '', '进行中', ''],
      [W0, 'O1', '存管', null, '', pct(0.6), null, null, '', '进行中', ''],
    ]);
    const found = summary([objectives, skipped]);
    expect(found.changes).toEqual({ since: '2024-01-01', projects: [] });
    // Last week's progress is not known (no row on 1/8), so the drop from two weeks ago is no rule's business.
    expect(found.objectives[0].projects[0].status).toBe('green');
  });

  it('has nothing to compare with in the first week of history', () => {
    const first = sheet('项目', [
      HEADER,
      [W0, 'O1', '存管', null, '', pct(0.6), null, null, '', '进行中', ''],
    ]);
    expect(summary([objectives, first]).changes).toBeNull();
  });

  it('does not call a project turned amber when it was amber already', () => {
    const still = sheet('项目', [
      HEADER,
      [W1, 'O1', '存管', null, '', null, null, null, '', '风险', ''],
      [W0, 'O1', '存管', null, '', null, null, null, '', '风险', ''],
    ]);
    expect(summary([objectives, still]).changes?.projects).toEqual([]);
  });
});

describe('Metrics off target', () => {
  it('lists each metric of the week that misses its Target, either direction, with last week’s value', () => {
    const off = summary().offTarget;
    expect(off.map((m) => [m.name, m.display, m.targetDisplay, m.previousValue])).toEqual([
      ['一次支付成功率', '99.2826%', '99.5', 0.993],
      ['P99 延迟', '220 ms', '200', null],
    ]);
  });
});

describe('Reliability', () => {
  it('counts the period’s incidents by level, ungraded events apart', () => {
    expect(summary().reliability?.byLevel).toEqual([
      { level: 'B', count: 1 },
      { level: 'C', count: 1 },
      { level: 'D', count: 1 },
      { level: null, count: 1 },
    ]);
  });

  it('gives minutes to recover (mean, max) over the incidents with both times', () => {
    // 45, 720 (over midnight) and 10 minutes; the event without a recovery time is not counted.
    expect(summary().reliability?.recovery).toEqual({ count: 3, meanMinutes: 258.3, maxMinutes: 720 });
  });

  it('counts the year to date: 1 January of the Monday’s year up to the period’s last day', () => {
    // 2023-12-30 is last year; 2024-01-15 is after the period.
    expect(summary().reliability?.yearToDate).toEqual({ year: 2024, ab: 1, cd: 3 });
  });

  it('is left out without an Incidents tab', () => {
    expect(summary([objectives, projects]).reliability).toBeNull();
  });
});

describe('Asks', () => {
  it('lists every non-blank 需支持 cell of the week with its project and owner', () => {
    expect(summary().asks).toEqual([
      { project: '商户升级', owner: '张三', asks: '需要运维资源' },
      { project: 'POS', owner: '李四', asks: '采购审批' },
      { project: '营收', owner: '', asks: '协调银行排期' },
    ]);
  });
});

describe('Settings 概览 summary', () => {
  it('is on by default and off when set so', () => {
    const off = sheet('设置', [
      ['项', '值'],
      ['summary', 'off'],
    ]);
    expect(summaryOf([objectives, projects])).not.toBeNull();
    expect(summaryOf([off, objectives, projects])).toBeNull();
  });
});
