import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';

/** A Mexican Spanish locale, as a user in Mexico would have it. */
const es = { LANG: 'es_MX.UTF-8' };
const env = { ...es, TRAMIT_NOW: '2026-11-25T12:00:00Z' };
const json = <T>(text: string) => JSON.parse(text) as T;

describe('help in Spanish', () => {
  it('follows the locale: titles, commands, options and examples', async () => {
    const result = await tramit(['--help'], { env: es });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Uso: tramit \[opciones\] \[comando\]/);
    for (const text of ['Opciones:', 'Comandos:', 'Ejemplos:', 'muestra la ayuda', 'muestra la versión'])
      expect(result.stdout).toContain(text);
    expect(result.stdout).toMatch(
      /list\|ls \[opciones\] \[país\]\s+lista los países, o las guías de un país/,
    );
    expect(result.stdout).toMatch(/help \[comando\]\s+muestra la ayuda de un comando/);
    expect(result.stdout).not.toMatch(/Usage:|Options:|Commands:|Examples:|display help/);
  });

  it('for a command too, with commander defaults and placeholders', async () => {
    const list = await tramit(['list', '--help'], { env: es });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Uso: tramit list|ls [opciones] [país]');
    expect(list.stdout).toContain('Argumentos:');
    expect(list.stdout).toMatch(/--topic <tema>\s+solo las guías de este tema/);
    expect(list.stdout).toMatch(/Ejemplos:\n {2}\$ tramit list\n/);
    const search = await tramit(['search', '--help'], { env: es });
    expect(search.stdout).toContain('cuántos resultados (predeterminado: "10")');
    const check = await tramit(['check', '--help'], { env: es });
    expect(check.stdout).toContain('--date <AAAA-MM-DD>');
  });

  it('goes back to English with --lang en, or with any language without Spanish messages', async () => {
    for (const args of [
      ['--lang', 'en', '--help'],
      ['--help', '--lang=en'],
      ['--lang', 'de', 'list', '--help'],
    ]) {
      const result = await tramit(args, { env: es });
      expect(result.stdout, args.join(' ')).toMatch(/^Usage: tramit/);
      expect(result.stdout, args.join(' ')).toContain('Options:');
    }
  });

  it('follows --lang es, TRAMIT_LANG and the lang setting without a Spanish locale', async () => {
    expect((await tramit(['--lang', 'es', '--help'])).stdout).toMatch(/^Uso:/);
    expect((await tramit(['--help'], { env: { TRAMIT_LANG: 'es' } })).stdout).toMatch(/^Uso:/);
    const home = tempHome();
    expect((await tramit(['config', 'set', 'lang', 'es'], { home })).code).toBe(0);
    expect((await tramit(['--help'], { home })).stdout).toMatch(/^Uso:/);
    expect((await tramit(['--help'], { home, env: { TRAMIT_LANG: 'en' } })).stdout).toMatch(/^Usage:/);
  });
});

describe('errors in Spanish', () => {
  it('an unknown guide exits 2 with Spanish words and hints', async () => {
    const result = await tramit(['show', 'no_such_guide'], { env: es });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tramit: ninguna guía coincide con "no_such_guide"');
    expect(result.stderr).toContain('`tramit search <palabras>`');
    const typo = await tramit(['show', 'curp_registrtion'], { env: es });
    expect(typo.stderr).toContain('¿quisiste decir mexico/');
  });

  it('an unknown country', async () => {
    const result = await tramit(['list', 'narnia'], { env: es });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no hay guías para el país "narnia"');
    expect(result.stderr).toContain('usa `tramit list` para ver los países que tienen guías');
  });

  it('an unknown item, saving nothing', async () => {
    const home = tempHome();
    const result = await tramit(['check', 'imss_enrollment', 's99'], { env: es, home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'elemento desconocido "s99" para mexico/inscripcion_al_imss; no se guardó nada',
    );
    expect(result.stderr).toContain('esta guía tiene los pasos s1-s8 y los documentos d1-d6');
    expect((await tramit(['status', '--json'], { home })).stdout.trim()).toBe('[]');
  });

  it("commander's own errors", async () => {
    const command = await tramit(['lisst'], { env: es });
    expect(command.code).toBe(2);
    // commander's suggestion as tramit's own hints: indented, on its own line.
    expect(command.stderr).toBe("tramit: comando desconocido 'lisst'\n  ¿quisiste decir list?\n");
    const option = await tramit(['list', '--jsn'], { env: es });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("opción desconocida '--jsn'");
    const missing = await tramit(['show'], { env: es });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("tramit: falta el argumento obligatorio 'guía'\n");
    const many = await tramit(['list', 'mexico', 'spain'], { env: es });
    expect(many.stderr).toContain("demasiados argumentos para 'list'");
    expect((await tramit(['lisst'], { env: { ...es, TRAMIT_LANG: 'en' } })).stderr).toBe(
      "tramit: unknown command 'lisst'\n  did you mean list?\n",
    );
  });

  it('in English with --lang en despite the locale', async () => {
    const result = await tramit(['--lang', 'en', 'show', 'no_such_guide'], { env: es });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no guide matches "no_such_guide"');
  });
});

describe('output in Spanish', () => {
  it('exports a checklist with Spanish labels; JSON keeps its English keys and values', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 's1', 'd1'], { home, env });
    await tramit(['check', 'imss_enrollment', 's2', '--skip'], { home, env });
    const text = await tramit(['--lang', 'es', 'export', 'imss_enrollment'], {
      home,
      env: { TRAMIT_NOW: env.TRAMIT_NOW },
    });
    expect(text.code).toBe(0);
    for (const label of [
      'País:             México',
      'Idioma:           es',
      'Guía:             mexico/inscripcion_al_imss',
      'Fecha de la guía: ',
      'Exportación:      2026-11-25',
      'Pasos (hechos: 1 de 8; omitidos: 1)',
      'Documentos (listos: 1 de 6)',
      'Lo que falta',
      '[x] hecho   [-] omitido o no necesario   [ ] pendiente',
    ])
      expect(text.stdout).toContain(label);
    const markdown = await tramit(['--lang', 'es', 'export', 'imss_enrollment', '-f', 'markdown'], { home });
    expect(markdown.stdout).toContain('- **País:** México');
    expect(markdown.stdout).toContain('## Pasos');
    expect(markdown.stdout).toContain('(omitido)');
    const data = json<{ steps: Array<{ state: string }> }>(
      (await tramit(['--lang', 'es', 'export', 'imss_enrollment', '-f', 'json'], { home })).stdout,
    );
    expect(data.steps.slice(0, 2).map((s) => s.state)).toEqual(['done', 'skipped']);
  });

  it('prints checklist, status and listing headings in Spanish', async () => {
    const home = tempHome();
    const check = await tramit(['check', 'imss_enrollment', 's1', 'd1'], { home, env });
    expect(check.stdout).toContain('mexico/inscripcion_al_imss: pasos hechos 1/8, documentos listos 1/6');
    const checklist = await tramit(['checklist', 'imss_enrollment'], { home, env });
    expect(checklist.stdout).toContain('Documentos (listos: 1 de 6) — mexico/inscripcion_al_imss');
    expect(checklist.stdout).toContain('Marca uno con `tramit check mexico/inscripcion_al_imss d1`');
    const status = await tramit(['status'], { home, env });
    expect(status.stdout).toMatch(/^ {2}pasos {7}\[/m);
    expect(status.stdout).toMatch(/^ {2}documentos {2}\[/m);
    expect(status.stdout).toContain('mexico/inscripcion_al_imss · último cambio 2026-11-25 12:00 UTC');
    const list = await tramit(['list', 'mexico'], { home, env });
    expect(list.stdout).toMatch(/^México: 18 guías$/m);
    expect(list.stdout).toContain('Salud y seguridad social');
    expect(list.stdout).toMatch(/\[pasos: 1\/8, docs: 1\/6\]/);
    expect((await tramit(['list'], { env })).stdout).toMatch(/^mexico\s+México: 18 guías \(en, es\)$/m);
  });

  it('shows a guide with Spanish headings', async () => {
    const show = await tramit(['show', 'imss_enrollment'], { env });
    expect(show.code).toBe(0);
    for (const heading of [
      '¿Qué es?',
      'Pasos',
      'Documentos',
      'Fuentes oficiales',
      'Empiézala con tramit walk',
    ])
      expect(show.stdout).toContain(heading);
  });

  it('says in Spanish why a wallet document is too old for a guide, and keeps JSON in English', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 'd5', '--date', '2026-07-01'], { home, env });
    await tramit(['check', 'rfc_registration', 's1'], { home, env });
    const checklist = await tramit(['checklist', 'rfc_registration'], { home, env });
    expect(checklist.stderr).toContain(
      'aviso: comprobante de domicilio: fecha de obtención 2026-07-01; desde el 2026-11-01 supera los 4 meses de antigüedad que acepta esta guía',
    );
    const data = json<{ documents: Array<{ warning: string | null }> }>(
      (await tramit(['checklist', 'rfc_registration', '--json'], { home, env })).stdout,
    );
    expect(data.documents.map((d) => d.warning).filter(Boolean)).toEqual([
      'proof of address: obtained 2026-07-01, older than the 4 months this guide accepts since 2026-11-01',
    ]);
  });
});
