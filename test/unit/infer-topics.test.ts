import { describe, expect, it } from 'vitest';
import { inferTopics, TOPIC_KEYWORDS } from '../../src/guide/infer-topics.js';
import { isTopicId, TOPICS } from '../../src/guide/topics.js';
import type { TopicId } from '../../src/guide/topics.js';
import { GUIDE_LANGUAGES } from '../../src/library/languages.js';
import { fold } from '../../src/text/normalize.js';

interface Row {
  lang: string;
  title: string;
  slug?: string;
  description?: string;
  first: TopicId;
  /** The whole expected answer, where the secondary topics matter too. */
  all?: TopicId[];
}

// Titles and slugs in the shape community guides use; several are the bundled guides' own.
const rows: Row[] = [
  // en
  {
    lang: 'en',
    title: 'Renew your passport',
    slug: 'passport_renewal',
    first: 'identity',
    all: ['identity'],
  },
  { lang: 'en', title: 'Apply for a residence permit', slug: 'residence_permit', first: 'residence' },
  { lang: 'en', title: 'Join public health insurance', slug: 'health_insurance', first: 'health' },
  {
    lang: 'en',
    title: 'Request a retirement pension',
    slug: 'pension_request',
    first: 'pensions',
    all: ['pensions'],
  },
  { lang: 'en', title: 'Register for tax', slug: 'tax_registration', first: 'taxes', all: ['taxes'] },
  { lang: 'en', title: 'Get a work permit', slug: 'work_permit', first: 'work', all: ['work'] },
  { lang: 'en', title: 'Register a business', slug: 'business_registration', first: 'business' },
  { lang: 'en', title: 'Exchange a driving licence', slug: 'driving_licence', first: 'vehicles' },
  {
    lang: 'en',
    title: 'Request a birth certificate',
    slug: 'birth_certificate',
    first: 'family',
    all: ['family'],
  },
  { lang: 'en', title: 'Enroll a child in school', slug: 'school_enrollment', first: 'education' },
  { lang: 'en', title: 'Register a property purchase', slug: 'property_registration', first: 'housing' },
  {
    lang: 'en',
    title: 'Get a criminal record certificate',
    slug: 'criminal_record',
    first: 'legal',
    all: ['legal'],
  },
  {
    lang: 'en',
    title: 'Register your address at the town hall (empadronamiento) in Spain',
    slug: 'address_registration',
    first: 'housing',
  },
  {
    lang: 'en',
    title: 'Get your cédula de extranjería in Colombia',
    slug: 'foreigner_id_card',
    description:
      'Register your visa and request the foreigner ID card from Migración Colombia within 15 calendar days. For holders of a Colombian visa valid for more than three months.',
    first: 'identity',
    all: ['identity', 'residence'],
  },
  {
    lang: 'en',
    title: 'Get your Argentine DNI as a foreign resident',
    slug: 'dni_for_foreigners',
    description:
      'Apply to RENAPER for the Argentine national identity card for foreigners once Migraciones has granted you temporary or permanent residence.',
    first: 'identity',
  },
  {
    lang: 'en',
    title: 'Register for an RFC with SAT and get your e.firma',
    slug: 'rfc_registration',
    first: 'taxes',
  },
  {
    lang: 'en',
    title: 'Withdraw part of your AFORE savings when unemployed',
    slug: 'afore_unemployment_withdrawal',
    first: 'pensions',
  },
  {
    lang: 'en',
    title: 'Get IMSS health insurance as a foreign resident (Seguro de Salud para la Familia)',
    slug: 'social_security_for_foreigners',
    first: 'health',
  },
  {
    lang: 'en',
    title: 'Get your INE voter ID card (credencial para votar)',
    slug: 'ine_voter_id',
    first: 'identity',
    all: ['identity'],
  },
  {
    lang: 'en',
    title: 'Get or recover your German tax ID (Steuer-ID)',
    slug: 'tax_id',
    first: 'taxes',
    all: ['taxes'],
  },
  {
    lang: 'en',
    title: 'Register with IMSS as a self-employed worker',
    slug: 'imss_enrollment',
    first: 'health',
  },
  // es
  {
    lang: 'es',
    title: 'Tramitar la licencia de conducir tipo A en la Ciudad de México',
    slug: 'licencia_de_conducir_cdmx',
    first: 'vehicles',
  },
  {
    lang: 'es',
    title: 'Empadronarse en el ayuntamiento en España',
    slug: 'empadronamiento',
    first: 'housing',
  },
  { lang: 'es', title: 'Darse de alta como autónomo en España', slug: 'alta_autonomo', first: 'business' },
  {
    lang: 'es',
    title: 'Obtener una copia certificada de tu acta de nacimiento',
    slug: 'acta_de_nacimiento',
    first: 'family',
    all: ['family'],
  },
  {
    lang: 'es',
    title: 'Solicitar tu pensión del IMSS y retirar tu ahorro de la AFORE',
    slug: 'solicitud_de_pension',
    first: 'pensions',
  },
  {
    lang: 'es',
    title: 'Obtener el número de la Seguridad Social en España',
    slug: 'numero_seguridad_social',
    first: 'health',
  },
  {
    lang: 'es',
    title: 'Solicitar la residencia temporaria en Argentina por RaDEX',
    slug: 'residencia_temporaria',
    first: 'residence',
    all: ['residence'],
  },
  {
    lang: 'es',
    title: 'Obtener el certificado de antecedentes penales',
    slug: 'antecedentes_penales',
    first: 'legal',
  },
  {
    lang: 'es',
    title: 'Homologación de títulos universitarios extranjeros',
    slug: 'homologacion_de_titulos',
    first: 'education',
  },
  {
    lang: 'es',
    title: 'Inscribirte en el Monotributo de ARCA (ex AFIP)',
    slug: 'monotributo',
    first: 'taxes',
  },
  // de
  {
    lang: 'de',
    title: 'Steuer-ID erhalten oder erneut anfordern',
    slug: 'steuer_id',
    first: 'taxes',
    all: ['taxes'],
  },
  { lang: 'de', title: 'Wohnsitz in Deutschland anmelden (Anmeldung)', slug: 'anmeldung', first: 'housing' },
  {
    lang: 'de',
    title: 'Gewerbe anmelden und beim Finanzamt erfassen lassen',
    slug: 'gewerbeanmeldung',
    first: 'business',
  },
  {
    lang: 'de',
    title: 'Krankenversicherung in Deutschland abschließen',
    slug: 'krankenversicherung',
    first: 'health',
  },
  {
    lang: 'de',
    title: 'Ausländischen Führerschein umschreiben lassen',
    slug: 'fuehrerschein',
    first: 'vehicles',
  },
  { lang: 'de', title: 'Aufenthaltstitel beantragen', slug: 'aufenthaltstitel', first: 'residence' },
  { lang: 'de', title: 'Kindergeld bei der Familienkasse beantragen', slug: 'kindergeld', first: 'pensions' },
  { lang: 'de', title: 'Führungszeugnis beantragen', slug: 'fuehrungszeugnis', first: 'legal' },
  // fr
  { lang: 'fr', title: "Demander une carte d'identité", slug: 'carte_identite', first: 'identity' },
  { lang: 'fr', title: 'Obtenir un titre de séjour', slug: 'titre_de_sejour', first: 'residence' },
  { lang: 'fr', title: 'Déclarer ses revenus aux impôts', slug: 'declaration_impots', first: 'taxes' },
  { lang: 'fr', title: "Inscrire son enfant à l'école", slug: 'inscription_ecole', first: 'education' },
  {
    lang: 'fr',
    title: "Demander un extrait d'acte de naissance",
    slug: 'acte_de_naissance',
    first: 'family',
  },
  // it
  {
    lang: 'it',
    title: 'Richiedere il permesso di soggiorno',
    slug: 'permesso_di_soggiorno',
    first: 'residence',
  },
  { lang: 'it', title: 'Ottenere il codice fiscale', slug: 'codice_fiscale', first: 'taxes' },
  {
    lang: 'it',
    title: 'Convertire la patente di guida straniera',
    slug: 'conversione_patente',
    first: 'vehicles',
  },
  {
    lang: 'it',
    title: 'Iscrizione al Servizio Sanitario Nazionale',
    slug: 'iscrizione_ssn',
    first: 'health',
  },
  { lang: 'it', title: 'Aprire la partita IVA', slug: 'partita_iva', first: 'business' },
  // pt
  {
    lang: 'pt',
    title: 'Pedir o número de contribuinte (NIF) em Portugal',
    slug: 'numero_de_contribuinte',
    first: 'taxes',
  },
  {
    lang: 'pt',
    title: 'Abrir atividade como trabalhador independente em Portugal',
    slug: 'inicio_de_atividade',
    first: 'business',
  },
  {
    lang: 'pt',
    title: 'Pedir o certificado de registo de cidadão da União Europeia',
    slug: 'certificado_de_registo_ue',
    first: 'residence',
    all: ['residence'],
  },
  { lang: 'pt', title: 'Pedir o certificado de registo criminal', slug: 'registo_criminal', first: 'legal' },
  { lang: 'pt', title: 'Renovar o cartão de cidadão', slug: 'cartao_de_cidadao', first: 'identity' },
  // nl
  { lang: 'nl', title: 'Buitenlands rijbewijs omwisselen', slug: 'rijbewijs_omwisselen', first: 'vehicles' },
  { lang: 'nl', title: 'Een zorgverzekering afsluiten', slug: 'zorgverzekering', first: 'health' },
  {
    lang: 'nl',
    title: 'Inschrijven bij de Kamer van Koophandel',
    slug: 'inschrijving_kvk',
    first: 'business',
  },
  { lang: 'nl', title: 'Huurtoeslag aanvragen', slug: 'huurtoeslag', first: 'housing' },
  // pl
  { lang: 'pl', title: 'Zameldowanie na pobyt stały lub czasowy', slug: 'zameldowanie', first: 'housing' },
  { lang: 'pl', title: 'Zezwolenie na pobyt czasowy', slug: 'zezwolenie_na_pobyt', first: 'residence' },
  { lang: 'pl', title: 'Wniosek o wydanie dowodu osobistego', slug: 'dowod_osobisty', first: 'identity' },
  {
    lang: 'pl',
    title: 'Rejestracja działalności gospodarczej w CEIDG',
    slug: 'rejestracja_firmy',
    first: 'business',
  },
  { lang: 'pl', title: 'Złożenie zeznania podatkowego PIT', slug: 'zeznanie_pit', first: 'taxes' },
  // cs
  { lang: 'cs', title: 'Žádost o řidičský průkaz', slug: 'ridicsky_prukaz', first: 'vehicles' },
  { lang: 'cs', title: 'Výpis z rejstříku trestů', slug: 'vypis_z_rejstriku_trestu', first: 'legal' },
  { lang: 'cs', title: 'Žádost o starobní důchod', slug: 'starobni_duchod', first: 'pensions' },
  // sk
  { lang: 'sk', title: 'Vydanie občianskeho preukazu', slug: 'obciansky_preukaz', first: 'identity' },
  { lang: 'sk', title: 'Založenie živnosti', slug: 'zalozenie_zivnosti', first: 'business' },
  { lang: 'sk', title: 'Prihlásenie do zdravotnej poisťovne', slug: 'zdravotne_poistenie', first: 'health' },
  // hr
  { lang: 'hr', title: 'Zahtjev za izdavanje osobne iskaznice', slug: 'osobna_iskaznica', first: 'identity' },
  { lang: 'hr', title: 'Prijava prebivališta', slug: 'prijava_prebivalista', first: 'housing' },
  { lang: 'hr', title: 'Upis djeteta u osnovnu školu', slug: 'upis_u_skolu', first: 'education' },
  // hu
  { lang: 'hu', title: 'Útlevél igénylése', slug: 'utlevel', first: 'identity' },
  { lang: 'hu', title: 'Lakcímkártya igénylése', slug: 'lakcimkartya', first: 'housing' },
  { lang: 'hu', title: 'Egyéni vállalkozás indítása', slug: 'egyeni_vallalkozas', first: 'business' },
  // ro
  {
    lang: 'ro',
    title: 'Obținerea certificatului de cazier judiciar',
    slug: 'cazier_judiciar',
    first: 'legal',
  },
  {
    lang: 'ro',
    title: 'Preschimbarea permisului de conducere',
    slug: 'permis_de_conducere',
    first: 'vehicles',
  },
  { lang: 'ro', title: 'Înregistrarea în scopuri de TVA', slug: 'inregistrare_tva', first: 'taxes' },
  // el
  { lang: 'el', title: 'Έκδοση διαβατηρίου', slug: 'ekdosi_diavatiriou', first: 'identity' },
  { lang: 'el', title: 'Απόκτηση ΑΦΜ', slug: 'afm', first: 'taxes' },
  { lang: 'el', title: 'Έκδοση ΑΜΚΑ', slug: 'amka', first: 'health' },
  { lang: 'el', title: 'Αίτηση για άδεια διαμονής', slug: 'adeia_diamonis', first: 'residence' },
  // bg
  { lang: 'bg', title: 'Издаване на лична карта', slug: 'lichna_karta', first: 'identity' },
  { lang: 'bg', title: 'Регистрация по ДДС', slug: 'registraciya_dds', first: 'taxes' },
  { lang: 'bg', title: 'Издаване на свидетелство за съдимост', slug: 'sadimost', first: 'legal' },
  { lang: 'bg', title: 'Подмяна на шофьорска книжка', slug: 'shofyorska_knizhka', first: 'vehicles' },
  {
    lang: 'bg',
    title: 'Отпускане на пенсия за осигурителен стаж и възраст',
    slug: 'pensiya',
    first: 'pensions',
  },
];

// Titles with no topic word, and near misses the stems must not catch ("taxi", "cartography", "art").
const fallbackRows: Array<{ title: string; slug?: string }> = [
  { title: 'Frequently asked questions' },
  { title: 'Preguntas frecuentes', slug: 'preguntas_frecuentes' },
  { title: 'Book a taxi to the airport', slug: 'taxi_booking' },
  { title: 'Cartography and art for beginners', slug: 'cartography_art' },
  { title: '' },
];

describe('inferTopics', () => {
  it('covers all 15 languages in the table', () => {
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(GUIDE_LANGUAGES));
  });

  it.each(rows)('$lang: $title → $first', ({ title, slug, description, first, all }) => {
    const topics = inferTopics({ title, slug, description });
    expect(topics[0]).toBe(first);
    if (all) expect(topics).toEqual(all);
  });

  it.each(fallbackRows)('falls back to legal for "$title"', (input) => {
    expect(inferTopics(input)).toEqual(['legal']);
  });

  it('gives every guide one to three distinct, valid topics', () => {
    const inputs = [
      ...rows,
      ...fallbackRows,
      { title: '!!!', description: '???', slug: '___' },
      { title: 'passport visa tax pension school rent court marriage driving licence business job health' },
    ];
    for (const input of inputs) {
      const topics = inferTopics(input);
      expect(topics.length).toBeGreaterThanOrEqual(1);
      expect(topics.length).toBeLessThanOrEqual(3);
      expect(new Set(topics).size).toBe(topics.length);
      for (const topic of topics) expect(isTopicId(topic)).toBe(true);
    }
  });

  it('weighs the title above the description', () => {
    const topics = inferTopics({
      title: 'Exchange a driving licence',
      description: 'Bring your passport, your residence permit and a tax number.',
    });
    expect(topics[0]).toBe('vehicles');
  });

  it('reads slug underscores and hyphens as word separators', () => {
    expect(inferTopics({ title: 'Trámite 12', slug: 'tax-registration' })).toEqual(['taxes']);
    expect(inferTopics({ title: 'Trámite 12', slug: 'driving_licence_exchange' })).toEqual(['vehicles']);
  });
});

describe('TOPIC_KEYWORDS', () => {
  it('has words for every topic in every language', () => {
    expect(Object.keys(TOPIC_KEYWORDS).sort()).toEqual(TOPICS.map((t) => t.id).sort());
    for (const byLanguage of Object.values(TOPIC_KEYWORDS)) {
      for (const lang of GUIDE_LANGUAGES) expect(byLanguage[lang].length).toBeGreaterThan(0);
    }
  });

  it('never gives the same word to two topics', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [topic, byLanguage] of Object.entries(TOPIC_KEYWORDS)) {
      for (const entry of Object.values(byLanguage).flat()) {
        const key = fold(entry.replace(/\$$/, ''));
        // The index is keyed by the first two letters of an entry's first word.
        expect(key.split(' ')[0]!.length, entry).toBeGreaterThanOrEqual(2);
        const other = owner.get(key);
        if (other !== undefined && other !== topic) clashes.push(`${key}: ${other} and ${topic}`);
        owner.set(key, topic);
      }
    }
    expect(clashes).toEqual([]);
  });
});
