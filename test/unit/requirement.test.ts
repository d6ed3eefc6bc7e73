import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import type { Guide } from '../../src/guide/model.js';
import { emptyStore, type StoreData } from '../../src/progress/model.js';
import { applyChanges, viewProgress } from '../../src/progress/tracker.js';
import { readRequirement } from '../../src/wallet/requirement.js';
import {
  decodeRequirement,
  encodeRequirement,
  satisfies,
  type Requirement,
} from '../../src/wallet/requirement-key.js';
import { requirementsOf } from '../../src/wallet/wallet.js';
import { GUIDES } from '../helpers/paths.js';

type Row = [name: string, note: string, lang: string, country: string, kinds: string[], other: boolean];

// Names and notes as the bundled guides write them.
const ROWS: Row[] = [
  // One document.
  ['Passport', 'original and copy', 'en', 'mexico', ['passport'], false],
  ['Proof of address', 'dated within the last three months', 'en', 'mexico', ['proof_of_address'], false],
  ['Latest pay stub (talón or comprobante de pago)', '', 'en', 'mexico', ['proof_of_income'], false],
  ['Employment or service contract', '', 'en', 'spain', ['employment_contract'], false],
  ['Personal email address', 'must be active and yours', 'en', 'mexico', [], true],
  // A choice: the kinds the note names, else the usual ones.
  [
    'Valid official photo ID',
    'voter card (INE), passport or, for foreigners, a resident card; bring the original and a copy',
    'en',
    'mexico',
    ['national_id', 'passport', 'residence_card'],
    false,
  ],
  [
    'Identificación oficial vigente con fotografía',
    'credencial para votar (INE), pasaporte o, si eres extranjero, tarjeta de residente',
    'es',
    'mexico',
    ['national_id', 'passport', 'residence_card'],
    false,
  ],
  [
    'Photo ID',
    'original, for example passport, professional licence (cédula profesional), driving licence, military service card, or a school or work ID',
    'en',
    'mexico',
    ['passport', 'driving_licence'],
    false,
  ],
  ['Identificación oficial válida (INE, pasaporte)', '', 'es', 'mexico', ['national_id', 'passport'], false],
  [
    'Official photo ID',
    'original and copy',
    'en',
    'mexico',
    ['national_id', 'passport', 'residence_card'],
    false,
  ],
  // Alternatives in the name, with words they share.
  ['Passport or national ID card', '', 'en', 'germany', ['passport', 'national_id'], false],
  ['Reisepass oder Personalausweis', '', 'de', 'germany', ['passport', 'national_id'], false],
  ['DNI, NIE o TIE', '', 'es', 'spain', ['national_id', 'nie', 'residence_card'], false],
  ['Birth or marriage certificate', '', 'en', 'mexico', ['birth_certificate', 'marriage_certificate'], false],
  [
    'Acta de matrimonio o de nacimiento',
    '',
    'es',
    'mexico',
    ['marriage_certificate', 'birth_certificate'],
    false,
  ],
  ['Vehicle title or registration', '', 'en', 'mexico', ['vehicle_title', 'vehicle_registration'], false],
  [
    'Título de propiedad o tarjeta de registro del vehículo',
    '',
    'es',
    'mexico',
    ['vehicle_title', 'vehicle_registration'],
    false,
  ],
  ['Digital certificate or Cl@ve registration', '', 'en', 'spain', ['e_firma', 'gov_login'], false],
  ['Marriage certificate or proof of cohabitation', '', 'en', 'mexico', ['marriage_certificate'], true],
  // A wider kind is itself or a narrower one of the guide's country.
  ['Tax identification number', '', 'en', 'mexico', ['tax_number', 'rfc'], false],
  ['Tax identification number', '', 'en', 'spain', ['tax_number', 'nif'], false],
];

describe('readRequirement', () => {
  it.each(ROWS)('%s — %s (%s, %s)', (name, note, lang, country, kinds, other) => {
    const r = readRequirement(name, note, lang, country);
    expect(r.kinds).toEqual(kinds);
    expect(r.other).toBe(other);
  });

  it('reads the age rule of the note', () => {
    expect(readRequirement('Proof of address', 'dated within the last three months', 'en').validity).toEqual({
      amount: 3,
      unit: 'months',
      kind: 'max_age',
    });
    expect(readRequirement('Passport', 'original and copy', 'en').validity).toBeNull();
  });
});

describe('requirement keys', () => {
  const cases: Requirement[] = [
    { kinds: ['passport'], other: false, validity: null },
    { kinds: ['national_id', 'passport', 'residence_card'], other: false, validity: null },
    { kinds: ['marriage_certificate'], other: true, validity: null },
    { kinds: ['proof_of_address'], other: false, validity: { amount: 3, unit: 'months', kind: 'max_age' } },
    { kinds: [], other: true, validity: { amount: 6, unit: 'months', kind: 'valid_for' } },
  ];
  it.each(cases.map((c) => [encodeRequirement(c), c] as const))('%s', (key, r) => {
    expect(decodeRequirement(key)).toEqual(r);
  });

  it('reads nothing it cannot read as a document of no known kind', () => {
    expect(encodeRequirement({ kinds: [], other: true, validity: null })).toBeNull();
    expect(decodeRequirement(null)).toMatchObject({ kinds: [], other: true, validity: null });
    expect(decodeRequirement('passport@max_age:x:months').validity).toBeNull();
  });
});

function load(rel: string): Guide {
  const path = join(GUIDES, rel);
  const [lang, country, file] = rel.split('/') as [string, string, string];
  return parseGuide(readFileSync(path, 'utf8'), { path, lang, country, slug: file.replace(/\.md$/, '') });
}

describe('an "any of" document in the wallet', () => {
  const imss = load('en/mexico/imss_enrollment.md');
  const ine = load('en/mexico/ine_voter_id.md');
  const rfc = load('en/mexico/rfc_registration.md');
  const imssEs = load('es/mexico/inscripcion_al_imss.md');
  const photoId = imss.documents.findIndex((d) => d.name === 'Valid official photo ID');
  const voterCard = ine.documents.findIndex((d) => d.name === 'Your previous voter card');
  const rfcPhotoId = rfc.documents.findIndex((d) => d.name === 'Valid official photo ID');
  const NOW = '2026-03-02T10:00:00Z';

  const tick = (held?: { kind: string } | { unknown: true }): StoreData => {
    const data: StoreData = emptyStore();
    applyChanges(
      data,
      imss,
      [{ kind: 'document', index: photoId, state: 'done', ...(held ? { held } : {}) }],
      NOW,
    );
    return data;
  };
  const ready = (data: StoreData, guide: Guide, index: number) =>
    viewProgress(guide, undefined, data.wallet, '2026-03-02', 'en').documents[index]!;

  it('is the voter card, passport or resident card the IMSS guide names', () => {
    expect(requirementsOf(imss)[photoId]!.kinds).toEqual(['national_id', 'passport', 'residence_card']);
    expect(requirementsOf(imssEs)[photoId]!.kinds).toEqual(['national_id', 'passport', 'residence_card']);
    expect(requirementsOf(ine)[voterCard]!.kinds).toEqual(['national_id']);
  });

  it.each(['national_id', 'passport', 'residence_card'])(
    'is satisfied by a %s held for another guide',
    (kind) => {
      const data: StoreData = emptyStore();
      data.wallet[kind] = { kind, name: kind, obtained: null, addedAt: NOW, source: 'elsewhere' };
      expect(ready(data, imss, photoId)).toMatchObject({ ready: true, held: { kind } });
      expect(ready(data, imssEs, photoId)).toMatchObject({ ready: true, held: { kind } });
      expect(satisfies(kind, requirementsOf(imss)[photoId]!, '')).toBe(true);
    },
  );

  it.each(['national_id', 'passport', 'residence_card'])(
    'records the %s the user holds when ticked, and it counts elsewhere',
    (kind) => {
      const data = tick({ kind });
      expect(Object.keys(data.wallet)).toEqual([kind]);
      expect(ready(data, rfc, rfcPhotoId)).toMatchObject({ ready: true, held: { kind } });
      // Only the voter card itself is the INE guide's previous voter card.
      expect(ready(data, ine, voterCard).ready).toBe(kind === 'national_id');
    },
  );

  it('never claims a narrower document when the user did not say which one', () => {
    const data = tick({ unknown: true });
    expect(Object.keys(data.wallet)).toEqual(['any:national_id+passport+residence_card']);
    expect(ready(data, imss, photoId).ready).toBe(true);
    // The RFC guide accepts any of the three: held there too.
    expect(ready(data, rfc, rfcPhotoId).ready).toBe(true);
    // "Your previous voter card" is narrower than "voter card, passport or resident card".
    expect(ready(data, ine, voterCard)).toMatchObject({ ready: false, held: null });
    // And so is a guide asking for a passport.
    const passport = load('en/mexico/temporary_residence.md');
    const p = passport.documents.findIndex((d) => d.name === 'Passport');
    expect(ready(data, passport, p).ready).toBe(false);
  });

  it('a ticked document without a choice records the same "one of these" as not saying', () => {
    expect(Object.keys(tick().wallet)).toEqual(['any:national_id+passport+residence_card']);
  });

  it('unticking takes out what this guide put in', () => {
    const data = tick({ kind: 'passport' });
    applyChanges(data, imss, [{ kind: 'document', index: photoId, state: 'todo' }], NOW);
    expect(data.wallet).toEqual({});
  });
});
