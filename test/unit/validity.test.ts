import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/normalize.js';
import type { Validity } from '../../src/wallet/validity.js';
import { addValidity, parseMinRemaining, parseValidity, validityLabel } from '../../src/wallet/validity.js';

type Row = [note: string, amount: number, unit: Validity['unit'], kind: Validity['kind']];

const RULES: Row[] = [
  // English
  ['dated within the last three months', 3, 'months', 'max_age'],
  ['Original utility bill, dated within the last three months.', 3, 'months', 'max_age'],
  ['not older than 3 months', 3, 'months', 'max_age'],
  ['issued in the last 90 days', 90, 'days', 'max_age'],
  ['no more than six months old', 6, 'months', 'max_age'],
  ['recent; offices commonly ask for one no more than three months old', 3, 'months', 'max_age'],
  ['Recent utility bill, dated within the last month.', 1, 'months', 'max_age'],
  ['Must be issued within the past 30 days.', 30, 'days', 'max_age'],
  ['Issued less than 3 months ago.', 3, 'months', 'max_age'],
  ['Original, no older than one year.', 1, 'years', 'max_age'],
  ['a statement 3 months old at most', 3, 'months', 'max_age'],
  ['issued within two weeks', 2, 'weeks', 'max_age'],
  ['valid for 6 months', 6, 'months', 'valid_for'],
  ['The certificate is valid for a year from issue.', 1, 'years', 'valid_for'],
  ['Valid for 10 years.', 10, 'years', 'valid_for'],
  // Spanish
  ['con antigüedad no mayor a tres meses', 3, 'months', 'max_age'],
  ['fechado dentro de los últimos tres meses', 3, 'months', 'max_age'],
  ['original de recibo de luz, con fecha dentro de los últimos tres meses', 3, 'months', 'max_age'],
  ['expedido hace menos de 3 meses', 3, 'months', 'max_age'],
  ['no mayor a 2 meses', 2, 'months', 'max_age'],
  ['con una antigüedad máxima de tres (3) meses', 3, 'months', 'max_age'],
  ['de no más de 3 meses de antigüedad', 3, 'months', 'max_age'],
  ['fecha de expedición no mayor a 30 días', 30, 'days', 'max_age'],
  ['expedida dentro de los 6 meses anteriores', 6, 'months', 'max_age'],
  ['válido por 6 meses', 6, 'months', 'valid_for'],
  ['tiene una vigencia de 3 meses', 3, 'months', 'valid_for'],
  ['es válido durante un año', 1, 'years', 'valid_for'],
  ['válida por doce meses', 12, 'months', 'valid_for'],
  // Portuguese
  ['emitido nos últimos três meses', 3, 'months', 'max_age'],
  ['com data inferior a 3 meses', 3, 'months', 'max_age'],
  ['emitido há menos de 3 meses', 3, 'months', 'max_age'],
  ['não pode ter mais de seis meses', 6, 'months', 'max_age'],
  ['com validade de 6 meses', 6, 'months', 'valid_for'],
  ['válida por um ano', 1, 'years', 'valid_for'],
  // German
  ['nicht älter als drei Monate', 3, 'months', 'max_age'],
  ['nicht älter als 6 Monate', 6, 'months', 'max_age'],
  ['Das Dokument darf höchstens drei Monate alt sein.', 3, 'months', 'max_age'],
  ['aus den letzten zwölf Monaten', 12, 'months', 'max_age'],
  ['vor weniger als 14 Tagen ausgestellt', 14, 'days', 'max_age'],
  ['gültig für ein Jahr', 1, 'years', 'valid_for'],
  ['Die Bescheinigung ist 3 Monate gültig.', 3, 'months', 'valid_for'],
  // French
  ['datant de moins de trois mois', 3, 'months', 'max_age'],
  ['de moins de 3 mois', 3, 'months', 'max_age'],
  ["datée de moins d'un an", 1, 'years', 'max_age'],
  ['établi au cours des trois derniers mois', 3, 'months', 'max_age'],
  ['valable 3 mois', 3, 'months', 'valid_for'],
  ["durée de validité d'un an", 1, 'years', 'valid_for'],
  // Italian
  ['rilasciato negli ultimi sei mesi', 6, 'months', 'max_age'],
  ['non anteriore a tre mesi', 3, 'months', 'max_age'],
  ['emesso da meno di 6 mesi', 6, 'months', 'max_age'],
  ['non più vecchio di tre mesi', 3, 'months', 'max_age'],
  ['valido per 6 mesi', 6, 'months', 'valid_for'],
];

const NOT_RULES: string[] = [
  'with at least six months of validity remaining',
  'Visa - the electronic visa issued by Cancillería, valid for more than three months; printed or as a PDF.',
  'valid for more than 60 more days.',
  'Passport must be valid for 6 months beyond your planned stay.',
  'la visa electrónica expedida por la Cancillería, con vigencia superior a tres meses',
  'muss noch mindestens 6 Monate gültig sein',
  'Bank statements for the last 12 months.',
  'estados de cuenta bancarios o de inversiones de los últimos 12 meses',
  'only for children under 18 years old',
  'enfants de moins de 6 ans',
  'pour un séjour de moins de 3 mois',
  'el trámite se resuelve en un plazo no mayor a 10 días',
  'signed by your landlord, who must issue it within two weeks of the move-in date',
  'from every country where you lived for more than one year in the last three years',
  'some offices ask for a recently issued copy.',
  'Original and copy; valid.',
  '',
];

describe('parseValidity', () => {
  it.each(RULES)('%s → %i %s (%s)', (note, amount, unit, kind) => {
    const v = parseValidity(note);
    expect(v && { amount: v.amount, unit: v.unit, kind: v.kind }).toEqual({ amount, unit, kind });
    // The wording is cut from the note itself.
    expect(note.includes(v!.text)).toBe(true);
    expect(fold(note)).toContain(fold(v!.text));
  });

  it.each(NOT_RULES)('%s → null', (note) => {
    expect(parseValidity(note)).toBeNull();
  });

  it('returns the wording as written in the note', () => {
    expect(parseValidity('Comprobante reciente, con antigüedad no mayor a tres meses; original.')?.text).toBe(
      'antigüedad no mayor a tres meses',
    );
    expect(parseValidity('Bill (dated within the last three months)')?.text).toBe(
      'dated within the last three months',
    );
    expect(parseValidity('nicht älter als drei Monate')?.text).toBe('nicht älter als drei Monate');
  });

  it('takes the first rule when a note has several', () => {
    expect(parseValidity('issued in the last 30 days and valid for 6 months')).toMatchObject({
      amount: 30,
      unit: 'days',
      kind: 'max_age',
    });
  });
});

describe('parseMinRemaining', () => {
  it.each([
    ['with at least six months of validity remaining', 6, 'months'],
    ['valid for more than 60 more days.', 60, 'days'],
    ['con vigencia superior a tres meses', 3, 'months'],
    ['muss noch mindestens 6 Monate gültig sein', 6, 'months'],
    ['valido per almeno 6 mesi dopo la partenza', 6, 'months'],
  ] as const)('%s → %i %s', (note, amount, unit) => {
    expect(parseMinRemaining(note)).toMatchObject({ amount, unit });
  });

  it('is null for an age rule', () => {
    expect(parseMinRemaining('dated within the last three months')).toBeNull();
  });
});

describe('addValidity', () => {
  it.each([
    ['2026-01-31', 1, 'months', '2026-02-28'],
    ['2028-01-31', 1, 'months', '2028-02-29'],
    ['2026-03-15', 3, 'months', '2026-06-15'],
    ['2026-11-30', 3, 'months', '2027-02-28'],
    ['2026-08-31', 6, 'months', '2027-02-28'],
    ['2028-02-29', 1, 'years', '2029-02-28'],
    ['2026-05-31', 1, 'years', '2027-05-31'],
    ['2026-12-20', 90, 'days', '2027-03-20'],
    ['2026-02-20', 2, 'weeks', '2026-03-06'],
  ] as const)('%s + %i %s → %s', (date, amount, unit, expected) => {
    expect(addValidity(date, { amount, unit })).toBe(expected);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => addValidity('2026-02-30', { amount: 1, unit: 'months' })).toThrow(RangeError);
    expect(() => addValidity('31/01/2026', { amount: 1, unit: 'months' })).toThrow(RangeError);
  });
});

describe('validityLabel', () => {
  it.each([
    [3, 'months', 'en', '3 months'],
    [3, 'months', 'es', '3 meses'],
    [1, 'months', 'es', '1 mes'],
    [1, 'years', 'en', '1 year'],
    [1, 'years', 'es', '1 año'],
    [90, 'days', 'es', '90 días'],
    [2, 'weeks', 'en', '2 weeks'],
  ] as const)('%i %s (%s) → %s', (amount, unit, lang, expected) => {
    expect(validityLabel({ amount, unit }, lang)).toBe(expected);
  });
});
