import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with the benchmark
import { generateLibrary } from '../../bench/generate-library.mjs';
import { tempHome, tramit } from '../helpers/cli.js';
import { REPO } from '../helpers/paths.js';

/** Issue 18, what is not about a terminal (the rest is in test/e2e/terminal-ux-pty.test.ts). */
const es = { TRAMIT_LANG: 'es' };
const NOW = { TRAMIT_NOW: '2026-11-25T12:00:00Z' };
const json = <T>(text: string) => JSON.parse(text) as T;

describe('titles in messages follow the guide language chosen for the user (item 3)', () => {
  it('reset names the Spanish guide after walking the English one', async () => {
    const home = tempHome();
    expect((await tramit(['--lang', 'en', 'check', 'imss_enrollment', 's1'], { home })).code).toBe(0);
    const asked = await tramit(['reset', 'imss_enrollment'], { home, env: es });
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('"Inscribirte al IMSS como persona trabajadora independiente"');
    expect(asked.stderr).not.toContain('Register with IMSS');
    const done = await tramit(['reset', 'mexico-imss_enrollment', '--yes'], { home, env: es });
    expect(done.stdout).toBe(
      'Se olvidó tu avance en "Inscribirte al IMSS como persona trabajadora independiente".\n',
    );
  });
});

describe('each warning in one place (item 5), piped', () => {
  it('checklist: inline on stdout, and once on stderr for a script', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 'd5', '--date', '2026-07-18'], { home, env: NOW });
    const result = await tramit(['checklist', 'rfc_registration'], { home, env: { ...NOW, ...es } });
    expect(result.stdout).toContain('! comprobante de domicilio: fecha de obtención 2026-07-18;');
    expect(result.stderr.match(/comprobante de domicilio: fecha de obtención/g)).toHaveLength(1);
  });

  it('show: the fallback notice inline on stdout, and once on stderr', async () => {
    const result = await tramit(['--lang', 'de', 'show', 'imss_enrollment']);
    expect(result.stdout).toContain('Not available in de; shown in en.');
    expect(result.stderr.match(/not available in de/g)).toHaveLength(1);
  });
});

describe('export infers the format from the file name (item 8)', () => {
  it.each([
    ['imss.json', [], /^\{\n {2}"guide"/],
    ['imss.md', [], /^# Register with IMSS/],
    ['imss.txt', [], /^Register with IMSS/],
    ['imss.json', ['--format', 'text'], /^Register with IMSS/],
    ['imss.out', ['--format', 'md'], /^# Register with IMSS/],
  ])('-o %s %j', async (name, extra, start) => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-export-'));
    const file = join(dir, name);
    const result = await tramit(['export', 'imss_enrollment', '-o', file, ...extra]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(start);
  });
});

describe('topics across countries (item 9)', () => {
  it('list --topic without a country lists that topic in every country', async () => {
    const result = await tramit(['list', '--topic', 'salud'], { env: es });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Salud y seguridad social: \d+ guías en \d+ países$/);
    for (const country of ['México', 'España', 'Alemania']) expect(lines).toContain(country);
    expect(result.stdout).toContain('mexico/inscripcion_al_imss');
    expect(result.stdout).not.toContain('mexico/registro_curp');
    const all = json<Array<{ id: string; topics: string[] }>>(
      (await tramit(['list', '--topic', 'health', '--json'])).stdout,
    );
    expect(new Set(all.map((g) => g.id.split('/')[0])).size).toBeGreaterThan(3);
    expect(all.every((g) => g.topics.includes('health'))).toBe(true);
  });

  it('topics hides those without guides unless asked, with counts', async () => {
    const shown = (await tramit(['topics'], { env: es })).stdout;
    expect(shown).toMatch(/^health +Salud y seguridad social: \d+ guías$/m);
    expect(shown).not.toMatch(/^education/m);
    expect(shown).toContain('1 tema todavía no tiene guías (`tramit topics --all` lo muestra).');
    expect((await tramit(['topics', '--all'], { env: es })).stdout).toMatch(
      /^education +Educación: 0 guías$/m,
    );
  });
});

describe('procedures counted everywhere, translations said (item 10)', () => {
  it('list <country> --lang all counts procedures and says how many translations', async () => {
    const procedures = json<unknown[]>((await tramit(['list', 'mexico', '--json'])).stdout).length;
    const files = json<unknown[]>(
      (await tramit(['--lang', 'all', 'list', 'mexico', '--json'])).stdout,
    ).length;
    expect(files).toBeGreaterThan(procedures);
    const text = (await tramit(['--lang', 'all', 'list', 'mexico'])).stdout;
    expect(text.split('\n')[0]).toBe(`Mexico: ${procedures} guides, ${files} translations`);
    const countries = (await tramit(['--lang', 'all', 'list'])).stdout;
    expect(countries).toMatch(
      new RegExp(`^mexico +Mexico: ${procedures} guides, ${files} translations \\(en, es\\)$`, 'm'),
    );
    // The same count without --lang all.
    expect((await tramit(['list'])).stdout).toMatch(
      new RegExp(`^mexico +Mexico: ${procedures} guides \\(en, es\\)$`, 'm'),
    );
  });

  it('--lang all leaves the messages in the user language', async () => {
    expect((await tramit(['--lang', 'all', 'list', 'mexico'], { env: es })).stdout).toMatch(
      /^México: \d+ guías, \d+ traducciones$/m,
    );
  });
});

describe('Spanish wording (item 11)', () => {
  it('validate agrees with one file', async () => {
    const result = await tramit(['validate', join(REPO, 'guides/es/mexico/inscripcion_al_imss.md')], {
      env: es,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 archivo revisado: 0 errores, 0 avisos');
  });

  it('new --lang es writes a Spanish skeleton that validate does not pass until filled in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-new-es-'));
    const made = await tramit(['--lang', 'es', 'new', 'mexico/inscripcion_al_imss', '--dir', dir], {
      env: NOW,
    });
    expect(made.code).toBe(0);
    const file = made.stdout.trim();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Inscripción al imss"');
    expect(text).toContain('## Publicaciones relacionadas');
    expect(text).toContain('| Proveedor | Sitio web | Plazo | Costo |');
    expect(text).not.toMatch(/Related Posts|Provider|One action|Who must|Document name/);
    const checked = await tramit(['validate', file], { env: es });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(':12: error: una fuente todavía no tiene dirección ("https://")');
    expect(checked.stdout).toMatch(
      /:25: error: sigue aquí la nota del esqueleto para el autor: "Una acción por paso\."/,
    );
    expect(checked.stdout).toMatch(/1 archivo revisado: \d+ errores, 0 avisos/);
  });
});

describe("commander's suggestions and a clean install (item 13)", () => {
  it('says "did you mean" the way tramit hints', async () => {
    expect((await tramit(['lisst'])).stderr).toBe("tramit: unknown command 'lisst'\n  did you mean list?\n");
    expect((await tramit(['list', '--jsn'], { env: es })).stderr).toBe(
      "tramit: opción desconocida '--jsn'\n  ¿quisiste decir --json?\n",
    );
  });

  it('decides about every install script in the lockfile, so npm 11 has nothing to warn about', () => {
    const pkg = json<{ allowScripts?: Record<string, boolean> }>(
      readFileSync(join(REPO, 'package.json'), 'utf8'),
    );
    const lock = json<{ packages: Record<string, { hasInstallScript?: boolean; version?: string }> }>(
      readFileSync(join(REPO, 'package-lock.json'), 'utf8'),
    );
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    const decided = new Set(Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(.)@.*$/, '$1')));
    expect(withScripts.filter((name) => !decided.has(name))).toEqual([]);
  });
});

describe('no progress line when piped (item 14)', () => {
  it('says nothing while indexing a large library into a pipe, even with no delay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-big-'));
    generateLibrary(dir, 300);
    const cache = mkdtempSync(join(tmpdir(), 'tramit-cache-'));
    const result = await tramit(['--no-bundled', '--guides-dir', dir, 'countries'], {
      env: { TRAMIT_PROGRESS_DELAY_MS: '0', TRAMIT_CACHE_DIR: cache },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('piped output stays one line per item (item 1)', () => {
  it('list and checklist are not wrapped in a pipe', async () => {
    const list = (await tramit(['list', 'mexico'], { env: es })).stdout;
    expect(list).toMatch(
      /^ {2}Contratar el seguro de salud del IMSS siendo extranjero \(Seguro de Salud para la Familia\) — mexico\/seguro_social_para_extranjeros · \d+ pasos · \d+ documentos$/m,
    );
    const checklist = (await tramit(['checklist', 'imss_enrollment'], { env: es })).stdout;
    expect(checklist).toMatch(/^\[ \] d6 {3}Escrito libre firmado — .{100,}$/m);
  });
});
