import type { checkbox, input, select } from '@inquirer/prompts';
import { localize, type InterfaceLanguage } from '../i18n/index.js';
import { promptTheme } from '../i18n/prompts.js';
import { kindTitle } from '../render/plan.js';
import { GOALS, goalLabel, type Goal } from './goals.js';

/*
 * The questions `tramit plan` asks in a terminal when told nothing: the country, what the person
 * wants to do there, and which of the documents that matters for they already have. The prompts are
 * passed in, so tests answer them with @inquirer/testing.
 */

export interface AskPrompts {
  select: typeof select;
  checkbox: typeof checkbox;
  input: typeof input;
}

export interface AskSetup {
  prompts: AskPrompts;
  lang: InterfaceLanguage;
  countries: ReadonlyArray<{ slug: string; name: string }>;
  /** Given on the command line: not asked again. */
  country?: string | undefined;
  goals?: readonly Goal[] | undefined;
  /** The documents worth asking about for a country and goals, and whether the wallet holds each. */
  documents: (country: string, goals: readonly Goal[]) => ReadonlyArray<{ kind: string; held: boolean }>;
}

export interface PlanAnswers {
  country: string;
  goals: Goal[];
  /** The kinds the person says they have, the wallet's included. */
  held: string[];
}

export async function askPlan(setup: AskSetup): Promise<PlanAnswers> {
  const { prompts, lang } = setup;
  const theme = promptTheme();
  const country =
    setup.country ??
    (await prompts.select({
      message: localize('plan.ask.country'),
      choices: setup.countries.map((c) => ({ name: c.name, value: c.slug, description: c.slug })),
      ...(theme ? { theme } : {}),
    }));
  const goals =
    setup.goals && setup.goals.length > 0
      ? [...setup.goals]
      : await prompts.checkbox({
          message: localize('plan.ask.goals'),
          choices: GOALS.map((goal) => ({ name: goalLabel(goal, lang), value: goal })),
          validate: (chosen) => chosen.length > 0 || localize('plan.ask.goalsRequired'),
          ...(theme ? { theme } : {}),
        });
  const documents = setup.documents(country, goals);
  const held =
    documents.length === 0
      ? []
      : await prompts.checkbox({
          message: localize('plan.ask.documents'),
          choices: documents.map((d) => ({ name: kindTitle(d.kind, lang), value: d.kind, checked: d.held })),
          pageSize: 12,
          ...(theme ? { theme } : {}),
        });
  return { country, goals, held };
}

/** After the plan is shown: a name to keep it under, or null to keep nothing. */
export async function askSaveName(
  prompts: Pick<AskPrompts, 'input'>,
  valid: (name: string) => boolean,
): Promise<string | null> {
  // A text input shows no key hints: it needs no translated theme.
  const name = await prompts.input({
    message: localize('plan.ask.save'),
    validate: (value) => value.trim() === '' || valid(value) || localize('plan.badName', { name: value }),
  });
  return name.trim() === '' ? null : name.trim();
}
