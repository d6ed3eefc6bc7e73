/** The community format's languages, in its folder order. */
export const GUIDE_LANGUAGES = [
  'bg',
  'cs',
  'de',
  'el',
  'en',
  'es',
  'fr',
  'hr',
  'hu',
  'it',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
] as const;

/**
 * Folder names read as a language in a `<lang>/<country>/<slug>.md` tree: the 15 above and other
 * ISO 639-1 codes a library may grow into. A closed list, so that an ordinary two-letter folder
 * ("my/", "go/") is not taken for a language.
 */
const LANGUAGE_FOLDERS = new Set<string>([
  ...GUIDE_LANGUAGES,
  ...[
    'ar',
    'bs',
    'ca',
    'cy',
    'da',
    'et',
    'eu',
    'fa',
    'fi',
    'ga',
    'gl',
    'he',
    'hi',
    'id',
    'is',
    'ja',
    'ko',
    'lb',
    'lt',
    'lv',
  ],
  ...['mk', 'ms', 'mt', 'nb', 'nn', 'no', 'ru', 'sl', 'sq', 'sr', 'sv', 'th', 'tr', 'uk', 'vi', 'zh'],
]);

export function isLanguageFolder(name: string): boolean {
  return LANGUAGE_FOLDERS.has(name.toLowerCase());
}

/** Where a file sits says its language, country and slug when the tree has the community layout. */
export function layoutOf(parts: readonly string[]): { lang?: string; country?: string; slug?: string } {
  if (parts.length >= 3) {
    const [lang, country, file] = parts.slice(-3) as [string, string, string];
    if (isLanguageFolder(lang) && !country.startsWith('.')) {
      return { lang: lang.toLowerCase(), country, slug: file.replace(/\.md$/i, '').normalize('NFC') };
    }
  }
  const file = parts[parts.length - 1] ?? '';
  const suffix = /\.([a-z]{2})\.md$/i.exec(file);
  if (suffix && isLanguageFolder(suffix[1]!)) {
    return { lang: suffix[1]!.toLowerCase(), slug: file.slice(0, -6).normalize('NFC') };
  }
  return {};
}
