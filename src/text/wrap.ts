/** Markdown inline syntax as plain text: `**bold**` → bold, `[text](url)` → text (url). */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g, (_m, text: string, url: string) =>
      text === url ? url : `${text} (${url})`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are what this matches
const SGR = /\x1b\[([0-9;]*)m/g;
// eslint-disable-next-line no-control-regex -- the same, anchored where it is tried
const SGR_AT = /\x1b\[[0-9;]*m/y;

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/** The columns a line takes on screen: its characters (not UTF-16 units) without colour codes. */
export function visibleLength(text: string): number {
  const plain = text.includes('\x1b') ? text.replace(SGR, '') : text;
  let length = plain.length;
  // Characters outside the Basic Multilingual Plane are two units; they are rare, so look first.
  if (/[\ud800-\udbff]/.test(plain)) length -= plain.match(SURROGATE_PAIR)?.length ?? 0;
  return length;
}

/**
 * Word-wraps one paragraph to `width` columns; the first line starts after `firstPrefix`, the others
 * after `restPrefix` (a hanging indent). Words longer than a line (URLs) stand on a line of their own.
 */
export function wrap(text: string, width: number, firstPrefix = '', restPrefix = firstPrefix): string[] {
  return wrapWords(text.split(/\s+/).filter(Boolean), width, firstPrefix, restPrefix);
}

/**
 * `wrap` for text already cut into the pieces that must not be broken (a guide id with its dash, a
 * count with its noun). Colour codes take no room, and a colour open at a line break is closed at
 * its end and opened again after the next line's indent, so the indent is never underlined or tinted.
 */
export function wrapWords(
  words: readonly string[],
  width: number,
  firstPrefix = '',
  restPrefix = firstPrefix,
): string[] {
  const lines: string[] = [];
  let line = firstPrefix;
  // The line's width on screen so far, kept as it grows: measuring the whole line for every word
  // would make a long paragraph quadratic.
  let length = visibleLength(firstPrefix);
  let empty = true;
  let colour = '';
  for (const word of words) {
    const wordLength = visibleLength(word);
    if (!empty && length + 1 + wordLength > width) {
      colour = line.includes('\x1b') ? openColours(line) : '';
      lines.push(colour ? `${line}\x1b[0m` : line);
      line = restPrefix + colour + word;
      length = visibleLength(restPrefix) + wordLength;
      continue;
    }
    if (empty) {
      const prefix = lines.length === 0 ? firstPrefix : restPrefix;
      line = prefix + word;
      length = visibleLength(prefix) + wordLength;
    } else {
      line = `${line} ${word}`;
      length += 1 + wordLength;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines.length > 0 ? lines : [firstPrefix.trimEnd()];
}

/** What each colour code turns off: bold and dim share one, as do all foregrounds and backgrounds. */
function attribute(code: number): string | null {
  if (code === 1 || code === 2 || code === 22) return 'weight';
  if ((code >= 3 && code <= 9) || (code >= 23 && code <= 29)) return `a${code % 20}`;
  if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) return 'bg';
  return null;
}

/** The colour codes still in force at the end of `text`, as one string of escape sequences to repeat. */
function openColours(text: string): string {
  const open = new Map<string, string>();
  for (const m of text.matchAll(SGR)) {
    const params = m[1] === '' ? [0] : m[1]!.split(';').map(Number);
    for (let i = 0; i < params.length; i++) {
      const code = params[i]!;
      if (code === 0) {
        open.clear();
        continue;
      }
      // 38;5;n and 38;2;r;g;b (and 48;…) carry their colour in the following numbers.
      const extended = (code === 38 || code === 48) && (params[i + 1] === 5 || params[i + 1] === 2);
      const length = extended ? (params[i + 1] === 5 ? 3 : 5) : 1;
      const key = attribute(code);
      const closes = code === 22 || code === 39 || code === 49 || (code >= 23 && code <= 29);
      if (key && closes) open.delete(key);
      else if (key) open.set(key, `\x1b[${params.slice(i, i + length).join(';')}m`);
      i += length - 1;
    }
  }
  return [...open.values()].join('');
}

/**
 * Lines of rendered text that are wider than `width`, wrapped between words, each continuation
 * indented to where the line's text begins (after a list marker and a `[x]` box, if any). Lines
 * that fit are left exactly as they are.
 */
export function wrapLongLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (visibleLength(line) <= width) return [line];
      const visible = line.replace(SGR, '');
      const lead = /^\s*(?:(?:\d+[.)]|[*•+-])\s+)?(?:\[[ xX-]\]\s+)?/.exec(visible)![0];
      // A hanging indent wider than half the line would leave no room for the words.
      const hang = Math.min([...lead].length, Math.floor(width / 2));
      const at = rawOffset(line, [...lead].length);
      return wrapWords(
        line.slice(at).split(/ +/).filter(Boolean),
        width,
        line.slice(0, at),
        ' '.repeat(hang),
      );
    })
    .join('\n');
}

/** Where in `line` (colour codes included) its `columns`-th visible character ends. */
function rawOffset(line: string, columns: number): number {
  const codeAt = (i: number): number => {
    SGR_AT.lastIndex = i;
    return SGR_AT.test(line) ? SGR_AT.lastIndex - i : 0;
  };
  let seen = 0;
  let i = 0;
  while (i < line.length && seen < columns) {
    const code = codeAt(i);
    if (code > 0) {
      i += code;
      continue;
    }
    i += line.codePointAt(i)! > 0xffff ? 2 : 1;
    seen += 1;
  }
  // Codes right after the lead (a colour opening the first word) stay with the lead.
  for (let code = codeAt(i); code > 0; code = codeAt(i)) i += code;
  return i;
}
