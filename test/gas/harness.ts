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
  /** Fires an installed trigger as Apps Script does: as the user who installed it, with no UI to show. */
  fire(trigger: TriggerRecord): void;
}

export function harness(options: { seed?: boolean; locale?: string } = {}): Harness {
  const world = createWorld({ locale: options.locale });
  if (options.seed !== false) seedSpreadsheet(world.spreadsheetApp.spreadsheet);
  world.calls.reset();
  const script = loadBundle(world.globals, { now: NOW });
  const fire = (trigger: TriggerRecord): void => {
    const { session, spreadsheetApp } = world;
    const editor = session.activeEmail;
    session.activeEmail = trigger.owner.replace(/^key:/, '');
    spreadsheetApp.inTrigger = true;
    try {
      script[trigger.handler]();
    } finally {
      session.activeEmail = editor;
      spreadsheetApp.inTrigger = false;
    }
  };
  return { world, script, run: (name, ...args) => script[name](...args), fire };
}
