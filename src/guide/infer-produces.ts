import { kindById } from '../wallet/kinds.js';
import { kindsIn, tokenize } from '../wallet/match.js';
import { compilePhrases, forEachPhraseAt, lazyTable, phraseHits } from '../vocab/phrase.js';
import { NEVER_GIVEN, OBTAIN_WORDS, PROCEDURE_NAMES, VETO_WORDS, WITH_WORDS } from '../vocab/produces.js';

/*
 * What a community guide gives you, guessed from its title alone when its front matter does not say
 * (`produces`). Only a title that says "get / apply for / renew" next to the name of a document, or
 * that is the name of a procedure whose result is a document ("Anmeldung"), gives a guess; the body
 * is never read, because it names every document the procedure asks for, not the one it gives.
 * The words are in src/vocab/produces.ts.
 */

type Role = 'obtain' | 'veto' | 'with';

const vocabulary = lazyTable(() => ({
  /** What each word says about the title: one lookup per word. */
  roles: compilePhrases<Role>([
    ...OBTAIN_WORDS.map((word) => [word, 'obtain'] as const),
    ...VETO_WORDS.map((word) => [word, 'veto'] as const),
    ...WITH_WORDS.map((word) => [word, 'with'] as const),
  ]),
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
  const roles = tokens.folded.map((_, i) => {
    const found = new Set<Role>();
    forEachPhraseAt(vocab.roles, tokens, i, (phrase) => found.add(phrase.value));
    return found;
  });
  if (roles.some((r) => r.has('veto'))) return [];
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
  const obtains = roles.some((r, i) => !covered.has(i) && r.has('obtain'));
  if (!obtains) return found;
  const withAt = roles.findIndex((r, i) => !covered.has(i) && r.has('with'));
  for (const hit of hits) {
    if (withAt >= 0 && hit.start > withAt) break;
    add(hit.kind.id);
  }
  return found;
}
