import { describe, expect, it } from 'vitest';
import { pickTranslation, resolveGuide, type GuideRef } from '../../src/guide/resolve.js';

const g = (lang: string, country: string, slug: string, key: string): GuideRef => ({
  id: `${country}/${slug}`,
  key,
  slug,
  lang,
  country,
});

const guides: GuideRef[] = [
  g('en', 'mexico', 'imss_enrollment', 'mexico-imss_enrollment'),
  g('es', 'mexico', 'inscripción_al_imss', 'mexico-imss_enrollment'),
  g('en', 'mexico', 'curp_registration', 'mexico-curp_registration'),
  g('es', 'mexico', 'registro_curp', 'mexico-curp_registration'),
  g('en', 'spain', 'nie', 'spain-nie'),
  g('es', 'spain', 'nie', 'spain-nie'),
  g('en', 'spain', 'social_security_number', 'spain-social_security_number'),
  g('en', 'portugal', 'social_security_number', 'portugal-social_security_number'),
];

describe('resolveGuide', () => {
  it.each([
    ['mexico/imss_enrollment', 'mexico-imss_enrollment'],
    ['imss_enrollment', 'mexico-imss_enrollment'],
    ['IMSS_Enrollment', 'mexico-imss_enrollment'],
    ['mexico-imss_enrollment', 'mexico-imss_enrollment'],
    ['inscripcion_al_imss', 'mexico-imss_enrollment'],
    ['inscripción_al_imss', 'mexico-imss_enrollment'],
    ['INSCRIPCION-AL-IMSS', 'mexico-imss_enrollment'],
    ['mx/registro_curp', 'mexico-curp_registration'],
    ['México/registro_curp', 'mexico-curp_registration'],
    ['https://tramitit.com/es/guides/mexico/inscripci%C3%B3n_al_imss/', 'mexico-imss_enrollment'],
    ['nie', 'spain-nie'],
    ['spain/social_security_number', 'spain-social_security_number'],
    ['pt/social_security_number', 'portugal-social_security_number'],
  ])('%s → %s', (reference, key) => {
    expect(resolveGuide(reference, guides).key).toBe(key);
  });

  it.each([
    ['inscripcion_al_imss', 'es'],
    ['imss_enrollment', 'en'],
    ['nie', null],
  ])('remembers which translation %s named', (reference, lang) => {
    expect(resolveGuide(reference, guides).named?.lang ?? null).toBe(lang);
  });

  it.each([
    ['imss_enrolment', ['mexico/imss_enrollment']],
    ['registro_cur', ['mexico/registro_curp']],
    // Both translations resemble it: one procedure, suggested once.
    ['ims', ['mexico/imss_enrollment']],
    ['zzzzzz', []],
    ['../../etc/passwd', []],
  ])('no match for %s: exit 2 with suggestions %j', (reference, suggestions) => {
    expect(() => resolveGuide(reference, guides)).toThrow(
      expect.objectContaining({ exitCode: 2, suggestions }),
    );
  });

  it('lists every guide when a reference matches several', () => {
    expect(() => resolveGuide('social_security_number', guides)).toThrow(
      expect.objectContaining({
        exitCode: 2,
        matches: ['spain/social_security_number', 'portugal/social_security_number'],
      }),
    );
  });
});

describe('a run of whole words of guide names', () => {
  const named: GuideRef[] = [
    ...guides,
    g('en', 'colombia', 'foreigner_id_card', 'colombia-foreigner_id_card'),
    g('en', 'spain', 'tie_card', 'spain-tie'),
    g('es', 'spain', 'tie', 'spain-tie'),
    g('en', 'mexico', 'pension_request', 'mexico-pension_request'),
    g('es', 'mexico', 'solicitud_de_pension', 'mexico-pension_request'),
    g('es', 'mexico', 'acta_de_nacimiento', 'mexico-birth_certificate'),
  ];

  it.each([
    // Every translation of one procedure matches: the one in the reading language is named.
    ['imss', 'es', 'mexico-imss_enrollment', 'es'],
    ['imss', 'en', 'mexico-imss_enrollment', 'en'],
    ['IMSS', null, 'mexico-imss_enrollment', null],
    ['al imss', 'en', 'mexico-imss_enrollment', 'es'],
    ['mx/imss', 'es', 'mexico-imss_enrollment', 'es'],
    ['curp', 'de', 'mexico-curp_registration', null],
    // A word in the reading language's name outranks one in another language's.
    ['pension', 'es', 'mexico-pension_request', 'es'],
    ['pension', 'en', 'mexico-pension_request', 'en'],
    ['de nacimiento', 'en', 'mexico-birth_certificate', 'es'],
  ])('%s (lang %s) → %s, named in %s', (reference, lang, key, namedLang) => {
    const resolution = resolveGuide(reference, named, lang);
    expect(resolution.key).toBe(key);
    expect(resolution.named?.lang ?? null).toBe(namedLang);
  });

  it.each([
    ['card', 'en', ['colombia/foreigner_id_card', 'spain/tie_card']],
    ['social_security', null, ['spain/social_security_number', 'portugal/social_security_number']],
  ])('%s (lang %s) in the names of several procedures is ambiguous: %j', (reference, lang, matches) => {
    expect(() => resolveGuide(reference, named, lang)).toThrow(
      expect.objectContaining({ exitCode: 2, matches }),
    );
  });

  it.each(['de', 'al', 'enroll', 'imss_enrollment_extra', 'spain'])('%s names no guide', (reference) => {
    expect(() => resolveGuide(reference, named, 'es')).toThrow(
      expect.objectContaining({ exitCode: 2, suggestions: expect.any(Array) }),
    );
  });
});

describe('pickTranslation', () => {
  const imss = guides.filter((x) => x.key === 'mexico-imss_enrollment');
  it.each([
    ['es', null, 'es', null],
    ['en', null, 'en', null],
    ['de', null, 'en', 'de'],
    ['de', imss[1]!, 'es', 'de'],
    ['en', imss[1]!, 'en', null],
  ])('asked %s, named %j → %s (fallback from %s)', (lang, named, shown, fallbackFrom) => {
    const pick = pickTranslation(imss, lang, named);
    expect([pick.guide.lang, pick.fallbackFrom]).toEqual([shown, fallbackFrom]);
  });

  it('falls back to any language when there is no English', () => {
    const onlyDe = [g('de', 'germany', 'anmeldung', 'germany-x')];
    expect(pickTranslation(onlyDe, 'fr').guide.lang).toBe('de');
  });
});

describe('ranked resolution: exact id, then slug, key, translation slugs, folded forms', () => {
  // Keys swapped by their authors, a slug shared with another country, and an id shared by two
  // languages with different keys: shapes a real community library has.
  const ranked: GuideRef[] = [
    g('en', 'czech-republic', 'tax_payment', 'czech-republic-tax_payment'),
    g('cs', 'czech-republic', 'platba_dani', 'czech-republic-tax_payment'),
    g('en', 'czech-republic', 'car_registration', 'czech-republic-vehicle_registration'),
    g('en', 'czech-republic', 'vehicle_registration', 'czech-republic-car_registration'),
    g('en', 'slovakia', 'car_registration', 'slovakia-car_registration'),
    g('en', 'spain', 'nie', 'spain-nie'),
    g('es', 'spain', 'nie', 'spain-nie_es'),
  ];

  it.each([
    // An exact id wins over another guide's key that folds to the same words.
    ['czech-republic/car_registration', null, 'czech-republic-vehicle_registration'],
    ['czech-republic/vehicle_registration', null, 'czech-republic-car_registration'],
    // An exact key wins over another guide's id that folds to the same words.
    ['czech-republic-vehicle_registration', null, 'czech-republic-vehicle_registration'],
    ['czech-republic-car_registration', null, 'czech-republic-car_registration'],
    // Folded forms rank ids before keys, as exact forms do.
    ['Czech-Republic/Car_Registration', null, 'czech-republic-vehicle_registration'],
    ['cz/car_registration', null, 'czech-republic-vehicle_registration'],
    ['sk/car_registration', null, 'slovakia-car_registration'],
    ['czech-republic/tax_payment', 'en', 'czech-republic-tax_payment'],
    ['czech-republic/platba_dani', 'en', 'czech-republic-tax_payment'],
    // The same id in two languages: the requested language decides.
    ['spain/nie', 'es', 'spain-nie_es'],
    ['spain/nie', 'en', 'spain-nie'],
    ['nie', 'es', 'spain-nie_es'],
  ])('%s (lang %s) → %s', (reference, lang, key) => {
    expect(resolveGuide(reference, ranked, lang).key).toBe(key);
  });

  it('names the translation the reference named, in the requested language first', () => {
    expect(resolveGuide('spain/nie', ranked, 'es').named?.lang).toBe('es');
    expect(resolveGuide('czech-republic/platba_dani', ranked, 'en').named?.lang).toBe('cs');
  });

  it.each([
    ['car_registration', null, ['czech-republic/car_registration', 'slovakia/car_registration']],
    ['spain/nie', null, ['spain/nie', 'spain/nie']],
    ['spain/nie', 'de', ['spain/nie', 'spain/nie']],
  ])('%s (lang %s) is ambiguous only among equals: %j', (reference, lang, matches) => {
    expect(() => resolveGuide(reference, ranked, lang)).toThrow(
      expect.objectContaining({ exitCode: 2, matches }),
    );
  });
});
