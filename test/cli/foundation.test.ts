import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tramit, type RunResult } from '../helpers/cli.js';
import { FIXTURES, HAVE_SEED, SEED } from '../helpers/paths.js';

const json = (text: string) => JSON.parse(text) as unknown;

describe('tramit list --json', () => {
  it('lists the bundled countries with counts', async () => {
    const result = await tramit(['list', '--json']);
    expect(result.code).toBe(0);
    const countries = json(result.stdout) as Array<{ country: string; guides: number; languages: string[] }>;
    expect(countries.find((c) => c.country === 'mexico')).toMatchObject({
      guides: 18,
      languages: ['en', 'es'],
    });
  });

  it('gives the same guides for mexico, mx, México and MEXICO', async () => {
    const outputs: RunResult[] = [];
    for (const c of ['mexico', 'mx', 'México', 'MEXICO']) outputs.push(await tramit(['list', c, '--json']));
    for (const o of outputs) expect(o.code).toBe(0);
    expect(new Set(outputs.map((o) => o.stdout)).size).toBe(1);
    const guides = json(outputs[0]!.stdout) as Array<Record<string, unknown>>;
    expect(guides).toHaveLength(18);
    expect(Object.keys(guides[0]!).sort()).toEqual([
      'country',
      'description',
      'documents',
      'id',
      'key',
      'lang',
      'path',
      'steps',
      'title',
      'topics',
    ]);
    expect(guides.find((g) => g.id === 'mexico/imss_enrollment')).toMatchObject({
      lang: 'en',
      key: 'mexico-imss_enrollment',
    });
  });

  it('uses the chosen language, and --lang all lists every translation', async () => {
    const es = json((await tramit(['--lang', 'es', 'list', 'mexico', '--json'])).stdout) as Array<{
      id: string;
      lang: string;
    }>;
    expect(es.every((g) => g.lang === 'es')).toBe(true);
    expect(es.map((g) => g.id)).toContain('mexico/inscripcion_al_imss');
    const all = json((await tramit(['--lang', 'all', 'list', 'mexico', '--json'])).stdout) as unknown[];
    expect(all).toHaveLength(36);
    const locale = json(
      (await tramit(['list', 'mexico', '--json'], { env: { LANG: 'es_MX.UTF-8' } })).stdout,
    ) as Array<{ lang: string }>;
    expect(locale.every((g) => g.lang === 'es')).toBe(true);
  });

  it('exits 2 with a suggestion for an unknown country', async () => {
    const result = await tramit(['list', 'mexco']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no guides for country "mexco"');
    expect(result.stderr).toContain('did you mean mexico?');
    expect(result.stdout).toBe('');
  });
});

describe('tramit show --json', () => {
  it('prints the parsed guide in the shape of CLI.md', async () => {
    const result = await tramit(['show', 'imss_enrollment', '--json']);
    expect(result.code).toBe(0);
    const guide = json(result.stdout) as Record<string, unknown> & {
      steps: unknown[];
      documents: Array<{ n: number; name: string; note: string }>;
      related: Array<{ id: string | null }>;
    };
    for (const key of [
      'id',
      'key',
      'lang',
      'country',
      'title',
      'description',
      'date',
      'topics',
      'sections',
      'steps',
      'documents',
      'providers',
      'details',
      'related',
      'sources',
      'path',
    ]) {
      expect(guide).toHaveProperty(key);
    }
    expect(guide.id).toBe('mexico/imss_enrollment');
    expect(guide.steps.length).toBeGreaterThan(3);
    expect(guide.documents[0]).toMatchObject({ n: 1 });
    expect(guide.related.length).toBeGreaterThan(0);
    expect(guide.related.every((r) => typeof r.id === 'string')).toBe(true);
  });

  it('shows the translation in the chosen language, and says when it falls back', async () => {
    expect(
      (json((await tramit(['--lang', 'es', 'show', 'imss_enrollment', '--json'])).stdout) as { id: string })
        .id,
    ).toBe('mexico/inscripcion_al_imss');
    const fallback = await tramit(['--lang', 'de', 'show', 'inscripcion_al_imss', '--json']);
    expect(fallback.code).toBe(0);
    expect((json(fallback.stdout) as { lang: string }).lang).toBe('es');
    expect(fallback.stderr).toMatch(/not available in de; showing es/);
  });

  it('exits 2 with suggestions for an unknown guide, and treats paths as names', async () => {
    const typo = await tramit(['show', 'imss_enrolment']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean mexico\/imss_enrollment\b/);
    const path = await tramit(['show', '../../etc/passwd']);
    expect(path.code).toBe(2);
    expect(path.stderr).toContain('no guide matches');
  });
});

describe('tramit validate', () => {
  it('reports the bundled guides clean', async () => {
    const result = await tramit(['validate', 'guides/', '--strict']);
    expect(result.stdout).toMatch(/\d+ files checked: 0 errors, 0 warnings/);
    expect(result.code).toBe(0);
  });

  it.skipIf(!HAVE_SEED)('reports the seed: 6 steps, 4 documents, 5 related', async () => {
    const result = await tramit(['validate', SEED, '--json']);
    const [report] = json(result.stdout) as Array<Record<string, unknown>>;
    expect(report).toMatchObject({
      id: 'mexico/inscripcion_al_imss',
      lang: 'es',
      country: 'mexico',
      steps: 6,
      documents: 4,
      related: 5,
    });
    expect(result.code).toBe(0);
  });

  it('exits 1 on errors, with path:line: severity: message lines', async () => {
    const result = await tramit(['validate', join(FIXTURES, 'variations')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/broken-yaml\.md:3: error: front matter is not valid YAML/);
    expect(result.stdout).toMatch(
      /repeated-key\.md:7: warning: front matter key "translationKey" is repeated/,
    );
  });

  it('exits 2 for a path that does not exist', async () => {
    const result = await tramit(['validate', 'no/such/dir']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot check no/such/dir: no such file or folder');
  });
});

describe('extra guide roots', () => {
  const root = mkdtempSync(join(tmpdir(), 'tramit-root-'));
  mkdirSync(join(root, 'fr', 'france'), { recursive: true });
  writeFileSync(
    join(root, 'fr', 'france', 'carte_vitale.md'),
    '---\ntitle: Obtenir la carte Vitale\ndescription: d\ndate: 2025-01-01\ncategories: [France]\ntranslationKey: france-carte_vitale\n---\n## Procédure\n1. Demander.\n',
  );
  writeFileSync(join(root, 'fr', 'france', 'broken.md'), 'no front matter here\n');

  it.each([
    ['--guides-dir', (dir: string) => ({ args: ['--guides-dir', dir], env: {} })],
    ['TRAMIT_GUIDES', (dir: string) => ({ args: [], env: { TRAMIT_GUIDES: dir } })],
  ])('%s adds a root after the bundled one, warning once per bad file', async (_name, how) => {
    const { args, env } = how(root);
    const result = await tramit([...args, 'list', 'france', '--json'], { env });
    expect(result.code).toBe(0);
    expect((json(result.stdout) as Array<{ id: string }>).map((g) => g.id)).toEqual(['france/carte_vitale']);
    expect(result.stderr.split('\n').filter((line) => line.includes('broken.md'))).toHaveLength(1);
  });

  it('--no-bundled leaves the bundled library out', async () => {
    const result = await tramit(['--no-bundled', '--guides-dir', root, 'list', '--json']);
    expect((json(result.stdout) as Array<{ country: string }>).map((c) => c.country)).toEqual(['france']);
  });
});

describe('usage errors', () => {
  it('exits 2 for an unknown command or option', async () => {
    expect((await tramit(['frobnicate'])).code).toBe(2);
    expect((await tramit(['list', '--bogus'])).code).toBe(2);
  });
  it('prints help and version with exit 0', async () => {
    expect((await tramit(['--help'])).stdout).toContain('Usage: tramit');
    expect((await tramit(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
