import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';

const json = <T>(text: string) => JSON.parse(text) as T;
const env = { TRAMIT_NOW: '2026-11-25T12:00:00Z' };
const es = { ...env, LANG: 'es_MX.UTF-8' };
const en = { ...env, LANG: 'en_US.UTF-8' };
const de = { ...env, LANG: 'de_DE.UTF-8' };

const IMSS_ES = 'Inscribirte al IMSS como persona trabajadora independiente';
const IMSS_EN = 'Register with IMSS as a self-employed worker';

interface ShownGuide {
  id: string;
  lang: string;
}

describe('a word of a guide name that only one procedure has', () => {
  it.each([
    ['es', es, 'mexico/inscripcion_al_imss', IMSS_ES],
    ['en', en, 'mexico/imss_enrollment', IMSS_EN],
  ])('`show imss` opens the procedure in the reading language (%s)', async (_lang, lenv, id, title) => {
    const result = await tramit(['show', 'imss'], { env: lenv });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(title);
    expect(json<ShownGuide>((await tramit(['show', 'imss', '--json'], { env: lenv })).stdout).id).toBe(id);
  });

  it('falls back as `show` does when the reading language has no translation', async () => {
    const result = await tramit(['show', 'imss', '--json'], { env: de });
    expect(result.code).toBe(0);
    expect(json<ShownGuide>(result.stdout).id).toBe('mexico/imss_enrollment');
    expect(result.stderr).toContain('"mexico/imss_enrollment" is not available in de; showing en');
  });

  it('works wherever a guide is named: checklist, check, export, reset', async () => {
    const home = tempHome();
    expect((await tramit(['check', 'imss', 's1'], { home, env: es })).code).toBe(0);
    const list = json<ShownGuide>((await tramit(['checklist', 'imss', '--json'], { home, env: es })).stdout);
    expect(list.id).toBe('mexico/inscripcion_al_imss');
    const exported = await tramit(['export', 'imss', '-f', 'json'], { home, env: en });
    expect(json<{ guide: ShownGuide }>(exported.stdout).guide.id).toBe('mexico/imss_enrollment');
    const reset = await tramit(['reset', 'imss', '--yes'], { home, env: en });
    expect(reset.code).toBe(0);
    // Saved from the Spanish guide, named in the reader's language (issue 18, item 3).
    expect(reset.stdout).toContain(IMSS_EN);
  });

  it('still lists the procedures when the word is in the names of several', async () => {
    const result = await tramit(['show', 'card'], { env: en });
    expect(result.code).toBe(2);
    for (const id of ['colombia/foreigner_id_card', 'spain/tie_card', 'spain/health_card'])
      expect(result.stderr).toContain(id);
  });
});

describe('a guide named in several words', () => {
  it.each([
    ['es', es, 'mexico/inscripcion_al_imss', IMSS_ES, 'se abrió mexico/inscripcion_al_imss'],
    ['en', en, 'mexico/imss_enrollment', IMSS_EN, 'opened mexico/imss_enrollment'],
  ])(
    '`show inscripcion imss` reads the words as a search naming one procedure (%s)',
    async (_l, lenv, id, title, said) => {
      const result = await tramit(['show', 'inscripcion', 'imss'], { env: lenv });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(title);
      expect(result.stderr).toContain(said);
      expect(result.stderr).toContain('inscripcion imss');
      const shown = await tramit(['show', 'inscripcion', 'imss', '--json'], { env: lenv });
      expect(json<ShownGuide>(shown.stdout).id).toBe(id);
    },
  );

  it('reads a country among the words as the country', async () => {
    const result = await tramit(['show', 'driving', 'licence', 'mexico', '--json'], { env: en });
    expect(result.code).toBe(0);
    expect(json<ShownGuide>(result.stdout).id).toBe('mexico/driving_licence_cdmx');
    expect(result.stderr).toContain('opened mexico/driving_licence_cdmx for "driving licence mexico"');
  });

  it('takes the words in every command that names a guide', async () => {
    const home = tempHome();
    const list = await tramit(['checklist', 'acta', 'de', 'nacimiento', '--json'], { home, env: es });
    expect(list.code).toBe(0);
    expect(json<ShownGuide>(list.stdout).id).toBe('mexico/acta_de_nacimiento');
    const exported = await tramit(['export', 'birth', 'certificate', 'mexico', '-f', 'json'], {
      home,
      env: en,
    });
    expect(json<{ guide: ShownGuide }>(exported.stdout).guide.id).toBe('mexico/birth_certificate');
    const walk = await tramit(['walk', 'inscripcion', 'imss'], { home, env: es });
    expect(walk.stderr).toContain('tramit checklist mexico/inscripcion_al_imss');
    expect(walk.stderr).not.toContain('demasiados argumentos');
  });

  it.each([
    [
      'es',
      es,
      ['licencia', 'manejo'],
      ['mexico/licencia_de_conducir_cdmx', 'germany/canje_de_licencia'],
      '¿quisiste decir',
    ],
    ['en', en, ['foreigner', 'card'], ['colombia/foreigner_id_card', 'spain/tie_card'], 'did you mean'],
  ])(
    'exits 2 with the top results when the words name no single procedure (%s)',
    async (_l, lenv, words, ids, said) => {
      const result = await tramit(['show', ...words], { env: lenv });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(said);
      for (const id of ids) expect(result.stderr).toContain(id);
      expect(result.stderr).not.toMatch(/too many arguments|demasiados argumentos/);
    },
  );
});

describe('wallet add and remove in several words', () => {
  const held = async (home: string, lenv: Record<string, string>) =>
    json<Array<{ id: string }>>((await tramit(['wallet', '--json'], { home, env: lenv })).stdout).map(
      (r) => r.id,
    );

  it.each([
    ['es', es, ['acta', 'de', 'nacimiento'], 'Se agregó Acta de nacimiento', 'Se quitó Acta de nacimiento'],
    ['en', en, ['birth', 'certificate'], 'Added Birth certificate', 'Removed Birth certificate'],
  ])('adds and removes the document all the words name (%s)', async (_l, lenv, words, added, removed) => {
    const home = tempHome();
    const add = await tramit(['wallet', 'add', ...words], { home, env: lenv });
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain(added);
    expect(await held(home, lenv)).toEqual(['birth_certificate']);
    const rm = await tramit(['wallet', 'rm', ...words], { home, env: lenv });
    expect(rm.stdout).toContain(removed);
    expect(await held(home, lenv)).toEqual([]);
  });

  it.each([
    [
      'es',
      es,
      ['acta', 'de', 'nacimento'],
      '"acta de nacimento" no es un tipo de documento',
      '¿quisiste decir Acta de nacimiento',
    ],
    [
      'en',
      en,
      ['birth', 'certficate'],
      '"birth certficate" is not a document kind',
      'did you mean Birth certificate',
    ],
  ])(
    'suggests the closest kind for the words joined, and saves nothing (%s)',
    async (_l, lenv, words, named, said) => {
      const home = tempHome();
      const add = await tramit(['wallet', 'add', ...words], { home, env: lenv });
      expect(add.code).toBe(2);
      expect(add.stderr).toContain(named);
      expect(add.stderr).toContain(said);
      expect(await held(home, lenv)).toEqual([]);
    },
  );
});
