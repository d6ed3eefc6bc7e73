import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/i18n/index.js';
import { checkSettings, readSettings, unsaidSettingsProblems } from '../../src/settings/read.js';
import { updateSetting, updateSettings } from '../../src/settings/update.js';

function home(config?: unknown): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'tramit-settings-'));
  if (config !== undefined)
    writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return { TRAMIT_HOME: dir, TRAMIT_LOCK_STALE_MS: '2000' };
}

describe('checkSettings: one check for every reader and writer', () => {
  const table: Array<[Record<string, unknown> | null, object, string[]]> = [
    [null, {}, []],
    [{}, {}, []],
    [{ lang: 'es' }, { lang: 'es' }, []],
    [{ lang: ' ES ' }, { lang: ' ES ' }, []],
    [{ lang: 'xx' }, {}, ['lang']],
    [{ lang: 3 }, {}, ['lang']],
    [{ sources: ['/a', '/b'] }, { sources: ['/a', '/b'] }, []],
    [{ sources: '/a' }, {}, ['sources']],
    [{ sources: ['/a', ''] }, {}, ['sources']],
    [
      { gitSources: [{ dir: '/a', url: 'https://x' }] },
      { gitSources: [{ dir: '/a', url: 'https://x' }] },
      [],
    ],
    [{ gitSources: [{ dir: '/a' }] }, {}, ['gitSources']],
    [{ lang: 'fr', sources: 7, other: 'kept' }, { lang: 'fr' }, ['sources']],
  ];
  it.each(table)('%j → %j, wrong: %j', (data, valid, wrong) => {
    const checked = checkSettings(data, ['lang', 'sources', 'gitSources'], '/h/config.json');
    expect(checked.valid).toEqual(valid);
    expect(checked.wrong.map((w) => w.key)).toEqual(wrong);
  });

  it('says which file, which key, what it takes and what it holds', () => {
    const [wrong] = checkSettings({ lang: 42 }, ['lang'], '/h/config.json').wrong;
    expect(wrong!.params).toMatchObject({ path: '/h/config.json', key: 'lang', value: '42' });
    expect(wrong!.params.expected).toHaveProperty('key', 'settings.expect.lang');
  });
});

describe('readSettings', () => {
  it('ignores a value of the wrong kind, reports it once, and leaves it in the file', () => {
    const env = home({ lang: 'es', sources: 'not a list' });
    unsaidSettingsProblems();
    expect(readSettings(env)).toEqual({ lang: 'es' });
    expect(readSettings(env)).toEqual({ lang: 'es' });
    const problems = unsaidSettingsProblems().map((m) => messageText(m, 'en'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"sources" should be');
    expect(unsaidSettingsProblems()).toEqual([]);
    expect(JSON.parse(readFileSync(join(env.TRAMIT_HOME!, 'config.json'), 'utf8'))).toEqual({
      lang: 'es',
      sources: 'not a list',
    });
  });

  it('ignores a file that is not JSON, and says so', () => {
    const env = home('{ nope');
    unsaidSettingsProblems();
    expect(readSettings(env)).toEqual({});
    expect(unsaidSettingsProblems().map((m) => messageText(m, 'en'))[0]).toMatch(
      /is not valid JSON; your settings/,
    );
  });
});

describe('updateSettings: a locked read-modify-write', () => {
  it('changes only its keys and keeps the rest as written', async () => {
    const env = home({ lang: 'es', mine: { a: 1 }, sources: 5 });
    await updateSetting(env, 'lang', () => 'fr');
    expect(JSON.parse(readFileSync(join(env.TRAMIT_HOME!, 'config.json'), 'utf8'))).toEqual({
      lang: 'fr',
      mine: { a: 1 },
      sources: 5,
    });
  });

  it('refuses to build on a value of the wrong kind, unless the change replaces it', async () => {
    const env = home({ sources: 5 });
    await expect(updateSettings(env, ['sources'], (current) => current)).rejects.toThrow(
      /"sources" should be .*, not 5; nothing was saved/,
    );
    await updateSetting(env, 'sources', () => undefined, { replaces: true });
    expect(JSON.parse(readFileSync(join(env.TRAMIT_HOME!, 'config.json'), 'utf8'))).toEqual({});
  });
});
