import { en } from './en.js';
import type { Message, MessageKey, Params } from './index.js';

/*
 * Messages kept in files (the library index names why a file is not a usable guide): stored as their
 * key and values, and put into words when shown, in whatever language is chosen then.
 */

/** A message as one line of text (its values are plain: a Styled value would lose its colours). */
export function encodeMessage(message: Message): string {
  return JSON.stringify(message);
}

function isKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(en, value);
}

function asMessage(value: unknown, depth: number): Message | null {
  if (depth > 5 || value === null || typeof value !== 'object') return null;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (!isKey(key)) return null;
  if (params === undefined) return { key };
  if (params === null || typeof params !== 'object') return null;
  const read: Params = {};
  for (const [name, param] of Object.entries(params)) {
    if (typeof param === 'string' || typeof param === 'number') read[name] = param;
    else {
      const nested = asMessage(param, depth + 1);
      if (!nested) return null;
      read[name] = nested;
    }
  }
  return { key, params: read };
}

/**
 * A message written by `encodeMessage`; text that is not one (written by another version of tramit)
 * comes back as it is, to be shown as it is.
 */
export function decodeMessage(text: string): Message | string {
  try {
    return asMessage(JSON.parse(text), 0) ?? text;
  } catch {
    return text;
  }
}
