import { fold } from '../text/normalize.js';
import {
  BLOCKERS,
  NUMBER_WORDS,
  RULE_SOURCES,
  UNIT_LABELS,
  UNITS,
  type RuleKind,
  type RuleLang,
  type Units,
} from '../vocab/validity.js';

export type ValidityUnit = 'days' | 'weeks' | 'months' | 'years';

/**
 * `max_age`: the document must have been issued at most this long ago ("dated within the last three
 * months"). `valid_for`: the document itself stays valid this long after issue ("valid for 6 months").
 */
export type ValidityKind = 'max_age' | 'valid_for';

export interface Validity {
  amount: number;
  unit: ValidityUnit;
  kind: ValidityKind;
  /** The wording the rule was read from, as it appears in the note. */
  text: string;
}

/**
 * A minimum remaining validity ("with at least six months of validity remaining"). It is about the
 * document's expiry date, not its issue date, so it is kept out of `Validity` and `addValidity`.
 */
export interface RemainingValidity {
  amount: number;
  unit: ValidityUnit;
  text: string;
}

interface UnitWord {
  unit: ValidityUnit;
  /** Only a singular unit may stand without a number ("within the last month"). */
  singular: boolean;
}

function unitWords(
  unit: ValidityUnit,
  singular: readonly string[],
  plural: readonly string[],
): [string, UnitWord][] {
  return [
    ...singular.map((w): [string, UnitWord] => [w, { unit, singular: true }]),
    ...plural.map((w): [string, UnitWord] => [w, { unit, singular: false }]),
  ];
}

const RULE_LANGS = Object.keys(UNITS) as RuleLang[];

const unitEntries = (lang: RuleLang): Array<[string, UnitWord]> =>
  (Object.entries(UNITS[lang]) as Array<[ValidityUnit, Units[ValidityUnit]]>).flatMap(([unit, [one, many]]) =>
    unitWords(unit, one, many),
  );

const UNIT_WORDS = new Map<string, UnitWord>(RULE_LANGS.flatMap(unitEntries));
const UNIT_SETS = new Map(RULE_LANGS.map((lang) => [lang, new Set(unitEntries(lang).map(([word]) => word))]));

function alternation(words: Iterable<string>): string {
  // Longest first, so "semanas" is tried before "semana".
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join('|');
}

/*
 * A number in digits, or up to three words that `readAmount` checks against NUMBER_WORDS after the
 * match. Spelling the hundred number words out in every rule made each regular expression take
 * milliseconds to compile, paid again for every rule on the first note that needed them.
 */
const NUM = '\\d{1,4}|[a-z]+(?: [a-z]+){0,2}?';

interface Rule {
  kind: RuleKind;
  re: RegExp;
}

/*
 * Rules are written against folded text (lower case, no accents, punctuation as single spaces).
 * `{n}` is a number, in digits or words, optionally repeated the other way ("tres (3)"); `{n?}` is
 * an optional number followed by a space; `{u}` is a unit.
 */
function makeRule(kind: RuleKind, source: string, unit: string): Rule {
  const body = source
    .replace('{n?}', `(?:(?<n>${NUM})(?: (?<n2>${NUM}))?? )?`)
    .replace('{n}', `(?<n>${NUM})(?: (?<n2>${NUM}))??`)
    .replace('{u}', `(?<u>${unit})`);
  // Folded text is words between single spaces, so a word boundary is a space or either end: no
  // Unicode letter classes (and no `u` flag), which cost more to compile than the rest of a rule.
  return { kind, re: new RegExp(`(?<![^ ])(?:${body})(?![^ ])`, 'g') };
}

// Built on first use, per language: most commands never read a validity rule.
const compiled = new Map<RuleLang, readonly Rule[]>();
function rules(lang: RuleLang): readonly Rule[] {
  let list = compiled.get(lang);
  if (!list) {
    const unit = `(?:${alternation(UNIT_SETS.get(lang)!)})`;
    list = RULE_SOURCES[lang].map(([kind, source]) => makeRule(kind, source, unit));
    compiled.set(lang, list);
  }
  return list;
}

const BLOCKER_REACH = 3;

/** Longer than any document's acceptable age; beyond it a "years" phrase is about someone's age. */
const MAX_AGE_YEARS = 10;

interface Folded {
  text: string;
  /** For each folded character, the original index where it starts and where it ends. */
  starts: number[];
  ends: number[];
}

/** `fold`, character by character, so that a match can be cut from the original note. */
function foldTracked(original: string): Folded {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let gap = false;
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    // One character folds to its letters, or to nothing when it is punctuation or a lone accent.
    const folded = fold(ch);
    if (folded === '' && !/^\p{M}+$/u.test(ch)) gap = true;
    for (const c of folded) {
      if (gap && chars.length > 0) {
        chars.push(' ');
        starts.push(i);
        ends.push(i);
      }
      gap = false;
      chars.push(c);
      starts.push(i);
      ends.push(next);
    }
    i = next;
  }
  return { text: chars.join(''), starts, ends };
}

interface Found {
  kind: RuleKind;
  start: number;
  end: number;
  amount: number;
  unit: ValidityUnit;
  text: string;
}

function blocked(folded: string, start: number): boolean {
  const before = folded.slice(0, start).trim().split(' ').slice(-BLOCKER_REACH);
  return before.some((w) => BLOCKERS.has(w));
}

function readAmount(word: string | undefined): number | undefined {
  if (word === undefined) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

function findAll(note: string): Found[] {
  // Every rule names a unit of its language: a note without one (most of them) runs no rule.
  const words = new Set(fold(note).split(' '));
  const langs = RULE_LANGS.filter((lang) => [...UNIT_SETS.get(lang)!].some((word) => words.has(word)));
  if (langs.length === 0) return [];
  const folded = foldTracked(note);
  const found: Found[] = [];
  for (const { kind, re } of langs.flatMap(rules)) {
    re.lastIndex = 0;
    for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
      const unitWord = UNIT_WORDS.get(m.groups?.['u'] ?? '');
      const numberWord = m.groups?.['n'];
      const amount = readAmount(numberWord);
      const repeated = m.groups?.['n2'];
      if (amount === undefined || (repeated !== undefined && readAmount(repeated) === undefined)) {
        // A word in the number's place that is no number: the rule may still match further on.
        re.lastIndex = m.index + 1;
        continue;
      }
      if (!unitWord || (numberWord === undefined && !unitWord.singular)) continue;
      if (amount <= 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (kind === 'max_age') {
        if (unitWord.unit === 'years' && amount > MAX_AGE_YEARS) continue;
        if (blocked(folded.text, start)) continue;
      }
      const text = note.slice(folded.starts[start], folded.ends[end - 1]);
      found.push({ kind, start, end, amount, unit: unitWord.unit, text });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The age or validity rule in a document note, or null when the note has none. A minimum remaining
 * validity ("at least six months of validity remaining") is not such a rule and also gives null, even
 * when its wording contains one ("valid for more than three months"); see `parseMinRemaining`.
 */
export function parseValidity(note: string): Validity | null {
  const found = findAll(note);
  const remaining = found.filter((f) => f.kind === 'min_remaining');
  for (const f of found) {
    if (f.kind === 'min_remaining') continue;
    if (remaining.some((r) => r.start < f.end && f.start < r.end)) continue;
    return { amount: f.amount, unit: f.unit, kind: f.kind, text: f.text };
  }
  return null;
}

/** The minimum remaining validity a note asks for ("valid for at least 6 months"), or null. */
export function parseMinRemaining(note: string): RemainingValidity | null {
  const f = findAll(note).find((x) => x.kind === 'min_remaining');
  return f ? { amount: f.amount, unit: f.unit, text: f.text } : null;
}

function parseDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d)
      return [y, mo, d];
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
}

function formatDate(d: Date): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * The date a document issued on `date` stops being acceptable under `v`. Months and years are
 * calendar ones, and a day that the target month lacks becomes its last day (31 January + 1 month
 * is 28 February), as offices count "three months" from one date to the same date.
 */
export function addValidity(date: string, v: Pick<Validity, 'amount' | 'unit'>): string {
  const [y, mo, d] = parseDate(date);
  switch (v.unit) {
    case 'days':
      return formatDate(new Date(Date.UTC(y, mo - 1, d + v.amount)));
    case 'weeks':
      return formatDate(new Date(Date.UTC(y, mo - 1, d + 7 * v.amount)));
    case 'months':
    case 'years': {
      const months = v.unit === 'years' ? 12 * v.amount : v.amount;
      const target = new Date(Date.UTC(y, mo - 1 + months, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(d, lastDay));
      return formatDate(target);
    }
  }
}

/** "3 months", "1 año". */
export function validityLabel(v: Pick<Validity, 'amount' | 'unit'>, lang: 'en' | 'es'): string {
  const [one, many] = UNIT_LABELS[lang][v.unit];
  return `${v.amount} ${v.amount === 1 ? one : many}`;
}
