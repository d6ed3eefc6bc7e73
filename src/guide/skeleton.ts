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

export interface SkeletonInput {
  lang: string;
  country: string;
  countryName: string;
  slug: string;
  date: string;
}

/**
 * A new guide in the community format: valid front matter, every section with its heading in the
 * guide's language, and in each section a short note to the author on what belongs there (written in
 * English, like docs/GUIDES.md, since authors of every language read it).
 */
export function guideSkeleton({ lang, country, countryName, slug, date }: SkeletonInput): string {
  const h = HEADINGS[lang] ?? HEADINGS.en!;
  const title = slug.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return `---
title: "${title}"
description: "One or two sentences: what the reader gets done, and who it is for."
date: '${date}'
categories:
- ${countryName}
translationKey: ${country}-${slug}
topics:
- legal
sources:
- title: "The official page these facts come from"
  url: https://
  checked: '${date}'
---

## ${h[0]}
### ${h[1]}
What the procedure is and what the reader has at the end, in a short paragraph.

### ${h[2]}
Who must or may do it, and who does not need to.

## ${h[3]}

1. **One action per step.** Say where to go or what to open, and what to do there.
2. **The next action.** Add nested bullets for options:
   - online, at the official portal;
   - in person, at the office for your address.

## ${h[4]}

- Document name - where to get it, and how recent it must be (e.g. dated within the last three months)

## ${h[5]}
_(No providers are listed for this procedure.)_
| Provider | Website | Timeframe | Cost |
| --- | --- | :---: | :---: |

## ${h[6]}

- Fees, as a range, and where the current fee is published.
- Waiting times, and what the reader receives at the end.

## Related Posts

`;
}
