// Lays out a ReportModel as the abstract document of SPEC §5: title, generated time, then the non-empty sections.
import { isoWeekday, type LocalDateTime, shortDate } from '../dates';
import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { DailyDay, Highlight, ReportModel } from '../model/report-model';
import { weekLabel } from '../phrases';
import { item, listBody, paragraph, pointsList, section } from './blocks';
import type { Block, ListItem, ReportDocument, TextRun } from './document';
import { incidentsSection } from './incidents-section';
import { metricsSection } from './metrics-section';
import { objectiveSection } from './objective-section';
import { summarySection } from './summary-section';

/** `生成时间：2026年11月25日 15:30` / `Generated 2026-11-25 15:30`. */
export function generatedText(at: LocalDateTime, language: Language): string {
  return t(language, reportMessages.generated, {
    year: at.slice(0, 4),
    month: Number(at.slice(5, 7)),
    day: Number(at.slice(8, 10)),
    date: at.slice(0, 10),
    time: at.slice(11, 16),
  });
}

/** A title typed as `【已有括号】` keeps one pair of brackets where the message adds its own. */
const bareTitle = (title: string, language: Language): string =>
  reportMessages.highlightTitle[language].includes('【{title}】')
    ? title.replace(/^【([^【】]*)】$/, '$1')
    : title;

/** `【Title】` in bold, then the content; numbered sub-points under it. */
function highlightItem(highlight: Highlight, language: Language): ListItem {
  const title = bareTitle(highlight.title.trim(), language);
  const runs: TextRun[] = [{ text: t(language, reportMessages.highlightTitle, { title }), bold: true }];
  if (highlight.content !== '') runs.push({ text: highlight.content });
  const sublist = pointsList(highlight.points);
  return sublist ? { runs, sublist } : { runs };
}

function highlightsSection(model: ReportModel): Block[] {
  const language = model.settings.language;
  const items = model.highlights.map((highlight) => highlightItem(highlight, language));
  return section(t(language, reportMessages.highlightsHeading), listBody(false, items));
}

/** `11/14 周二` / `Tue 11/14`. */
function dayLabel(day: DailyDay, language: Language): string {
  const weekday = t(language, reportMessages.weekdays).split(',')[isoWeekday(day.date) - 1];
  return t(language, reportMessages.dailyDay, { date: shortDate(day.date), weekday });
}

function dailySection(model: ReportModel): Block[] {
  const language = model.settings.language;
  const days = model.daily.filter((day) => day.entries.length > 0);
  const body = days.flatMap((day) => [
    paragraph({ text: dayLabel(day, language) }),
    ...listBody(
      false,
      day.entries.map((entry) => item(t(language, reportMessages.dailyEntry, entry))),
    ),
  ]);
  return section(t(language, reportMessages.dailyHeading), body);
}

export function layoutReport(model: ReportModel): ReportDocument {
  const language = model.settings.language;
  const report = reportMessages;
  const title = weekLabel(model.week.number, model.week.monday, language);
  const generated = generatedText(model.generatedAt, language);
  const blocks: Block[] = [
    paragraph({ text: generated }),
    ...summarySection(model),
    ...highlightsSection(model),
    ...metricsSection(model),
    ...model.objectives.flatMap((objective) => objectiveSection(objective, language)),
    ...incidentsSection(model),
    ...section(
      t(language, report.reflectionsHeading),
      model.reflections.map((text) => paragraph({ text })),
    ),
    ...section(
      t(language, report.nextWeekHeading),
      listBody(
        true,
        model.nextWeek.map((goal) => item(goal)),
      ),
    ),
    ...dailySection(model),
  ];
  return {
    title,
    headerText: t(language, report.headerText, { team: model.settings.team, title, generated }),
    language,
    blocks,
  };
}
