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
