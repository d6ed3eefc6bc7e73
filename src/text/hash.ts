import { lazy } from '../lazy.js';

/**
 * A short, stable, non-cryptographic hash for naming cache files. Loading node:crypto costs more
 * than listing a country's guides, and nothing here needs to resist an attacker.
 */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** An id that differs between runs, for cache generations. */
export function runId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Hex digits of a `contentDigest`. */
export const DIGEST_LENGTH = 32;

/**
 * What a guide file says, as 128 bits of its SHA-256: two texts with one digest are taken to be the
 * same text, so unlike `shortHash` it must not collide by accident. (node:crypto is in Node's
 * start-up snapshot: requiring it costs nothing, the first hash ~0.4 ms.)
 */
export function contentDigest(text: string): string {
  return lazy.crypto().hash('sha256', text, 'hex').slice(0, DIGEST_LENGTH);
}
