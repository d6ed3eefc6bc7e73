import type { RelatedLink } from './model.js';

/** Older site paths name the language in words (`/spanish/guides/…`) instead of a code. */
const LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  english: 'en',
  spanish: 'es',
  espanol: 'es',
  portuguese: 'pt',
  french: 'fr',
  german: 'de',
  italian: 'it',
  dutch: 'nl',
  polish: 'pl',
  czech: 'cs',
  slovak: 'sk',
  hungarian: 'hu',
  romanian: 'ro',
  croatian: 'hr',
  bulgarian: 'bg',
  greek: 'el',
};

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize('NFC');
  } catch {
    return segment;
  }
}

/**
 * Reads a community guide URL: `https://tramitit.com/<lang>/guides/<country>/<slug>/`, English with
 * no language part, older `/spanish/` forms, percent-encoded slugs. Any host is accepted as long as
 * the path has that shape, so mirrors and relative links (`/es/guides/…`) work too.
 */
export function parseGuideUrl(url: string): RelatedLink['target'] {
  let path: string;
  try {
    path = new URL(url, 'https://tramitit.com').pathname;
  } catch {
    return null;
  }
  const parts = path.split('/').filter(Boolean).map(decode);
  const at = parts.indexOf('guides');
  if (at < 0 || at > 1 || parts.length < at + 3) return null;
  const rawLang = at === 1 ? parts[0]!.toLowerCase() : 'en';
  const lang = LANGUAGE_WORDS[rawLang] ?? rawLang;
  if (!/^[a-z]{2}(?:-[a-z]{2})?$/.test(lang)) return null;
  const country = parts[at + 1]!.toLowerCase();
  const slug = parts[at + 2]!.replace(/\.md$/, '');
  return { lang, country, slug };
}

const LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/;

/** The first markdown link of a list item, or a bare URL. */
export function readLink(text: string): { title: string; url: string } | null {
  const match = LINK.exec(text);
  if (match) return { title: match[1]!.trim(), url: match[2]! };
  const bare = /https?:\/\/\S+/.exec(text);
  return bare ? { title: text.replace(bare[0], '').trim() || bare[0], url: bare[0] } : null;
}
