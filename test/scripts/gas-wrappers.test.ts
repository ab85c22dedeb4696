// The top-level functions of dist/Code.js: what Apps Script and Sheets see of src/gas/main.ts, and what the build
// refuses rather than push a function that would be missing, undocumented or broken in Apps Script.
import { join } from 'node:path';
import vm from 'node:vm';
import { globalWrappers } from '../../scripts/gas-wrappers.cjs';

const fixtures = join(__dirname, 'fixtures');

const wrappersOf = (fixture: string): string => globalWrappers(join(fixtures, fixture), 'G');

/** The lines of the one Error a rejected entry throws. */
function problemsOf(fixture: string): string[] {
  try {
    wrappersOf(fixture);
  } catch (error) {
    return (error as Error).message.split('\n');
  }
  throw new Error(`${fixture} was accepted`);
}

describe('Apps Script wrappers', () => {
  it('writes each exported function right below its JSDoc, calling the same name on the global', () => {
    // Parameters are names only: `...`, defaults and patterns would run in the wrapper, not in the implementation.
    expect(wrappersOf('good.ts')).toBe(`/** Menu: takes no arguments. */
function onOpen() {
  return G.onOpen.apply(this, arguments);
}

/**
 * Half of a value, rounded down.
 *
 * @param {number} value The value.
 * @return Half of it.
 * @customfunction
 */
function HALF(value, unit) {
  return G.HALF.apply(this, arguments);
}

/** Joins its arguments. */
function joinAll(separator, parts) {
  return G.joinAll.apply(this, arguments);
}

/** A trigger handler that reads only what it needs from its event. */
function onEdit(_arg1, arg1) {
  return G.onEdit.apply(this, arguments);
}

/** Only this block, the nearest, is copied. */
function nearestDoc() {
  return G.nearestDoc.apply(this, arguments);
}`);
  });

  it('forwards this and every argument, including those past the declared parameters', () => {
    const received: unknown[] = [];
    const record = function (this: unknown, ...args: unknown[]) {
      received.push({ self: this, args });
      return args.length;
    };
    const context = vm.createContext({ G: { HALF: record, onEdit: record } });
    vm.runInContext(wrappersOf('good.ts'), context);
    const self = { name: 'sheet' };

    expect(context.HALF.call(self, 1, 'in', 'extra')).toBe(3);
    // Apps Script runs a menu or trigger function with no argument at all: a destructured one must not throw.
    expect(context.onEdit()).toBe(0);
    expect(received).toEqual([
      { self, args: [1, 'in', 'extra'] },
      { self: context, args: [] },
    ]);
  });

  it('ignores type-only exports, which vanish when compiled', () => {
    const names = [...wrappersOf('type-exports.ts').matchAll(/^function (\w+)\(/gm)].map(([, name]) => name);
    expect(names).toEqual(['sides']);
  });

  it('accepts the real entry, src/gas/main.ts', () => {
    expect(() => globalWrappers(join(__dirname, '../../src/gas/main.ts'), '__weeklyReport')).not.toThrow();
  });

  it('rejects an export without JSDoc, naming it', () => {
    // A block comment and a line comment sit above it: neither is JSDoc, so Sheets would show no help.
    expect(problemsOf('no-jsdoc.ts')).toEqual([
      expect.stringMatching(
        /fixtures\/no-jsdoc\.ts:8: export "bare" has no JSDoc block \(Apps Script shows no help and Sheets no autocomplete/,
      ),
    ]);
  });

  it('rejects a default export, naming the function', () => {
    expect(problemsOf('default-export.ts')).toEqual([
      expect.stringMatching(/fixtures\/default-export\.ts:4: export "fallback" is a default export \(/),
    ]);
  });

  it('rejects an async export, naming it', () => {
    expect(problemsOf('async-export.ts')).toEqual([
      expect.stringMatching(/fixtures\/async-export\.ts:4: export "load" is async \(/),
    ]);
  });

  it('rejects a generator export, naming it', () => {
    expect(problemsOf('generator-export.ts')).toEqual([
      expect.stringMatching(/fixtures\/generator-export\.ts:4: export "rows" is a generator \(/),
    ]);
  });

  it('rejects overload signatures, naming each one without a body', () => {
    expect(problemsOf('overloaded-export.ts')).toEqual([
      expect.stringMatching(/fixtures\/overloaded-export\.ts:4: export "size" has no body \(/),
      expect.stringMatching(/fixtures\/overloaded-export\.ts:6: export "size" has no body \(/),
    ]);
  });

  describe('rejects a runtime export that is not a plain function declaration, naming it', () => {
    const problems = problemsOf('not-a-function.ts');

    it('reports each of them once', () => {
      expect(problems).toHaveLength(8);
    });

    it.each([
      [4, 'export "LIMIT"', 'a const'],
      [7, 'export "counter"', 'a let'],
      [10, 'export "Store"', 'a class'],
      [13, 'export "Colour"', 'an enum'],
      [23, "export * from './good'", 'a re-export'],
      [24, 'export "everything"', 'a re-export'],
      [25, 'export "opened"', 'a re-export'],
      [26, 'export "helper"', 'an export list'],
    ])('line %i: %s (%s)', (line, subject, kind) => {
      expect(problems).toContainEqual(
        expect.stringContaining(
          `fixtures/not-a-function.ts:${line}: ${subject} is not a plain function declaration (it is ${kind};`,
        ),
      );
    });
  });

  it('names every bad export in one error, one line each', () => {
    expect(problemsOf('two-bad-exports.ts')).toEqual([
      expect.stringMatching(/fixtures\/two-bad-exports\.ts:3: export "undocumented" has no JSDoc block \(/),
      expect.stringMatching(/fixtures\/two-bad-exports\.ts:9: export "later" is async \(/),
    ]);
  });
});
