/**
 * A reader for the front matter nearly every guide has — `key: value` lines, with quoted or plain
 * text, booleans, small numbers, and lists in brackets or as `- item` lines — that gives exactly
 * what the `yaml` package gives for it (YAML 1.2, core schema), about fifty times sooner: the YAML
 * package is a third of a first index's time. Anything else (comments on their own line, escapes,
 * anchors, nested maps, floats, block scalars, tabs…) is not read here: null sends the text to the
 * `yaml` package, which stays the one authority (test/unit/simple-yaml.test.ts compares the two).
 */

export interface SimpleYaml {
  value: Record<string, unknown>;
  /** 0-based lines (in the text read) of keys that repeat an earlier one. */
  repeated: Array<{ key: string; line: number }>;
}

/** Not read here: the caller reads the text with the `yaml` package instead. */
const OTHER = Symbol('other');
type Scalar = string | number | boolean | null | typeof OTHER;

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/;
const ITEM = /^( {0,2})- +(.*)$/;
/** The core schema's forms of numbers, besides the plain integers read here. */
const NUMBERISH = [
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** Characters that begin something other than plain text, or end a plain text in a list. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

export function readSimpleYaml(text: string): SimpleYaml | null {
  if (/[\t\r]/.test(text)) return null;
  const lines = text.split('\n');
  const value: Record<string, unknown> = {};
  const repeated: SimpleYaml['repeated'] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (line === '') {
      i++;
      continue;
    }
    const match = KEY.exec(line);
    // A key YAML reads as something other than its text (`null:`, `true:`) is left to the package.
    if (!match || match[1] === '__proto__' || scalar(match[1]!, false) !== match[1]) return null;
    const key = match[1]!;
    const rest = (match[2] ?? '').trimEnd();
    const read = rest === '' ? readList(lines, i + 1) : readValue(rest, lines, i + 1);
    if (read === null) return null;
    if (Object.hasOwn(value, key)) repeated.push({ key, line: i });
    value[key] = read.value;
    i = read.next;
  }
  // An empty text is no map at all for YAML.
  return Object.keys(value).length > 0 ? { value, repeated } : null;
}

/** The `- item` lines after a key with nothing after its colon (none: the value is null). */
function readList(lines: string[], from: number): { value: unknown; next: number } | null {
  const items: unknown[] = [];
  let indent: string | null = null;
  let i = from;
  for (; i < lines.length; i++) {
    const match = ITEM.exec(lines[i]!);
    if (!match) break;
    if (indent !== null && match[1] !== indent) return null;
    indent = match[1]!;
    const item = scalar(match[2]!.trimEnd(), false);
    if (item === OTHER) return null;
    items.push(item);
  }
  // A line indented under the key that is no item of the list is something else.
  if (continues(lines, i)) return null;
  return { value: items.length > 0 ? items : null, next: i };
}

/** A value after `key: `, with the lines that continue it when it is plain text. */
function readValue(raw: string, lines: string[], from: number): { value: unknown; next: number } | null {
  if (raw.startsWith('[')) {
    const list = flowList(raw);
    return list && !continues(lines, from) ? { value: list, next: from } : null;
  }
  const first = scalar(raw, false);
  if (first === OTHER) return null;
  const parts: string[] = [];
  let i = from;
  for (; i < lines.length && lines[i]!.startsWith(' '); i++) parts.push(lines[i]!.trim());
  if (continues(lines, i)) return null;
  if (parts.length === 0) return { value: first, next: i };
  // Only plain text folds over lines (into one line), and only text that reads the same on any line.
  if (first !== raw || parts.some((part) => part === '' || !plainPart(part))) return null;
  return { value: [raw, ...parts].join(' '), next: i };
}

/** Whether an indented line comes next, after blank lines or not: something not read here. */
function continues(lines: string[], from: number): boolean {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  return i < lines.length && lines[i]!.startsWith(' ');
}

/** `[a, "b", c]`: quoted or plain items, no nesting. */
function flowList(raw: string): unknown[] | null {
  const match = /^\[(.*)\]$/.exec(raw);
  if (!match) return null;
  const inner = match[1]!.trim();
  if (inner === '') return [];
  const items: unknown[] = [];
  for (const part of inner.split(',')) {
    const item = scalar(part.trim(), true);
    if (item === OTHER || part.trim() === '') return null;
    items.push(item);
  }
  return items;
}

/** A line that continues plain text: nothing YAML would read otherwise. */
function plainPart(part: string): boolean {
  return !INDICATOR.test(part) && !part.includes(': ') && !part.endsWith(':') && !part.includes(' #');
}

/** A quoted text without escapes, or plain text as the core schema reads it. */
function scalar(raw: string, inList: boolean): Scalar {
  const quoted = /^"([^"\\]*)"$/.exec(raw) ?? /^'([^']*)'$/.exec(raw);
  if (quoted) return quoted[1]!;
  if (raw === '' || INDICATOR.test(raw)) return OTHER;
  // A comment ends plain text (and a quoted text may not have one here).
  const text = raw.replace(/ +#.*$/, '');
  if (text.includes(': ') || text.endsWith(':') || text.includes('"') || (inList && /[[\]{},]/.test(text)))
    return OTHER;
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
  if (NUMBERISH.some((form) => form.test(text))) return OTHER;
  return text;
}
