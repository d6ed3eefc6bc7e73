/**
 * The one escaping rule for completion: how a word travels between a shell and `tramit __complete`.
 *
 * Candidates (guide ids come from other people's file names: `nie$(touch x)` is a valid one) must
 * reach the command line as one literal word. zsh's `compadd` and fish's `complete` quote what
 * they insert themselves, so they get the words as they are, each ended by a NUL (no file name
 * holds one). bash inserts COMPREPLY as it stands, so for bash each word is quoted here, one per
 * line: no quoted word holds a newline.
 *
 * The words the shells pass in are as typed (quotes and backslashes included): `unquote` reads
 * them the way the shell will, for matching, and never runs anything.
 */

export type Shell = 'bash' | 'zsh' | 'fish';

export const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];

/** What a word typed so far means, quotes removed; an unclosed quote is read to the end. */
export function unquote(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === '\\') {
      out += raw[i + 1] ?? '';
      i += 2;
    } else if (ch === "'") {
      const end = raw.indexOf("'", i + 1);
      out += raw.slice(i + 1, end < 0 ? raw.length : end);
      i = end < 0 ? raw.length : end + 1;
    } else if (ch === '$' && raw[i + 1] === "'") {
      const [text, next] = ansiC(raw, i + 2);
      out += text;
      i = next;
    } else if (ch === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '\\' && i + 1 < raw.length && '"\\$`\n'.includes(raw[i + 1]!)) i++;
        out += raw[i];
        i++;
      }
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const ANSI_C: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  e: '\u001b',
  E: '\u001b',
  a: '\u0007',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** A `$'…'` string from `start` (after the quote): its text and where reading goes on. */
function ansiC(raw: string, start: number): [string, number] {
  const bytes: number[] = [];
  let i = start;
  const text = () => Buffer.from(bytes).toString('utf8');
  while (i < raw.length && raw[i] !== "'") {
    if (raw[i] === '\\' && i + 1 < raw.length) {
      const hex = /^x([0-9a-fA-F]{1,2})/.exec(raw.slice(i + 1));
      if (hex) {
        bytes.push(parseInt(hex[1]!, 16));
        i += 1 + hex[0].length;
        continue;
      }
      const named = ANSI_C[raw[i + 1]!];
      bytes.push(...Buffer.from(named ?? raw[i + 1]!));
      i += 2;
      continue;
    }
    const point = raw.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    bytes.push(...Buffer.from(char));
    i += char.length;
  }
  return [text(), i + 1];
}

/** Characters bash reads as syntax (or as word breaks for completion) outside quotes. */
const BASH_SPECIAL = new Set(' \t!"#$&\'()*,:;<=>?@[\\]^`{|}~');

/** A character that cannot stand in a command line as it is: controls, and line and paragraph breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** `$'\xHH…'`: the character's UTF-8 bytes, which bash puts back whatever the locale. */
function ansiCBytes(ch: string): string {
  return `$'${[...Buffer.from(ch)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')}'`;
}

/**
 * A candidate as bash must insert it to read back `literal`, given the word typed so far. readline
 * replaces the text after an opening quote the user typed, and closes that quote itself; without
 * one, every special character gets a backslash.
 */
export function quoteForBash(literal: string, typed: string): string {
  let out = '';
  const open = typed.startsWith("'") ? "'" : typed.startsWith('"') ? '"' : '';
  for (const ch of literal) {
    if (CONTROL.test(ch)) out += open ? `${open}${ansiCBytes(ch)}${open}` : ansiCBytes(ch);
    else if (open === "'") out += ch === "'" ? `'\\''` : ch;
    else if (open === '"') out += ch === '!' ? `"'!'"` : '"\\$`'.includes(ch) ? `\\${ch}` : ch;
    else out += BASH_SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/** What `tramit __complete <shell>` prints for these candidates (see the top of this file). */
export function completionOutput(shell: Shell, typed: string, candidates: readonly string[]): string {
  if (shell === 'bash') return candidates.map((c) => `${quoteForBash(c, typed)}\n`).join('');
  return candidates.map((c) => `${c}\0`).join('');
}
