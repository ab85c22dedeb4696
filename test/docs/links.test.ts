// README and docs/ point only at what the repository has: every relative link and every path they name in
// backticks exists, and no page sends a reader to a file outside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = join(__dirname, '..', '..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** `[text](target)` links that are not web addresses or in-page anchors, without their `#fragment`. */
const relativeLinks = (text: string): string[] =>
  [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^(?:[a-z]+:|#)/i.test(target))
    .map((target) => decodeURI(target.split('#')[0]));

/** Paths named in code spans that look like repository files (`seeds/…`, `docs/…`, `src/…`, `test/…`). */
const namedPaths = (text: string): string[] =>
  [...text.matchAll(/`((?:seeds|docs|src|test|scripts|bench|lint)\/[^`\s*{}<>]+)`/g)].map((m) => m[1]);

describe.each(pages)('%s', (page) => {
  const text = readFileSync(join(root, page), 'utf8');

  it('links only to files the repository has', () => {
    const missing = relativeLinks(text).filter(
      (target) => !existsSync(resolve(dirname(join(root, page)), target)),
    );
    expect(missing).toEqual([]);
  });

  it('names only paths the repository has', () => {
    const missing = namedPaths(text).filter((path) => !existsSync(join(root, path.replace(/[.,:;]$/, ''))));
    expect(missing).toEqual([]);
  });

  it('cites nothing outside the repository', () => {
    expect(text).not.toMatch(/\.\.\/shared|SPEC\.md|SPEC §/);
  });
});
