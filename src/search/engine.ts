import { fold } from '../text/normalize.js';
import { STOP_WORDS } from './stopwords.js';

/**
 * A compact inverted index for guide search, scored like MiniSearch (BM25+, field boosts, prefix and
 * fuzzy weights: a plain one-word query scores every guide as MiniSearch would), and ranked in tiers
 * on top (see `search`). What it is built for is loading: a serialized index is a handful of long
 * strings and short arrays, so JSON.parse creates few objects and a query decodes only the postings
 * of the terms it touches.
 */

export interface SearchDocument {
  /** The guide file's path: stable across runs, so a cached index can be updated in place. */
  id: string;
  guideId: string;
  key: string;
  lang: string;
  country: string;
  title: string;
  slug: string;
  description: string;
  /** What the procedure is and who needs it: the description's own sections. */
  about: string;
  steps: string;
  documents: string;
  topics: string;
}

/** What the index keeps of a document besides its terms. */
export interface StoredDocument {
  id: string;
  guideId: string;
  key: string;
  lang: string;
  country: string;
  title: string;
  topics: string;
  /** Opaque to the index: lets its owner tell which entries are stale without a separate table. */
  stamp: string;
}

export interface EngineHit {
  doc: StoredDocument;
  score: number;
  /** The index terms that matched, in MiniSearch's order. */
  terms: string[];
  /** Every word of the query that is not a stop word is in the title or the slug: the words name it. */
  named: boolean;
}

/** A word of a query, folded, and how it may match. */
export interface QueryWord {
  term: string;
  /** Also matches longer words that start with it. */
  prefix: boolean;
  /** How many edits a typo of it may have (0: none). */
  fuzzy: number;
  /**
   * How many when the library has the word as typed: two edits from a real word are more often
   * another word ("vigencia" for "licencia") than a typo; one is a spelling ("licence", "license").
   */
  knownFuzzy: number;
  /** Adds to a score, but neither makes a result nor counts as a word matched. */
  stop: boolean;
  /**
   * A short word: a result matching it only through a typo is dropped when other results match a
   * word as typed ("imms" finds IMSS, but not beside guides that match the rest of the query).
   */
  weak: boolean;
  /** Other forms of the word (up to two letters more or fewer at its end) count as the word. */
  forms: boolean;
}

export interface QueryOptions {
  /** AND keeps only documents that match every word that is not a stop word. */
  combineWith?: 'AND' | 'OR';
  filter?: (doc: StoredDocument) => boolean;
  /** Documents for which this holds rank before all others (a country the query named). */
  prefer?: (doc: StoredDocument) => boolean;
}

export interface SegmentData {
  n: number;
  /**
   * The distinct stored values, each ended by a NUL (which no path, title or key holds): one string
   * parses far faster than thousands, and a value is cut out only when a hit needs it.
   */
  strings: string;
  refs: string;
  /** Distinct tokens per document and field, flat: a plain array is what JSON.parse reads fastest. */
  fieldLengths: number[];
  sums: number[];
  /** MiniSearch's running average of field lengths, kept so that scores match it exactly. */
  avg: number[];
  count: number;
  terms: string;
  termBlockStarts: number[];
  posts: string;
  postingBlockStarts: number[];
}

export interface IndexData {
  v: number;
  main: SegmentData;
  delta: SegmentData | null;
  removed: number[];
}

const FORMAT = 3;
const END_STRING = '\0';
const FIELDS = ['title', 'slug', 'description', 'about', 'steps', 'documents'] as const;
const FIELD_COUNT = FIELDS.length;
const TITLE = FIELDS.indexOf('title');
const SLUG = FIELDS.indexOf('slug');
const STORED = ['id', 'guideId', 'key', 'lang', 'country', 'title', 'topics', 'stamp'] as const;
/** Title first, then description, then what-is-it and who-needs-it, then documents and steps. */
const BOOSTS = [3, 2, 1.5, 1.2, 0.7, 1];
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** The longest query term matched with typos. */
const MAX_FUZZY = 64;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

// Numbers are written as base-45 digits in printable ASCII that JSON never escapes (no `"` or `\`):
// 45 final digits and 45 continuation digits. `!` ends a term's postings and `|` ends a term; folded
// terms hold only letters, digits and spaces, so neither can occur inside one.
const DIGITS = Array.from({ length: 0x7e - 0x23 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((c) => c !== '\\')
  .join('');
const BASE = 45;
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));
const END_POSTINGS = '!';
const END_TERM = '|';
/** Terms per block: a lookup binary-searches blocks, then scans at most this many terms. */
const BLOCK = 32;
/** Stored references and field lengths have a fixed width, so a document's are found by arithmetic. */
const WIDTH = 3;
const WIDE_MAX = DIGITS.length ** WIDTH - 1;

/**
 * A long string of printable ASCII (the digits above and the separators) written a character at a
 * time into one growing byte array, and made a string once: no intermediate strings.
 */
class AsciiText {
  private bytes = new Uint8Array(4096);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  char(text: string): void {
    this.room(1);
    this.bytes[this.length++] = text.charCodeAt(0);
  }

  /** A number: base-45 digits, most significant first, the last one a final digit. */
  number(value: number): void {
    let digits = 1;
    for (let rest = Math.floor(value / BASE); rest > 0; rest = Math.floor(rest / BASE)) digits++;
    this.room(digits);
    let at = this.length + digits - 1;
    this.bytes[at--] = DIGIT_CODES[value % BASE]!;
    for (let rest = Math.floor(value / BASE); rest > 0; rest = Math.floor(rest / BASE))
      this.bytes[at--] = DIGIT_CODES[BASE + (rest % BASE)]!;
    this.length += digits;
  }

  /** A number in the fixed width of references and lengths (larger ones are capped). */
  fixed(value: number): void {
    const v = Math.min(value, WIDE_MAX);
    const n = DIGITS.length;
    this.room(WIDTH);
    this.bytes[this.length++] = DIGIT_CODES[Math.floor(v / (n * n))]!;
    this.bytes[this.length++] = DIGIT_CODES[Math.floor(v / n) % n]!;
    this.bytes[this.length++] = DIGIT_CODES[v % n]!;
  }

  toString(): string {
    return Buffer.from(this.bytes.buffer, 0, this.length).toString('latin1');
  }
}

function readFixed(text: string, pos: number): number {
  const n = DIGITS.length;
  return (
    (DIGIT_VALUE[text.charCodeAt(pos)]! * n + DIGIT_VALUE[text.charCodeAt(pos + 1)]!) * n +
    DIGIT_VALUE[text.charCodeAt(pos + 2)]!
  );
}

/** A cursor over variable-length numbers; stops at the end of a record rather than running past it. */
class Reader {
  constructor(
    private readonly text: string,
    public pos: number,
  ) {}

  next(): number {
    let value = 0;
    for (;;) {
      const code = this.text.charCodeAt(this.pos++);
      const digit = code < 128 ? DIGIT_VALUE[code]! : -1;
      if (digit < 0) throw new Error('damaged search index');
      if (digit < BASE) return value * BASE + digit;
      value = value * BASE + digit - BASE;
    }
  }
}

export function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** Accent- and case-insensitive: "inscripcion" finds "inscripción", "MEXICO" finds "México". */
export function processTerm(term: string): string | null {
  return fold(term) || null;
}

/** A query as text, read with MiniSearch's rules: prefixes from three letters, typos from four. */
export function plainWords(query: string): QueryWord[] {
  return tokenize(query)
    .map(processTerm)
    .filter((t): t is string => !!t)
    .map((term) => ({
      term,
      prefix: term.length >= 3,
      fuzzy: term.length >= 7 ? 2 : term.length >= 4 ? 1 : 0,
      knownFuzzy: term.length >= 7 ? 2 : term.length >= 4 ? 1 : 0,
      stop: false,
      weak: false,
      forms: false,
    }));
}

/** The shortest stem another form of a word may have ("card" is a form of "cards", "car" is not). */
const STEM = 4;
/** From this long, a stem takes endings of two letters ("sociales" for "social"); shorter, of one. */
const LONG_STEM = 6;

/**
 * The weight of `other` as another form of `word`: a letter added or taken off its end, or two
 * for a stem of six letters or more ("freelancers", "permit", "sociales" for "freelancer",
 * "permits", "social"; not "selfie" for "self"). 0 when it is not one.
 */
function formWeight(word: string, other: string): number {
  const [short, long] = word.length < other.length ? [word, other] : [other, word];
  const extra = long.length - short.length;
  const ending = short.length >= LONG_STEM ? 2 : 1;
  if (extra === 0 || extra > ending || short.length < STEM || !long.startsWith(short)) return 0;
  return 1 - 0.1 * extra;
}

/** Per field, the documents holding a term and how often: `[doc, tf, doc, tf, …]`. */
type Postings = Array<number[] | undefined>;

/** The start of every value in a segment's `strings`, and one past the end. */
function stringStarts(strings: string): Int32Array {
  let count = 0;
  for (let at = strings.indexOf(END_STRING); at >= 0; at = strings.indexOf(END_STRING, at + 1)) count++;
  const starts = new Int32Array(count + 1);
  let n = 0;
  for (let at = strings.indexOf(END_STRING); at >= 0; at = strings.indexOf(END_STRING, at + 1))
    starts[++n] = at + 1;
  return starts;
}

/** One term's postings: field f holds entries start[f] to start[f] + size[f] of docs and tfs. */
interface Decoded {
  docs: Int32Array;
  tfs: Int32Array;
  start: Int32Array;
  size: Int32Array;
}

/** An immutable segment: what is serialized, and read in place. */
class Segment {
  /** Where each stored value starts in `strings`, found on first use. */
  private starts: Int32Array | null = null;

  constructor(readonly data: SegmentData) {}

  stored(doc: number, field: number): string {
    const { strings } = this.data;
    const starts = (this.starts ??= stringStarts(strings));
    const ref = this.ref(doc, field);
    return strings.slice(starts[ref]!, starts[ref + 1]! - 1);
  }

  /** The number a stored value is kept as: equal values, equal numbers. */
  ref(doc: number, field: number): number {
    return readFixed(this.data.refs, (doc * STORED.length + field) * WIDTH);
  }

  document(doc: number): StoredDocument {
    const out: Record<string, string> = {};
    for (let f = 0; f < STORED.length; f++) out[STORED[f]!] = this.stored(doc, f);
    return out as unknown as StoredDocument;
  }

  fieldLength(doc: number, field: number): number {
    return this.data.fieldLengths[doc * FIELDS.length + field]!;
  }

  termAt(offset: number): string {
    return this.data.terms.slice(offset, this.data.terms.indexOf(END_TERM, offset));
  }

  /** The first term not below `term`, as its ordinal and offset (ordinal = count when none). */
  lowerBound(term: string): { ordinal: number; offset: number } {
    const { termBlockStarts: tblocks, terms, count } = this.data;
    let lo = 0;
    let hi = tblocks.length - 1;
    // The last block whose first term is ≤ term.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.termAt(tblocks[mid]!) <= term) lo = mid;
      else hi = mid - 1;
    }
    let ordinal = lo * BLOCK;
    let offset = tblocks[lo] ?? 0;
    while (ordinal < count) {
      const end = terms.indexOf(END_TERM, offset);
      if (terms.slice(offset, end) >= term) break;
      offset = end + 1;
      ordinal++;
    }
    return { ordinal, offset };
  }

  find(term: string): number {
    if (this.data.count === 0) return -1;
    const { ordinal, offset } = this.lowerBound(term);
    return ordinal < this.data.count && this.termAt(offset) === term ? ordinal : -1;
  }

  /** Terms starting with `prefix`, longer than it. */
  withPrefix(prefix: string): string[] {
    const out: string[] = [];
    const { terms, count } = this.data;
    if (count === 0) return out;
    let { ordinal, offset } = this.lowerBound(prefix);
    while (ordinal < count && terms.startsWith(prefix, offset)) {
      const end = terms.indexOf(END_TERM, offset);
      if (end - offset > prefix.length) out.push(terms.slice(offset, end));
      offset = end + 1;
      ordinal++;
    }
    return out;
  }

  /**
   * Terms within `max` edits (Levenshtein) of `query`, walking the sorted terms as a radix tree would:
   * a term reuses the rows of the prefix it shares with the one before, and once a prefix's row is
   * past `max` everywhere, every term under that prefix is skipped without computing a row.
   */
  fuzzy(query: string, max: number): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    const { terms, count } = this.data;
    const n = query.length + 1;
    const depthLimit = query.length + max;
    const rows = new Uint16Array((depthLimit + 2) * n);
    for (let j = 0; j < n; j++) rows[j] = j;
    let prevStart = 0;
    let prevEnd = 0;
    // Rows 0..valid hold the current prefix; a prefix of length `dead` already exceeds `max`.
    let dead = Infinity;
    let offset = 0;
    for (let ordinal = 0; ordinal < count; ordinal++) {
      const start = offset;
      const end = terms.indexOf(END_TERM, start);
      offset = end + 1;
      const length = end - start;
      let shared = 0;
      const limit = Math.min(length, prevEnd - prevStart);
      while (shared < limit && terms.charCodeAt(start + shared) === terms.charCodeAt(prevStart + shared))
        shared++;
      prevStart = start;
      prevEnd = end;
      if (shared >= dead) continue;
      dead = Infinity;
      let depth = shared + 1;
      for (; depth <= length; depth++) {
        if (depth > depthLimit) break;
        const char = terms.charCodeAt(start + depth - 1);
        const row = depth * n;
        const prev = row - n;
        rows[row] = depth;
        let min = depth;
        for (let j = 1; j < n; j++) {
          const cost = query.charCodeAt(j - 1) === char ? 0 : 1;
          const v = Math.min(rows[prev + j - 1]! + cost, rows[prev + j]! + 1, rows[row + j - 1]! + 1);
          rows[row + j] = v;
          if (v < min) min = v;
        }
        if (min > max) break;
      }
      if (depth <= length) {
        dead = depth;
        continue;
      }
      const distance = rows[length * n + n - 1]!;
      if (distance <= max) out.push([terms.slice(start, end), distance]);
    }
    return out;
  }

  postings(ordinal: number): Decoded {
    const { posts, postingBlockStarts: pblocks } = this.data;
    let pos = pblocks[Math.floor(ordinal / BLOCK)]!;
    for (let i = ordinal % BLOCK; i > 0; i--) pos = posts.indexOf(END_POSTINGS, pos) + 1;
    const end = posts.indexOf(END_POSTINGS, pos);
    const capacity = (end - pos) >> 1;
    const out: Decoded = {
      docs: new Int32Array(capacity),
      tfs: new Int32Array(capacity),
      start: new Int32Array(FIELDS.length),
      size: new Int32Array(FIELDS.length),
    };
    const reader = new Reader(posts, pos);
    let at = 0;
    while (reader.pos < end) {
      const field = reader.next();
      const size = reader.next();
      if (field >= FIELDS.length || at + size > capacity) throw new Error('damaged search index');
      out.start[field] = at;
      out.size[field] = size;
      let doc = 0;
      for (let i = 0; i < size; i++, at++) {
        doc += reader.next();
        out.docs[at] = doc;
        out.tfs[at] = reader.next();
      }
    }
    return out;
  }

  /** Whether every stored value, term and posting decodes and stays in range. */
  check(): boolean {
    const {
      n,
      count,
      terms,
      termBlockStarts: tblocks,
      postingBlockStarts: pblocks,
      fieldLengths: lens,
      refs,
    } = this.data;
    const values = (this.starts ??= stringStarts(this.data.strings)).length - 1;
    for (let at = 0; at < refs.length; at += WIDTH) {
      const ref = readFixed(refs, at);
      if (!(ref >= 0 && ref < values)) return false;
    }
    if (!lens.every((len) => Number.isInteger(len) && len >= 0)) return false;
    if (pblocks.length !== tblocks.length) return false;
    let offset = 0;
    let postOffset = 0;
    let previous = '';
    for (let ordinal = 0; ordinal < count; ordinal++) {
      if (
        ordinal % BLOCK === 0 &&
        (tblocks[ordinal / BLOCK] !== offset || pblocks[ordinal / BLOCK] !== postOffset)
      )
        return false;
      postOffset = this.data.posts.indexOf(END_POSTINGS, postOffset) + 1;
      if (postOffset === 0) return false;
      const end = terms.indexOf(END_TERM, offset);
      const term = terms.slice(offset, end);
      if (end < 0 || (ordinal > 0 && term <= previous)) return false;
      previous = term;
      offset = end + 1;
      const decoded = this.postings(ordinal);
      if (decoded.docs.some((doc) => doc < 0 || doc >= n)) return false;
    }
    return offset === terms.length && postOffset === this.data.posts.length;
  }

  static empty(): Segment {
    return new Draft().freeze();
  }
}

interface DraftDocument {
  stored: string[];
  lens: number[];
}

/** A segment being written: documents are added and removed, then frozen into a `Segment`. */
class Draft {
  private readonly docs: Array<DraftDocument | null> = [];
  private readonly postings = new Map<string, Postings>();

  add(document: SearchDocument & { stamp?: string }): void {
    const doc = this.docs.length;
    const lens: number[] = [];
    const stop = STOP_WORDS[document.lang];
    FIELDS.forEach((field, f) => {
      const tokens = tokenize(document[field]);
      // MiniSearch counts distinct raw tokens, empty ones included; BM25 needs the same lengths.
      // Stop words count in the length, as the words they are, but are not indexed.
      lens.push(new Set(tokens).size);
      const freqs = new Map<string, number>();
      for (const token of tokens) {
        const term = processTerm(token);
        if (term && !stop?.has(term)) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      }
      for (const [term, tf] of freqs) {
        let entry = this.postings.get(term);
        if (!entry) this.postings.set(term, (entry = []));
        (entry[f] ??= []).push(doc, tf);
      }
    });
    this.docs.push({
      stored: STORED.map((k) => (k === 'stamp' ? (document.stamp ?? '') : document[k])),
      lens,
    });
  }

  /** Removed documents keep their postings until `freeze`, which leaves them out. */
  remove(id: string): boolean {
    const doc = this.docs.findIndex((d) => d?.stored[0] === id);
    if (doc < 0) return false;
    this.docs[doc] = null;
    return true;
  }

  ids(): string[] {
    return this.docs.flatMap((d) => (d ? [d.stored[0]!] : []));
  }

  freeze(): Segment {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const strings: string[] = [];
    const stringIds = new Map<string, number>();
    const refs = new AsciiText();
    const lens: number[] = [];
    const sums = FIELDS.map(() => 0);
    const avg = FIELDS.map(() => 0);
    let n = 0;
    this.docs.forEach((d, i) => {
      if (!d) return;
      renumber[i] = n++;
      for (const value of d.stored) {
        let id = stringIds.get(value);
        if (id === undefined) {
          stringIds.set(value, (id = strings.length));
          strings.push(value.replaceAll(END_STRING, '\uFFFD'));
        }
        refs.fixed(id);
      }
      d.lens.forEach((len, f) => {
        lens.push(len);
        sums[f]! += len;
        avg[f] = (avg[f]! * (n - 1) + len) / n;
      });
    });
    const terms: string[] = [];
    const tblocks: number[] = [];
    const pblocks: number[] = [];
    // Written byte by byte: built by concatenation, the postings of 25,000 guides were ropes of
    // millions of short strings, twice the heap of everything else at that moment (issue 15).
    const posts = new AsciiText();
    let termOffset = 0;
    for (const term of [...this.postings.keys()].sort()) {
      const recordStart = posts.length;
      this.postings.get(term)!.forEach((list, f) => {
        if (!list) return;
        let size = 0;
        for (let i = 0; i < list.length; i += 2) if (renumber[list[i]!]! >= 0) size++;
        if (size === 0) return;
        posts.number(f);
        posts.number(size);
        let last = 0;
        for (let i = 0; i < list.length; i += 2) {
          const doc = renumber[list[i]!]!;
          if (doc < 0) continue;
          posts.number(doc - last);
          posts.number(list[i + 1]!);
          last = doc;
        }
      });
      if (posts.length === recordStart) continue;
      if (terms.length % BLOCK === 0) {
        tblocks.push(termOffset);
        pblocks.push(recordStart);
      }
      terms.push(term);
      posts.char(END_POSTINGS);
      termOffset += term.length + 1;
    }
    return new Segment({
      n,
      strings: strings.map((value) => value + END_STRING).join(''),
      refs: refs.toString(),
      fieldLengths: lens,
      sums,
      avg,
      count: terms.length,
      terms: terms.length ? terms.join(END_TERM) + END_TERM : '',
      termBlockStarts: tblocks,
      posts: posts.toString(),
      postingBlockStarts: pblocks,
    });
  }

  static thaw(segment: Segment): Draft {
    const draft = new Draft();
    for (let doc = 0; doc < segment.data.n; doc++) {
      draft.docs.push({
        stored: STORED.map((_, f) => segment.stored(doc, f)),
        lens: FIELDS.map((_, f) => segment.fieldLength(doc, f)),
      });
    }
    let offset = 0;
    for (let ordinal = 0; ordinal < segment.data.count; ordinal++) {
      const end = segment.data.terms.indexOf(END_TERM, offset);
      const decoded = segment.postings(ordinal);
      const postings: Postings = [];
      decoded.size.forEach((size, f) => {
        if (size === 0) return;
        const list: number[] = [];
        for (let i = decoded.start[f]!; i < decoded.start[f]! + size; i++)
          list.push(decoded.docs[i]!, decoded.tfs[i]!);
        postings[f] = list;
      });
      draft.postings.set(segment.data.terms.slice(offset, end), postings);
      offset = end + 1;
    }
    return draft;
  }
}

/** A live document's stored fields, read from its segment only when asked for. */
class StoredView implements StoredDocument {
  constructor(
    private readonly segment: Segment,
    private readonly ref: number,
  ) {}
  /** By name, so the order of STORED is written in one place. */
  private field(name: (typeof STORED)[number]): string {
    return this.segment.stored(this.ref, STORED.indexOf(name));
  }
  get id(): string {
    return this.field('id');
  }
  get guideId(): string {
    return this.field('guideId');
  }
  get key(): string {
    return this.field('key');
  }
  get lang(): string {
    return this.field('lang');
  }
  get country(): string {
    return this.field('country');
  }
  get title(): string {
    return this.field('title');
  }
  get topics(): string {
    return this.field('topics');
  }
  get stamp(): string {
    return this.field('stamp');
  }
}

/** The terms a query expanded to, in the order MiniSearch meets them, with a bit per (document, term). */
class Expansion {
  readonly terms: string[] = [];
  bits = new Uint32Array(0);
  width = 0;

  matched(doc: number): string[] {
    const out: string[] = [];
    for (let t = 0; t < this.terms.length; t++)
      if (this.bits[doc * this.width + (t >> 5)]! & (1 << (t & 31))) {
        const term = this.terms[t]!;
        if (!out.includes(term)) out.push(term);
      }
    return objectKeyOrder(out);
  }
}

class Hit implements EngineHit {
  private cachedTerms: string[] | null = null;
  private view: StoredDocument | null;
  constructor(
    private readonly index: SearchIndex,
    readonly score: number,
    private readonly ref: number,
    private readonly expansion: Expansion,
    readonly named: boolean,
    view: StoredDocument | null = null,
  ) {
    this.view = view;
  }
  /** Read only for the hits a caller looks at: a common word matches thousands of guides. */
  get doc(): StoredDocument {
    return (this.view ??= this.index.view(this.ref));
  }
  get terms(): string[] {
    return (this.cachedTerms ??= this.expansion.matched(this.ref));
  }
}

/** A document matched a word as typed (exactly or as a prefix), or only through a typo. */
const AS_TYPED = 1;
const TYPO = 2;

/** One query word's scores per document, how each matched, and the order they were first scored in. */
interface TermScores {
  scores: Float64Array;
  kinds: Uint8Array;
  /** Whether the word matched in the document's title. */
  titled: Uint8Array;
  /** Whether the word matched in the document's title or slug. */
  naming: Uint8Array;
  order: number[];
}

interface Derived {
  term: string;
  weight: number;
  index: number;
  kind: typeof AS_TYPED | typeof TYPO;
}

/** A query's words scored over every document (see `Engine.rank`). */
interface ScoredQuery {
  options: QueryOptions;
  /** Documents across segments. */
  size: number;
  expansion: Expansion;
  /** Each word's scores, once per time the query says it. */
  scores: Float64Array[];
  /** The scores of the words that are not stop words (all the words when every one is). */
  content: TermScores[];
  /** Whether each of those is a short word, whose typos alone do not make a match. */
  weakWords: boolean[];
  /** How many of those each document matched. */
  counts: Uint16Array;
  /** The shortest of their lists: every document matching all of them is in it. */
  shortest: number[];
  /** The documents looked at so far. */
  views: Map<number, StoredDocument>;
  view: (doc: number) => StoredDocument;
  /** Whether any document the filter keeps matches a word as typed. */
  anyAsTyped: () => boolean;
}

/**
 * Whether any document (that the filter keeps) matches a word as typed: asked only once a document
 * matching through typos of short words alone is met, to drop it (see `weak`), and answered once.
 */
function asTypedAnywhere(
  content: readonly TermScores[],
  options: QueryOptions,
  view: (doc: number) => StoredDocument,
): () => boolean {
  let asTyped: boolean | null = null;
  return () => {
    if (asTyped !== null) return asTyped;
    asTyped = false;
    for (let i = 0; i < content.length && !asTyped; i++)
      for (const doc of content[i]!.order)
        if (content[i]!.kinds[doc]! & AS_TYPED && (!options.filter || options.filter(view(doc)))) {
          asTyped = true;
          break;
        }
    return asTyped;
  };
}

/**
 * The documents of one tier, in the order they were found: those matching `matched` of the words,
 * kept by the filter, and preferred or not as `pass` says (-1: no preference asked).
 */
function tierOf(scored: ScoredQuery, pass: number, matched: number, preferred: Int8Array): number[] {
  const { content, counts, options, view } = scored;
  const all = matched === content.length;
  const seen = all ? null : new Uint8Array(scored.size);
  const group: number[] = [];
  for (const list of all ? [scored.shortest] : content.map((p) => p.order))
    for (const doc of list) {
      if (counts[doc] !== matched) continue;
      if (seen) {
        if (seen[doc]) continue;
        seen[doc] = 1;
      }
      if (options.filter && !options.filter(view(doc))) continue;
      if (pass >= 0) {
        if (preferred[doc] === -1) preferred[doc] = options.prefer!(view(doc)) ? 1 : 0;
        if (preferred[doc] !== pass) continue;
      }
      group.push(doc);
    }
  return group;
}

/** The most words a tier counts: two tiers share a number, a byte each. */
const TIER_MAX = 255;

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/** Object.keys puts integer-like keys first, in numeric order; MiniSearch's `terms` come from it. */
function objectKeyOrder(terms: string[]): string[] {
  const numeric = terms.filter((t) => ARRAY_INDEX.test(t) && Number(t) < 2 ** 32 - 1);
  if (numeric.length === 0) return terms;
  return [...numeric.sort((a, b) => Number(a) - Number(b)), ...terms.filter((t) => !numeric.includes(t))];
}

/**
 * The search index: a large segment as built or loaded, minus the documents removed from it since,
 * plus a small segment for documents added since. Changing a few guides rewrites only the small one.
 */
export class SearchIndex {
  private main: Segment;
  private removed: Set<number>;
  private delta: Segment;
  private draft: Draft | null = null;
  private ids: Map<string, number> | null = null;
  private stats: { total: number; avg: number[] } | null = null;
  private byKey: Map<string, number[]> | null = null;

  private constructor(main: Segment, delta: Segment, removed: Iterable<number>) {
    this.main = main;
    this.delta = delta;
    this.removed = new Set(removed);
  }

  static build(documents: Iterable<SearchDocument & { stamp?: string }>): SearchIndex {
    const draft = new Draft();
    for (const d of documents) draft.add(d);
    return new SearchIndex(draft.freeze(), Segment.empty(), []);
  }

  /** Throws on data that is not an index of this format: the caller builds a new one. */
  static load(data: IndexData): SearchIndex {
    if (data?.v !== FORMAT || !isSegment(data.main) || !(data.delta === null || isSegment(data.delta)))
      throw new Error('not a search index of this version');
    if (!Array.isArray(data.removed)) throw new Error('not a search index of this version');
    return new SearchIndex(
      new Segment(data.main),
      data.delta ? new Segment(data.delta) : Segment.empty(),
      data.removed,
    );
  }

  /**
   * Whether a loaded index decodes throughout: a cache file is checked once with its checksum, so
   * that a query never meets a damaged posting.
   */
  check(): boolean {
    try {
      return (
        this.main.check() &&
        this.delta.check() &&
        [...this.removed].every((doc) => Number.isInteger(doc) && doc >= 0 && doc < this.main.data.n)
      );
    } catch {
      return false;
    }
  }

  toJSON(): IndexData {
    const delta = this.settled();
    return {
      v: FORMAT,
      main: this.main.data,
      delta: delta.data.n > 0 ? delta.data : null,
      removed: [...this.removed].sort((a, b) => a - b),
    };
  }

  /** Live documents. */
  get size(): number {
    return this.main.data.n - this.removed.size + this.settled().data.n;
  }

  /** Changes carried on top of the large segment: past a tenth of the library, a rebuild pays off. */
  get pending(): number {
    return this.removed.size + this.settled().data.n;
  }

  /** Every live document's id and stamp. */
  entries(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const stampField = STORED.indexOf('stamp');
    for (const [segment, skip] of this.segments())
      for (let doc = 0; doc < segment.data.n; doc++)
        if (!skip.has(doc)) out.push([segment.stored(doc, 0), segment.stored(doc, stampField)]);
    return out;
  }

  has(id: string): boolean {
    return this.idMap().has(id);
  }

  add(document: SearchDocument & { stamp?: string }): void {
    if (this.has(document.id)) throw new Error(`duplicate document id ${document.id}`);
    this.thawed().add(document);
    this.idMap().set(document.id, -1);
    this.stats = null;
    this.byKey = null;
  }

  remove(id: string): boolean {
    const where = this.idMap().get(id);
    if (where === undefined) return false;
    if (where >= 0) this.removed.add(where);
    else this.thawed().remove(id);
    this.idMap().delete(id);
    this.stats = null;
    this.byKey = null;
    return true;
  }

  /**
   * Ranks the documents matching a query, in tiers: first those the `prefer` option picks (a
   * country the query named); then those matching more of the query's words; then those matching
   * more words as typed rather than through a typo (a typo never outranks an exact match of another
   * word); then those with more of the words in their title; then by score. A query given as text
   * reads its words with MiniSearch's rules (`plainWords`).
   *
   * Scores are MiniSearch's (BM25+ over boosted fields, times the number of words matched; prefixes
   * and typos weighted down), except in two ways. Another form of the word, one or two letters
   * longer or shorter at its end (`formWeight`), counts as the word as typed, weighted nearly as much. And a typo adds nothing to a document that has the word
   * as typed: "conduce" is no more evidence for "conducir" where "conducir" is.
   */
  search(query: string | readonly QueryWord[], options: QueryOptions = {}): EngineHit[] {
    return [...this.rank(query, options)];
  }

  /** The same hits as `search`, in the same order, ranked only as far as they are read. */
  *rank(query: string | readonly QueryWord[], options: QueryOptions = {}): Generator<EngineHit> {
    const words = typeof query === 'string' ? plainWords(query) : query;
    if (words.length === 0) return;
    const scored = this.scoreQuery(words, options);
    const width = scored.content.length;
    // Documents are gathered a tier at a time (preferred or not, then by words matched), as a
    // caller reads on: a common word matches thousands of documents, and ten results are
    // usually all in the first tier.
    const preferred = new Int8Array(options.prefer ? scored.size : 0).fill(-1);
    const lowest = options.combineWith === 'AND' ? width : 1;
    for (const pass of options.prefer ? [1, 0] : [-1]) {
      for (let matched = width; matched >= lowest; matched--) {
        const group = tierOf(scored, pass, matched, preferred);
        if (group.length > 0) yield* this.rankTier(scored, group, matched);
      }
    }
  }

  /** Every word of a query scored over every document, with what ranking the documents needs. */
  private scoreQuery(words: readonly QueryWord[], options: QueryOptions): ScoredQuery {
    // The first occurrence of a word says how it matches; a repeated word counts again in the score.
    const unique = new Map<string, QueryWord>();
    for (const word of words) if (!unique.has(word.term)) unique.set(word.term, word);
    const expansion = new Expansion();
    const derived = new Map([...unique.values()].map((w) => [w.term, this.expand(w, expansion)]));
    const segments = this.segments();
    const size = this.main.data.n + this.settled().data.n;
    expansion.width = Math.ceil(expansion.terms.length / 32) || 1;
    expansion.bits = new Uint32Array(size * expansion.width);
    let content = [...unique.values()].filter((w) => !w.stop);
    if (content.length === 0) content = [...unique.values()];
    // How many of the words that are not stop words each document matched, counted while scoring.
    const counts = new Uint16Array(size);
    const perTerm = new Map(
      [...unique.keys()].map((t) => [
        t,
        this.score(
          derived.get(t)!,
          segments,
          size,
          expansion,
          content.includes(unique.get(t)!) ? counts : null,
        ),
      ]),
    );
    const contentScores = content.map((w) => perTerm.get(w.term)!);
    // Every document matching all the words is in the shortest of the words' lists.
    let shortest = contentScores[0]!.order;
    for (const p of contentScores) if (p.order.length < shortest.length) shortest = p.order;
    const views = new Map<number, StoredDocument>();
    const view = (doc: number) => {
      let v = views.get(doc);
      if (!v) views.set(doc, (v = this.view(doc)));
      return v;
    };
    return {
      options,
      size,
      expansion,
      scores: words.map((w) => perTerm.get(w.term)!.scores),
      content: contentScores,
      weakWords: content.map((w) => w.weak),
      counts,
      shortest,
      views,
      view,
      anyAsTyped: asTypedAnywhere(contentScores, options, view),
    };
  }

  /** A tier's documents in order: more words as typed, then more words in the title, then the score. */
  private *rankTier(scored: ScoredQuery, group: readonly number[], matched: number): Generator<EngineHit> {
    const { content, scores, weakWords } = scored;
    const width = content.length;
    const kinds = content.map((p) => p.kinds);
    const titles = content.map((p) => p.titled);
    const names = content.map((p) => p.naming);
    const rank = new Int32Array(group.length);
    const totals = new Float64Array(group.length);
    const named = new Uint8Array(group.length);
    const order: number[] = [];
    for (let g = 0; g < group.length; g++) {
      const doc = group[g]!;
      let exact = 0;
      let titled = 0;
      let naming = 0;
      let strongTypo = false;
      for (let i = 0; i < width; i++) {
        const kind = kinds[i]![doc]!;
        if (kind === 0) continue;
        titled += titles[i]![doc]!;
        naming += names[i]![doc]!;
        if (kind & AS_TYPED) exact++;
        else if (!weakWords[i]) strongTypo = true;
      }
      if (exact === 0 && !strongTypo && scored.anyAsTyped()) continue;
      let score = 0;
      for (const s of scores) score += s[doc]!;
      rank[g] = (Math.min(exact, TIER_MAX) << 8) | Math.min(titled, TIER_MAX);
      totals[g] = score * matched;
      if (naming === width) named[g] = 1;
      order.push(g);
    }
    // Ties keep the order documents were found in: MiniSearch's, for one word.
    order.sort((a, b) => rank[b]! - rank[a]! || totals[b]! - totals[a]! || a - b);
    for (const g of order)
      yield new Hit(
        this,
        totals[g]!,
        group[g]!,
        scored.expansion,
        named[g] === 1,
        scored.views.get(group[g]!) ?? null,
      );
  }

  /** A live document by its number across segments (the main one first). */
  view(doc: number): StoredDocument {
    const base = this.main.data.n;
    return doc < base ? new StoredView(this.main, doc) : new StoredView(this.settled(), doc - base);
  }

  /** Every live document of a procedure (its translations), found by key. */
  translations(key: string): StoredDocument[] {
    return (this.keyTable().get(key) ?? []).map((doc) => this.view(doc));
  }

  /**
   * Documents by key. The main segment's are grouped by the number its key is stored as, so that
   * thousands of keys are not cut out of its strings: only one per procedure is.
   */
  private keyTable(): Map<string, number[]> {
    if (this.byKey) return this.byKey;
    const byKey = new Map<string, number[]>();
    const keyField = STORED.indexOf('key');
    const byRef = new Map<number, number[]>();
    for (let doc = 0; doc < this.main.data.n; doc++) {
      if (this.removed.has(doc)) continue;
      const ref = this.main.ref(doc, keyField);
      const list = byRef.get(ref);
      if (list) list.push(doc);
      else byRef.set(ref, [doc]);
    }
    for (const list of byRef.values()) byKey.set(this.main.stored(list[0]!, keyField), list);
    const delta = this.settled();
    const base = this.main.data.n;
    for (let doc = 0; doc < delta.data.n; doc++) {
      const k = delta.stored(doc, keyField);
      const list = byKey.get(k);
      if (list) list.push(base + doc);
      else byKey.set(k, [base + doc]);
    }
    return (this.byKey = byKey);
  }

  /** The index terms a query word stands for, and their weights: exact, then prefixes, then typos. */
  private expand(word: QueryWord, expansion: Expansion): Derived[] {
    const { term } = word;
    const out: Derived[] = [];
    const push = (t: string, weight: number, kind: Derived['kind']) => {
      out.push({ term: t, weight, index: expansion.terms.length, kind });
      expansion.terms.push(t);
    };
    push(term, 1, AS_TYPED);
    const prefixed = new Set<string>();
    if (word.prefix) {
      const all = new Set<string>();
      for (const [segment] of this.segments()) for (const t of segment.withPrefix(term)) all.add(t);
      for (const t of [...all].sort()) {
        prefixed.add(t);
        const form = word.forms ? formWeight(term, t) : 0;
        push(t, form || (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - term.length)), AS_TYPED);
      }
    }
    const known = prefixed.size > 0 || this.segments().some(([segment]) => segment.find(term) >= 0);
    // A typo in a word this long is no longer a typo, and its edit table would grow with its square.
    const edits = term.length > MAX_FUZZY ? 0 : known ? Math.min(word.fuzzy, word.knownFuzzy) : word.fuzzy;
    if (edits > 0) {
      const distances = new Map<string, number>();
      for (const [segment] of this.segments())
        for (const [t, distance] of segment.fuzzy(term, edits)) distances.set(t, distance);
      for (const t of [...distances.keys()].sort()) {
        const distance = distances.get(t)!;
        if (distance === 0 || prefixed.has(t)) continue;
        const form = word.forms ? formWeight(term, t) : 0;
        if (form) push(t, form, AS_TYPED);
        else push(t, (FUZZY_WEIGHT * t.length) / (t.length + distance), TYPO);
      }
    }
    // Other forms of the word count as typed: moved (stably) before every typo, as `score` needs.
    return out.sort((a, b) => a.kind - b.kind);
  }

  /** A word's scores; `counts` (when given) gets one more for each document the word matched. */
  private score(
    derived: Derived[],
    segments: Array<[Segment, ReadonlySet<number>, number]>,
    size: number,
    expansion: Expansion,
    counts: Uint16Array | null,
  ): TermScores {
    const scores = new Float64Array(size);
    const kinds = new Uint8Array(size);
    const titled = new Uint8Array(size);
    const naming = new Uint8Array(size);
    const order: number[] = [];
    const { total, avg } = this.statistics();
    const { bits, width } = expansion;
    const { k, b, d } = BM25;
    // Derived terms come as typed first, typos last: by then a document's kind says whether to skip.
    for (const { term, weight, index, kind } of derived) {
      const found: Array<[Segment, ReadonlySet<number>, number, Decoded]> = [];
      for (const [segment, skip, base] of segments) {
        const ordinal = segment.find(term);
        if (ordinal >= 0) found.push([segment, skip, base, segment.postings(ordinal)]);
      }
      const word = index >> 5;
      const bit = 1 << (index & 31);
      const typo = kind === TYPO;
      for (let f = 0; f < FIELDS.length; f++) {
        let matching = 0;
        for (const [, skip, , postings] of found) {
          const start = postings.start[f]!;
          const end = start + postings.size[f]!;
          if (skip.size === 0) matching += end - start;
          else for (let i = start; i < end; i++) if (!skip.has(postings.docs[i]!)) matching++;
        }
        if (matching === 0) continue;
        // The same expression as MiniSearch's, so that scores agree to the last bit.
        const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        const boost = weight * BOOSTS[f]!;
        const average = avg[f]!;
        for (const [segment, skip, base, postings] of found) {
          const { fieldLengths: lens } = segment.data;
          const check = skip.size > 0;
          const { docs, tfs } = postings;
          const start = postings.start[f]!;
          const end = start + postings.size[f]!;
          for (let i = start; i < end; i++) {
            const doc = docs[i]!;
            if (check && skip.has(doc)) continue;
            const g = base + doc;
            if (typo && kinds[g]! & AS_TYPED) continue;
            const tf = tfs[i]!;
            const norm = k * (1 - b + (b * lens[doc * FIELD_COUNT + f]!) / average);
            const score = boost * (idf * (d + (tf * (k + 1)) / (tf + norm)));
            if (scores[g] === 0) {
              order.push(g);
              if (counts) counts[g]!++;
            }
            scores[g]! += score;
            kinds[g]! |= kind;
            if (f === TITLE) titled[g] = 1;
            if (f === TITLE || f === SLUG) naming[g] = 1;
            bits[g * width + word]! |= bit;
          }
        }
      }
    }
    return { scores, kinds, titled, naming, order };
  }

  private segments(): Array<[Segment, ReadonlySet<number>, number]> {
    return [
      [this.main, this.removed, 0],
      [this.settled(), NONE, this.main.data.n],
    ];
  }

  private statistics(): { total: number; avg: number[] } {
    if (this.stats) return this.stats;
    const delta = this.settled();
    const total = this.main.data.n - this.removed.size + delta.data.n;
    // Untouched, the built segment's running average is MiniSearch's to the last bit.
    const avg =
      this.removed.size === 0 && delta.data.n === 0
        ? this.main.data.avg
        : FIELDS.map((_, f) => {
            let sum = this.main.data.sums[f]! + delta.data.sums[f]!;
            for (const doc of this.removed) sum -= this.main.fieldLength(doc, f);
            return total > 0 ? sum / total : 0;
          });
    return (this.stats = { total, avg });
  }

  private idMap(): Map<string, number> {
    if (this.ids) return this.ids;
    const ids = new Map<string, number>();
    for (let doc = 0; doc < this.main.data.n; doc++)
      if (!this.removed.has(doc)) ids.set(this.main.stored(doc, 0), doc);
    for (const id of this.draft ? this.draft.ids() : this.deltaIds()) ids.set(id, -1);
    return (this.ids = ids);
  }

  private deltaIds(): string[] {
    return Array.from({ length: this.delta.data.n }, (_, doc) => this.delta.stored(doc, 0));
  }

  private thawed(): Draft {
    return (this.draft ??= Draft.thaw(this.delta));
  }

  /** The small segment with pending edits applied. */
  private settled(): Segment {
    if (this.draft) {
      this.delta = this.draft.freeze();
      this.draft = null;
    }
    return this.delta;
  }
}

const NONE: ReadonlySet<number> = new Set();

function isSegment(value: unknown): value is SegmentData {
  const s = value as SegmentData | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.n === 'number' &&
    typeof s.count === 'number' &&
    typeof s.strings === 'string' &&
    typeof s.refs === 'string' &&
    Array.isArray(s.fieldLengths) &&
    Array.isArray(s.sums) &&
    Array.isArray(s.avg) &&
    typeof s.terms === 'string' &&
    Array.isArray(s.termBlockStarts) &&
    typeof s.posts === 'string' &&
    Array.isArray(s.postingBlockStarts) &&
    s.refs.length === s.n * STORED.length * WIDTH &&
    s.fieldLengths.length === s.n * FIELDS.length &&
    s.termBlockStarts.length === Math.ceil(s.count / BLOCK)
  );
}
