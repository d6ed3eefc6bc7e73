const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds text for matching: lower case, no accents, Greek final sigma unified, punctuation to spaces.
 * Headings, country names, guide references and search queries all go through this one function so
 * that "México", "MEXICO" and "mexico" can never disagree. Short strings repeat (headings, names),
 * so they are remembered; plain ASCII skips Unicode normalisation, the costly part.
 */
export function fold(text: string): string {
  const short = text.length <= 80;
  if (short) {
    const known = memo.get(text);
    if (known !== undefined) return known;
  }
  const folded = ASCII.test(text)
    ? text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/ς/g, 'σ')
        .replace(/ß/g, 'ss')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  if (short) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, folded);
  }
  return folded;
}

/** A folded form with `_` between words: how slugs, ids and keys are compared. */
export function foldKey(text: string): string {
  return fold(text).replace(/ /g, '_');
}

/** Damerau–Levenshtein distance (optimal string alignment), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prevPrev[j - 2]! + 1);
      }
      row.push(best);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidates to `input`, best first, within a distance that grows with the input's length. */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = foldKey(input);
  const maxDistance = Math.max(2, Math.floor(wanted.length / 3));
  const scored: Array<{ candidate: string; score: number }> = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const folded = foldKey(candidate);
    let score = editDistance(wanted, folded);
    // A typed fragment of a long slug ("imss" for "imss_enrollment") is a good hint even when far in edits.
    if (wanted.length >= 3 && folded.includes(wanted)) score = Math.min(score, 1);
    if (score <= maxDistance) scored.push({ candidate, score });
  }
  scored.sort((x, y) => x.score - y.score || byText(x.candidate, y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/**
 * Plain code-unit order. `localeCompare` would sort accents better, but its first call loads ICU's
 * collator, which costs more than listing a country's guides; callers sort folded text instead.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
