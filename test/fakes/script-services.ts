// In-memory LockService, PropertiesService, Session, ScriptApp (triggers), MailApp and HtmlService.
import { type CallLog, counted, type FakeOf, unwrap } from './calls';
import type { FakeClock } from './clock';

export class FakeLock implements FakeOf<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> {
  /** Set by a test to play another execution holding the lock. */
  heldElsewhere = false;
  held = false;
  releases = 0;

  tryLock(_timeoutInMillis: number): boolean {
    this.held = !this.heldElsewhere;
    return this.held;
  }

  releaseLock(): void {
    this.held = false;
    this.releases++;
  }
}

export class FakeLockService implements FakeOf<GoogleAppsScript.Lock.LockService, 'getDocumentLock'> {
  readonly lock = new FakeLock();

  constructor(private readonly log: CallLog) {}

  getDocumentLock(): FakeLock {
    return counted(this.lock, this.log, 'LockService', 'Lock');
  }
}

export class FakeProperties
  implements FakeOf<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty'>
{
  readonly values = new Map<string, string>();
  /** Apps Script's limits (9 kB a value, 500 kB in all), enforced where a test sets them; UTF-8 bytes. */
  limits: { readonly valueBytes: number; readonly totalBytes: number } | null = null;
  /** The most bytes the store held at any time (keys and values), for tests that watch what a run keeps. */
  peakBytes = 0;

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  private bytes(): number {
    let total = 0;
    for (const [key, value] of this.values) total += Buffer.byteLength(key) + Buffer.byteLength(value);
    return total;
  }

  setProperty(key: string, value: string): this {
    const before = this.values.get(key);
    if (this.limits && Buffer.byteLength(value) > this.limits.valueBytes)
      throw new Error('Exception: Argument too large: value');
    this.values.set(key, value);
    const total = this.bytes();
    if (this.limits && total > this.limits.totalBytes) {
      if (before === undefined) this.values.delete(key);
      else this.values.set(key, before);
      throw new Error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.peakBytes = Math.max(this.peakBytes, total);
    return this;
  }

  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }
}

export class FakePropertiesService
  implements FakeOf<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties'>
{
  readonly document = new FakeProperties();

  constructor(private readonly log: CallLog) {}

  getDocumentProperties(): FakeProperties {
    return counted(this.document, this.log, 'PropertiesService', 'Properties');
  }
}

export class FakeUser implements FakeOf<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

/** The scope without which Apps Script withholds every user's address. */
export const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

/** Google rotates the temporary active-user key every 30 days. */
const KEY_PERIOD_MS = 30 * 86_400_000;

export class FakeSession
  implements
    FakeOf<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getTemporaryActiveUserKey'>
{
  /** Who is using the sheet now (a test switches editors by setting it); a trigger runs as its owner. */
  activeEmail = 'lead@example.com';
  effectiveEmail = 'lead@example.com';

  /**
   * `scopes`: the manifest's oauthScopes. As in Apps Script, User.getEmail() answers '' unless the script holds
   * `userinfo.email`: a fake that always told the address would hide the bug of a schedule owned by nobody.
   */
  constructor(
    private readonly log: CallLog,
    private readonly clock: FakeClock,
    private readonly scopes: readonly string[],
  ) {}

  private address(email: string): string {
    return this.scopes.includes(USERINFO_EMAIL) ? email : '';
  }

  getActiveUser(): FakeUser {
    return counted(new FakeUser(this.address(this.activeEmail)), this.log, 'Session', 'User');
  }

  getEffectiveUser(): FakeUser {
    return counted(new FakeUser(this.address(this.effectiveEmail)), this.log, 'Session', 'User');
  }

  /** Unique to the user and revealing nothing, but only for 30 days: a new key every period of the clock. */
  getTemporaryActiveUserKey(): string {
    const period = Math.floor(this.clock.now.getTime() / KEY_PERIOD_MS);
    return `key:${period}:${Buffer.from(this.activeEmail).toString('base64')}`;
  }
}

/** An installed trigger as ScriptApp keeps it. */
export interface TriggerRecord {
  readonly id: string;
  readonly handler: string;
  /** The person who installed it (their account, not a rotating key): only they see it in getProjectTriggers. */
  readonly owner: string;
  /** A one-off trigger: milliseconds after installing. */
  readonly afterMs: number | null;
  readonly weekDay: string | null;
  readonly hour: number | null;
  readonly minute: number | null;
  readonly timeZone: string | null;
}

export class FakeTrigger
  implements FakeOf<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId'>
{
  constructor(readonly record: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getUniqueId(): string {
    return this.record.id;
  }
}

export class FakeClockTriggerBuilder
  implements
    FakeOf<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      'onWeekDay' | 'atHour' | 'nearMinute' | 'inTimezone' | 'after' | 'create'
    >
{
  private afterMs: number | null = null;
  private weekDay: string | null = null;
  private hour: number | null = null;
  private minute: number | null = null;
  private timeZone: string | null = null;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    this.weekDay = String(day);
    return this;
  }

  atHour(hour: number): this {
    this.hour = hour;
    return this;
  }

  nearMinute(minute: number): this {
    this.minute = minute;
    return this;
  }

  inTimezone(timeZone: string): this {
    this.timeZone = timeZone;
    return this;
  }

  after(durationMilliseconds: number): this {
    this.afterMs = durationMilliseconds;
    return this;
  }

  create(): FakeTrigger {
    const { weekDay, hour, minute, timeZone, handler, afterMs } = this;
    return this.app.install({ handler, weekDay, hour, minute, timeZone, afterMs });
  }
}

export class FakeTriggerBuilder implements FakeOf<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'> {
  constructor(
    private readonly log: CallLog,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    const builder = new FakeClockTriggerBuilder(this.app, this.handler);
    return counted(builder, this.log, 'ScriptApp', 'ClockTriggerBuilder');
  }
}

export class FakeScriptApp
  implements FakeOf<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger'>
{
  readonly WeekDay = {
    MONDAY: 'MONDAY',
    TUESDAY: 'TUESDAY',
    WEDNESDAY: 'WEDNESDAY',
    THURSDAY: 'THURSDAY',
    FRIDAY: 'FRIDAY',
    SATURDAY: 'SATURDAY',
    SUNDAY: 'SUNDAY',
  } as const;
  triggers: TriggerRecord[] = [];
  private static installed = 0;

  constructor(
    private readonly log: CallLog,
    private readonly session: FakeSession,
  ) {}

  install(record: Omit<TriggerRecord, 'id' | 'owner'>): FakeTrigger {
    const owner = this.session.activeEmail;
    // Apps Script's ids are long decimal numbers; unique across the projects of a test (copies included).
    const trigger = { ...record, owner, id: `${4034124084959907503n + BigInt(++FakeScriptApp.installed)}` };
    this.triggers.push(trigger);
    return this.wrap(trigger);
  }

  private wrap(record: TriggerRecord): FakeTrigger {
    return counted(new FakeTrigger(record), this.log, 'ScriptApp', 'Trigger');
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    return counted(
      new FakeTriggerBuilder(this.log, this, functionName),
      this.log,
      'ScriptApp',
      'TriggerBuilder',
    );
  }

  /** As Apps Script: the current user's triggers of this project only, never another editor's. */
  getProjectTriggers(): FakeTrigger[] {
    const user = this.session.activeEmail;
    return this.triggers.filter((t) => t.owner === user).map((t) => this.wrap(t));
  }

  deleteTrigger(trigger: object): void {
    const { id, owner } = unwrap(trigger as FakeTrigger).record;
    if (owner !== this.session.activeEmail) throw new Error('Exception: Trigger not found.');
    this.triggers = this.triggers.filter((t) => t.id !== id);
  }
}

/** A Blob as MailApp reads it when sending: its name, type and bytes as text (what a test asserts on). */
export interface SentBlob {
  readonly name: string;
  readonly contentType: string;
  readonly text: string;
}

/** MailApp.sendEmail's message, the fields the script sets. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly attachments?: readonly GoogleAppsScript.Base.BlobSource[];
  readonly inlineImages?: Readonly<Record<string, GoogleAppsScript.Base.BlobSource>>;
}

/** A mail as sent: the message with its blobs read, as Apps Script reads them at sending time. */
export interface MailRecord extends Omit<MailMessage, 'attachments' | 'inlineImages'> {
  readonly attachments?: readonly SentBlob[];
  readonly inlineImages?: Readonly<Record<string, SentBlob>>;
}

/** The blob's content, read without counting: the fake reads it, not the script. */
function sentBlob(source: GoogleAppsScript.Base.BlobSource): SentBlob {
  const blob = unwrap(unwrap(source).getBlob());
  return {
    name: blob.getName() ?? '',
    contentType: blob.getContentType() ?? '',
    text: blob.getDataAsString(),
  };
}

export class FakeMailApp {
  readonly sent: MailRecord[] = [];
  /** Recipients a consumer account may mail a day. */
  static readonly DAILY_QUOTA = 100;
  /** Recipients the user may still mail today; a test may lower it. A new day (of the clock) restores it. */
  quota = FakeMailApp.DAILY_QUOTA;
  private day: number;

  constructor(private readonly clock: FakeClock) {
    this.day = this.today();
  }

  /** Google counts the quota per day, Pacific time. */
  private today(): number {
    return Math.floor((this.clock.now.getTime() - 8 * 3_600_000) / 86_400_000);
  }

  private rollOver(): void {
    if (this.today() === this.day) return;
    this.day = this.today();
    this.quota = FakeMailApp.DAILY_QUOTA;
  }

  getRemainingDailyQuota(): number {
    this.rollOver();
    return this.quota;
  }

  sendEmail(message: MailMessage): void {
    this.rollOver();
    const recipients = message.to.split(',').filter((to) => to.trim() !== '').length;
    if (recipients > this.quota)
      throw new Error('Exception: Service invoked too many times for one day: email.');
    this.quota -= recipients;
    const { attachments, inlineImages, ...rest } = message;
    this.sent.push({
      ...rest,
      ...(attachments && { attachments: attachments.map(sentBlob) }),
      ...(inlineImages && {
        inlineImages: Object.fromEntries(
          Object.entries(inlineImages).map(([key, image]) => [key, sentBlob(image)]),
        ),
      }),
    });
  }
}

export class FakeHtmlOutput
  implements FakeOf<GoogleAppsScript.HTML.HtmlOutput, 'setWidth' | 'setHeight' | 'setTitle'>
{
  width = 0;
  height = 0;
  /** A sidebar's heading (a dialog takes its title from showModalDialog instead). */
  title = '';

  constructor(readonly html: string) {}

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  setTitle(title: string): this {
    this.title = title;
    return this;
  }
}

export class FakeHtmlService implements FakeOf<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'> {
  constructor(private readonly log: CallLog) {}

  createHtmlOutput(html?: string): FakeHtmlOutput {
    return counted(new FakeHtmlOutput(html ?? ''), this.log, 'HtmlService', 'HtmlOutput');
  }
}
