import { checkbox, input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setInterfaceLanguage } from '../../src/i18n/index.js';
import { askPlan, askSaveName, type AskPrompts } from '../../src/plan/ask.js';
import { findGoal } from '../../src/plan/goals.js';
import { choose, type Turn as GenericTurn } from '../helpers/prompt-turns.js';

type Kind = keyof AskPrompts;
type Turn = GenericTurn<Kind>;

/** Prompts rendered by @inquirer/testing, answered by a script of turns; what they asked is kept. */
function scripted(turns: Turn[]) {
  const asked: Array<{ kind: Kind; screen: string }> = [];
  const prompt =
    (kind: Kind, real: unknown) =>
    async (config: { message: string }): Promise<never> => {
      const turn = turns.shift();
      if (!turn) throw new Error(`no answer scripted for the ${kind} prompt "${config.message}"`);
      if (turn.kind !== kind)
        throw new Error(`expected a ${turn.kind} prompt, got ${kind} "${config.message}"`);
      const ui = await render(real as never, config);
      asked.push({ kind, screen: ui.getScreen() });
      await turn.act(ui);
      return (await ui.answer) as never;
    };
  const prompts = {
    select: prompt('select', select),
    checkbox: prompt('checkbox', checkbox),
    input: prompt('input', input),
  } as unknown as AskPrompts;
  return { prompts, asked };
}

/** Lets the prompt finish what a keypress started (validation is asynchronous). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const countries = [
  { slug: 'argentina', name: 'Argentina' },
  { slug: 'mexico', name: 'México' },
  { slug: 'spain', name: 'España' },
];
const documents = () => [
  { kind: 'curp', held: true },
  { kind: 'proof_of_address', held: false },
];

describe('plan questions, answered without a terminal', () => {
  beforeEach(() => setInterfaceLanguage('es'));
  afterEach(() => setInterfaceLanguage('en'));

  it('asks the country, the goals and the documents held, in Spanish', async () => {
    const { prompts, asked } = scripted([
      choose('México'),
      {
        kind: 'checkbox',
        act: (ui) => {
          ui.events.keypress('space');
          ui.events.keypress('enter');
        },
      },
      {
        kind: 'checkbox',
        act: (ui) => {
          // The CURP the wallet holds comes ticked; tick the proof of address too.
          ui.events.keypress('down');
          ui.events.keypress('space');
          ui.events.keypress('enter');
        },
      },
    ]);
    const answers = await askPlan({ prompts, lang: 'es', countries, documents });
    expect(answers).toEqual({
      country: 'mexico',
      goals: [findGoal('self-employed')],
      held: ['curp', 'proof_of_address'],
    });
    expect(asked.map((a) => a.screen.split('\n')[0])).toEqual([
      '? ¿Para qué país es el plan?',
      '? ¿Qué quieres hacer allí?',
      '? ¿Cuáles de estos documentos ya tienes?',
    ]);
    expect(asked[1]!.screen).toContain('Trabajar por cuenta propia');
    expect(asked[1]!.screen).toContain('Conducir');
    expect(asked[2]!.screen).toMatch(/◉ CURP\n/);
    expect(asked[2]!.screen).toMatch(/◯ Comprobante de domicilio/);
  });

  it('will not go on without a goal', async () => {
    let error = '';
    const { prompts } = scripted([
      {
        kind: 'checkbox',
        act: async (ui) => {
          ui.events.keypress('enter');
          await settle();
          error = ui.getScreen();
          ui.events.keypress('down');
          ui.events.keypress('space');
          ui.events.keypress('enter');
        },
      },
      { kind: 'checkbox', act: (ui) => ui.events.keypress('enter') },
    ]);
    const answers = await askPlan({ prompts, lang: 'es', countries, country: 'spain', documents });
    expect(error).toContain('Elige al menos una');
    expect(answers.goals).toEqual([findGoal('live')]);
    expect(answers.country).toBe('spain');
    expect(answers.held).toEqual(['curp']);
  });

  it('asks nothing already given on the command line but the documents', async () => {
    const { prompts, asked } = scripted([{ kind: 'checkbox', act: (ui) => ui.events.keypress('enter') }]);
    await askPlan({
      prompts,
      lang: 'es',
      countries,
      country: 'mexico',
      goals: [findGoal('drive')!],
      documents,
    });
    expect(asked.map((a) => a.kind)).toEqual(['checkbox']);
  });

  it('asks for a name to save under: empty keeps nothing, a bad one is refused', async () => {
    let refused = '';
    const { prompts } = scripted([
      {
        kind: 'input',
        act: async (ui) => {
          ui.events.type('../fuera');
          ui.events.keypress('enter');
          await settle();
          refused = ui.getScreen();
          for (let i = 0; i < 8; i++) ui.events.keypress('backspace');
          ui.events.type('mudanza');
          ui.events.keypress('enter');
        },
      },
      { kind: 'input', act: (ui) => ui.events.keypress('enter') },
    ]);
    const valid = (name: string) => /^[a-z]+$/.test(name);
    expect(await askSaveName(prompts, valid)).toBe('mudanza');
    expect(refused).toContain('"../fuera" no sirve como nombre de plan');
    expect(await askSaveName(prompts, valid)).toBeNull();
  });

  it('Ctrl+C stops the questions', async () => {
    const { prompts } = scripted([
      { kind: 'select', act: (ui) => ui.events.keypress({ name: 'c', ctrl: true }) },
    ]);
    await expect(askPlan({ prompts, lang: 'es', countries, documents })).rejects.toThrow(/force closed/i);
  });
});
