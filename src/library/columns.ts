/**
 * The columns of the index files, by name. A stored row is an array in the order of its table's
 * names (arrays parse faster than objects, and a large library's rows are read on every call), but
 * code reads a cell by its name (`cell(row, 'title')`), so a column is added in one place: its name
 * and its check in the table below, and its value where the row is made.
 */

import type { Produced } from '../guide/model.js';
import type { GuideSummary, SearchText } from './summary.js';

type Check = (value: unknown) => boolean;

const text: Check = (v) => typeof v === 'string';
const textOrNull: Check = (v) => v === null || typeof v === 'string';
const flag: Check = (v) => typeof v === 'boolean';
const count: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const texts: Check = (v) => Array.isArray(v) && v.every(text);
const textsOrNull: Check = (v) => Array.isArray(v) && v.every(textOrNull);
const counts: Check = (v) => Array.isArray(v) && v.every(count);

export class Columns<Row> {
  readonly names: ReadonlyArray<keyof Row & string>;
  private readonly at: Record<keyof Row, number>;
  private readonly checks: Check[];

  constructor(checks: { [K in keyof Row]-?: Check }) {
    this.names = Object.keys(checks) as Array<keyof Row & string>;
    this.at = Object.fromEntries(this.names.map((name, i) => [name, i])) as Record<keyof Row, number>;
    this.checks = this.names.map((name) => checks[name]);
  }

  /** The row as stored: its cells in the order of the names. */
  encode(row: Row): unknown[] {
    return this.names.map((name) => row[name]);
  }

  cell<K extends keyof Row>(stored: readonly unknown[], name: K): Row[K] {
    return stored[this.at[name]] as Row[K];
  }

  decode(stored: readonly unknown[]): Row {
    return Object.fromEntries(this.names.map((name, i) => [name, stored[i]])) as Row;
  }

  /** A stored row of this table: an array of the right length whose every cell passes its check. */
  valid(stored: unknown): stored is unknown[] {
    return (
      Array.isArray(stored) &&
      stored.length === this.checks.length &&
      this.checks.every((ok, i) => ok(stored[i]))
    );
  }
}

/** What listing and resolving need of one guide: a summary without its file's path and stamp. */
export type SummaryRow = Omit<GuideSummary, 'path' | 'stamp'>;

export const SUMMARY = new Columns<SummaryRow>({
  id: text,
  key: text,
  pairKey: text,
  slug: text,
  lang: text,
  country: text,
  countryCode: textOrNull,
  countryFromFolder: flag,
  title: text,
  date: textOrNull,
  topics: texts,
  stepCount: count,
  documentCount: count,
});

/** What only progress counts, the wallet, plans and JSON output need (see GuideDetails). */
export interface DetailRow {
  description: string;
  stepFingerprints: string[];
  documentFingerprints: string[];
  docKinds: Array<string | null>;
  /** The kinds the guide gives, each as `encodeProduced` writes it. */
  produces: string[];
  conditionalDocs: number[];
}

export const DETAILS = new Columns<DetailRow>({
  description: text,
  stepFingerprints: texts,
  documentFingerprints: texts,
  docKinds: textsOrNull,
  produces: texts,
  conditionalDocs: counts,
});

/** Marks a produced kind guessed from the title, not declared. */
const INFERRED = '~';

export function encodeProduced(list: readonly Produced[]): string[] {
  return list.map((p) => (p.inferred ? INFERRED + p.kind : p.kind));
}

export function decodeProduced(list: readonly string[]): Produced[] {
  return list.map((text) =>
    text.startsWith(INFERRED) ? { kind: text.slice(1), inferred: true } : { kind: text, inferred: false },
  );
}

/** The text search indexes, per guide. */
export const SEARCH = new Columns<SearchText>({
  title: text,
  slug: text,
  description: text,
  about: text,
  steps: text,
  documents: text,
});
