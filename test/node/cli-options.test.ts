// Flag values of the CLI: weeks, the generation time, formats, file names.
import { fileNameOf, nowIn, parseFormats, parseWeek, resolveNow } from '../../src/node/cli-options';

const clock = () => new Date('2030-01-01T00:00:00Z');

describe('resolveNow', () => {
  it('takes --now first', () => {
    expect(
      (resolveNow('2023-11-13T09:00+08:00', { SOURCE_DATE_EPOCH: '0' }, clock) as Date).toISOString(),
    ).toBe('2023-11-13T01:00:00.000Z');
  });

  it('takes SOURCE_DATE_EPOCH seconds next', () => {
    expect((resolveNow(undefined, { SOURCE_DATE_EPOCH: '1699837200' }, clock) as Date).toISOString()).toBe(
      '2023-11-13T01:00:00.000Z',
    );
  });

  it('falls back to the clock', () => {
    expect(resolveNow(undefined, {}, clock)).toEqual(clock());
  });

  it('refuses a time without a zone, which would differ between machines', () => {
    expect(() => resolveNow('2023-11-13T09:00', {}, clock)).toThrow(
      'Expected --now to be a real date YYYY-MM-DD or an ISO 8601',
    );
  });

  it('takes a date alone as midnight in the sheet zone', () => {
    const now = resolveNow('2023-11-13', {}, clock);
    expect(nowIn(now, 'Asia/Shanghai').toISOString()).toBe('2023-11-12T16:00:00.000Z');
    expect(nowIn(now, 'UTC').toISOString()).toBe('2023-11-13T00:00:00.000Z');
  });

  it.each(['2023-02-30', '2023-02-30T09:00Z', '2023-11-13T24:00Z', '2023-11-13T09:60+08:00', '13/11/2023'])(
    'refuses %s rather than rolling it to another moment',
    (value) => {
      expect(() => resolveNow(value, {}, clock)).toThrow('Expected --now to be a real date');
    },
  );

  it('refuses an epoch that is not whole seconds', () => {
    expect(() => resolveNow(undefined, { SOURCE_DATE_EPOCH: 'soon' }, clock)).toThrow('SOURCE_DATE_EPOCH');
  });
});

describe('parseWeek', () => {
  it('accepts a real date', () => expect(parseWeek('2023-11-15')).toBe('2023-11-15'));
  it('refuses a day that does not exist', () => expect(() => parseWeek('2023-02-30')).toThrow('--week'));
  it('refuses another shape', () => expect(() => parseWeek('11/13')).toThrow('--week'));
});

describe('parseFormats', () => {
  it('defaults to every format of the table', () =>
    expect(parseFormats(undefined)).toEqual(['docx', 'md', 'html']));
  it('reads a list', () => expect(parseFormats('md')).toEqual(['md']));
  it('refuses others, naming the formats of the table', () =>
    expect(() => parseFormats('md,pdf')).toThrow(
      'Expected --format to list one or more of docx, md, html, got "md,pdf".',
    ));
  it('refuses names the table only inherits', () =>
    expect(() => parseFormats('toString')).toThrow('--format'));
  it('drops repeats', () => expect(parseFormats('md, MD,docx')).toEqual(['md', 'docx']));
});

describe('fileNameOf', () => {
  it('keeps a plain title', () => expect(fileNameOf('第46周 2023-11-13')).toBe('第46周 2023-11-13'));
  it('removes separators, .. and control characters', () => {
    expect(fileNameOf('../a/b\\c\u0007d')).toBe('-a-b-c-d');
  });
  it('never gives an empty name', () => expect(fileNameOf('..')).toBe('weekly-report'));
});
