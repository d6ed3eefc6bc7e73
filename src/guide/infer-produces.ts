import { kindById } from '../wallet/kinds.js';
import { kindsIn, tokenize } from '../wallet/match.js';
import { compilePhrases, lazyTable, phraseHits, phrasesAt, type PhraseTable } from '../vocab/phrase.js';
import { NEVER_GIVEN, OBTAIN_WORDS, PROCEDURE_NAMES, VETO_WORDS, WITH_WORDS } from '../vocab/produces.js';

/*
 * What a community guide gives you, guessed from its title alone when its front matter does not say
 * (`produces`). Only a title that says "get / apply for / renew" next to the name of a document, or
 * that is the name of a procedure whose result is a document ("Anmeldung"), gives a guess; the body
 * is never read, because it names every document the procedure asks for, not the one it gives.
 * The words are in src/vocab/produces.ts.
 */

const words = (list: readonly string[]) => compilePhrases(list.map((word) => [word, true] as const));

const vocabulary = lazyTable(() => ({
  obtain: words(OBTAIN_WORDS),
  veto: words(VETO_WORDS),
  with: words(WITH_WORDS),
  procedures: compilePhrases(
    PROCEDURE_NAMES.flatMap(({ kind, phrases }) => phrases.map((phrase) => [phrase, kind] as const)),
  ),
}));

const NEVER = new Set<string>(NEVER_GIVEN);

/**
 * The document kinds a guide's title says it gives, in the order named; empty when it says none
 * clearly. A kind of one country (a CURP) is only guessed for a guide of that country.
 */
export function inferProduces(
  title: string,
  lang: string | undefined,
  country: string | undefined,
): string[] {
  const tokens = tokenize(title);
  const vocab = vocabulary();
  const at = (table: PhraseTable<unknown>, i: number) => phrasesAt(table, tokens, i).length > 0;
  if (tokens.folded.some((_, i) => at(vocab.veto, i))) return [];
  const found: string[] = [];
  const add = (kind: string) => {
    const countries = kindById(kind)?.countries;
    if (countries && (country === undefined || !countries.includes(country))) return;
    if (!found.includes(kind)) found.push(kind);
  };
  for (const { phrase } of phraseHits(vocab.procedures, tokens)) add(phrase.value);

  // "Solicitud", "demande", "žádost" also name an application form: as such they give nothing, and
  // they stay words that say the guide is about obtaining something.
  const hits = kindsIn(title, lang).filter((hit) => !NEVER.has(hit.kind.id));
  const covered = new Set<number>();
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) covered.add(i);
  const obtains = tokens.folded.some((_, i) => !covered.has(i) && at(vocab.obtain, i));
  if (!obtains) return found;
  const withAt = tokens.folded.findIndex((_, i) => !covered.has(i) && at(vocab.with, i));
  for (const hit of hits) {
    if (withAt >= 0 && hit.start > withAt) break;
    add(hit.kind.id);
  }
  return found;
}
