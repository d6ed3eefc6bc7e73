import matter from 'gray-matter';
import YAML from 'yaml';
import { foldKey } from '../text/normalize.js';
import { sanitize } from '../text/sanitize.js';
import { readSimpleYaml } from './simple-yaml.js';
import type { Problem } from './model.js';

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

/** Keys the format uses, and the localized or misspelt forms real files have instead (folded). */
const KEY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  title: [
    'title',
    'titulo',
    'titel',
    'titre',
    'titolo',
    'tytul',
    'nazev',
    'nazov',
    'cim',
    'naslov',
    'titlu',
    'заглавие',
    'τιτλοσ',
  ],
  description: [
    'description',
    'descripcion',
    'descricao',
    'beschreibung',
    'descrizione',
    'beschrijving',
    'opis',
    'popis',
    'leiras',
    'descriere',
    'описание',
    'περιγραφη',
  ],
  meta_title: ['meta_title', 'metatitle', 'meta_titulo', 'meta_titel'],
  date: ['date', 'fecha', 'data', 'datum', 'datum_objave', 'дата', 'ημερομηνια'],
  author: ['author', 'autor', 'auteur', 'autore', 'szerzo', 'автор', 'συγγραφεασ'],
  categories: [
    'categories',
    'category',
    'categorias',
    'kategorien',
    'categorie',
    'categorii',
    'kategorie',
    'kategoriak',
  ],
  translationKey: ['translationkey', 'translation_key'],
  draft: ['draft', 'borrador'],
  tags: ['tags', 'etiquetas'],
  topics: ['topics', 'temas'],
  produces: ['produces'],
  sources: ['sources', 'fuentes', 'fontes', 'quellen'],
  lang: ['lang', 'language', 'languagecode', 'idioma'],
  country: ['country', 'pais', 'land'],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(KEY_ALIASES)) {
  for (const alias of aliases) CANONICAL.set(alias, canonical);
}

/** Keys Hugo sites commonly carry that tramit ignores without comment. */
const KNOWN_IGNORED = new Set([
  'slug',
  'url',
  'aliases',
  'weight',
  'lastmod',
  'images',
  'image',
  'keywords',
  'type',
  'layout',
  'summary',
  'toc',
  'menu',
]);

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Splits and reads the front matter. Never throws: repeated keys keep the later value (about one
 * community file in seven repeats `translationKey`), broken YAML leaves the data empty, and every
 * such case is recorded as a problem with the file's line number.
 */
export function readFrontMatter(source: string): FrontMatter {
  const problems: Problem[] = [];
  const empty = (body: string, bodyLine: number, present: boolean): FrontMatter => ({
    data: {},
    extra: {},
    present,
    body,
    bodyLine,
    problems,
    lineOf: () => 1,
  });

  if (!/^---[ \t]*\n/.test(source)) {
    problems.push({
      line: 1,
      severity: 'error',
      message: 'no front matter: the file should start with a `---` line',
    });
    return empty(source, 1, false);
  }
  const close = /\n---[ \t]*(?:\n|$)/.exec(source.slice(3));
  if (!close) {
    problems.push({
      line: 1,
      severity: 'error',
      message: 'front matter is not closed: add a `---` line after it',
    });
    return empty(source.slice(source.indexOf('\n') + 1), 2, false);
  }

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
  // The body starts on the line after the closing fence.
  const bodyLine = lineOfOffset(source, 3 + close.index + 1) + 1;
  const body = file.content;

  if (!readable) return empty(body, bodyLine, false);
  if (parsed === null || parsed === undefined) return empty(body, bodyLine, true);
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push({ line: 2, severity: 'error', message: 'front matter is not a set of `key: value` lines' });
    return empty(body, bodyLine, false);
  }

  const data: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  /** The key as written that gave each canonical value. */
  const written = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    const folded = foldKey(key);
    const canonical = CANONICAL.get(folded) ?? CANONICAL.get(folded.replace(/_/g, ''));
    if (!canonical) {
      if (!KNOWN_IGNORED.has(folded)) extra[key] = value;
      continue;
    }
    if (canonical !== key && key !== 'translationKey') {
      if (canonical in (parsed as Record<string, unknown>)) {
        extra[key] = value;
        continue;
      }
      problems.push({
        line: lineOfKey(file.matter, key),
        severity: 'warning',
        message: `front matter key "${key}" read as "${canonical}"`,
      });
    }
    data[canonical] = value;
    written.set(canonical, key);
  }
  const lineOf = (canonical: string): number => {
    const key = written.get(canonical);
    if (key === undefined) return 1;
    // Problems are rare: the front matter is searched only when one needs a line.
    const lines = source.split('\n', bodyLine - 1);
    const pattern = new RegExp(`^["']?${escapeRegExp(key)}["']?\\s*:`);
    for (let i = lines.length - 1; i > 0; i--) if (pattern.test(lines[i]!)) return i + 1;
    return 1;
  };
  return { data, extra, present: true, body, bodyLine, problems, lineOf };
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
      problems.push({
        line: toLine(error.pos[0]),
        severity: 'error',
        message: `front matter is not valid YAML: ${firstLine(error.message)}`,
      });
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
          problems.push({
            line: toLine(pair.key.range?.[0] ?? 0),
            severity: 'warning',
            message: 'a front matter key on this line is a list or a map; it is read as text',
          });
      },
    });
    // YAML escapes ("\x1b") make control characters out of plain text: clean every string value.
    return { value: sanitizeStrings(doc.toJS({ maxAliasCount: 50 })), problems };
  } catch (error) {
    // Alias bombs (too many aliases) and pathological nesting end here, not in the caller.
    const message = error instanceof Error ? error.message : String(error);
    problems.push({
      line: 2,
      severity: 'error',
      message: `front matter could not be read: ${firstLine(message)}`,
    });
    return { value: {}, problems };
  }
}

function repeatedKey(key: string, line: number): Problem {
  return {
    line,
    severity: 'warning',
    message: `front matter key "${key}" is repeated; the later value is used`,
  };
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
