// What would reach Apps Script: exactly the bundle and the manifest, with the minimal scopes of SPEC §7.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../fakes/load-bundle';
import { createWorld } from '../fakes/world';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));
/** The center's project (SPEC §13), as the build writes it into the rootDir center/.clasp.json names. */
const centerManifest = JSON.parse(readFileSync(join(root, 'center/dist/appsscript.json'), 'utf8'));

/** SPEC §7: no full-Drive scope; Drive access only to files the tool created. */
const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
  // SPEC §12: a schedule's owner is a person's address, not the temporary key that rotates every 30 days.
  'https://www.googleapis.com/auth/userinfo.email',
];

describe('appsscript.json', () => {
  it('declares exactly the scopes of SPEC §7, none outside them', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([...ALLOWED_SCOPES].sort());
  });

  it('runs on V8 with exception logging and a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
  });

  it('reaches Drive and Docs through their advanced services (drive.file and documents, no new scope)', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ]);
  });
});

describe('clasp push', () => {
  it('would push only dist/Code.js and dist/appsscript.json', () => {
    const clasp = join(root, 'node_modules/.bin/clasp');
    const status = JSON.parse(execFileSync(clasp, ['status', '--json'], { cwd: root, encoding: 'utf8' }));
    expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
  });

  it('ships a placeholder script id, never a real one', () => {
    const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
    expect(clasp).toEqual({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' });
  });
});

describe('the center’s project (SPEC §13)', () => {
  const READONLY = 'https://www.googleapis.com/auth/spreadsheets.readonly';

  it('asks for the team’s scopes plus spreadsheets.readonly, to read the teams’ sheets', () => {
    expect([...centerManifest.oauthScopes].sort()).toEqual([...ALLOWED_SCOPES, READONLY].sort());
    expect(centerManifest).toEqual(JSON.parse(readFileSync(join(root, 'center/appsscript.json'), 'utf8')));
  });

  it('reads them through the Sheets advanced service (v4) beside Drive and Docs', () => {
    expect(centerManifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    ]);
  });

  it('leaves a team’s project as it was: spreadsheets.currentonly, no Sheets service, no 汇总 menu', () => {
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain(READONLY);
    const world = createWorld();
    const script = loadBundle(world.globals);
    script.onOpen();
    const menus = world.spreadsheetApp.ui.menus;
    expect(menus.map((m) => m.title)).toEqual(['周报 (Weekly report)']);
    expect(JSON.stringify(menus)).not.toMatch(/汇总|Center|buildCenterReport/);
    expect(script.buildCenterReport).toBeUndefined();
    expect(script.continueCenterReport).toBeUndefined();
  });

  it('would push only center/dist/Code.js and its manifest, with a placeholder script id', () => {
    const clasp = join(root, 'node_modules/.bin/clasp');
    const status = JSON.parse(
      execFileSync(clasp, ['-P', 'center', 'status', '--json'], { cwd: root, encoding: 'utf8' }),
    );
    expect([...status.filesToPush].sort()).toEqual(['center/dist/Code.js', 'center/dist/appsscript.json']);
    expect(JSON.parse(readFileSync(join(root, 'center/.clasp.json'), 'utf8'))).toEqual({
      scriptId: 'REPLACE_WITH_YOUR_CENTER_SCRIPT_ID',
      rootDir: 'dist',
    });
  });
});
