// 【本周概览】 (SPEC §8): the status table by objective, then changes, metrics off target, reliability and asks.
import { addDays, shortDate } from '../dates';
import type { Language } from '../language';
import { type Message, t } from '../messages/index';
import { reminderMessages } from '../messages/reminders';
import { reportMessages } from '../messages/report';
import type { Status, StatusRule } from '../model/project-status';
import type {
  Ask,
  Changes,
  MetricLine,
  ObjectiveStatus,
  ProjectChange,
  Reliability,
  ReportModel,
  Summary,
} from '../model/report-model';
import { durationText, points } from '../phrases';
import { item, joinClauses, list, paragraph, section } from './blocks';
import { completenessCount, ownerLine } from './completeness-text';
import type { Block, TableBlock } from './document';
import { metricDeltaText } from './metrics-section';
import { targetText } from './target-text';

const report = reportMessages;

const STATUS_WORDS: Readonly<Record<Status, Message>> = {
  done: report.statusDone,
  red: report.statusRed,
  amber: report.statusAmber,
  green: report.statusGreen,
};

/** `🔴 严重` / `🔴 red`: the emoji carries the colour where a writer cannot shade, the word where it cannot show emoji. */
export const statusWord = (status: Status, language: Language): string => t(language, STATUS_WORDS[status]);

/** Why a rule fired, in the report's words: `已过计划日期 11/16`, `进度下降 70%→60%`. */
export function reasonText(reason: StatusRule, language: Language): string {
  switch (reason.rule) {
    case 'stateDone':
      return t(language, report.reasonStateDone);
    case 'complete':
      return t(language, report.reasonComplete);
    case 'delayed':
      return t(language, report.reasonDelayed);
    case 'overdue':
      return t(language, report.reasonOverdue, { due: reason.due });
    case 'atRisk':
      return t(language, report.reasonAtRisk);
    case 'paused':
      return t(language, report.reasonPaused);
    case 'progressDropped':
      return t(language, report.reasonDropped, { from: points(reason.from), to: points(reason.to) });
    case 'progressStalled':
      return t(language, report.reasonStalled, { progress: points(reason.progress) });
    case 'dueSoon':
      return t(language, report.reasonDueSoon, { due: reason.due, progress: points(reason.progress) });
    case 'onTrack':
      return t(language, report.reasonOnTrack);
  }
}

const objectiveName = (o: ObjectiveStatus): string =>
  [o.code, o.name].filter((part) => part !== '').join(' ');

/** 目标 · 状态 · 项目 · 完成 · 🔴 严重 · 🟡 关注, one row per objective; the status cell carries its status for shading. */
function statusTable(objectives: readonly ObjectiveStatus[], language: Language): TableBlock {
  const header = [
    report.summaryObjective,
    report.summaryStatus,
    report.summaryProjects,
    report.summaryDone,
    // The colour's word too: a reader without an emoji font still knows which column counts what.
    report.statusRed,
    report.statusAmber,
  ].map((m) => t(language, m));
  return {
    kind: 'table',
    header,
    rows: objectives.map((o) => [
      objectiveName(o),
      statusWord(o.status, language),
      String(o.projects.length),
      String(o.done),
      String(o.red),
      String(o.amber),
    ]),
    statuses: objectives.map((o) => [null, o.status, null, null, null, null]),
  };
}

/** A bold `本周变化：` label and its bullets, or nothing when there are none. */
function part(label: string, lines: readonly string[], language: Language): Block[] {
  if (lines.length === 0) return [];
  return [
    paragraph({ text: t(language, report.partLabel, { label }), bold: true }),
    list(
      false,
      lines.map((line) => item(line)),
    ),
  ];
}

function changeText(change: ProjectChange, language: Language): string {
  switch (change.kind) {
    case 'new':
      return t(language, report.changeNew);
    case 'done':
      return t(language, report.changeDone);
    case 'turned':
      return t(language, report.changeTurned, {
        status: statusWord(change.to.status, language),
        reason: reasonText(change.to.reason, language),
      });
    case 'dueMoved':
      return t(language, report.changeDueMoved, { from: change.from, to: change.to });
  }
}

function changesPart(changes: Changes | null, monday: string, language: Language): Block[] {
  if (changes === null) return [];
  const label =
    changes.since === addDays(monday, -7)
      ? t(language, report.changesLabel)
      : t(language, report.changesSinceLabel, { date: shortDate(changes.since) });
  const lines = changes.projects.map(({ project, changes: list }) =>
    t(language, report.changeLine, {
      project,
      changes: list.map((c) => changeText(c, language)).join(t(language, report.changeSeparator)),
    }),
  );
  return part(label, lines, language);
}

/** `一次支付成功率：99.2826%，目标 99.5000%，较上周 -0.1pp`: the Target at the value's decimals. */
export function offTargetText(metric: MetricLine, language: Language): string {
  return joinClauses(
    [
      t(language, report.metricLine, { metric: metric.name, value: metric.display }),
      t(language, report.offTargetTarget, { target: targetText(metric) }),
      metricDeltaText(metric, language) ?? '',
    ],
    language,
  );
}

export function reliabilityLines(reliability: Reliability, language: Language): string[] {
  const levels = reliability.byLevel.map(({ level, count }) =>
    level === null
      ? t(language, report.reliabilityUngraded, { count })
      : t(language, report.reliabilityLevel, { level, count }),
  );
  const period =
    levels.length === 0
      ? t(language, report.reliabilityNone)
      : t(language, report.reliabilityPeriod, { levels: joinClauses(levels, language) });
  const recovery = reliability.recovery;
  return [
    period,
    ...(recovery
      ? [
          t(language, report.reliabilityRecovery, {
            mean: durationText(recovery.meanMinutes, language),
            max: durationText(recovery.maxMinutes, language),
            count: recovery.count,
          }),
        ]
      : []),
    t(language, report.reliabilityYearToDate, {
      year: reliability.yearToDate.year,
      ab: reliability.yearToDate.ab,
      cd: reliability.yearToDate.cd,
    }),
  ];
}

export const askText = (ask: Ask, language: Language): string =>
  ask.owner === ''
    ? t(language, report.askLineWithoutOwner, { project: ask.project, asks: ask.asks })
    : t(language, report.askLine, { project: ask.project, owner: ask.owner, asks: ask.asks });

function summaryBody(summary: Summary, monday: string, language: Language): Block[] {
  return [
    ...(summary.objectives.length > 0 ? [statusTable(summary.objectives, language)] : []),
    // Right under the table: how much of what it counts is this week's news (Settings 显示完成度).
    ...(summary.completeness
      ? part(
          t(language, reminderMessages.summaryLabel),
          [
            completenessCount(summary.completeness, language),
            ...summary.completeness.owners.map((owner) => ownerLine(owner, language, false)),
          ],
          language,
        )
      : []),
    ...changesPart(summary.changes, monday, language),
    ...part(
      t(language, report.offTargetLabel),
      summary.offTarget.map((m) => offTargetText(m, language)),
      language,
    ),
    ...(summary.reliability
      ? part(t(language, report.reliabilityLabel), reliabilityLines(summary.reliability, language), language)
      : []),
    ...part(
      t(language, report.asksLabel),
      summary.asks.map((a) => askText(a, language)),
      language,
    ),
  ];
}

/** 【本周概览】, or nothing when Settings 概览 is off or no part has content. */
export function summarySection(model: ReportModel): Block[] {
  const language = model.settings.language;
  if (model.summary === null) return [];
  return section(t(language, report.summaryHeading), summaryBody(model.summary, model.week.monday, language));
}
