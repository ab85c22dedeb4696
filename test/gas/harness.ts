// A fake Apps Script world seeded with the sample workbook, with dist/Code.js loaded into it at a fixed time.
import type vm from 'node:vm';
import { loadBundle } from '../fakes/load-bundle';
import { seedSpreadsheet } from '../fakes/sample-workbook';
import type { TriggerRecord } from '../fakes/script-services';
import { createWorld, type FakeWorld } from '../fakes/world';

/** Wednesday 2023-11-15 15:30 in Asia/Shanghai: after the sample's report Monday, 2023-11-13. */
export const NOW = new Date('2023-11-15T07:30:00Z');

export interface Harness {
  readonly world: FakeWorld;
  readonly script: vm.Context;
  /** Calls a global function of the bundle, as a menu click does. */
  run(name: string, ...args: unknown[]): unknown;
  /** Clicks a menu item that asks a yes/no question and answers it (Schedule: the recipients shown). */
  confirm(name: string, answer?: 'YES' | 'NO'): unknown;
  /** Fires an installed trigger as Apps Script does: as the user who installed it, with no UI to show. */
  fire(trigger: TriggerRecord): void;
}

export interface HarnessOptions {
  readonly seed?: boolean;
  readonly locale?: string;
  /** The granted scopes (default: the manifest's). */
  readonly scopes?: readonly string[];
}

/** The bundle loaded into `world`, reading the world's clock. */
/**
 * Fires a trigger as Apps Script does: as the person who installed it, with an event naming the trigger
 * (triggerUid), the editor at the keyboard restored after.
 */
export const firing =
  (world: FakeWorld, script: vm.Context) =>
  (trigger: TriggerRecord): void => {
    const { session, spreadsheetApp } = world;
    const [editor, effective] = [session.activeEmail, session.effectiveEmail];
    session.activeEmail = trigger.owner;
    session.effectiveEmail = trigger.owner;
    spreadsheetApp.inTrigger = true;
    try {
      script[trigger.handler]({ authMode: 'FULL', triggerUid: trigger.id });
    } finally {
      session.activeEmail = editor;
      session.effectiveEmail = effective;
      spreadsheetApp.inTrigger = false;
    }
  };

export function harnessOf(world: FakeWorld): Harness {
  const script = loadBundle(world.globals, { clock: world.clock });
  const fire = firing(world, script);
  const run = (name: string, ...args: unknown[]): unknown => script[name](...args);
  const confirm = (name: string, answer: 'YES' | 'NO' = 'YES'): unknown => {
    world.spreadsheetApp.ui.alertAnswers.push(answer);
    return run(name);
  };
  return { world, script, run, confirm, fire };
}

export function harness(options: HarnessOptions = {}): Harness {
  const world = createWorld({ locale: options.locale, scopes: options.scopes, now: NOW });
  if (options.seed !== false) seedSpreadsheet(world.spreadsheetApp.spreadsheet);
  world.calls.reset();
  return harnessOf(world);
}

/** `work` run as `email` (the active and effective user both), the world's user restored after. */
export function as<T>(h: { readonly world: FakeWorld }, email: string, work: () => T): T {
  const { session } = h.world;
  const before = [session.activeEmail, session.effectiveEmail];
  session.activeEmail = email;
  session.effectiveEmail = email;
  try {
    return work();
  } finally {
    [session.activeEmail, session.effectiveEmail] = before;
  }
}
