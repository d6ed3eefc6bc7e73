import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/guide/simple-yaml.js';
// @ts-expect-error -- plain JS module shared with the benchmark
import { generateLibrary } from '../../bench/generate-library.mjs';

/** What the `yaml` package makes of a front matter (as frontmatter.ts asks it), and its repeated keys. */
function byYamlPackage(
  text: string,
): { value: unknown; repeated: Array<{ key: string; line: number }> } | null {
  const doc = YAML.parseDocument(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0 || !YAML.isMap(doc.contents)) return null;
  const seen = new Set<string>();
  const repeated: Array<{ key: string; line: number }> = [];
  for (const item of doc.contents.items) {
    const key = YAML.isScalar(item.key) ? String(item.key.value) : String(item.key);
    const at = YAML.isNode(item.key) && item.key.range ? item.key.range[0] : 0;
    if (seen.has(key)) repeated.push({ key, line: text.slice(0, at).split('\n').length - 1 });
    seen.add(key);
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 50 }), repeated };
  } catch {
    // An alias to nothing: frontmatter.ts reports it; the simple reader must not read such a text.
    return null;
  }
}

/** Either not read by the simple reader, or read exactly as the `yaml` package reads it. */
function expectSame(text: string): boolean {
  const simple = readSimpleYaml(text);
  if (simple === null) return false;
  expect([text, simple]).toEqual([text, byYamlPackage(text)]);
  return true;
}

function markdownUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

const frontMatter = (file: string) => {
  try {
    return matter(readFileSync(file, 'utf8'), { engines: { yaml: () => ({}) } }).matter.replace(/^\n/, '');
  } catch {
    return '';
  }
};

describe('the simple front matter reader', () => {
  it('reads every front matter of the bundled guides, fixtures, seed and a generated library as the yaml package does', () => {
    const generated = mkdtempSync(join(tmpdir(), 'tramit-simple-yaml-'));
    generateLibrary(generated, 600, 7);
    const files = [
      ...markdownUnder(join(__dirname, '..', '..', 'guides')),
      ...markdownUnder(join(__dirname, '..', 'fixtures')),
      ...markdownUnder(join(__dirname, '..', '..', '..', 'shared', 'seed')),
      ...markdownUnder(generated),
    ];
    let read = 0;
    for (const file of files) if (expectSame(frontMatter(file))) read += 1;
    // The generated library's front matter (the common shape) is read here, not by the package.
    rmSync(generated, { recursive: true, force: true });
    expect(read).toBeGreaterThan(600);
  });

  it.each([
    ['date: 2024-06-24', { date: '2024-06-24' }],
    ['draft: false\nweight: 3', { draft: false, weight: 3 }],
    ['title: Renew [en] #12', { title: 'Renew [en]' }],
    ['title: a#b', { title: 'a#b' }],
    ['categories: ["Mexico", \'Perú\', Chile]', { categories: ['Mexico', 'Perú', 'Chile'] }],
    ['categories:\n- Mexico\n-  Perú', { categories: ['Mexico', 'Perú'] }],
    ['categories:\n  - Mexico', { categories: ['Mexico'] }],
    ['description: one\n  two\n  three\ntitle: t', { description: 'one two three', title: 't' }],
    ['a: ~\nb:\nc: Null', { a: null, b: null, c: null }],
    ['url: https://example.org/a?b=c', { url: 'https://example.org/a?b=c' }],
    ['translationKey: a\ntranslationKey: b', { translationKey: 'b' }],
  ])('%j reads as %j', (text, value) => {
    expect(readSimpleYaml(text)?.value).toEqual(value);
    expect(expectSame(text)).toBe(true);
  });

  it.each([
    'a: 1.5',
    'a: 0x1F',
    'a: 0123',
    'a: +1',
    'a: "x\\ty"',
    'a: &x 1\nb: *x',
    'a:\n  b: 1',
    'a: |\n  text',
    'a: x\n\n  y',
    'a: "x"\n  y',
    '# comment\na: 1',
    'a: b: c',
    'a:\tb',
    '"a": 1',
    'null: 1',
    'True: 1',
    'false: x',
    '__proto__: 1',
    '',
    'a: [x, [y]]',
    'a:\n- x\n  y',
  ])('leaves %j to the yaml package', (text) => {
    expect(readSimpleYaml(text)).toBeNull();
  });

  it('never reads a text otherwise than the yaml package (fast-check)', () => {
    const word = fc.constantFrom(
      'x',
      'Mexico',
      'Perú',
      'true',
      'False',
      'null',
      '~',
      '12',
      '0',
      '007',
      '1e3',
      '.5',
      '2024-06-24',
      'a:b',
      'a: b',
      '#c',
      ' #c',
      '"q"',
      "'q'",
      '"a, b"',
      '[x]',
      '[x, "y"]',
      '[]',
      '-',
      '- x',
      '&a',
      '*a',
      '!t',
      '|',
      '>',
      '%',
      '@',
      '`',
      '{a: 1}',
      'é',
      'ü ß',
      '',
      ' ',
    );
    const value = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
    const line = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('title', 'date', 'draft', 'key_2', 'a', 'null', 'True', 'FALSE', 'Null_x'),
          value,
        )
        .map(([k, v]) => `${k}: ${v}`),
      fc.constantFrom('categories:', 'a:', '- x', '  - y', '-  z', '  continued text', '', '  ', 'x', '# c'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        if (byYamlPackage(text) === null) expect(readSimpleYaml(text)).toBeNull();
        else expectSame(text);
      }),
      { seed: 20261201, numRuns: 3000 },
    );
  });

  it('never reads random text otherwise than the yaml package (fast-check)', () => {
    const chars = [...'ab :#-[],"\'\\é{}&*!|>%@`?01.ex+~_\n'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...chars), maxLength: 60 }), (tail) => {
        const text = `title: ${tail}`;
        if (byYamlPackage(text) === null) expect(readSimpleYaml(text)).toBeNull();
        else expectSame(text);
      }),
      { seed: 20261202, numRuns: 5000 },
    );
  });
});
