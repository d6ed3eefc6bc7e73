import { interfaceLanguage, localize, type MessageKey } from './index.js';

type Decorate = (text: string) => string;

const ACTIONS: Record<string, MessageKey> = {
  navigate: 'prompt.navigate',
  select: 'prompt.select',
  all: 'prompt.all',
  invert: 'prompt.invert',
  submit: 'prompt.submit',
};

/** The part of @inquirer/prompts' themes tramit sets (key hints, what a checkbox echoes). */
export interface PromptTheme {
  style: {
    keysHelpTip?: (keys: Array<[string, string]>) => string;
    renderSelectedChoices?: (selected: readonly unknown[], all: readonly unknown[]) => string;
  };
}

/**
 * The theme that puts the prompts' key hints ("↑↓ navigate • ⏎ select") in the interface language;
 * undefined in English, where @inquirer/prompts' own words stay.
 */
export function promptTheme(
  style: { bold: Decorate; dim: Decorate } = { bold: (s) => s, dim: (s) => s },
): { style: Required<Pick<PromptTheme['style'], 'keysHelpTip'>> } | undefined {
  if (interfaceLanguage() === 'en') return undefined;
  return {
    style: {
      keysHelpTip: (keys) =>
        keys
          .map(([key, action]) => {
            const known = key === 'space' && action === 'select' ? 'prompt.tick' : ACTIONS[action];
            const word = known ? localize(known) : action;
            return `${style.bold(key === 'space' ? localize('prompt.space') : key)} ${style.dim(word)}`;
          })
          .join(style.dim(' • ')),
    },
  };
}

/**
 * A checkbox's theme: the key hints of `promptTheme`, and once answered a count ("3 of 6 ticked")
 * instead of every ticked choice joined with commas, which for documents with notes fills the screen.
 */
export function checkboxTheme(style?: { bold: Decorate; dim: Decorate }): PromptTheme {
  return {
    style: {
      ...promptTheme(style)?.style,
      renderSelectedChoices: (selected, all) =>
        localize('prompt.ticked', { count: selected.length, total: all.length }),
    },
  };
}
