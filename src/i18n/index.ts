import { en } from './en.js';
import { es } from './es.js';
import { languageOfEnvironment, languageOfLocale } from '../text/locale.js';
import { sanitize } from '../text/sanitize.js';

/**
 * tramit's own words in English and Spanish. The interface language is chosen once, before the
 * program is built (help texts are made with it), the way CLI.md chooses the guide language:
 * `--lang`, `TRAMIT_LANG`, the `lang` setting, the locale, else English. Any language but Spanish
 * gives English messages; guides keep their own language logic.
 */
export type MessageKey = keyof typeof en;
export type InterfaceLanguage = 'en' | 'es';

/** A key whose wording depends on a count: `<base>.one` and `<base>.other`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** A message not yet put into words: its key and values, rendered in any language later. */
export interface Message {
  key: MessageKey;
  params?: Params;
}
export type Params = Record<string, string | number | Message | Styled>;

/**
 * A value already made safe and then styled by tramit (a coloured guide id): it goes into a message as
 * it is, where a plain value is sanitized and would show the colour codes as symbols.
 */
export class Styled {
  private constructor(readonly text: string) {}

  /** `value` made safe first, then painted (chalk.cyan, …). */
  static of(paint: (text: string) => string, value: string): Styled {
    return new Styled(paint(sanitize(value)));
  }
}

export const CATALOGUES: Record<InterfaceLanguage, Record<MessageKey, string>> = { en, es };
export const INTERFACE_LANGUAGES = Object.keys(CATALOGUES) as InterfaceLanguage[];

let current: InterfaceLanguage = 'en';

/** `es`, `ES`, `es-MX`, `es_mx` → es; anything else (or nothing) → en. */
export function toInterfaceLanguage(lang: string | null | undefined): InterfaceLanguage {
  return languageOfLocale(lang?.trim()) === 'es' ? 'es' : 'en';
}

export function setInterfaceLanguage(lang: string | null | undefined): InterfaceLanguage {
  current = toInterfaceLanguage(lang);
  return current;
}

export function interfaceLanguage(): InterfaceLanguage {
  return current;
}

/**
 * Values put into messages are what users typed, file names, or text from their files: each passes
 * the same sanitizer as guide text, so a message never carries someone else's escape sequence.
 */
function fill(template: string, params: Params | undefined, lang: InterfaceLanguage): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (value instanceof Styled) return value.text;
    return typeof value === 'object' ? messageText(value, lang) : sanitize(String(value));
  });
}

/** A message in a given language. */
export function localizeIn(lang: InterfaceLanguage, key: MessageKey, params?: Params): string {
  return fill(CATALOGUES[lang][key] ?? en[key], params, lang);
}

/** A message in the interface language. */
export function localize(key: MessageKey, params?: Params): string {
  return localizeIn(current, key, params);
}

/** A message whose wording depends on `count` (given to it as `{count}`). */
export function localizeCount(base: PluralKey, count: number, params: Params = {}): string {
  const key = `${base}.${count === 1 ? 'one' : 'other'}` as MessageKey;
  return localize(key, { count, ...params });
}

/** A message kept as data, to be put into words later (possibly in another language). */
export function messageFor(key: MessageKey, params?: Params): Message {
  return params ? { key, params } : { key };
}

/** Puts a kept message into words: in the interface language unless told otherwise. */
export function messageText(message: Message, lang: InterfaceLanguage = current): string {
  return localizeIn(lang, message.key, message.params);
}

/** The value of `--lang X` / `--lang=X` in an argv, read before commander parses it; null when absent. */
export function langFromArgv(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) {
      found = argv[i + 1]!;
      i++;
    } else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found !== null && found.trim() !== '' ? found : null;
}

/**
 * The interface language: `--lang`, else `TRAMIT_LANG`, else the `lang` setting, else the locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. The first one given decides, even when it is a
 * language tramit has no messages in (then they are English); `all` is no language and decides nothing.
 */
export function chooseInterfaceLanguage(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  settings: { lang?: unknown } | (() => { lang?: unknown }),
): InterfaceLanguage {
  const settingLang = () => {
    const lang = (typeof settings === 'function' ? settings() : settings).lang;
    return typeof lang === 'string' ? lang : null;
  };
  const candidates: Array<() => string | null | undefined> = [
    () => langFromArgv(argv),
    () => env.TRAMIT_LANG,
    settingLang,
    () => languageOfEnvironment(env),
  ];
  for (const candidate of candidates) {
    const value = candidate();
    // `--lang all` asks for every guide language, not for messages in none: the next choice decides.
    if (typeof value === 'string' && value.trim() !== '' && value.trim().toLowerCase() !== 'all')
      return toInterfaceLanguage(value);
  }
  return 'en';
}

/** The `{name}` placeholders of a message template. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
