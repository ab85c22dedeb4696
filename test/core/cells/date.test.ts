import type { Cell } from '../../../src/core/cells/cell';
import {
  type DateContext,
  optionalDateTime,
  optionalDue,
  requiredDate,
  requiredWeek,
} from '../../../src/core/cells/date';

const cell = (value: unknown, display = value === null ? '' : String(value)): Cell => ({ value, display });
const near = '2023-11-13';
const wallClock: DateContext = { dateCells: 'wall-clock', timeZone: 'Asia/Shanghai', near };
const instant: DateContext = { dateCells: 'instant', timeZone: 'Asia/Shanghai', near };

describe('date cells', () => {
  it.each([
    ['ISO text', '2023-11-16', '2023-11-16'],
    ['slashes', '2023/11/16', '2023-11-16'],
    ['month/day', '11/16', '2023-11-16'],
    ['Chinese month and day', '11月16日', '2023-11-16'],
    ['Chinese full date', '2023年11月16日', '2023-11-16'],
    ['full-width digits', '１１/１６', '2023-11-16'],
  ])('reads %s', (_, text, expected) => {
    expect(requiredDate(cell(text), wallClock)).toEqual({ ok: true, value: expected });
  });

  it('gives a date without a year the year nearest the report week', () => {
    expect(requiredDate(cell('1/3'), { ...wallClock, near: '2023-12-25' })).toEqual({
      ok: true,
      value: '2024-01-03',
    });
    expect(requiredDate(cell('12/28'), { ...wallClock, near: '2024-01-08' })).toEqual({
      ok: true,
      value: '2023-12-28',
    });
  });

  it('reads 2/29 in the leap year nearest the report week', () => {
    expect(requiredDate(cell('2/29'), wallClock)).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('reads a Date whose UTC fields are the wall clock (an .xlsx)', () => {
    expect(requiredDate(cell(new Date(Date.UTC(2023, 10, 16))), wallClock)).toEqual({
      ok: true,
      value: '2023-11-16',
    });
  });

  it('reads an instant in the sheet time zone, not the process one', () => {
    // 2023-11-15T16:30Z is 11/16 00:30 in Shanghai.
    expect(requiredDate(cell(new Date('2023-11-15T16:30:00Z')), instant)).toEqual({
      ok: true,
      value: '2023-11-16',
    });
  });

  it('reads spreadsheet serial numbers (days since 1899-12-30)', () => {
    expect(requiredDate(cell(45246), wallClock)).toEqual({ ok: true, value: '2023-11-16' });
  });

  it.each(['13/45', '下周一', '2023-02-30', '0/5'])('reports %s as not a date', (text) => {
    expect(requiredDate(cell(text), wallClock)).toMatchObject({
      ok: false,
      problem: { message: 'notDate', params: { found: text } },
    });
  });

  it('reports a blank required date', () => {
    expect(requiredDate(cell(null), wallClock)).toMatchObject({
      ok: false,
      problem: { message: 'requiredValue' },
    });
  });

  it('reads any day of a week as its Monday', () => {
    expect(requiredWeek(cell('2023-11-16'), wallClock)).toEqual({ ok: true, value: '2023-11-13' });
    expect(requiredWeek(cell('2023-11-19'), wallClock)).toEqual({ ok: true, value: '2023-11-13' });
  });
});

describe('date-time cells', () => {
  it.each([
    ['ISO text', '2023-11-12 18:42', '2023-11-12T18:42'],
    ['month/day and time', '11/12 18:42', '2023-11-12T18:42'],
    ['Chinese date and time', '11月12日 18:42', '2023-11-12T18:42'],
    ['Chinese date and time without a space', '11月12日18:42', '2023-11-12T18:42'],
    ['seconds', '2023-11-12 18:42:07', '2023-11-12T18:42'],
    ['a full-width colon', '11/12 18：42', '2023-11-12T18:42'],
    ['a date alone as midnight', '2023-11-12', '2023-11-12T00:00'],
  ])('reads %s', (_, text, expected) => {
    expect(optionalDateTime(cell(text), wallClock)).toEqual({ ok: true, value: expected });
  });

  it('reads a serial with a fraction of a day', () => {
    expect(optionalDateTime(cell(45242.779166666667), wallClock)).toEqual({
      ok: true,
      value: '2023-11-12T18:42',
    });
  });

  it('reads Dates as wall clock or as instants', () => {
    expect(optionalDateTime(cell(new Date(Date.UTC(2023, 10, 12, 18, 42))), wallClock)).toEqual({
      ok: true,
      value: '2023-11-12T18:42',
    });
    expect(optionalDateTime(cell(new Date('2023-11-12T10:42:00Z')), instant)).toEqual({
      ok: true,
      value: '2023-11-12T18:42',
    });
  });

  it('reports an impossible time', () => {
    expect(optionalDateTime(cell('11/12 25:10'), wallClock)).toMatchObject({
      ok: false,
      problem: { message: 'notDateTime' },
    });
  });

  it('reads blank as none', () => {
    expect(optionalDateTime(cell(null), wallClock)).toEqual({ ok: true, value: null });
  });
});

describe('Due cells', () => {
  it('shows a real date as M/D', () => {
    expect(optionalDue(cell(new Date(Date.UTC(2023, 10, 6))), wallClock)).toEqual({
      ok: true,
      value: { text: '11/6', date: '2023-11-06' },
    });
  });

  it('keeps text as typed, with its day when it names one', () => {
    expect(optionalDue(cell('11月16日'), wallClock)).toEqual({
      ok: true,
      value: { text: '11月16日', date: '2023-11-16' },
    });
    expect(optionalDue(cell('12月中旬'), wallClock)).toEqual({
      ok: true,
      value: { text: '12月中旬', date: null },
    });
  });
});
