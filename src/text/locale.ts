/**
 * The language a locale or language tag names: `es_MX.UTF-8`, `es-MX`, `ES`, `es@euro` → `es`. `C` and
 * `POSIX` say nothing about language, nor does anything that does not start with a 2- or 3-letter code.
 */
export function languageOfLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const match = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale);
  if (!match || /^(c|posix)$/i.test(locale)) return null;
  return match[1]!.toLowerCase();
}

/** The language of the user's locale, as the C library reads it: `LC_ALL`, `LC_MESSAGES`, `LANG`. */
export function languageOfEnvironment(env: NodeJS.ProcessEnv): string | null {
  return languageOfLocale(env.LC_ALL) ?? languageOfLocale(env.LC_MESSAGES) ?? languageOfLocale(env.LANG);
}
