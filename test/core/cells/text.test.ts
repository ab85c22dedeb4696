import type { Cell } from '../../../src/core/cells/cell';
import { choiceCell, optionalInteger, optionalText, requiredText } from '../../../src/core/cells/text';
import { INCIDENT_LEVELS, PROJECT_STATES } from '../../../src/core/choices';

const cell = (value: unknown, display = value === null ? '' : String(value)): Cell => ({ value, display });

describe('text cells', () => {
  it('keeps text as typed, trimmed', () => {
    expect(requiredText(cell('  物保：11/15合肥拓城 '))).toEqual({ ok: true, value: '物保：11/15合肥拓城' });
  });

  it('reads a number as the sheet shows it', () => {
    expect(optionalText(cell(0.5, '50%'))).toEqual({ ok: true, value: '50%' });
  });

  it('reports a blank required text', () => {
    expect(requiredText(cell(''))).toMatchObject({ ok: false, problem: { message: 'requiredValue' } });
  });
});

describe('No cells', () => {
  it.each([
    [1, 1],
    ['2', 2],
    ['3.', 3],
    ['４', 4],
    [null, null],
  ])('reads %p as %p', (value, expected) => {
    expect(optionalInteger(cell(value))).toEqual({ ok: true, value: expected });
  });

  it('reports a fraction', () => {
    expect(optionalInteger(cell(1.5))).toMatchObject({ ok: false, problem: { message: 'notInteger' } });
  });
});

describe('choice cells', () => {
  it('reads a choice by its Chinese or English name, any case', () => {
    expect(choiceCell(cell('已完成'), PROJECT_STATES, 'active')).toEqual({ ok: true, value: 'done' });
    expect(choiceCell(cell('At-Risk'), PROJECT_STATES, 'active')).toEqual({ ok: true, value: 'at-risk' });
    expect(choiceCell(cell('c级'), INCIDENT_LEVELS, 'A')).toEqual({ ok: true, value: 'C' });
  });

  it('reads blank as the default', () => {
    expect(choiceCell(cell(null), PROJECT_STATES, 'active')).toEqual({ ok: true, value: 'active' });
  });

  it('reports an unknown choice with the choices in both languages', () => {
    expect(choiceCell(cell('搁置'), PROJECT_STATES, 'active')).toEqual({
      ok: false,
      problem: {
        message: 'notChoice',
        params: {
          found: '搁置',
          expected: { zh: '进行中、已完成、延期、风险、暂停', en: 'active, done, delayed, at-risk, paused' },
        },
      },
    });
  });
});
