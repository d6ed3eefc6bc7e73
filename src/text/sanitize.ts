/**
 * Guide text comes from other people's folders. Before it can reach a terminal, control characters
 * are made visible (ESC becomes "␛", so an escape sequence shows as text and does nothing), C1
 * controls become "�", and bidirectional overrides and isolates — which can hide or reorder text —
 * are removed. Tabs and newlines stay.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function sanitize(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    if (code < 0xa0) return '\ufffd';
    return '';
  });
}

export function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** Our own colours (SGR sequences: ESC [ … m), the one escape sequence tramit itself prints. */
const UNSAFE_OR_STYLE = new RegExp(`\\u001b\\[[0-9;]*m|${UNSAFE.source}`, 'g');

/**
 * The last guard before a terminal, a pipe or a file (src/output.ts): every character `sanitize`
 * shows or removes is shown or removed here too, except colour sequences. Values from guides,
 * arguments and saved files are sanitized where they enter a message, and so never hold one;
 * what is left to keep is tramit's own styling.
 */
export function sanitizeOutput(text: string): string {
  if (!hasUnsafe(text)) return text;
  return text.replace(UNSAFE_OR_STYLE, (found) => (found.length > 1 ? found : sanitize(found)));
}

/** Characters JSON.stringify leaves as they are that `sanitize` would not. */
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * JSON for output: what JSON.stringify gives, with the characters it leaves raw that a terminal
 * would act on written as `\uXXXX` escapes, so that the data stays exactly the same once parsed.
 */
export function jsonText(value: unknown, _replacer: null = null, space = 2): string {
  return JSON.stringify(value, null, space).replace(
    JSON_UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
