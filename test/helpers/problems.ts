import type { Problem } from '../../src/guide/model.js';
import { messageText } from '../../src/i18n/index.js';

/** A guide's problems as `tramit validate --json` shows them: each message in English words. */
export function inEnglish(
  problems: readonly Problem[],
): Array<Omit<Problem, 'message'> & { message: string }> {
  return problems.map((p) => ({ ...p, message: messageText(p.message, 'en') }));
}
