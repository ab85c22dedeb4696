// What would reach Apps Script: exactly the bundle and the manifest, with the minimal scopes of SPEC §7.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));

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
