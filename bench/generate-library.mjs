// Writes a synthetic community-layout guide library (`<lang>/<country>/<slug>.md`) with the
// variations real files have (FORMAT.md): repeated keys, bare and quoted dates, inline and block
// categories, localized headings with variants and trailing spaces, bullets instead of numbers,
// one-space-indented and `•` document lists, percent-encoded related links, missing final newlines;
// and the patterns a file-by-file audit of a real library found (issue 16): prose-only details and
// prose after the details list, translation keys that differ only by separators, English keys swapped
// between two guides, doubled bullets (`- * `), dates in words, italic document names, link lists
// after the steps and documents, headings indented by a space, a providers heading that names the
// procedure, files without a translationKey.
// Used by the library tests and by `npm run bench`. Deterministic for a given seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEADINGS = {
  bg: [
    'Описание',
    'Какво е това?',
    'Кой се нуждае от това?',
    'Процедура',
    'Необходими документи',
    'Доставчици, които могат да го направят вместо вас',
    'Допълнителни подробности',
  ],
  cs: [
    'Popis',
    'Co to je?',
    'Kdo to potřebuje?',
    'Postup',
    'Požadované dokumenty',
    'Poskytovatelé, kteří to mohou udělat za vás',
    'Další podrobnosti',
  ],
  de: [
    'Beschreibung',
    'Was ist das?',
    'Wer braucht es?',
    'Verfahren',
    'Erforderliche Unterlagen',
    'Anbieter, die es für Sie erledigen können',
    'Zusätzliche Details',
  ],
  el: [
    'Περιγραφή',
    'Τι είναι;',
    'Ποιος το χρειάζεται;',
    'Διαδικασία',
    'Απαιτούμενα έγγραφα',
    'Πάροχοι που μπορούν να το κάνουν για εσάς',
    'Επιπλέον λεπτομέρειες',
  ],
  en: [
    'Description',
    'What is it?',
    'Who needs it?',
    'Procedure',
    'Required Documents',
    'Providers that can do it for you',
    'Additional details',
  ],
  es: [
    'Descripción',
    '¿Qué es?',
    '¿Quién lo necesita?',
    'Procedimiento',
    'Documentos requeridos',
    'Proveedores que pueden hacerlo por usted',
    'Detalles adicionales',
  ],
  fr: [
    'Description',
    "Qu'est-ce que c'est ?",
    'Qui en a besoin ?',
    'Procédure',
    'Documents requis',
    'Prestataires qui peuvent le faire pour vous',
    'Détails supplémentaires',
  ],
  hr: [
    'Opis',
    'Što je to?',
    'Tko to treba?',
    'Postupak',
    'Potrebni dokumenti',
    'Pružatelji usluga koji to mogu učiniti za vas',
    'Dodatni detalji',
  ],
  hu: [
    'Leírás',
    'Mi ez?',
    'Kinek van rá szüksége?',
    'Eljárás',
    'Szükséges dokumentumok',
    'Szolgáltatók, akik elvégezhetik Ön helyett',
    'További részletek',
  ],
  it: [
    'Descrizione',
    "Che cos'è?",
    'Chi ne ha bisogno?',
    'Procedura',
    'Documenti richiesti',
    'Fornitori che possono farlo per te',
    'Dettagli aggiuntivi',
  ],
  nl: [
    'Beschrijving',
    'Wat is het?',
    'Wie heeft het nodig?',
    'Procedure',
    'Vereiste documenten',
    'Aanbieders die het voor u kunnen doen',
    'Aanvullende details',
  ],
  pl: [
    'Opis',
    'Co to jest?',
    'Kto tego potrzebuje?',
    'Procedura',
    'Wymagane dokumenty',
    'Dostawcy, którzy mogą to zrobić za Ciebie',
    'Dodatkowe szczegóły',
  ],
  pt: [
    'Descrição',
    'O que é?',
    'Quem precisa?',
    'Procedimento',
    'Documentos Necessários',
    'Fornecedores que podem fazer isso por você',
    'Detalhes adicionais',
  ],
  ro: [
    'Descriere',
    'Ce este?',
    'Cine are nevoie?',
    'Procedură',
    'Documente necesare',
    'Furnizori care o pot face pentru tine',
    'Detalii suplimentare',
  ],
  sk: [
    'Popis',
    'Čo je to?',
    'Kto to potrebuje?',
    'Postup',
    'Požadované dokumenty',
    'Poskytovatelia, ktorí to môžu urobiť za vás',
    'Ďalšie podrobnosti',
  ],
};

export const LANGUAGES = Object.keys(HEADINGS);

export const COUNTRIES = [
  ['mexico', 'Mexico', 'México'],
  ['spain', 'Spain', 'España'],
  ['germany', 'Germany', 'Deutschland'],
  ['france', 'France', 'France'],
  ['italy', 'Italy', 'Italia'],
  ['portugal', 'Portugal', 'Portugal'],
  ['peru', 'Peru', 'Perú'],
  ['colombia', 'Colombia', 'Colombia'],
  ['argentina', 'Argentina', 'Argentina'],
  ['chile', 'Chile', 'Chile'],
  ['poland', 'Poland', 'Polska'],
  ['czech-republic', 'Czech Republic', 'Česko'],
  ['greece', 'Greece', 'Ελλάδα'],
  ['bulgaria', 'Bulgaria', 'България'],
  ['romania', 'Romania', 'România'],
  ['hungary', 'Hungary', 'Magyarország'],
  ['croatia', 'Croatia', 'Hrvatska'],
  ['slovakia', 'Slovakia', 'Slovensko'],
  ['netherlands', 'Netherlands', 'Nederland'],
  ['united_states', 'United States', 'United States'],
  ['canada', 'Canada', 'Canada'],
  ['brazil', 'Brazil', 'Brasil'],
  ['ecuador', 'Ecuador', 'Ecuador'],
  ['uruguay', 'Uruguay', 'Uruguay'],
  ['costa-rica', 'Costa Rica', 'Costa Rica'],
  ['ireland', 'Ireland', 'Ireland'],
];

// Subjects with words the topic and document-kind tables can recognise in English.
const SUBJECTS = [
  ['passport_renewal', 'Renew your passport', 'identity'],
  ['tax_registration', 'Register for tax', 'taxes'],
  ['health_insurance', 'Join public health insurance', 'health'],
  ['residence_permit', 'Apply for a residence permit', 'residence'],
  ['driving_licence', 'Exchange a driving licence', 'vehicles'],
  ['birth_certificate', 'Request a birth certificate', 'family'],
  ['business_registration', 'Register a business', 'business'],
  ['pension_request', 'Request a retirement pension', 'pensions'],
  ['school_enrollment', 'Enroll a child in school', 'education'],
  ['property_registration', 'Register a property purchase', 'housing'],
  ['criminal_record', 'Get a criminal record certificate', 'legal'],
  ['work_permit', 'Get a work permit', 'work'],
];

// Document names the wallet's kinds recognise in English: the benchmark's wallet holds one of each
// (bench/run.mjs), so guides ask for documents a user holds, as they do in real life.
export const DOCUMENT_NAMES = [
  'Passport',
  'Proof of address',
  'Birth certificate',
  'Passport-size photos',
  'Application form',
  'National ID card',
  'Tax identification number',
  'Bank statement',
  'Criminal record certificate',
];

// How real notes state an age rule, in the languages tramit reads such rules in.
export const VALIDITY_NOTES = {
  en: 'dated within the last three months',
  es: 'con antigüedad no mayor a tres meses',
  pt: 'emitido nos últimos três meses',
  de: 'nicht älter als drei Monate',
  fr: 'datant de moins de trois mois',
  it: 'rilasciato negli ultimi tre mesi',
};

// A date in words, as some files write it, in each language.
export const WORDED_DATES = {
  bg: '24 юни 2024 г.',
  cs: '24. června 2024',
  de: '24. Juni 2024',
  el: '24 Ιουνίου 2024',
  en: '24 June 2024',
  es: '24 de junio de 2024',
  fr: '24 juin 2024',
  hr: '24. lipnja 2024.',
  hu: '2024. június 24.',
  it: '24 giugno 2024',
  nl: '24 juni 2024',
  pl: '24 czerwca 2024',
  pt: '24 de junho de 2024',
  ro: '24 iunie 2024',
  sk: '24. júna 2024',
};

// Two subjects whose English files have each other's keys in some countries: each guide's id then
// folds to the other's key, which once made both ids ambiguous.
const SWAPPED = ['birth_certificate', 'criminal_record'];

/** A guide's slug in a language, from its English slug and its position in the library. */
function slugFor(lang, englishSlug, n) {
  return lang === 'en' ? englishSlug : `${englishSlug}_${lang}${n % 9 === 0 ? '_é' : ''}`;
}

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Writes `count` guide files under `dir` and returns what it wrote: [{path, lang, country, slug, key,
 * steps, documents}], where `key` is the key tramit gives the guide (the file may write it with
 * other separators, or not at all).
 */
export function generateLibrary(dir, count, seed = 42) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const written = [];
  let n = 0;
  outer: for (let round = 0; ; round++) {
    for (const [c, [country, countryName, localName]] of COUNTRIES.entries()) {
      for (const [s, [subject, subjectTitle]] of SUBJECTS.entries()) {
        for (const lang of LANGUAGES) {
          if (n >= count) break outer;
          const englishSlug = round === 0 ? subject : `${subject}_${round}`;
          const slug = slugFor(lang, englishSlug, n);
          const swapped = lang === 'en' && round === 0 && c % 5 === 0 && SWAPPED.includes(subject);
          const key = swapped
            ? `${country}-${SWAPPED[1 - SWAPPED.indexOf(subject)]}`
            : `${country}-${englishSlug}`;
          // Keys another language writes with other separators: the same procedure (issue 16).
          const writtenKey =
            lang !== 'en' && n % 31 === 5
              ? key.replace('-', ' ')
              : lang !== 'en' && n % 31 === 17
                ? key.replace(/_/g, '-')
                : key;
          const noKey = lang === 'en' && !swapped && n % 83 === 10;
          const h = HEADINGS[lang];
          const steps = 3 + Math.floor(random() * 6);
          const documents = 2 + Math.floor(random() * 4);
          const dateBare = random() < 0.5;
          const inline = random() < 0.3;
          const repeatKey = random() < 1 / 7;
          const bullets = random() < 0.1;
          const docStyle = pick(['dash', 'colon', 'indent', 'bullet', 'tight']);
          const fm = [
            '---',
            `author: Generator ${n}`,
            inline
              ? `categories: ["${random() < 0.5 ? countryName : localName}"]`
              : `categories:\n- ${random() < 0.5 ? countryName : localName}`,
            n % 97 === 11
              ? `date: ${WORDED_DATES[lang]}`
              : `date: ${dateBare ? '2024-06-24' : "'2024-06-07'"}`,
            `description: ${subjectTitle} in ${countryName} (${lang}), guide ${n}.`,
            'draft: false',
            `title: ${subjectTitle} in ${countryName} [${lang}] #${n}`,
            ...(noKey ? [] : repeatKey ? [`translationKey: '${writtenKey}'`] : []),
            ...(noKey ? [] : [`translationKey: ${writtenKey}`]),
            '---',
          ];
          const stepLines = Array.from({ length: steps }, (_, i) =>
            bullets
              ? `- Step ${i + 1} of ${subjectTitle.toLowerCase()}.`
              : `${i + 1}. ${i === 0 ? '**Prepare:** ' : ''}Step ${i + 1} of ${subjectTitle.toLowerCase()}.`,
          );
          const style = n % 53 === 2 ? 'doubled' : n % 89 === 4 ? 'italic' : docStyle;
          const docLines = Array.from({ length: documents }, (_, i) => {
            // Every guide starts with the passport; the rest rotate through the wallet's kinds.
            const name =
              i === 0 ? DOCUMENT_NAMES[0] : DOCUMENT_NAMES[1 + ((n + i - 1) % (DOCUMENT_NAMES.length - 1))];
            const note = i === 1 ? (VALIDITY_NOTES[lang] ?? 'original and copy') : 'original and copy';
            switch (style) {
              case 'doubled':
                return i % 2 === 0 ? `- * ${name} - ${note}` : `- * **${name}:** ${note}`;
              case 'italic':
                return `- _${name}:_ ${note}`;
              case 'colon':
                return `- ${name}: ${note}`;
              case 'indent':
                return ` - ${name} - ${note}`;
              case 'bullet':
                return `• ${name} - ${note}`;
              case 'tight':
                return `-${name} - ${note}`;
              default:
                return `- ${name} - ${note}`;
            }
          });
          // Related posts point to the neighbouring subject in the same language, written before
          // this guide or right after it (a guide of the same round and country).
          const near = s > 0 ? -1 : 1;
          const nearSlug = round === 0 ? SUBJECTS[s + near][0] : `${SUBJECTS[s + near][0]}_${round}`;
          const relatedSlug = encodeURIComponent(slugFor(lang, nearSlug, n + near * LANGUAGES.length));
          const related =
            lang === 'en'
              ? `https://tramitit.com/guides/${country}/${relatedSlug}/`
              : `https://tramitit.com/${lang}/guides/${country}/${relatedSlug}/`;
          const seeAlso = n % 71 === 6;
          const details =
            n % 7 < 2
              ? ['The office may ask for more papers on the day.', '', 'Fees change every January.']
              : n % 49 === 1
                ? ['- A detail.', '', 'Keep every receipt until the procedure is over.']
                : n % 53 === 2
                  ? ['- * A detail.']
                  : ['- A detail.'];
          const body = [
            '',
            '',
            `## ${h[0]}${random() < 0.2 ? '  ' : ''}`,
            `### ${h[1]}`,
            `${subjectTitle} (${countryName}).`,
            '',
            `### ${h[2]}`,
            'People who need it.',
            '',
            `## ${h[3]}`,
            '',
            ...stepLines,
            ...(seeAlso
              ? [
                  '',
                  'More information:',
                  '- [here](https://example.org/info)',
                  '- [the form](https://example.org/form.pdf)',
                ]
              : []),
            '',
            `${n % 67 === 8 ? ' ' : ''}## ${h[4]}`,
            '',
            ...docLines,
            ...(seeAlso ? ['', 'For EU citizens:', '- [EU portal](https://europa.eu/)'] : []),
            '',
            `## ${lang === 'pt' && n % 7 === 3 ? 'Entidades que podem realizar este procedimento para si' : h[5]}`,
            '_(placeholder)_',
            '| Provider | Website | Timeframe | Cost |',
            '| --- | --- | :---: | :---: |',
            '',
            `## ${h[6]}`,
            '',
            ...details,
            '## Related Posts',
            '',
            `- [Related](${related})`,
          ];
          const text = [...fm, ...body].join('\n') + (random() < 0.1 ? '' : '\n');
          const folder = join(dir, lang, country);
          mkdirSync(folder, { recursive: true });
          const path = join(folder, `${slug}.md`);
          writeFileSync(path, text);
          written.push({ path, lang, country, slug, key, steps, documents });
          n++;
        }
      }
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count = '2500'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate-library.mjs DIR [COUNT]');
    process.exit(2);
  }
  console.log(`${generateLibrary(dir, Number(count)).length} guides written to ${dir}`);
}
