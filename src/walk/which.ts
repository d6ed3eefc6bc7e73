import { kindById, kindLabel } from '../wallet/kinds.js';
import type { Requirement } from '../wallet/requirement-key.js';
import type { HeldChoice } from '../wallet/wallet.js';
import { interfaceLanguage, localize } from '../i18n/index.js';

type Value = string;

/** The one prompt function this needs, as the walkthrough and `checklist -i` both have it. */
export interface SelectPrompt {
  select<V>(config: {
    message: string;
    choices: ReadonlyArray<{ name: string; value: V; description?: string }>;
    loop?: boolean;
  }): Promise<V>;
}

const OTHER = '\u0000other';
const UNKNOWN = '\u0000unknown';

/**
 * Asks which of the things a ticked document accepts the user holds ("Valid official photo ID":
 * voter card, passport or resident card), so the wallet records that one and not the wider wording.
 */
export async function askHeld(
  prompts: SelectPrompt,
  documentName: string,
  r: Requirement,
  extra: object = {},
): Promise<HeldChoice> {
  const lang = interfaceLanguage();
  const answer = await prompts.select<Value>({
    message: localize('which.prompt', { name: documentName }),
    ...extra,
    choices: [
      ...r.kinds.map((id) => {
        const kind = kindById(id);
        return { name: kind ? kindLabel(kind, lang) : id, value: id };
      }),
      ...(r.other ? [{ name: localize('which.another'), value: OTHER }] : []),
      { name: localize('which.unknown'), value: UNKNOWN },
    ],
    loop: false,
  });
  if (answer === OTHER) return { other: true };
  if (answer === UNKNOWN) return { unknown: true };
  return { kind: answer };
}
