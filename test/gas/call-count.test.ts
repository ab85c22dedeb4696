// The fakes' call log misses no call: an independent count, made by instrumenting every fake class's prototype
// methods, agrees with it method by method for whole menu actions run through dist/Code.js.
import * as blobFakes from '../fakes/blob';
import * as docsFakes from '../fakes/docs-api';
import * as documentAppFakes from '../fakes/document-app';
import * as driveFakes from '../fakes/drive';
import { seedSpreadsheet } from '../fakes/sample-workbook';
import * as scriptFakes from '../fakes/script-services';
import * as chartFakes from '../fakes/sheet-charts';
import * as spreadsheetFakes from '../fakes/spreadsheet-app';
import { type Harness, harness } from './harness';
import { demoSheets, setting } from './report-html';

/** Each fake class, with the service and Apps Script type the call log files its calls under. */
const TYPES: Readonly<Record<string, readonly [service: string, type: string]>> = {
  FakeSpreadsheetApp: ['SpreadsheetApp', 'SpreadsheetApp'],
  FakeSpreadsheet: ['SpreadsheetApp', 'Spreadsheet'],
  FakeSheet: ['SpreadsheetApp', 'Sheet'],
  FakeRange: ['SpreadsheetApp', 'Range'],
  FakeUi: ['SpreadsheetApp', 'Ui'],
  FakeMenu: ['SpreadsheetApp', 'Menu'],
  FakePromptResponse: ['SpreadsheetApp', 'PromptResponse'],
  FakeValidationBuilder: ['SpreadsheetApp', 'DataValidationBuilder'],
  FakeDeveloperMetadata: ['SpreadsheetApp', 'DeveloperMetadata'],
  FakeEmbeddedChartBuilder: ['SpreadsheetApp', 'EmbeddedChartBuilder'],
  FakeEmbeddedChart: ['SpreadsheetApp', 'EmbeddedChart'],
  FakeDocuments: ['Docs', 'Documents'],
  FakeDocumentApp: ['DocumentApp', 'DocumentApp'],
  FakeDocument: ['DocumentApp', 'Document'],
  FakeBody: ['DocumentApp', 'Body'],
  FakeRangeElement: ['DocumentApp', 'RangeElement'],
  FakeText: ['DocumentApp', 'Text'],
  FakeParagraph: ['DocumentApp', 'Paragraph'],
  FakeInlineImage: ['DocumentApp', 'InlineImage'],
  // The script calls a blob's methods only on the Doc's PDF (setName); a chart's picture is only passed on.
  FakeBlob: ['DocumentApp', 'Blob'],
  FakeDrive: ['Drive', 'Drive'],
  FakeFiles: ['Drive', 'Files'],
  FakeLockService: ['LockService', 'LockService'],
  FakeLock: ['LockService', 'Lock'],
  FakePropertiesService: ['PropertiesService', 'PropertiesService'],
  FakeProperties: ['PropertiesService', 'Properties'],
  FakeSession: ['Session', 'Session'],
  FakeUser: ['Session', 'User'],
  FakeScriptApp: ['ScriptApp', 'ScriptApp'],
  FakeTriggerBuilder: ['ScriptApp', 'TriggerBuilder'],
  FakeClockTriggerBuilder: ['ScriptApp', 'ClockTriggerBuilder'],
  FakeTrigger: ['ScriptApp', 'Trigger'],
  FakeMailApp: ['MailApp', 'MailApp'],
  FakeHtmlService: ['HtmlService', 'HtmlService'],
  FakeHtmlOutput: ['HtmlService', 'HtmlOutput'],
};

const SERVICES = [...new Set(Object.values(TYPES).map(([service]) => service))];

type FakeClass = { readonly name: string; readonly prototype: Record<string, unknown> };

/** Every class the fake modules export that has methods. */
const fakeClasses: FakeClass[] = [
  blobFakes,
  chartFakes,
  docsFakes,
  documentAppFakes,
  driveFakes,
  scriptFakes,
  spreadsheetFakes,
]
  .flatMap((module) => Object.values(module) as unknown[])
  .filter(
    (value): value is FakeClass =>
      typeof value === 'function' &&
      value.name.startsWith('Fake') &&
      Object.getOwnPropertyNames(value.prototype).some((name) => name !== 'constructor'),
  );

/**
 * Counts calls on the fakes from outside them: each own method of each fake class's prototype is wrapped, and
 * a call made while another fake method runs (a fake using its own helpers) is not counted. It does not look at
 * proxies, so a raw fake that leaks to the script is counted here and missed by the call log.
 */
class PrototypeCount {
  private depth = 0;
  private readonly counts = new Map<string, number>();
  private readonly restores: (() => void)[] = [];

  install(classes: readonly FakeClass[]): void {
    for (const fake of classes) {
      const prototype = fake.prototype;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const original = Object.getOwnPropertyDescriptor(prototype, name)?.value;
        if (name === 'constructor' || typeof original !== 'function') continue;
        const count = this;
        prototype[name] = function (this: object, ...args: unknown[]) {
          if (count.depth === 0) count.record(this, name);
          count.depth++;
          try {
            return original.apply(this, args);
          } finally {
            count.depth--;
          }
        };
        this.restores.push(() => {
          prototype[name] = original;
        });
      }
    }
  }

  uninstall(): void {
    for (const restore of this.restores.splice(0)) restore();
  }

  private record(self: object, method: string): void {
    const className = self.constructor.name;
    const filed = TYPES[className];
    if (!filed) throw new Error(`${className}.${method} was called, but ${className} has no entry in TYPES`);
    const [service, type] = filed;
    for (const key of [service, `${service}.${type}.${method}`])
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  count(service: string): number {
    return this.counts.get(service) ?? 0;
  }

  /** In the call log's format: `Service.Type.method` → count. */
  snapshot(service: string): Record<string, number> {
    const prefix = `${service}.`;
    return Object.fromEntries([...this.counts].filter(([key]) => key.startsWith(prefix)));
  }

  reset(): void {
    this.counts.clear();
  }
}

const independent = new PrototypeCount();
beforeAll(() => independent.install(fakeClasses));
afterAll(() => independent.uninstall());

/** Runs a global of the bundle with both counts fresh; the calls per service, as both counts agree on them. */
function runCounted(h: Harness, name: string): Record<string, number> {
  h.world.calls.reset();
  independent.reset();
  h.run(name);
  for (const service of SERVICES) {
    expect({ service, calls: h.world.calls.snapshot(service) }).toEqual({
      service,
      calls: independent.snapshot(service),
    });
    expect({ service, total: h.world.calls.count(service) }).toEqual({
      service,
      total: independent.count(service),
    });
  }
  const byService = SERVICES.map((service) => [service, h.world.calls.count(service)] as const);
  return Object.fromEntries(byService.filter(([, count]) => count > 0));
}

const total = (calls: Record<string, number>): number => Object.values(calls).reduce((a, b) => a + b, 0);

describe('the independent count', () => {
  it('instruments every fake class, each filed under a service', () => {
    expect(fakeClasses.map((fake) => fake.name).sort()).toEqual(Object.keys(TYPES).sort());
  });
});

describe('the call log counts every call the script makes, chained ones included', () => {
  it('for Generate and for a regeneration of the same week', () => {
    const h = harness();
    const first = runCounted(h, 'generateWeeklyReport');
    // A new Doc: the body in one batch, the text of its new page header in a second.
    expect(h.world.calls.snapshot('Docs')).toEqual({ 'Docs.Documents.batchUpdate': 2 });
    expect(total(first)).toBeLessThanOrEqual(60);

    const again = runCounted(h, 'generateWeeklyReport');
    // A rewrite: one documents.get to find what to replace, one batch that replaces it.
    expect(h.world.calls.snapshot('Docs')).toEqual({
      'Docs.Documents.get': 1,
      'Docs.Documents.batchUpdate': 1,
    });
    expect(total(again)).toBeLessThanOrEqual(60);
  });

  it('for Start new week', () => {
    const h = harness();
    expect(total(runCounted(h, 'startNewWeek'))).toBeGreaterThan(0);
    expect(h.world.calls.count('SpreadsheetApp', 'Range.setValues')).toBeGreaterThan(0);
  });

  it('for Set up on an empty spreadsheet, and again when every tab exists', () => {
    const h = harness({ seed: false });
    runCounted(h, 'setUpSheet');
    expect(h.world.calls.count('SpreadsheetApp', 'DataValidationBuilder.setAllowInvalid')).toBeGreaterThan(0);
    expect(h.world.calls.count('SpreadsheetApp', 'DataValidationBuilder.build')).toBeGreaterThan(0);
    runCounted(h, 'setUpSheet');
  });

  it('for the menu, Validate, Generate for a week, Schedule, the scheduled run and Remove schedule', () => {
    const h = harness();
    runCounted(h, 'onOpen');
    expect(h.world.calls.count('SpreadsheetApp', 'Menu.addItem')).toBeGreaterThan(1);
    runCounted(h, 'validateSheet');
    h.world.spreadsheetApp.ui.answers.push({ button: 'OK', text: '2023-11-08' });
    runCounted(h, 'generateReportForWeek');
    expect(h.world.calls.count('SpreadsheetApp', 'PromptResponse.getResponseText')).toBe(1);
    h.world.spreadsheetApp.ui.alertAnswers.push('YES', 'YES');
    runCounted(h, 'scheduleReport');
    runCounted(h, 'scheduleReport');
    expect(h.world.calls.count('ScriptApp', 'ClockTriggerBuilder.create')).toBe(1);
    runCounted(h, h.world.scriptApp.triggers[0].handler);
    runCounted(h, 'removeSchedule');
    expect(h.world.scriptApp.triggers).toEqual([]);
  });

  it('for a Generate with trend charts, Send report with its PDF and charts, and Preview', () => {
    const h = harness({ seed: false });
    seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, demoSheets());
    setting(h, '收件人', 'cto@example.com');
    runCounted(h, 'generateWeeklyReport');
    expect(h.world.calls.count('SpreadsheetApp', 'EmbeddedChart.getAs')).toBeGreaterThan(0);
    expect(h.world.calls.count('DocumentApp', 'Paragraph.appendInlineImage')).toBeGreaterThan(0);
    expect(h.world.calls.count('DocumentApp', 'Body.getParagraphs')).toBe(1);
    // Regenerated: the charts on the Trends tab are reused as they stand, and placed without a search.
    runCounted(h, 'generateWeeklyReport');
    expect(h.world.calls.count('SpreadsheetApp', 'EmbeddedChart.getAs')).toBeGreaterThan(0);
    expect(h.world.calls.count('SpreadsheetApp', 'EmbeddedChartBuilder.build')).toBe(0);
    expect(h.world.calls.count('DocumentApp', 'Paragraph.replaceText')).toBeGreaterThan(0);
    expect(h.world.calls.count('DocumentApp', 'Body.findText')).toBe(0);
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    runCounted(h, 'sendWeeklyReport');
    expect(h.world.calls.count('DocumentApp', 'Blob.setName')).toBe(1);
    expect(h.world.mailApp.sent).toHaveLength(1);
    runCounted(h, 'previewReport');
    expect(h.world.calls.count('SpreadsheetApp', 'Ui.showSidebar')).toBe(1);
  });
});
