import { describe, expect, it } from 'vitest';
import { isConditional } from '../../src/guide/conditional.js';
import { inferProduces } from '../../src/guide/infer-produces.js';
import { parseGuide } from '../../src/guide/parse.js';

describe('inferProduces: what a title says the guide gives', () => {
  const rows: Array<[title: string, lang: string, country: string, expected: string[]]> = [
    // Positive: an obtaining word next to a document's name, in several languages.
    ['Get your CURP', 'en', 'mexico', ['curp']],
    ['Solicitud de NIE', 'es', 'spain', ['nie']],
    ['Obtener el pasaporte mexicano', 'es', 'mexico', ['passport']],
    ['Pedido de NIF', 'pt', 'portugal', ['nif']],
    ['Steuer-ID beantragen', 'de', 'germany', ['steuer_id']],
    ['Demande de titre de séjour', 'fr', 'france', ['residence_card']],
    ['Richiesta del permesso di soggiorno', 'it', 'italy', ['residence_card']],
    ['Žádost o cestovní pas', 'cs', 'czech-republic', ['passport']],
    ['Renew your driving licence', 'en', 'spain', ['driving_licence']],
    ['Get your CUIT and Clave Fiscal', 'en', 'argentina', ['cuit_cuil', 'gov_login']],
    // Procedures whose result is a document though they name none.
    ['Anmeldung', 'de', 'germany', ['proof_of_address']],
    ['Anmeldung in Berlin', 'en', 'germany', ['proof_of_address']],
    ['Empadronamiento en Madrid', 'es', 'spain', ['proof_of_address']],
    // Negative: no obtaining word, the title names what is needed, or is about something else.
    ['Lost passport', 'en', 'spain', []],
    ['Paying taxes', 'en', 'czech-republic', []],
    ['Registering a car', 'en', 'czech-republic', []],
    ['Abmeldung', 'de', 'germany', []],
    ['Gewerbeanmeldung', 'de', 'germany', []],
    ['Apostille your birth certificate', 'en', 'mexico', []],
    ['Cancelación del NIE', 'es', 'spain', []],
    ['Get an appointment for your passport', 'en', 'mexico', []],
    ['Cita previa para la TIE', 'es', 'spain', []],
    ['Fill in the application form', 'en', 'spain', []],
    ['Open a bank account with your NIE', 'en', 'spain', []],
    ['Get a tax number with your NIE', 'en', 'spain', ['tax_number']],
    // A kind of another country is never guessed.
    ['Get your RFC', 'en', 'spain', []],
    ['Get your RFC', 'en', 'mexico', ['rfc']],
  ];
  it.each(rows)('%s (%s, %s)', (title, lang, country, expected) => {
    expect(inferProduces(title, lang, country)).toEqual(expected);
  });
});

describe('isConditional: documents asked only in some cases', () => {
  const rows: Array<[name: string, note: string, expected: boolean]> = [
    [
      'Resident card (tarjeta de residente)',
      'foreign residents only; issued by INM and must still be valid.',
      true,
    ],
    ['Power of attorney', 'only if someone else registers you; signed by you.', true],
    ['NIE certificate or EU registration certificate', 'if you have one; it links your records.', true],
    ['DNI for foreigners', 'your current temporary DNI, if you already have one.', true],
    ['Proof of income', 'self-employed people and voluntary members only: your latest assessment.', true],
    ['Pasaporte', 'solo para extranjeros; vigente.', true],
    ['Vollmacht', 'nur wenn jemand anderes Sie anmeldet.', true],
    ['Procuração', 'apenas se alguém pedir por si.', true],
    ['Passport (foreigners only)', 'valid.', true],
    // A condition after the first clause is about something else.
    ['Social Security number', 'request it from the TGSS first if you have never worked in Spain.', false],
    [
      'Passport',
      'valid, with free pages; a copy of the page with your entry stamp if you apply from Colombia.',
      false,
    ],
    ['CURP', 'printed from gob.mx/curp; SAT uses it to fill in your personal data.', false],
    [
      'DNI',
      'Argentine identity card issued by RENAPER; for the online lookup you only need its data.',
      false,
    ],
    ['USB drive with your .req and .key files', 'generated beforehand with Certifica.', false],
    ['Proof of address', 'original and copy; a recent utility bill.', false],
  ];
  it.each(rows)('%s — %s', (name, note, expected) => {
    expect(isConditional(name, note)).toBe(expected);
  });
});

const guideText = (frontMatter: string, title = 'Register for an RFC') => `---
title: "${title}"
description: "A guide."
date: 2026-01-01
${frontMatter}
---

## Description
### What is it?
Something.

## Procedure
1. Do it.

## Required documents
- CURP - printed.

## Providers who can do it for you

## Additional details
- None.

## Related Posts
`;

const parse = (text: string, country = 'mexico') =>
  parseGuide(text, { path: `guides/en/${country}/x.md`, lang: 'en', country, slug: 'x' });

describe('front matter `produces`', () => {
  it('reads declared kinds, case folded, without duplicates', () => {
    const guide = parse(guideText('produces: [RFC, e_firma, rfc]'));
    expect(guide.produces).toEqual([
      { kind: 'rfc', inferred: false },
      { kind: 'e_firma', inferred: false },
    ]);
    expect(guide.problems.filter((p) => p.message.includes('produces'))).toEqual([]);
  });

  it('guesses from the title when absent, and marks the guess as inferred', () => {
    expect(parse(guideText('')).produces).toEqual([{ kind: 'rfc', inferred: true }]);
  });

  it('an empty list says the guide gives nothing: no guess', () => {
    expect(parse(guideText('produces: []')).produces).toEqual([]);
  });

  it('reports an unknown kind with the closest one, on its line', () => {
    const guide = parse(guideText('produces:\n- curpp\n- TIE'));
    expect(guide.produces).toEqual([]);
    const messages = guide.problems.filter((p) => p.message.includes('produces'));
    expect(messages).toEqual([
      {
        line: 5,
        severity: 'warning',
        message: 'unknown document kind "curpp" in produces; did you mean "curp"?',
      },
      {
        line: 5,
        severity: 'warning',
        message: 'unknown document kind "TIE" in produces; did you mean "residence_card"?',
      },
    ]);
  });

  it('refuses a choice of documents and a kind of another country', () => {
    const guide = parse(guideText('produces: [photo_id, nie]'));
    expect(guide.produces).toEqual([]);
    expect(guide.problems.map((p) => p.message).filter((m) => m.includes('produces'))).toEqual([
      '"photo_id" in produces is a choice of documents, not one: name the document the guide gives (national_id, passport, residence_card, driving_licence)',
      '"nie" in produces is a document of spain, not of mexico',
    ]);
  });
});
