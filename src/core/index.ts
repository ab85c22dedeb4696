// The one door into the pure core: the shells (src/gas, src/node) import from here and nowhere deeper.

export { weekOfValue } from './cells/date';
export type { WeeklyTime } from './cells/weekly-time';
export { buildCenterReport, type CenterOptions, type CenterReport, centerDocument } from './center-report';
export * from './choices';
export { parseLocalDate } from './date-text';
export { addDays, instantOf, type LocalDate, type LocalDateTime, mondayOf, wallClock } from './dates';
export type { FunctionContext } from './functions/context';
export { downtimeBudget, metricStatus } from './functions/metrics';
export { prevWeekValue, weekDelta } from './functions/previous-week';
export { progressDelta, progressNoteFn } from './functions/progress';
export { weekLabelFn, weekStart } from './functions/weeks';
export { columnLetters, formatIssue, hasErrors, type Issue, type Severity } from './issues';
export type { Language } from './language';
export {
  CHART_COLOURS,
  type ChartAxis,
  chartAxis,
  seriesColour,
  type TargetLine,
  targetLines,
} from './layout/chart-block';
export {
  completenessLine,
  completenessLines,
  type Letter,
  ownerLine,
  ownerList,
  reminderLetter,
} from './layout/completeness-text';
export {
  type Block,
  type CellStatus,
  type ChartBlock,
  type ChartSeries,
  type ListBlock,
  type ListItem,
  plainText,
  type ReportDocument,
  type TableBlock,
  type TextRun,
} from './layout/document';
// The Apps Script shell imports only the areas it shows, so the CLI's strings stay out of dist/Code.js.
export { centerAppMessages } from './messages/center-app';
export { gasMessages } from './messages/gas';
export { type Message, messages, t } from './messages/index';
export { reminderMessages } from './messages/reminders';
export { reportMessages } from './messages/report';
export { validationMessages } from './messages/validation';
export type { Analysis, WeekChoice } from './model/analyse';
export type { CenterModel, CenterTeam, TeamStanding } from './model/center';
export { readTeams, sheetUrlOf, spreadsheetIdOf, type TeamEntry } from './model/center-teams';
export type { Completeness, NotUpdatedRow, OwnerRows } from './model/completeness';
export type { CompletenessCheck } from './model/completeness-check';
export { LONG_COLUMNS, type LongRow, longRows } from './model/long-rows';
export type { NewWeekOptions, NewWeekPlan, PlannedAppend, PlannedCell } from './model/new-week-plan';
export type { ReportModel } from './model/report-model';
export { type LoggedReport, loggedReport } from './model/reports-log';
export {
  type MailableAddresses,
  nextWeeklyRun,
  parseScheduleRecord,
  type ScheduleRecord,
  sameAddress,
  scheduleAlive,
  singleLine,
  splitByConfirmation,
  uniqueAddresses,
} from './model/schedule';
export {
  type SourceRow,
  summariseTeam,
  type TeamFacts,
  type TeamIdentity,
  type TeamSummary,
  unreadableTeam,
} from './model/team-summary';
export { parseWorkbook, type Workbook } from './model/workbook';
export { type Names, namesMatch } from './names';
export type { DocsTarget } from './render/docs-api';
export { docsChartPlaceholders } from './render/docs-layout';
export { createdHeaderId, docsHeaderRequests, docsTarget } from './render/docs-target';
export { escapeHtml } from './render/html-escape';
export { type SheetsChartSpec, TRENDS_TAB, trendsSheet } from './render/sheets-chart';
export { STATUS_FILLS } from './render/status-colours';
export { displayWidth } from './render/text-width';
export { webLink } from './render/web-link';
export { NEW_DOC, WRITERS, type WriteContext, type Writer, type WriterName } from './render/writers';
export {
  analyseWorkbook,
  type BuildOptions,
  buildReport,
  checkCompleteness,
  planNewWeek,
  type Report,
} from './report';
export { DEFAULT_MAX_MAILS, type Settings } from './schema/settings';
export {
  type ColumnDef,
  type ColumnKey,
  type ColumnKind,
  type ColumnRef,
  type DerivedColumnDef,
  type Dropdown,
  derivedFormula,
  isKnownTab,
  NUMBER_FORMATS,
  referencedColumn,
  SETTING_KEYS,
  type SheetKind,
  TABS,
  type TabDef,
  type TabKey,
  type TabOf,
  tabDef,
  tabsFor,
} from './schema/tabs';
export { type DateCells, type SheetInput, UNCALCULATED, type WorkbookInput } from './workbook';
