/*
 * Whether a guide's document is asked of everyone, or only in some cases: "Resident card - foreign
 * residents only", "Power of attorney - only if someone else applies for you", "NIE certificate - if
 * you have one". Only the first clause of the note is read (up to `;`, `:` or the end of a sentence),
 * where the guides say who the document is for; a condition further on is about something else
 * ("request it first if you have never worked here" does not make the document optional).
 */

/**
 * Words that open a condition, per language: at the start of the clause, or after its last comma
 * ("your current DNI, if you already have one"). A condition between commas qualifies one of several
 * alternatives ("passport or, if you are a foreigner, resident card"), not the document.
 */
const OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['only', 'if', 'when', 'where', 'unless'],
  es: ['solo', 'solamente', 'unicamente', 'si', 'cuando', 'salvo'],
  de: ['nur', 'falls', 'wenn', 'sofern', 'ausser'],
  pt: ['apenas', 'somente', 'se', 'quando', 'caso', 'salvo', 'exceto'],
  fr: ['seulement', 'uniquement', 'si', 'lorsque', 'sauf'],
  it: ['solo', 'soltanto', 'se', 'quando', 'salvo'],
};

/** Words that open an audience written as a label ("for foreign citizens: …", "para extranjeros: …"). */
const FOR = new Set(['for', 'para', 'fur', 'pour', 'per']);
const LABEL_WORDS = 4;

function openersOf(lang: string | undefined): ReadonlySet<string> {
  const own = OPENERS[(lang ?? '').slice(0, 2).toLowerCase()] ?? [];
  // English is read in every guide: notes often keep English words, and tests name no language.
  return new Set([...OPENERS.en!, ...own]);
}

/** "Only" followed by a preposition or conjunction anywhere in the clause ("… only for minors"), per language. */
const ONLY_THEN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['only', new Set(['if', 'for', 'when', 'where', 'to', 'in', 'with', 'by'])],
  ['solo', new Set(['si', 'para', 'cuando', 'en', 'con', 'por'])],
  ['solamente', new Set(['si', 'para', 'cuando', 'en', 'con', 'por'])],
  ['unicamente', new Set(['si', 'para', 'cuando', 'en', 'con', 'por'])],
  ['nur', new Set(['wenn', 'fur', 'bei', 'falls', 'mit', 'im', 'in'])],
  ['apenas', new Set(['se', 'para', 'quando', 'no', 'na', 'em', 'com'])],
  ['somente', new Set(['se', 'para', 'quando', 'no', 'na', 'em', 'com'])],
  ['seulement', new Set(['si', 'pour', 'en'])],
]);
/** Words that close an audience with "only" ("foreign residents only", "für Minderjährige nur"). */
const CLOSERS = new Set(['only', 'solamente', 'unicamente', 'nur', 'apenas', 'seulement']);

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function clauseIsConditional(clause: string, openers: ReadonlySet<string>): boolean {
  const parts = clause.split(',').map(words);
  const first = parts[0] ?? [];
  const last = parts.at(-1) ?? [];
  if ((first.length > 0 && openers.has(first[0]!)) || (last.length > 0 && openers.has(last[0]!))) return true;
  const all = parts.flat();
  if (all.length > 0 && CLOSERS.has(all.at(-1)!)) return true;
  return all.some((word, i) => ONLY_THEN.get(word)?.has(all[i + 1] ?? '') === true);
}

/** The note's first clause: up to `;` or `:`, or a full stop that ends a sentence (not "e.firma"). */
function firstClause(note: string): { text: string; label: boolean } {
  const match = /[;:]|\.(?:\s|$)/.exec(note);
  return { text: match ? note.slice(0, match.index) : note, label: match?.[0] === ':' };
}

/**
 * Whether a document is asked only of some people or in some cases, from its note's first clause
 * and the glosses in its name ("Passport (foreigners only)").
 */
export function isConditional(name: string, note: string, lang?: string): boolean {
  const openers = openersOf(lang);
  const clause = firstClause(note);
  if (clause.label) {
    const label = words(clause.text);
    if (label.length <= LABEL_WORDS && FOR.has(label[0] ?? '')) return true;
  }
  const glosses = (name.match(/\(([^()]*)\)/g) ?? []).map((g) => g.slice(1, -1));
  return [clause.text, ...glosses].some((text) => clauseIsConditional(text, openers));
}
