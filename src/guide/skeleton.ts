/** Section headings a new guide gets, per language (the format's usual wording). */
const HEADINGS: Record<string, [string, string, string, string, string, string, string]> = {
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
    'Wer braucht das?',
    'Verfahren',
    'Erforderliche Unterlagen',
    'Anbieter, die das für Sie erledigen können',
    'Weitere Details',
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
    'Required documents',
    'Providers who can do it for you',
    'Additional details',
  ],
  es: [
    'Descripción',
    '¿Qué es?',
    '¿Quién lo necesita?',
    'Procedimiento',
    'Documentos requeridos',
    'Proveedores que pueden hacerlo por ti',
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
    'Documentos necessários',
    'Prestadores que podem tratar disto por si',
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

export const SKELETON_LANGUAGES = Object.keys(HEADINGS);

/** The providers table's header row, per language (the bundled guides' wording where they have one). */
const PROVIDER_COLUMNS: Record<string, [string, string, string, string]> = {
  bg: ['Доставчик', 'Уебсайт', 'Срок', 'Цена'],
  cs: ['Poskytovatel', 'Web', 'Lhůta', 'Cena'],
  de: ['Anbieter', 'Website', 'Dauer', 'Kosten'],
  el: ['Πάροχος', 'Ιστότοπος', 'Διάρκεια', 'Κόστος'],
  en: ['Provider', 'Website', 'Timeframe', 'Cost'],
  es: ['Proveedor', 'Sitio web', 'Plazo', 'Costo'],
  fr: ['Prestataire', 'Site web', 'Délai', 'Coût'],
  hr: ['Pružatelj', 'Web stranica', 'Rok', 'Cijena'],
  hu: ['Szolgáltató', 'Weboldal', 'Határidő', 'Költség'],
  it: ['Fornitore', 'Sito web', 'Tempi', 'Costo'],
  nl: ['Aanbieder', 'Website', 'Doorlooptijd', 'Kosten'],
  pl: ['Dostawca', 'Strona internetowa', 'Czas', 'Koszt'],
  pt: ['Prestador', 'Sítio web', 'Prazo', 'Custo'],
  ro: ['Furnizor', 'Site web', 'Termen', 'Cost'],
  sk: ['Poskytovateľ', 'Web', 'Lehota', 'Cena'],
};

/**
 * The related posts heading: the format keeps the English one in nearly every language; Spanish
 * files also say it in Spanish, which tramit reads the same.
 */
const RELATED_HEADING: Record<string, string> = { es: 'Publicaciones relacionadas' };

/**
 * What the skeleton asks the author to write, in the author's words: English, or Spanish for a
 * Spanish guide (tramit's two interface languages; authors of other languages read English, like
 * docs/GUIDES.md). Every line here is a placeholder that `tramit validate` reports until replaced.
 */
interface AuthorNotes {
  description: string;
  source: string;
  whatIsIt: string;
  whoNeedsIt: string;
  steps: string[];
  options: string[];
  document: string;
  details: string[];
  noProviders: string;
}

const NOTES: Record<'en' | 'es', AuthorNotes> = {
  en: {
    description: 'One or two sentences: what the reader gets done, and who it is for.',
    source: 'The official page these facts come from',
    whatIsIt: 'What the procedure is and what the reader has at the end, in a short paragraph.',
    whoNeedsIt: 'Who must or may do it, and who does not need to.',
    steps: [
      '**One action per step.** Say where to go or what to open, and what to do there.',
      '**The next action.** Add nested bullets for options:',
    ],
    options: ['online, at the official portal;', 'in person, at the office for your address.'],
    document:
      'Document name - where to get it, and how recent it must be (e.g. dated within the last three months)',
    details: [
      'Fees, as a range, and where the current fee is published.',
      'Waiting times, and what the reader receives at the end.',
    ],
    noProviders: '_(No providers are listed for this procedure.)_',
  },
  es: {
    description: 'Una o dos frases: qué trámite resuelve quien lo lee, y para quién es.',
    source: 'La página oficial de donde salen estos datos',
    whatIsIt: 'Qué es el trámite y qué tiene el lector al terminarlo, en un párrafo breve.',
    whoNeedsIt: 'Quién debe o puede hacerlo, y quién no lo necesita.',
    steps: [
      '**Una acción por paso.** Di a dónde ir o qué abrir, y qué hacer ahí.',
      '**La siguiente acción.** Agrega viñetas anidadas para las opciones:',
    ],
    options: ['en línea, en el portal oficial;', 'en persona, en la oficina que corresponde a tu domicilio.'],
    document:
      'Nombre del documento - dónde conseguirlo y qué tan reciente debe ser (p. ej., expedido en los últimos tres meses)',
    details: [
      'Costos, como un rango, y dónde se publica el costo vigente.',
      'Tiempos de espera, y qué recibe el lector al final.',
    ],
    noProviders: '_(No hay proveedores para este trámite.)_',
  },
};

const notesFor = (lang: string): AuthorNotes => (lang === 'es' ? NOTES.es : NOTES.en);

/**
 * A title from a slug: words, first letter capital. Spanish slugs are often written without accents
 * (`inscripcion_al_imss`), and a Spanish word ending in -cion or -sion always carries one there
 * (inscripción, pensión), so those get it back.
 */
export function titleFromSlug(slug: string, lang: string): string {
  let title = slug.replace(/[-_]+/g, ' ').trim();
  if (lang === 'es') title = title.replace(/([cs])ion(?=\s|$)/giu, (_m, c: string) => `${c}ión`);
  return title.replace(/^./, (c) => c.toUpperCase());
}

export interface SkeletonInput {
  lang: string;
  country: string;
  countryName: string;
  slug: string;
  date: string;
}

/**
 * A new guide in the community format: valid front matter, every section with its heading in the
 * guide's language, and in each section a short note to the author on what belongs there.
 */
export function guideSkeleton({ lang, country, countryName, slug, date }: SkeletonInput): string {
  const h = HEADINGS[lang] ?? HEADINGS.en!;
  const notes = notesFor(lang);
  const columns = PROVIDER_COLUMNS[lang] ?? PROVIDER_COLUMNS.en!;
  return `---
title: "${titleFromSlug(slug, lang)}"
description: "${notes.description}"
date: '${date}'
categories:
- ${countryName}
translationKey: ${country}-${slug}
topics:
- legal
sources:
- title: "${notes.source}"
  url: https://
  checked: '${date}'
---

## ${h[0]}
### ${h[1]}
${notes.whatIsIt}

### ${h[2]}
${notes.whoNeedsIt}

## ${h[3]}

1. ${notes.steps[0]}
2. ${notes.steps[1]}
${notes.options.map((o) => `   - ${o}`).join('\n')}

## ${h[4]}

- ${notes.document}

## ${h[5]}
${notes.noProviders}
| ${columns.join(' | ')} |
| --- | --- | :---: | :---: |

## ${h[6]}

${notes.details.map((d) => `- ${d}`).join('\n')}

## ${RELATED_HEADING[lang] ?? 'Related Posts'}

`;
}

/** The skeleton's notes to the author, as text a line of a guide may still contain. */
const PLACEHOLDERS: string[] = [
  ...new Set(
    Object.values(NOTES).flatMap((n) =>
      [n.description, n.source, n.whatIsIt, n.whoNeedsIt, ...n.steps, ...n.options, n.document, ...n.details]
        // The bold lead of a step is enough to recognise it, with or without its asterisks.
        .flatMap((text) => text.split(/\*\*/).filter((part) => part.trim().length > 12))
        .map((text) => text.trim()),
    ),
  ),
];

export interface Placeholder {
  line: number;
  /** The placeholder text found, or the unfinished address. */
  text: string;
  kind: 'text' | 'url';
}

/**
 * What `tramit new` wrote and the author has not replaced yet: its notes (in any skeleton
 * language), and a source address that is only `https://`. Lines are 1-based.
 */
export function skeletonPlaceholders(source: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const [i, line] of source.split(/\r?\n/).entries()) {
    const url = /^\s*(?:-\s*)?url:\s*["']?(https?:\/*)["']?\s*$/i.exec(line);
    if (url) {
      found.push({ line: i + 1, text: url[1]!, kind: 'url' });
      continue;
    }
    const text = PLACEHOLDERS.find((p) => line.includes(p));
    if (text) found.push({ line: i + 1, text, kind: 'text' });
  }
  return found;
}
