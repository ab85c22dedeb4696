// 【生产事件】: one bullet per incident of the period, in the team's sentence shape, skipping what is unknown.
import { clockTime, type LocalDateTime, shortDate } from '../dates';
import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { IncidentLine, ReportModel } from '../model/report-model';
import { durationText } from '../phrases';
import { item, joinClauses, joinWith, listBody, parenthetical, section } from './blocks';
import type { Block } from './document';

/** `17:13`, or `11/13 09:00` when recovery falls on another day than the start. */
const recoveryTime = (start: LocalDateTime, recovered: LocalDateTime): string =>
  recovered.slice(0, 10) === start.slice(0, 10)
    ? clockTime(recovered)
    : `${shortDate(recovered)} ${clockTime(recovered)}`;

/** `11/12 18:42 监控发现履约合同生成异常，影响…，原因：…。17:13 恢复（D级，持续1分钟）。后续：…` */
export function incidentText(incident: IncidentLine, language: Language): string {
  const report = reportMessages;
  const start = `${shortDate(incident.start)} ${clockTime(incident.start)}`;
  const what = t(language, report.incidentOpening, {
    detected: incident.detected,
    summary: incident.summary,
  });
  const cause = incident.cause === '' ? '' : t(language, report.incidentCause, { cause: incident.cause });
  const facts = joinClauses([`${start} ${what.trim()}`, incident.impact, cause], language);
  const recovered =
    incident.recovered === null
      ? ''
      : t(language, report.incidentRecovered, { time: recoveryTime(incident.start, incident.recovered) });
  const level = incident.level === null ? '' : t(language, report.incidentLevel, { level: incident.level });
  const minutes = incident.durationMinutes;
  const duration =
    minutes === null
      ? ''
      : t(language, report.incidentDuration, { duration: durationText(minutes, language) });
  const followUp =
    incident.followUp === '' ? '' : t(language, report.incidentFollowUp, { followUp: incident.followUp });
  const sentenceEnd = t(language, report.incidentSentenceEnd);
  const outcome = `${joinWith(sentenceEnd, [facts, recovered])}${parenthetical([level, duration], language)}`;
  return joinWith(sentenceEnd, [outcome, followUp]);
}

export function incidentsSection(model: ReportModel): Block[] {
  const language = model.settings.language;
  const items = model.incidents.map((incident) => item(incidentText(incident, language)));
  return section(t(language, reportMessages.incidentsHeading), listBody(false, items));
}
