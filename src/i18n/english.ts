import { en } from './en.js';
import {
  interfaceLanguage,
  localizeIn,
  type InterfaceLanguage,
  type MessageKey,
  type Params,
} from './index.js';

/**
 * Commander's own errors reach tramit already in English: they are read back into catalogue keys by
 * their English templates, so that they can be said in Spanish. What matches no template is shown as
 * it came. tramit's own messages never take this path: they are kept as keys (`msg`) until shown.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An English template as a pattern: each `{name}` captures (lazily) what stands in its place. */
function templatePattern(template: string): RegExp {
  const seen = new Set<string>();
  let source = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    source += escape(template.slice(last, m.index));
    const name = m[1]!;
    source += seen.has(name) ? `\\k<${name}>` : `(?<${name}>.*?)`;
    seen.add(name);
    last = m.index! + m[0].length;
  }
  source += escape(template.slice(last));
  return new RegExp(`^${source}$`, 's');
}

interface Rule {
  key: MessageKey;
  pattern: RegExp;
}

const rulesCache = new Map<string, Rule[]>();

/** Rules for the keys under a prefix: fixed texts first, then templates by decreasing fixed length. */
function rules(prefix: string): Rule[] {
  let list = rulesCache.get(prefix);
  if (!list) {
    const keys = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith(prefix));
    const fixedLength = (k: MessageKey) => en[k].replace(/\{\w+\}/g, '').length;
    list = keys
      .sort((a, b) => fixedLength(b) - fixedLength(a))
      .map((key) => ({ key, pattern: templatePattern(en[key]) }));
    rulesCache.set(prefix, list);
  }
  return list;
}

/** The key and values of an English message, when it is one of the catalogue's under `prefix`. */
export function readEnglish(
  text: string,
  prefix: string,
): { key: MessageKey; params: Record<string, string> } | null {
  for (const rule of rules(prefix)) {
    const match = rule.pattern.exec(text);
    if (match) return { key: rule.key, params: { ...(match.groups ?? {}) } };
  }
  return null;
}

/** The key of an English word or phrase among the values of keys under `prefix` (e.g. `arg.`). */
function keyOfValue(value: string, prefix: string): MessageKey | null {
  return (Object.keys(en) as MessageKey[]).find((k) => k.startsWith(prefix) && en[k] === value) ?? null;
}

/** `<code>`, `[options]`, `<words...>` with the placeholder's name in the interface language. */
export function localizeTerms(text: string, lang: InterfaceLanguage = interfaceLanguage()): string {
  if (lang === 'en') return text;
  return text.replace(
    /([<[])([^<>[\]\s.]+)(\.\.\.)?([>\]])/g,
    (whole, open: string, name: string, dots, close) => {
      const key = keyOfValue(name, 'arg.');
      return key ? `${open}${localizeIn(lang, key)}${dots ?? ''}${close}` : whole;
    },
  );
}

/** An argument's name (`words`) in the interface language, as help lists it under "Arguments:". */
export function localizeName(name: string, lang: InterfaceLanguage = interfaceLanguage()): string {
  if (lang === 'en') return name;
  const key = keyOfValue(name, 'arg.');
  return key ? localizeIn(lang, key) : name;
}

/**
 * A commander error (`error: unknown command 'x'\n(Did you mean y?)\n`) without its `error: ` prefix,
 * in the interface language, its suggestion said as tramit's own hints are: indented, on a line of
 * its own (`  did you mean list?`).
 */
export function commanderErrorText(text: string, lang: InterfaceLanguage = interfaceLanguage()): string {
  return text
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => {
      const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(line);
      if (suggestion) return `  ${localizeIn(lang, 'error.didYouMean', { suggestions: suggestion[1]! })}`;
      return line && lang !== 'en' ? commanderLine(line, lang) : line;
    })
    .join('\n');
}

function commanderLine(line: string, lang: InterfaceLanguage): string {
  const whole = translateCommander(line, lang);
  if (whole !== null) return whole;
  // "option '--x <y>' argument 'z' is invalid. Allowed choices are a, b." is two sentences.
  const split = /^(.*?\.) (.+)$/s.exec(line);
  if (split) {
    const first = translateCommander(split[1]!, lang);
    if (first !== null) return `${first} ${translateCommander(split[2]!, lang) ?? split[2]}`;
  }
  return line;
}

function translateCommander(text: string, lang: InterfaceLanguage): string | null {
  const read = readEnglish(text, 'commander.');
  if (!read) return null;
  const params: Params = { ...read.params };
  for (const name of ['flags'] as const) {
    if (read.params[name] !== undefined) params[name] = localizeTerms(read.params[name], lang);
  }
  if (read.params.name !== undefined && read.key === 'commander.missingArgument') {
    const key = keyOfValue(read.params.name, 'arg.');
    if (key) params.name = localizeIn(lang, key);
  }
  return localizeIn(lang, read.key, params);
}
