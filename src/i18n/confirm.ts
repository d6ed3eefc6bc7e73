import {
  createPrompt,
  isEnterKey,
  isTabKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import { fold } from '../text/normalize.js';
import { interfaceLanguage, localize, localizeIn, type InterfaceLanguage } from './index.js';

/** The words that answer yes in each language: Spanish takes its own and English ones. */
const YES: Record<InterfaceLanguage, readonly string[]> = {
  en: ['y', 'yes'],
  es: ['s', 'si', 'y', 'yes'],
};
const NO = ['n', 'no'];

/** A typed answer to a yes/no question (`sí`, `Si`, `YES`, `n`), or null when it is neither. */
export function yesNoAnswer(text: string, lang: InterfaceLanguage = interfaceLanguage()): boolean | null {
  const word = fold(text);
  if (YES[lang].includes(word)) return true;
  if (NO.includes(word)) return false;
  return null;
}

export interface ConfirmConfig {
  message: string;
  default?: boolean;
}

/**
 * @inquirer/prompts' confirm in the interface language: `(s/N)` and sí/si/s (or y/yes) in
 * Spanish. Enter alone takes the default; an answer that is neither yes nor no asks again rather
 * than being read as the default.
 */
export const confirm = createPrompt<boolean, ConfirmConfig>((config, done) => {
  const lang = interfaceLanguage();
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const theme = makeTheme();
  const prefix = usePrefix({ status, theme });
  const fallback = config.default !== false;
  const word = (answer: boolean) => localizeIn(lang, answer ? 'prompt.yes' : 'prompt.no');
  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const answer = value.trim() === '' ? fallback : yesNoAnswer(value, lang);
      if (answer === null) {
        setError(localize('prompt.yesOrNo'));
        return;
      }
      setValue(word(answer));
      setStatus('done');
      done(answer);
    } else if (isTabKey(key)) {
      const answer = word(!(yesNoAnswer(value, lang) ?? fallback));
      rl.clearLine(0);
      rl.write(answer);
      setValue(answer);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
  const hint = theme.style.defaultAnswer(
    localize(fallback ? 'prompt.yesNoDefaultYes' : 'prompt.yesNoDefaultNo'),
  );
  return [`${prefix} ${message} ${hint} ${value}`, error ? theme.style.error(error) : ''];
});
