import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import { en } from '../../src/i18n/en.js';
import { commanderErrorText, localizeTerms } from '../../src/i18n/english.js';
import { es } from '../../src/i18n/es.js';
import {
  chooseInterfaceLanguage,
  interfaceLanguage,
  langFromArgv,
  placeholders,
  messageText,
  setInterfaceLanguage,
  localize,
  localizeCount,
  localizeIn,
  type MessageKey,
} from '../../src/i18n/index.js';
import { promptTheme } from '../../src/i18n/prompts.js';
import { ProgressStore } from '../../src/progress/store.js';
import { walkthrough, type Prompts } from '../../src/walk/flow.js';
import { expiryMessage, type Expiry } from '../../src/wallet/wallet.js';
import { GUIDES } from '../helpers/paths.js';
import { tempHome } from '../helpers/cli.js';
import { inEnglish } from '../helpers/problems.js';

afterEach(() => {
  setInterfaceLanguage('en');
});

const keys = Object.keys(en) as MessageKey[];

describe('the message catalogues', () => {
  it('have the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual([...keys].sort());
  });

  it('have the same placeholders for each key in both languages', () => {
    const differ = keys.filter((key) => placeholders(es[key]).join() !== placeholders(en[key]).join());
    expect(differ).toEqual([]);
    expect(placeholders(en['check.summary'])).toEqual([
      'documentsDone',
      'documentsTotal',
      'id',
      'stepsDone',
      'stepsTotal',
    ]);
  });

  it('have no empty messages', () => {
    expect(keys.filter((k) => en[k].trim() === '' || es[k].trim() === '')).toEqual([]);
  });

  it('give every plural key both forms', () => {
    const plural = keys.filter((k) => /\.(one|other)$/.test(k));
    for (const key of plural) {
      const base = key.replace(/\.(one|other)$/, '');
      expect(keys, key).toContain(`${base}.one`);
      expect(keys, key).toContain(`${base}.other`);
    }
  });
});

describe('chooseInterfaceLanguage', () => {
  const none = {};
  it.each([
    ['nothing at all', [], {}, none, 'en'],
    ['--lang es', ['--lang', 'es'], {}, none, 'es'],
    ['--lang=es', ['list', '--lang=es'], {}, none, 'es'],
    ['--lang ES-mx', ['--lang', 'ES-mx'], {}, none, 'es'],
    ['--lang after the command', ['show', 'x', '--lang', 'es'], {}, none, 'es'],
    ['--lang en over the locale', ['--lang', 'en'], { LANG: 'es_MX.UTF-8' }, none, 'en'],
    ['--lang fr over the locale', ['--lang', 'fr'], { LANG: 'es_MX.UTF-8' }, none, 'en'],
    // `all` asks for every guide language; the messages follow the next choice.
    ['--lang all', ['--lang', 'all'], { LANG: 'es_MX.UTF-8' }, none, 'es'],
    ['--lang all over TRAMIT_LANG=all', ['--lang', 'all'], { TRAMIT_LANG: 'all' }, { lang: 'es' }, 'es'],
    ['the last --lang', ['--lang', 'en', '--lang', 'es'], {}, none, 'es'],
    ['--lang after -- is not an option', ['--', '--lang', 'es'], {}, none, 'en'],
    ['an empty --lang= is no choice', ['--lang='], { TRAMIT_LANG: 'es' }, none, 'es'],
    ['TRAMIT_LANG', [], { TRAMIT_LANG: 'es' }, none, 'es'],
    ['--lang over TRAMIT_LANG', ['--lang', 'en'], { TRAMIT_LANG: 'es' }, none, 'en'],
    ['TRAMIT_LANG over the setting', [], { TRAMIT_LANG: 'de' }, { lang: 'es' }, 'en'],
    ['the setting', [], {}, { lang: 'es' }, 'es'],
    ['the setting over the locale', [], { LANG: 'es_MX.UTF-8' }, { lang: 'en' }, 'en'],
    ['a setting that is not a string', [], { LANG: 'es_ES.UTF-8' }, { lang: 7 }, 'es'],
    ['LANG', [], { LANG: 'es_MX.UTF-8' }, none, 'es'],
    ['LC_MESSAGES over LANG', [], { LC_MESSAGES: 'es_AR.UTF-8', LANG: 'en_US.UTF-8' }, none, 'es'],
    ['LC_ALL over LC_MESSAGES', [], { LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'es_ES' }, none, 'en'],
    ['LC_ALL=C says nothing', [], { LC_ALL: 'C', LANG: 'es_CO.UTF-8' }, none, 'es'],
    ['a German locale', [], { LANG: 'de_DE.UTF-8' }, none, 'en'],
    ['POSIX', [], { LANG: 'POSIX' }, none, 'en'],
  ] as const)('%s', (_name, argv, env, settings, expected) => {
    expect(chooseInterfaceLanguage(argv, env, settings)).toBe(expected);
  });

  it('reads the settings only when nothing before them decides', () => {
    let reads = 0;
    const settings = () => (reads++, { lang: 'es' });
    expect(chooseInterfaceLanguage(['--lang', 'en'], {}, settings)).toBe('en');
    expect(reads).toBe(0);
    expect(chooseInterfaceLanguage([], {}, settings)).toBe('es');
    expect(reads).toBe(1);
  });

  it('finds --lang in an argv', () => {
    expect(langFromArgv(['node', 'tramit', '--lang', 'es', 'list'])).toBe('es');
    expect(langFromArgv(['node', 'tramit', 'list'])).toBeNull();
    expect(langFromArgv(['--lang'])).toBeNull();
  });
});

describe('t', () => {
  it('fills placeholders and picks plural forms', () => {
    expect(localize('error.guideNotFound', { reference: 'x' })).toBe('no guide matches "x"');
    expect(localizeCount('noun.guide', 1)).toBe('1 guide');
    expect(localizeCount('noun.guide', 12)).toBe('12 guides');
    setInterfaceLanguage('es');
    expect(interfaceLanguage()).toBe('es');
    expect(localize('error.guideNotFound', { reference: 'x' })).toBe('ninguna guía coincide con "x"');
    expect(localizeCount('noun.country', 1)).toBe('1 país');
    expect(localizeCount('noun.country', 3)).toBe('3 países');
    expect(localizeIn('en', 'noun.country.other', { count: 3 })).toBe('3 countries');
  });

  it('gives English for any language but Spanish', () => {
    for (const lang of ['de', 'pt', 'all', '', null, undefined]) {
      setInterfaceLanguage(lang);
      expect(localize('help.usage')).toBe('Usage:');
    }
    setInterfaceLanguage('es_MX');
    expect(localize('help.usage')).toBe('Uso:');
  });
});

describe('commander errors in Spanish', () => {
  it.each([
    [
      "error: unknown command 'lisst'\n(Did you mean list?)\n",
      "comando desconocido 'lisst'\n  ¿quisiste decir list?\n",
      "unknown command 'lisst'\n  did you mean list?\n",
    ],
    [
      "error: unknown option '--jsn'\n(Did you mean one of --json, --js?)\n",
      "opción desconocida '--jsn'\n  ¿quisiste decir --json, --js?\n",
      "unknown option '--jsn'\n  did you mean --json, --js?\n",
    ],
    ["error: missing required argument 'guide'\n", "falta el argumento obligatorio 'guía'\n"],
    ["error: option '--lang <code>' argument missing\n", "a la opción '--lang <código>' le falta su valor\n"],
    [
      "error: too many arguments for 'list'. Expected 1 argument but got 2.\n",
      "demasiados argumentos para 'list': se esperaba 1 y se recibieron 2.\n",
    ],
    [
      'error: too many arguments. Expected 0 arguments but got 3.\n',
      'demasiados argumentos: se esperaban 0 y se recibieron 3.\n',
    ],
    [
      "error: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are text, json.\n",
      "el valor 'pdf' no es válido para la opción '-f, --format <formato>'. Los valores posibles son text, json.\n",
    ],
    [
      'error: something commander says that tramit does not know\n',
      'something commander says that tramit does not know\n',
    ],
  ])('%j', (english: string, spanish: string, hinted?: string) => {
    // commander's "(Did you mean …?)" becomes a hint like tramit's own: indented, lower case.
    expect(commanderErrorText(english, 'en')).toBe(hinted ?? english.replace(/^error: /, ''));
    expect(commanderErrorText(english, 'es')).toBe(spanish);
  });

  it('localizes placeholders in usage terms, and leaves English alone', () => {
    expect(localizeTerms('check [options] <guide> <items...>', 'es')).toBe(
      'check [opciones] <guía> <ítems...>',
    );
    expect(localizeTerms('--date <YYYY-MM-DD>', 'es')).toBe('--date <AAAA-MM-DD>');
    expect(localizeTerms('check [options] <guide> <items...>', 'en')).toBe(
      'check [options] <guide> <items...>',
    );
    expect(localizeTerms('<unknown-thing>', 'es')).toBe('<unknown-thing>');
  });
});

describe('guide problems in Spanish', () => {
  const broken = [
    'hello',
    '---\ntitle: [oops\n---\n',
    '---\ntitle: x\n',
    '---\n- a\n- b\n---\n',
    '---\nTitle: x\ntitle: y\ntitle: z\ndate: someday\ntopics: [nope]\ncategories: [Peru]\nsources:\n- title: no url\n---\n## Procedure\nJust do it.\n## Required documents\nBring things.\n## Mystery\ntext\n## Procedure\n1. again\n## Related Posts\n- nothing here\n- [x](https://example.com/page)\n',
    '# Heading only\n\u202Eevil\n## Procedure\n## Required documents\n',
    `---\ntitle: Long\n---\n## Procedure\n${Array.from({ length: 2001 }, (_, i) => `${i + 1}. Step.`).join('\n')}\n`,
    '---\ntitle: x\nproduces: [curpp, photo_id, nie, zzzzzzzzzz]\n---\n## Procedure\n1. Do it.\n',
  ];
  const problems = broken.flatMap(
    (text) =>
      parseGuide(text, { path: '/tmp/x/en/mexico/a.md', lang: 'en', country: 'mexico', slug: 'a' }).problems,
  );

  it('covers a wide range of the parser messages', () => {
    expect(new Set(inEnglish(problems).map((p) => p.message)).size).toBeGreaterThan(15);
  });

  it.each(problems.map((p) => [messageText(p.message, 'en'), p.message] as const))(
    'says "%s" in Spanish',
    (english, message) => {
      expect(english).not.toMatch(/\{\w+\}/);
      const spanish = messageText(message, 'es');
      expect(spanish).not.toBe(english);
      expect(spanish).not.toMatch(/\{\w+\}/);
    },
  );

  it('translates section names inside problems', () => {
    const spanish = (text: string) =>
      parseGuide(text, {
        path: '/tmp/x/en/mexico/a.md',
        lang: 'en',
        country: 'mexico',
        slug: 'a',
      }).problems.map((p) => messageText(p.message, 'es'));
    expect(spanish('---\n- a\n- b\n---\n')).toContain('no hay sección de documentos requeridos');
    expect(
      spanish('---\ntitle: x\n---\n## Description\ntext\n## Foo\n1. a\n## Required documents\n- b\n'),
    ).toContain('no se reconoce el título "Foo"; por su posición se lee como procedimiento');
  });

  it('keeps problems as catalogue keys and values, put into words only when shown', () => {
    for (const p of problems) {
      expect(typeof p.message, JSON.stringify(p.message)).toBe('object');
      expect(p.message.key).toMatch(/^problem\./);
    }
  });
});

describe('the wallet in Spanish', () => {
  const entry = { kind: 'proof_of_address', name: 'Proof of address', obtained: '2026-08-01', addedAt: '' };
  const expiry: Expiry = {
    status: 'expired',
    until: '2026-11-01',
    validity: { kind: 'max_age', amount: 3, unit: 'months' },
  };
  it('keeps the English wording, and says it in Spanish', () => {
    expect(expiryMessage('Proof of address', entry, expiry, '2026-11-25', 'en')).toBe(
      'proof of address: obtained 2026-08-01, older than the 3 months this guide accepts since 2026-11-01',
    );
    expect(expiryMessage('Comprobante de domicilio', entry, expiry, '2026-11-25', 'es')).toBe(
      'comprobante de domicilio: fecha de obtención 2026-08-01; desde el 2026-11-01 supera los 3 meses de antigüedad que acepta esta guía',
    );
  });
});

describe('prompts in Spanish', () => {
  it('has no theme in English, and Spanish key hints in Spanish', () => {
    expect(promptTheme()).toBeUndefined();
    setInterfaceLanguage('es');
    const hint = promptTheme()!.style.keysHelpTip([
      ['↑↓', 'navigate'],
      ['space', 'select'],
      ['⏎', 'submit'],
    ]);
    expect(hint).toBe('↑↓ moverte • espacio marcar • ⏎ confirmar');
  });

  it('walks through a guide in Spanish', async () => {
    setInterfaceLanguage('es');
    const path = join(GUIDES, 'es/mexico/inscripcion_al_imss.md');
    const guide = parseGuide(readFileSync(path, 'utf8'), {
      path,
      lang: 'es',
      country: 'mexico',
      slug: 'inscripcion_al_imss',
    });
    const asked: Array<{ message: string; choices?: ReadonlyArray<{ name: string }> }> = [];
    const prompts = {
      select: async (config: {
        message: string;
        choices: ReadonlyArray<{ name: string; value: unknown }>;
      }) => {
        asked.push(config);
        return asked.length === 1 ? 'done' : 'quit';
      },
      checkbox: async () => [],
      input: async () => '',
      confirm: async () => false,
    } as unknown as Prompts;
    const output: string[] = [];
    const result = await walkthrough({
      guide,
      prompts,
      store: new ProgressStore(tempHome(), () => {}),
      out: (text) => output.push(text),
      warn: () => {},
      now: () => new Date('2026-11-25T12:00:00Z'),
      width: 80,
    });
    expect(result).toBe('quit');
    const text = output.join('\n');
    expect(text).toContain('mexico/inscripcion_al_imss · 8 pasos · 6 documentos');
    expect(text).toContain('¿Qué es?');
    expect(text).toContain('Empezando en el paso 1.');
    expect(text).toContain('Paso 1 de 8');
    expect(text).toContain('Guardado. `tramit walk mexico/inscripcion_al_imss` sigue en el paso 2.');
    expect(asked[0]!.message).toBe('¿Y ahora?');
    expect(asked[0]!.choices!.map((c) => c.name)).toEqual([
      'Hecho',
      'Omitir',
      'Atrás',
      'Agregar una nota',
      'Salir (se guarda tu avance)',
    ]);
  });
});

describe('values put into messages', () => {
  const cyan = (text: string) => `\u001b[36m${text}\u001b[39m`;
  it('are made safe, unless tramit styled them itself (and then made safe before the colour)', async () => {
    const { Styled, localizeIn: tl } = await import('../../src/i18n/index.js');
    expect(tl('en', 'plan.step', { n: 1, title: 'T', id: cyan('mexico/x') })).not.toContain('\u001b');
    const styled = tl('en', 'plan.step', {
      n: 1,
      title: 'T',
      id: Styled.of(cyan, 'mexico/x\u001b]0;owned\u0007'),
    });
    expect(styled).toContain('\u001b[36mmexico/x');
    expect(styled).not.toContain('\u001b]0;');
  });
});
