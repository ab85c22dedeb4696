// What the center's actions get from Apps Script: a team project's services, plus the Sheets advanced service that
// reads other spreadsheets, and a clock that moves (a slice of reading measures its 4.5 minutes on it).
import { centerAppMessages } from '../../core';
import { type AppsScript, type Services, servicesOf } from '../services';
import { gzipPacker, type JsonStore, jsonStore, type PackingUtilities } from './stored-json';
import type { RunClock, SheetsReader } from './team-reader';

export interface CenterAppsScript extends AppsScript {
  /** The Sheets advanced service (v4); undefined when the manifest does not enable it. */
  readonly sheets: GoogleAppsScript.Sheets | undefined;
  readonly utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'sleep'> & PackingUtilities;
  /** Milliseconds since the epoch, read afresh at each call (Apps Script's `Date.now`). */
  readonly clock: () => number;
}

export interface CenterServices extends Services {
  readonly center: CenterAppsScript;
  /** Throws when the Sheets advanced service is not enabled: no team can be read without it. */
  sheets(): SheetsReader;
  readonly clock: RunClock;
  /** This spreadsheet's document properties as a store of JSON values of any size (gzipped, split). */
  runStore(): JsonStore;
}

export function centerServicesOf(gas: CenterAppsScript): CenterServices {
  const text = centerAppMessages.sheetsServiceMissing;
  const base = servicesOf(gas);
  return {
    ...base,
    runStore: () => jsonStore(base.properties(), gzipPacker(gas.utilities)),
    mail: (owner, confirmed) => ({
      ...base.mail(owner, confirmed),
      scheduleMenu: centerAppMessages.scheduleMenuPath,
    }),
    center: gas,
    sheets: () => {
      if (!gas.sheets) throw new Error(`${text.zh} / ${text.en}`);
      return gas.sheets.Spreadsheets as unknown as SheetsReader;
    },
    clock: { now: gas.clock, sleep: (milliseconds) => gas.utilities.sleep(milliseconds) },
  };
}
