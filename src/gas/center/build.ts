// 生成中心周报 Build center report, and its slices (SPEC §13): the teams are read in slices of 4.5 minutes, each
// summary kept in document properties with a cursor; a one-off trigger continues; the Doc is written once, when
// every team is read — or after 3 slices, the teams left unread listed as such.
import {
  buildCenterReport,
  centerAppMessages,
  gasMessages,
  type Message,
  type TeamEntry,
  type TeamSummary,
  t,
  unreadableTeam,
  type WeekChoice,
} from '../../core';
import type { TriggerEvent } from '../actions/schedule';
import { triggerUid } from '../actions/schedule';
import { alert, showIssues } from '../dialogs';
import { errorMessage } from '../folder';
import type { DocState } from '../generate';
import { withLock } from '../lock';
import { mailOutcome } from '../report-mail';
import { claimRun, readRecord, removeTriggers, type WeeklyJob } from '../triggers';
import { centerTag, writeCenterDoc } from './center-doc';
import { blocked, type CenterSheet, centerLanguage, readCenter } from './center-sheet';
import { type CenterOutcome, sayRunning, scheduledOutcome, showOutcome, tell } from './outcome';
import { identityOf, MAX_SLICES, readTeamsUntil, SLICE_MS } from './read-teams';
import {
  type CenterRun,
  clearRun,
  loadRun,
  loadSummaries,
  loadTeams,
  type RunTeam,
  runAlive,
  saveRun,
  saveSummary,
  startRun,
} from './run-state';
import type { CenterServices } from './services';

const text = centerAppMessages;

/** The global functions of the center bundle that its triggers call (see center/main.ts). */
export const CONTINUE_HANDLER = 'continueCenterReport';
export const CENTER_HANDLER = 'scheduledCenterReport';
export const CENTER_RETRY_HANDLER = 'scheduledCenterReportRetry';

/** The weekly center report: its own trigger and record, beside any team schedule the sheet might hold. */
export const CENTER_JOB: WeeklyJob = {
  handler: CENTER_HANDLER,
  companions: [CENTER_RETRY_HANDLER],
  recordKey: 'schedule.center',
};

/** Monday 10:00, an hour after the teams' own reports (09:00): the director's Monday report. */
export const CENTER_TIME = { weekday: 1, hour: 10, minute: 0 } as const;

/** How soon the next slice runs: Apps Script fires a one-off trigger about this long after it is made. */
const CONTINUE_AFTER_MS = 60_000;
/** A Monday run that found another run in progress tries once more this much later. */
const RETRY_AFTER_MS = 5 * 60_000;

const FAILURES: Readonly<Record<DocState, Message>> = {
  untouched: text.failedUntouched,
  unchanged: text.failedUnchanged,
  empty: text.failedEmpty,
  unrecorded: text.failedHeader,
};

const runTeams = (teams: readonly TeamEntry[]): RunTeam[] =>
  teams.map(({ name, lead, spreadsheetId }) => ({ name, lead, spreadsheetId }));

const scheduleContinuation = (scriptApp: GoogleAppsScript.Script.ScriptApp): void => {
  scriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
};

/** The report from every summary (a team never reached is listed as such), written into the week's Doc. */
function finish(
  services: CenterServices,
  run: CenterRun,
  center: CenterSheet,
  teams: readonly RunTeam[],
): CenterOutcome {
  const store = services.runStore();
  const { language } = center.settings;
  const stored = loadSummaries(store, run.next);
  const unread = t(language, text.notReadInTime, { slices: run.slices });
  const summaries: TeamSummary[] = teams.map(
    (team, index) => stored[index] ?? unreadableTeam(identityOf(team), unread),
  );
  // Every summary is in memory now: nothing of the run is kept, whatever happens to the Doc.
  clearRun(store, run);
  const report = buildCenterReport(center.workbook, summaries, {
    week: run.week,
    now: new Date(run.started),
  });
  const { settings, issues, model, document } = report;
  if (!model || !document) return { kind: 'invalid', settings, issues };
  const written = writeCenterDoc(services.generate(), {
    tag: centerTag(services.spreadsheet().getId(), model.week.monday),
    folder: settings.folder,
    language: settings.language,
    document,
  });
  if (written.kind === 'failed') {
    const reason = t(settings.language, FAILURES[written.doc], {
      title: document.title,
      reason: written.reason,
    });
    return { kind: 'failed', settings, reason };
  }
  const read = summaries.filter((s) => s.state === 'read').length;
  return {
    kind: 'written',
    settings,
    issues,
    title: document.title,
    url: written.url,
    docId: written.docId,
    document,
    total: summaries.length,
    read,
  };
}

type SliceEnd =
  | { readonly kind: 'continuing'; readonly run: CenterRun }
  | { readonly kind: 'finished'; readonly run: CenterRun; readonly outcome: CenterOutcome };

/**
 * One slice: teams read from the cursor on until 4.5 minutes are up, each summary stored as it is made (a slice
 * cut short loses at most the team it was reading). Then the Doc, when every team is read or this was the last
 * slice; else a one-off trigger for the next.
 */
function runSlice(services: CenterServices, run: CenterRun, center: CenterSheet): SliceEnd {
  const store = services.runStore();
  const teams = loadTeams(store);
  const { clock } = services;
  const start = clock.now();
  let current = run;
  const context = {
    sheets: services.sheets(),
    clock,
    center: center.settings,
    week: run.week,
    now: new Date(run.started),
  };
  const { next, calls } = readTeamsUntil(
    context,
    teams,
    run.next,
    start + SLICE_MS,
    (index, summary, made) => {
      saveSummary(store, index, summary);
      current = {
        ...current,
        next: index + 1,
        calls: current.calls + made,
        touched: new Date(clock.now()).toISOString(),
      };
      saveRun(store, current);
    },
  );
  current = {
    ...current,
    next,
    calls: run.calls + calls,
    slices: run.slices + 1,
    touched: new Date(clock.now()).toISOString(),
  };
  if (next < teams.length && current.slices < MAX_SLICES) {
    saveRun(store, current);
    scheduleContinuation(services.gas.scriptApp);
    return { kind: 'continuing', run: current };
  }
  return { kind: 'finished', run: current, outcome: finish(services, current, center, teams) };
}

function newRun(
  services: CenterServices,
  start: { mode: CenterRun['mode']; week: WeekChoice; by: string; confirmed: readonly string[] | null },
  total: number,
): CenterRun {
  const now = services.now.toISOString();
  return { ...start, started: now, total, next: 0, slices: 0, touched: now, calls: 0 };
}

/**
 * A run that threw (a service missing, an outage): its failure in the center's words. When even the center sheet
 * cannot be read, the log has it (the Executions page) and null is returned.
 */
function crashed(services: CenterServices, week: WeekChoice, error: unknown): CenterOutcome | null {
  const reason = errorMessage(error);
  try {
    return {
      kind: 'failed',
      settings: readCenter(services.spreadsheet(), week, services.now).settings,
      reason,
    };
  } catch (again) {
    services.gas.logError(`${reason}\n${errorMessage(again)}`);
    return null;
  }
}

/**
 * Menu: starts a run of the latest week any team has, reads what fits in this execution, and writes the Doc when
 * all is read; else says the rest is read in the background and the link will be mailed.
 */
export function buildFromMenu(services: CenterServices): void {
  const spreadsheet = services.spreadsheet();
  const store = services.runStore();
  const existing = loadRun(store);
  if (existing && runAlive(existing, services.now)) {
    const center = readCenter(spreadsheet, existing.week, new Date(existing.started));
    sayRunning(services, existing, center.settings.language, center.settings);
    return;
  }
  withLock(
    services.lock(),
    () => alert(services.dialogs(), centerLanguage(spreadsheet), gasMessages.alreadyRunning),
    () => {
      const center = readCenter(spreadsheet, 'latest', services.now);
      const { language } = center.settings;
      if (blocked(center)) {
        showIssues(services.dialogs(), gasMessages.problemsTitle, center.issues, language);
        return;
      }
      if (center.teams.length === 0) {
        alert(services.dialogs(), language, text.noTeams);
        return;
      }
      // Before anything is stored: a project without the Sheets service stops here, leaving no run behind.
      services.sheets();
      if (existing) clearRun(store, existing);
      const start = { mode: 'menu' as const, week: 'latest' as const, by: services.user(), confirmed: null };
      const run = newRun(services, start, center.teams.length);
      startRun(store, run, runTeams(center.teams));
      const end = runSlice(services, run, center);
      if (end.kind === 'finished') showOutcome(services, end.outcome);
      else
        alert(services.dialogs(), language, text.continuing, {
          read: end.run.next,
          total: end.run.total,
          email: run.by,
        });
    },
  );
}

/** The one-off trigger: deletes itself, then reads the next slice of the run (if one is still recorded). */
export function continueRun(services: CenterServices): void {
  const { scriptApp } = services.gas;
  removeTriggers(scriptApp, CONTINUE_HANDLER);
  const store = services.runStore();
  const run = loadRun(store);
  if (!run) return;
  withLock(
    services.lock(),
    // Another action holds the sheet: this slice waits for the next trigger, and is not counted.
    () => scheduleContinuation(scriptApp),
    () => {
      let outcome: CenterOutcome;
      try {
        const center = readCenter(services.spreadsheet(), run.week, new Date(run.started));
        if (blocked(center)) {
          clearRun(store, run);
          outcome = { kind: 'invalid', settings: center.settings, issues: center.issues };
        } else {
          const end = runSlice(services, run, center);
          if (end.kind === 'continuing') return;
          outcome = end.outcome;
        }
      } catch (error) {
        clearRun(store, run);
        const failed = crashed(services, run.week, error);
        if (!failed) return;
        outcome = failed;
      }
      tell(services, run, outcome);
    },
  );
}

/**
 * A Monday run: the week due, in the name of the schedule's owner, mailed to the recipients they confirmed. A run
 * already in progress (someone's click) gets one retry 5 minutes later; every failure reaches the owner.
 */
function startScheduled(
  services: CenterServices,
  owner: { readonly owner: string; readonly confirmed: readonly string[] },
  mayRetry: boolean,
): void {
  const store = services.runStore();
  const spreadsheet = services.spreadsheet();
  const mail = () => services.mail(owner.owner || services.user(), owner.confirmed);
  const busy = () => {
    if (mayRetry)
      services.gas.scriptApp.newTrigger(CENTER_RETRY_HANDLER).timeBased().after(RETRY_AFTER_MS).create();
    else {
      const { settings } = readCenter(spreadsheet, 'due', services.now);
      mailOutcome(mail(), { kind: 'busy', settings });
    }
  };
  const existing = loadRun(store);
  if (existing && runAlive(existing, services.now)) {
    busy();
    return;
  }
  withLock(services.lock(), busy, () => {
    let outcome: CenterOutcome;
    let run: CenterRun | null = null;
    try {
      const center = readCenter(spreadsheet, 'due', services.now);
      if (blocked(center)) outcome = { kind: 'invalid', settings: center.settings, issues: center.issues };
      else if (center.teams.length === 0)
        outcome = {
          kind: 'failed',
          settings: center.settings,
          reason: t(center.settings.language, text.noTeams),
        };
      else {
        services.sheets();
        if (existing) clearRun(store, existing);
        const start = {
          mode: 'scheduled' as const,
          week: 'due' as const,
          by: owner.owner,
          confirmed: owner.confirmed,
        };
        run = newRun(services, start, center.teams.length);
        startRun(store, run, runTeams(center.teams));
        const end = runSlice(services, run, center);
        if (end.kind === 'continuing') return;
        outcome = end.outcome;
      }
    } catch (error) {
      if (run) clearRun(store, run);
      const failed = crashed(services, 'due', error);
      if (!failed) return;
      outcome = failed;
    }
    mailOutcome(mail(), scheduledOutcome(outcome));
  });
}

/** The Monday trigger: a stray one (not the schedule's recorded trigger) deletes itself and does nothing. */
export function scheduledCenterRun(services: CenterServices, event: TriggerEvent | undefined): void {
  const timeZone = services.spreadsheet().getSpreadsheetTimeZone();
  const claim = claimRun(services.schedule(), CENTER_JOB, triggerUid(event), { time: CENTER_TIME, timeZone });
  if (claim) startScheduled(services, claim, true);
}

/** The one-off retry of a Monday run that found another run in progress: it deletes its trigger and runs once. */
export function scheduledCenterRetry(services: CenterServices): void {
  removeTriggers(services.gas.scriptApp, CENTER_RETRY_HANDLER);
  const record = readRecord(services.properties(), CENTER_JOB);
  startScheduled(services, { owner: record?.owner ?? '', confirmed: record?.confirmed ?? [] }, false);
}
