import { interfaceLanguage, t, type MessageKey } from './index.js';

type Decorate = (text: string) => string;

const ACTIONS: Record<string, MessageKey> = {
  navigate: 'prompt.navigate',
  select: 'prompt.select',
  all: 'prompt.all',
  invert: 'prompt.invert',
  submit: 'prompt.submit',
};

/**
 * The theme that puts the prompts' key hints ("↑↓ navigate • ⏎ select") in the interface language;
 * undefined in English, where @inquirer/prompts' own words stay.
 */
export function promptTheme(
  style: { bold: Decorate; dim: Decorate } = { bold: (s) => s, dim: (s) => s },
): { style: { keysHelpTip: (keys: Array<[string, string]>) => string } } | undefined {
  if (interfaceLanguage() === 'en') return undefined;
  return {
    style: {
      keysHelpTip: (keys) =>
        keys
          .map(([key, action]) => {
            const known = key === 'space' && action === 'select' ? 'prompt.tick' : ACTIONS[action];
            const word = known ? t(known) : action;
            return `${style.bold(key === 'space' ? t('prompt.space') : key)} ${style.dim(word)}`;
          })
          .join(style.dim(' • ')),
    },
  };
}
