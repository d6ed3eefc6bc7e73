import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with the benchmark
import { generateLibrary } from '../../bench/generate-library.mjs';
import { tempHome, tramit, type RunResult } from '../helpers/cli.js';
import { BIN } from '../helpers/paths.js';

const ESC = '\u001b';
const json = <T>(text: string) => JSON.parse(text) as T;

/** Runs tramit in a pseudo-terminal (util-linux `script`), as a user at a terminal would. */
function inTerminal(args: string[], home: string): string {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return execFileSync('script', ['-qec', `stty cols 100 rows 500; ${command}`, '/dev/null'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TRAMIT_HOME: home,
      TERM: 'xterm-256color',
      PAGER: 'cat',
    },
    encoding: 'utf8',
  });
}

describe('list', () => {
  it('prints the same guides for mexico, mx, México and MEXICO', async () => {
    const outputs: RunResult[] = [];
    for (const c of ['mexico', 'mx', 'México', 'MEXICO']) outputs.push(await tramit(['list', c]));
    expect(outputs.every((o) => o.code === 0)).toBe(true);
    expect(new Set(outputs.map((o) => o.stdout)).size).toBe(1);
    expect(outputs[0]!.stdout).toContain('mexico/imss_enrollment');
  });

  it('shows countries with counts when no country is given', async () => {
    const result = await tramit(['list']);
    expect(result.stdout).toMatch(/^mexico\s+Mexico: 18 guides \(en, es\)$/m);
    expect(result.stdout.match(/^\S+\s+.+: \d+ guides? \(/gm)).toHaveLength(6);
    expect((await tramit(['countries'])).stdout).toBe(result.stdout);
  });

  it('names countries in the chosen language', async () => {
    expect((await tramit(['--lang', 'es', 'list'])).stdout).toMatch(/^mexico\s+México: 18 /m);
    expect((await tramit(['--lang', 'de', 'countries'])).stdout).toMatch(/^germany\s+Deutschland:/m);
  });

  it('groups guides by topic, with a progress mark on started ones, plain when piped', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 's1', 's2', 'd1'], { home });
    const result = await tramit(['list', 'mexico'], { home });
    expect(result.stdout).not.toContain(ESC);
    const health = result.stdout.indexOf('Health & social security');
    const identity = result.stdout.indexOf('Identity documents');
    expect(identity).toBeGreaterThan(-1);
    expect(health).toBeGreaterThan(identity);
    expect(result.stdout).toMatch(
      /^ {2}Register with IMSS as a self-employed worker — mexico\/imss_enrollment · 8 steps · 6 documents \[2\/8 steps, 1\/6 docs\]$/m,
    );
    expect(result.stdout).toMatch(
      /^ {2}Get, print or correct your CURP — mexico\/curp_registration · 7 steps · 5 documents$/m,
    );
    // One line per guide.
    expect(result.stdout.split('\n').filter((line) => line.includes(' — mexico/'))).toHaveLength(18);
  });

  it('filters by topic, and refuses an unknown one', async () => {
    const health = json<Array<{ topics: string[] }>>(
      (await tramit(['list', 'mexico', '--topic', 'health', '--json'])).stdout,
    );
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((g) => g.topics.includes('health'))).toBe(true);
    expect(
      json<unknown[]>(
        (await tramit(['list', 'mexico', '--topic', 'Salud y seguridad social', '--json'])).stdout,
      ),
    ).toEqual(health);
    const bad = await tramit(['list', 'mexico', '--topic', 'cooking']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown topic "cooking"');
  });
});

describe('topics', () => {
  it('lists the taxonomy with counts; every bundled guide is counted under a topic', async () => {
    const topics = json<Array<{ id: string; guides: number; en: string; es: string }>>(
      (await tramit(['topics', '--json'])).stdout,
    );
    expect(topics.map((t) => t.id)).toEqual([
      'identity',
      'residence',
      'health',
      'pensions',
      'taxes',
      'work',
      'business',
      'vehicles',
      'family',
      'education',
      'housing',
      'legal',
    ]);
    expect(topics.every((t) => t.en && t.es)).toBe(true);
    expect(topics.find((t) => t.id === 'health')!.guides).toBeGreaterThan(3);
  });
});

describe('show', () => {
  it('is plain text when piped: no escape codes', async () => {
    const result = await tramit(['show', 'imss_enrollment']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toMatch(/^Register with IMSS as a self-employed worker\n=+\n/);
    expect(result.stdout).toContain('Also in: es');
    expect(result.stdout).toMatch(/Steps\n-----\n\n1\. Estimate the cost\./);
    expect(result.stdout).toContain('tramit show mexico/curp_registration');
    expect(result.stdout).toContain('https://www.imss.gob.mx/');
  });

  it('is coloured in a terminal', () => {
    const out = inTerminal(['show', 'imss_enrollment', '--no-pager'], tempHome());
    expect(out).toContain(`${ESC}[`);
    expect(out).toContain('Register with IMSS as a self-employed worker');
    // Inline markup inside list items is rendered, not printed raw.
    expect(out).not.toContain('**Estimate the cost.**');
  });

  it('marks progress on steps and documents', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 's1', 'd2'], { home });
    const out = (await tramit(['show', 'imss_enrollment'], { home })).stdout;
    expect(out).toContain('Steps (1 of 8 done)');
    expect(out).toMatch(/1\. \[x\] Estimate the cost/);
    expect(out).toMatch(/2\. \[ \] Get your NSS/);
    expect(out).toContain('Documents (1 of 6 ready)');
  });

  it('warns about a guide over a year old, and says which language it fell back to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tramit-old-'));
    mkdirSync(join(root, 'en', 'peru'), { recursive: true });
    writeFileSync(
      join(root, 'en', 'peru', 'old_guide.md'),
      '---\ntitle: An old guide\ndescription: d\ndate: 2022-03-01\ncategories: [Peru]\ntranslationKey: peru-old_guide\n---\n## Procedure\n1. Step.\n',
    );
    const result = await tramit(['--lang', 'fr', '--guides-dir', root, 'show', 'old_guide'], {
      env: { TRAMIT_NOW: '2026-11-25T12:00:00Z' },
    });
    expect(result.stdout).toContain('This guide is over 4 years old.');
    expect(result.stdout).toContain('Not available in fr; shown in en.');
    expect(result.stderr).toContain('not available in fr; showing en');
  });

  it('exits 2 with suggestions for an unknown guide', async () => {
    const result = await tramit(['show', 'curp_registrtion']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/did you mean mexico\/curp_registration/);
  });
});

describe('search', () => {
  it.each([
    ['inscripcion imss', 'mexico-imss_enrollment'],
    ['imms enrollment', 'mexico-imss_enrollment'],
    ['INSCRIPCIÓN IMSS', 'mexico-imss_enrollment'],
    ['empadronamiento', 'spain-address_registration'],
    ['anmeldung wohnung', 'germany-address_registration'],
    ['monotributo', 'argentina-monotributo'],
    ['licencia conducir cdmx', 'mexico-driving_licence_cdmx'],
    ['licencia conducir alemania', 'germany-driving_licence_conversion'],
  ])('"%s" finds %s first', async (query, key) => {
    const hits = json<Array<{ key: string; score: number }>>(
      (await tramit(['search', ...query.split(' '), '--json'])).stdout,
    );
    expect(hits[0]!.key).toBe(key);
    expect(hits[0]!.score).toBeGreaterThan(0);
  });

  it('filters by country, topic and language', async () => {
    const spain = json<Array<{ country: string }>>(
      (await tramit(['search', 'social', 'security', '--country', 'es', '--json'])).stdout,
    );
    expect(spain.length).toBeGreaterThan(0);
    expect(spain.every((h) => h.country === 'spain')).toBe(true);
    const taxes = json<Array<{ key: string }>>(
      (await tramit(['search', 'register', '--topic', 'taxes', '--json'])).stdout,
    );
    expect(taxes.length).toBeGreaterThan(0);
    const pt = json<Array<{ lang: string }>>(
      (await tramit(['--lang', 'pt', 'search', 'segurança', 'social', '--json'])).stdout,
    );
    expect(pt.length).toBeGreaterThan(0);
    expect(pt.every((h) => h.lang === 'pt')).toBe(true);
  });

  it('prints a ranked list, and says so when nothing matches', async () => {
    const result = await tramit(['search', 'curp']);
    expect(result.stdout).toMatch(/^ 1\. .*CURP/);
    const none = await tramit(['search', 'xylophone']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No guide matches "xylophone"');
  });

  it('shows each procedure once, in the language of the locale when it has it', async () => {
    const english = { LANG: 'en_US.UTF-8' };
    expect((await tramit(['search', 'curp'], { env: english })).stdout).toMatch(
      /^ 1\. Get, print or correct your CURP\n/,
    );
    const imss = json<Array<{ key: string; lang: string }>>(
      (await tramit(['search', 'imss', '--country', 'mx', '--json'], { env: english })).stdout,
    );
    expect(imss.length).toBeGreaterThan(2);
    expect(imss.every((h) => h.lang === 'en')).toBe(true);
    expect(new Set(imss.map((h) => h.key)).size).toBe(imss.length);
    const spanish = json<Array<{ lang: string }>>(
      (await tramit(['search', 'imss', '--country', 'mx', '--json'], { env: { LANG: 'es_MX.UTF-8' } }))
        .stdout,
    );
    expect(spanish.every((h) => h.lang === 'es')).toBe(true);
    const every = json<Array<{ key: string; lang: string }>>(
      (await tramit(['--lang', 'all', 'search', 'curp', '--json'], { env: english })).stdout,
    );
    expect(
      every
        .filter((h) => h.key === 'mexico-curp_registration')
        .map((h) => h.lang)
        .sort(),
    ).toEqual(['en', 'es']);
  });

  it('reads a country named in the query: self employed mexico', async () => {
    const hits = json<Array<{ key: string; country: string }>>(
      (await tramit(['search', 'self', 'employed', 'mexico', '--json'])).stdout,
    );
    expect(hits[0]!.key).toBe('mexico-imss_enrollment');
    const nie = json<Array<{ country: string }>>((await tramit(['search', 'nie', '--json'])).stdout);
    expect(nie.every((h) => h.country === 'spain')).toBe(true);
  });

  it('exits 2 for an unknown country filter', async () => {
    const result = await tramit(['search', 'imss', '--country', 'atlantis']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no guides for country "atlantis"');
  });
});

describe('a generated multi-language library', () => {
  it('gives every guide at least one topic', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-topics-'));
    generateLibrary(dir, 600, 7);
    const guides = json<Array<{ topics: string[] }>>(
      (await tramit(['--no-bundled', '--guides-dir', dir, '--lang', 'all', 'list', 'mexico', '--json']))
        .stdout,
    );
    expect(guides.length).toBeGreaterThan(100);
    expect(guides.every((g) => g.topics.length > 0)).toBe(true);
  });
});
