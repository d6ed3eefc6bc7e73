import { describe, expect, it } from 'vitest';
import { toInterfaceLanguage } from '../../src/i18n/index.js';
import { languageOfEnvironment, languageOfLocale } from '../../src/text/locale.js';

describe('languageOfLocale: one reading of locales and language tags', () => {
  const table: Array<[string | null | undefined, string | null]> = [
    ['es_MX.UTF-8', 'es'],
    ['es-MX', 'es'],
    ['es_mx', 'es'],
    ['ES', 'es'],
    ['es', 'es'],
    ['de_DE@euro', 'de'],
    ['pt_BR', 'pt'],
    ['fil_PH.UTF-8', 'fil'],
    ['en.UTF-8', 'en'],
    ['C', null],
    ['c', null],
    ['POSIX', null],
    ['C.UTF-8', null],
    ['', null],
    [undefined, null],
    [null, null],
    ['e', null],
    ['spanish', null],
    ['es!', null],
    ['1234', null],
    [' es', null],
  ];
  it.each(table)('%j → %j', (locale, expected) => {
    expect(languageOfLocale(locale)).toBe(expected);
  });
});

describe('languageOfEnvironment: LC_ALL, then LC_MESSAGES, then LANG', () => {
  const table: Array<[NodeJS.ProcessEnv, string | null]> = [
    [{}, null],
    [{ LANG: 'es_ES.UTF-8' }, 'es'],
    [{ LC_MESSAGES: 'fr_FR', LANG: 'es_ES.UTF-8' }, 'fr'],
    [{ LC_ALL: 'de_DE', LC_MESSAGES: 'fr_FR', LANG: 'es_ES' }, 'de'],
    // A locale that says nothing passes to the next.
    [{ LC_ALL: 'C', LANG: 'es_ES' }, 'es'],
    [{ LC_ALL: 'POSIX', LC_MESSAGES: '', LANG: 'C' }, null],
  ];
  it.each(table)('%j → %j', (env, expected) => {
    expect(languageOfEnvironment(env)).toBe(expected);
  });
});

describe('toInterfaceLanguage reads tags the same way', () => {
  const table: Array<[string | null | undefined, 'en' | 'es']> = [
    ['es', 'es'],
    ['ES', 'es'],
    [' es ', 'es'],
    ['es-MX', 'es'],
    ['es_mx.UTF-8', 'es'],
    ['es@x', 'es'],
    ['esx', 'en'],
    ['en', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  it.each(table)('%j → %j', (lang, expected) => {
    expect(toInterfaceLanguage(lang)).toBe(expected);
  });
});
