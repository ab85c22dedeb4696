// The pushed artifact itself: dist/Code.js loaded into one global scope, as Apps Script loads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const bundle = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it('declares onOpen at top level', () => {
    const context = vm.createContext({});
    vm.runInContext(bundle, context);
    expect(typeof context.onOpen).toBe('function');
  });

  it('carries an @customfunction JSDoc block right above a top-level wrapper', () => {
    expect(bundle).toMatch(/@customfunction\s*\*\/\nfunction [A-Z_]+\(/);
  });

  it('has no export statement', () => {
    expect(bundle).not.toMatch(/^export /m);
  });
});
