import matter from 'gray-matter';
import YAML from 'yaml';
import { sanitize } from '../text/sanitize.js';
import { readSimpleYaml } from './simple-yaml.js';
import { compilePhrases, foldedTokens, lazyTable, wholeMatch } from '../vocab/phrase.js';
import { KEY_ALIASES, KNOWN_IGNORED } from '../vocab/frontmatter-keys.js';
import { problem, type Problem } from './model.js';

export interface FrontMatter {
  /** Values under their canonical key (title, description, date, …), later repeats winning. */
  data: Record<string, unknown>;
  /** Keys tramit does not know, as written. */
  extra: Record<string, unknown>;
  /** True when the file starts with a front matter block that could be read. */
  present: boolean;
  body: string;
  /** Line number (1-based) in the file of the body's first line. */
  bodyLine: number;
  problems: Problem[];
  /** The line of a canonical key (`date`) as written, its last repeat; 1 when absent. */
  lineOf: (key: string) => number;
}

const keyTables = lazyTable(() => ({
  canonical: compilePhrases(
    Object.entries(KEY_ALIASES).flatMap(([canonical, aliases]) =>
      aliases.map((a) => [a, canonical] as const),
    ),
  ),
  ignored: compilePhrases(KNOWN_IGNORED.map((key) => [key, true] as const)),
}));

/** What each key as written is: a key tramit reads (its canonical name), one it ignores, or neither. */
const knownKeys = new Map<string, string | typeof IGNORED | null>();
const IGNORED = Symbol('ignored');

/** The key tramit reads a written key as (`Título` → title, `meta title` → meta_title). */
function readKey(key: string): string | typeof IGNORED | null {
  // The same few keys open every file: each is matched once.
  let known = knownKeys.get(key);
  if (known === undefined) {
    const tokens = foldedTokens(key);
    const { canonical, ignored } = keyTables();
    // Keys are also written run together: `language_code`, `languagecode`.
    const found =
      wholeMatch(canonical, tokens) ?? wholeMatch(canonical, { folded: [tokens.folded.join('')] });
    known = found ? found.value : wholeMatch(ignored, tokens) ? IGNORED : null;
    if (knownKeys.size < 1000) knownKeys.set(key, known);
  }
  return known;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function emptyFrontMatter(
  problems: Problem[],
  body: string,
  bodyLine: number,
  present: boolean,
): FrontMatter {
  return { data: {}, extra: {}, present, body, bodyLine, problems, lineOf: () => 1 };
}

/**
 * Splits and reads the front matter. Never throws: repeated keys keep the later value (about one
 * community file in seven repeats `translationKey`), broken YAML leaves the data empty, and every
 * such case is recorded as a problem with the file's line number.
 */
export function readFrontMatter(source: string): FrontMatter {
  const problems: Problem[] = [];
  if (!/^---[ \t]*\n/.test(source)) {
    problems.push(problem(1, 'error', 'problem.noFrontMatter'));
    return emptyFrontMatter(problems, source, 1, false);
  }
  const close = /\n---[ \t]*(?:\n|$)/.exec(source.slice(3));
  if (!close) {
    problems.push(problem(1, 'error', 'problem.frontMatterOpen'));
    return emptyFrontMatter(problems, source.slice(source.indexOf('\n') + 1), 2, false);
  }
  // The body starts on the line after the closing fence.
  const bodyLine = lineOfOffset(source, 3 + close.index + 1) + 1;
  const { body, matter: written, parsed, readable } = splitYaml(source, problems);
  if (!readable) return emptyFrontMatter(problems, body, bodyLine, false);
  if (parsed === null || parsed === undefined) return emptyFrontMatter(problems, body, bodyLine, true);
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push(problem(2, 'error', 'problem.frontMatterNotMap'));
    return emptyFrontMatter(problems, body, bodyLine, false);
  }
  const { data, extra, keys } = canonicalValues(parsed as Record<string, unknown>, written, problems);
  return { data, extra, present: true, body, bodyLine, problems, lineOf: lineFinder(source, bodyLine, keys) };
}

/** The front matter's YAML read by our engine, and the body after it. */
function splitYaml(source: string, problems: Problem[]) {
  let yamlProblems: Problem[] = [];
  let parsed: unknown = {};
  // gray-matter splits; the yaml engine is ours, because js-yaml (its default) throws on repeated keys.
  const file = matter(source, {
    engines: {
      yaml: (text: string) => {
        const result = parseYaml(text);
        yamlProblems = result.problems;
        parsed = result.value;
        return {};
      },
    },
  });
  problems.push(...yamlProblems);
  const readable = !yamlProblems.some((p) => p.severity === 'error');
  return { body: file.content, matter: file.matter, parsed, readable };
}

/** Values under their canonical keys, the keys tramit does not know, and the key as written of each. */
function canonicalValues(parsed: Record<string, unknown>, frontMatter: string, problems: Problem[]) {
  const data: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  /** The key as written that gave each canonical value. */
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed)) {
    const canonical = readKey(key);
    if (canonical === null || canonical === IGNORED) {
      if (canonical === null) extra[key] = value;
      continue;
    }
    if (canonical !== key && key !== 'translationKey') {
      if (canonical in parsed) {
        extra[key] = value;
        continue;
      }
      problems.push(problem(lineOfKey(frontMatter, key), 'warning', 'problem.keyReadAs', { key, canonical }));
    }
    data[canonical] = value;
    keys.set(canonical, key);
  }
  return { data, extra, keys };
}

function lineFinder(source: string, bodyLine: number, keys: ReadonlyMap<string, string>) {
  return (canonical: string): number => {
    const key = keys.get(canonical);
    if (key === undefined) return 1;
    // Problems are rare: the front matter is searched only when one needs a line.
    const lines = source.split('\n', bodyLine - 1);
    const pattern = new RegExp(`^["']?${escapeRegExp(key)}["']?\\s*:`);
    for (let i = lines.length - 1; i > 0; i--) if (pattern.test(lines[i]!)) return i + 1;
    return 1;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineOfKey(frontMatter: string, key: string): number {
  const index = frontMatter.search(new RegExp(`^["']?${escapeRegExp(key)}["']?\\s*:`, 'm'));
  return index < 0 ? 1 : lineOfOffset(frontMatter.replace(/^\n/, ''), index) + 1;
}

function parseYaml(text: string): { value: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  // Line numbers in the YAML text are one less than in the file (the opening `---`).
  const lineIn = (text: string) => (pos: number) => lineOfOffset(text, pos) + 1;
  const toLine = lineIn(text.replace(/^\n/, ''));
  const simple = readSimpleYaml(text.replace(/^\n/, ''));
  if (simple) {
    for (const { key, line } of simple.repeated) problems.push(repeatedKey(key, line + 2));
    return { value: sanitizeStrings(simple.value), problems };
  }
  try {
    // logLevel: the yaml library would print its own warnings on the process (a raw Node warning).
    const doc = YAML.parseDocument(text.replace(/^\n/, ''), {
      uniqueKeys: false,
      prettyErrors: false,
      logLevel: 'error',
    });
    // The first YAML error is the one to fix; the rest usually follow from it.
    const [error] = doc.errors;
    if (error) {
      problems.push(
        problem(toLine(error.pos[0]), 'error', 'problem.invalidYaml', { detail: firstLine(error.message) }),
      );
      return { value: {}, problems };
    }
    if (YAML.isMap(doc.contents)) {
      const seen = new Set<string>();
      for (const item of doc.contents.items) {
        const key = YAML.isScalar(item.key) ? String(item.key.value) : String(item.key);
        if (seen.has(key)) {
          const pos = YAML.isNode(item.key) && item.key.range ? item.key.range[0] : 0;
          problems.push(repeatedKey(key, toLine(pos)));
        }
        seen.add(key);
      }
    }
    // A key that is a list or a map (`? [a, b]: c`, `[a]: b`) becomes text in JavaScript: say where.
    YAML.visit(doc, {
      Pair(_, pair) {
        if (YAML.isCollection(pair.key))
          problems.push(problem(toLine(pair.key.range?.[0] ?? 0), 'warning', 'problem.complexKey'));
      },
    });
    // YAML escapes ("\x1b") make control characters out of plain text: clean every string value.
    return { value: sanitizeStrings(doc.toJS({ maxAliasCount: 50 })), problems };
  } catch (error) {
    // Alias bombs (too many aliases) and pathological nesting end here, not in the caller.
    const message = error instanceof Error ? error.message : String(error);
    problems.push(problem(2, 'error', 'problem.frontMatterUnreadable', { detail: firstLine(message) }));
    return { value: {}, problems };
  }
}

function repeatedKey(key: string, line: number): Problem {
  return problem(line, 'warning', 'problem.keyRepeated', { key });
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

function sanitizeStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return sanitize(value);
  if (depth > 50 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => sanitizeStrings(v, depth + 1));
  if (value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [sanitize(k), sanitizeStrings(v, depth + 1)]),
  );
}
