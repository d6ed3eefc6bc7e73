import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { BIN } from '../helpers/paths.js';

const ESC = '\u001b';
const json = <T>(text: string) => JSON.parse(text) as T;

function communityRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'tramit-community-'));
  for (const [lang, slug, title] of [
    ['es', 'inscripcion_sunat', 'Inscripción en el RUC de SUNAT'],
    ['en', 'sunat_registration', 'Register with SUNAT for a RUC'],
  ] as const) {
    mkdirSync(join(root, lang, 'peru'), { recursive: true });
    writeFileSync(
      join(root, lang, 'peru', `${slug}.md`),
      `---\ntitle: ${title}\ndescription: d\ndate: 2025-01-01\ncategories:\n- Perú\ntranslationKey: peru-sunat_registration\n---\n## Procedure\n1. Go.\n## Required documents\n- DNI - original\n`,
    );
  }
  return root;
}

describe('sources', () => {
  it('adds a community folder, lists its guides, refuses duplicates and missing folders, removes it', async () => {
    const home = tempHome();
    const root = communityRoot();
    const added = await tramit(['sources', 'add', root], { home });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`Added ${root}: 2 guides in 1 country.`);
    expect((await tramit(['list', 'peru', '--json'], { home })).code).toBe(0);
    expect(
      json<Array<{ id: string }>>(
        (await tramit(['--lang', 'all', 'list', 'peru', '--json'], { home })).stdout,
      )
        .map((g) => g.id)
        .sort(),
    ).toEqual(['peru/inscripcion_sunat', 'peru/sunat_registration']);
    expect((await tramit(['sources', 'list'], { home })).stdout.trim()).toBe(root);
    expect(
      json<Array<{ dir: string; exists: boolean }>>(
        (await tramit(['sources', 'list', '--json'], { home })).stdout,
      ),
    ).toEqual([{ dir: root, exists: true, git: null }]);

    const twice = await tramit(['sources', 'add', root + '/'], { home });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('is already a guide folder');
    const missing = await tramit(['sources', 'add', join(root, 'nope')], { home });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const file = join(root, 'es', 'peru', 'inscripcion_sunat.md');
    expect((await tramit(['sources', 'add', file], { home })).stderr).toContain('is not a folder');

    expect((await tramit(['sources', 'remove', root], { home })).stdout).toContain(`Removed ${root}.`);
    expect((await tramit(['list', 'peru'], { home })).code).toBe(2);
    expect((await tramit(['sources', 'remove', root], { home })).code).toBe(2);
  });

  it('stores relative folders as absolute paths', async () => {
    const home = tempHome();
    const root = communityRoot();
    await tramit(['sources', 'add', 'es'], { home, cwd: root });
    expect((await tramit(['sources', 'list'], { home })).stdout.trim()).toBe(join(root, 'es'));
  });
});

describe('config', () => {
  it('sets, gets, lists, unsets and locates settings; refuses bad values naming the allowed ones', async () => {
    const home = tempHome();
    expect((await tramit(['config', 'path'], { home })).stdout.trim()).toBe(join(home, 'config.json'));
    expect((await tramit(['config', 'set', 'lang', 'ES'], { home })).stdout.trim()).toBe('lang = es');
    expect((await tramit(['config', 'get', 'lang'], { home })).stdout.trim()).toBe('es');
    expect(json<{ lang: string }>(readFileSync(join(home, 'config.json'), 'utf8')).lang).toBe('es');
    expect(
      json<Array<{ lang: string }>>((await tramit(['list', 'mexico', '--json'], { home })).stdout).every(
        (g) => g.lang === 'es',
      ),
    ).toBe(true);
    expect((await tramit(['config', 'list'], { home })).stdout).toMatch(/^lang = es/m);

    const bad = await tramit(['config', 'set', 'lang', 'klingon'], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bg, cs, de, el, en, es, fr, hr, hu, it, nl, pl, pt, ro, sk');
    const unknown = await tramit(['config', 'get', 'colour'], { home });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('lang, sources');

    await tramit(['config', 'unset', 'lang'], { home });
    expect((await tramit(['config', 'get', 'lang'], { home })).stdout).toBe('');
  });
});

describe('completion', () => {
  const complete = async (...words: string[]) =>
    (await tramit(['__complete', 'bash', String(words.length), '--', ...words])).stdout
      .trim()
      .split('\n')
      .filter(Boolean);

  it.each([
    [['li'], ['list']],
    [['show', 'imss_en'], ['imss_enrollment']],
    [['show', 'mexico/cu'], ['mexico/curp_registration']],
    // A guide or document typed in several words is still one name.
    [['show', 'imss', 'im'], []],
    [['wallet', 'add', 'acta', 'bi'], []],
    [['list', 'ger'], ['germany']],
    [['search', 'x', '--country', 'ar'], ['argentina']],
    [['list', 'mexico', '--topic', 'he'], ['health']],
    [['export', 'nie', '--format', 'm'], ['markdown']],
    [
      ['check', 'nie', 'd'],
      ['d1', 'd2', 'd3', 'd4', 'd5'],
    ],
    [['check', 'imss_enrollment', 'd4', '--kind', 'pa'], ['passport']],
    [
      ['plan', '--country', 'mexico', '--goal', 's'],
      ['self-employed', 'study'],
    ],
    [['plan', 'rfc_reg'], ['rfc_registration']],
    [['completion', 'z'], ['zsh']],
    [['config', 'set', 'l'], ['lang']],
    [
      ['--lang', 'e'],
      ['el', 'en', 'es'],
    ],
    [['--lang', 'es', 'sh'], ['show']],
  ])('%j → %j', async (words, expected) => {
    expect(await complete(...words)).toEqual(expected);
  });

  it('offers options after a dash', async () => {
    expect(await complete('export', 'nie', '--f')).toEqual(['--format', '--force']);
  });

  it('prints scripts for bash, zsh and fish, and refuses other shells', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = (await tramit(['completion', shell])).stdout;
      expect(script).toContain('tramit __complete');
    }
    expect(spawnSync('bash', ['-n'], { input: (await tramit(['completion', 'bash'])).stdout }).status).toBe(
      0,
    );
    expect((await tramit(['completion', 'tcsh'])).code).toBe(2);
  });

  it('completes in bash through the generated function', () => {
    const shim = mkdtempSync(join(tmpdir(), 'tramit-shim-'));
    writeFileSync(join(shim, 'tramit'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, {
      mode: 0o755,
    });
    const out = execFileSync(
      'bash',
      [
        '-c',
        'source <(tramit completion bash); COMP_WORDS=(tramit show curp_reg); COMP_CWORD=2; _tramit; printf "%s\\n" "${COMPREPLY[@]}"',
      ],
      { env: { PATH: `${shim}:${process.env.PATH}`, TRAMIT_HOME: tempHome() }, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('curp_registration');
  });
});

describe('new', () => {
  it('writes a skeleton in the chosen language, whose placeholders validate reports, and never overwrites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-new-'));
    const made = await tramit(['new', 'peru/dni_renewal', '--dir', dir]);
    expect(made.code).toBe(0);
    const file = join(dir, 'en', 'peru', 'dni_renewal.md');
    expect(made.stdout.trim()).toBe(file);
    const checked = await tramit(['validate', file, '--json']);
    // Unfilled, it is not a guide yet: its notes to the author and its empty source address are errors.
    expect(checked.code).toBe(1);
    const report = json<
      Array<{ problems: Array<{ severity: string; message: string }>; steps: number; documents: number }>
    >(checked.stdout)[0]!;
    expect(report.steps).toBeGreaterThan(0);
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(errors.length).toBeGreaterThan(5);
    expect(errors.every((m) => /skeleton's note to the author|has no address yet/.test(m))).toBe(true);

    const es = await tramit(['--lang', 'es', 'new', 'México/renovacion_ine', '--dir', dir]);
    const esFile = join(dir, 'es', 'mexico', 'renovacion_ine.md');
    expect(es.stdout.trim()).toBe(esFile);
    const text = readFileSync(esFile, 'utf8');
    for (const heading of [
      '## Descripción',
      '### ¿Qué es?',
      '## Procedimiento',
      '## Documentos requeridos',
      '## Detalles adicionales',
      '## Publicaciones relacionadas',
    ])
      expect(text).toContain(heading);
    // Filled in (every note replaced by the author's own words), it validates.
    const filled = text
      .replace(/^description: .*$/m, 'description: "Renueva tu credencial para votar antes de que venza."')
      .replace(/^- title: .*$/m, '- title: "INE – Credencial para votar"')
      .replace(/url: https:\/\/$/m, 'url: https://www.ine.mx/credencial/')
      .replace(/^Qué es el trámite.*$/m, 'La credencial del INE es tu identificación oficial.')
      .replace(/^Quién debe.*$/m, 'Quien tiene una credencial vencida o por vencer.')
      .replace(/^1\. .*$/m, '1. **Agenda una cita** en el sitio del INE.')
      .replace(/^2\. .*$/m, '2. **Acude al módulo** con tus documentos.')
      .replace(/^ {3}- .*\n/gm, '')
      .replace(/^- Nombre del documento.*$/m, '- Acta de nacimiento - original')
      .replace(/^- Costos.*$/m, '- El trámite es gratuito.')
      .replace(/^- Tiempos.*$/m, '- La credencial tarda unos días.');
    writeFileSync(esFile, filled);
    const esChecked = await tramit(['validate', esFile, '--strict']);
    expect(esChecked.stdout + esChecked.stderr).not.toContain('nota del esqueleto');
    expect(esChecked.code).toBe(0);

    writeFileSync(file, 'mine');
    const again = await tramit(['new', 'peru/dni_renewal', '--dir', dir]);
    expect(again.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it.each([['peru'], ['narnia/x'], ['peru/../x'], ['peru/a b']])('refuses %s', async (id) => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-new-bad-'));
    expect((await tramit(['new', id, '--dir', dir])).code).toBe(2);
    expect(existsSync(join(dir, 'en'))).toBe(false);
  });
});

describe('colour', () => {
  const inTerminal = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(
      'script',
      ['-qec', `stty cols 100 rows 300; "${process.execPath}" "${BIN}" ${args.join(' ')}`, '/dev/null'],
      {
        env: {
          PATH: process.env.PATH,
          TRAMIT_HOME: tempHome(),
          TERM: 'xterm-256color',
          PAGER: 'cat',
          ...env,
        },
        encoding: 'utf8',
      },
    );

  it('is on in a terminal, off with --no-color or NO_COLOR, off when piped', async () => {
    expect(inTerminal(['list', 'mexico'])).toContain(`${ESC}[`);
    expect(inTerminal(['--no-color', 'list', 'mexico'])).not.toContain(ESC);
    expect(inTerminal(['list', 'mexico'], { NO_COLOR: '1' })).not.toContain(ESC);
    expect(inTerminal(['show', 'nie', '--no-pager'], { NO_COLOR: '1' })).not.toContain(ESC);
    expect((await tramit(['list', 'mexico'])).stdout).not.toContain(ESC);
  });
});

describe('help and version', () => {
  const commands = [
    'list',
    'countries',
    'topics',
    'search',
    'show',
    'walk',
    'checklist',
    'check',
    'uncheck',
    'status',
    'reset',
    'export',
    'wallet',
    'validate',
    'sources',
    'config',
    'completion',
    'new',
  ];
  it.each(commands)('%s --help has examples', async (command) => {
    const result = await tramit([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Examples:\n {2}\$ .*tramit /);
  });
  it('--version prints the package version', async () => {
    const { version } = json<{ version: string }>(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect((await tramit(['--version'])).stdout.trim()).toBe(version);
    expect((await tramit(['-V'])).stdout.trim()).toBe(version);
  });
});
