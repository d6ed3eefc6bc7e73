import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import type { Guide } from '../../src/guide/model.js';
import type { ItemState, WalletEntry } from '../../src/progress/model.js';
import { ProgressStore } from '../../src/progress/store.js';
import { applyChanges, viewProgress } from '../../src/progress/tracker.js';
import { checkObtained, formatMarkdown, walkthrough, type Prompts } from '../../src/walk/flow.js';
import { FIXTURES, GUIDES } from '../helpers/paths.js';
import { choose, type Turn as GenericTurn, type Ui } from '../helpers/prompt-turns.js';

const tmp = mkdtempSync(join(tmpdir(), 'tramit-walk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const guidePath = join(GUIDES, 'en/mexico/imss_enrollment.md');
const imss = parseGuide(readFileSync(guidePath, 'utf8'), {
  path: guidePath,
  lang: 'en',
  country: 'mexico',
  slug: 'imss_enrollment',
});
const guide = imss;
const NOW = new Date('2026-03-02T10:00:00Z');

type Kind = keyof Prompts;
type Turn = GenericTurn<Kind>;

let homes = 0;

/**
 * A walkthrough whose prompts are rendered by @inquirer/testing, answered by a script of turns, and
 * whose progress lives in a real store in a fresh folder.
 */
function harness(turns: Turn[], guide: Guide = imss) {
  const home = join(tmp, `home-${++homes}`);
  const store = new ProgressStore(home, (m) => warnings.push(m));
  const output: string[] = [];
  const warnings: string[] = [];
  const asked: Array<{ kind: Kind; message: string }> = [];
  const prompt =
    (kind: Kind, real: unknown) =>
    async (config: { message: string }): Promise<never> => {
      const turn = turns.shift();
      if (!turn) throw new Error(`no answer scripted for the ${kind} prompt "${config.message}"`);
      if (turn.kind !== kind)
        throw new Error(`expected a ${turn.kind} prompt, got ${kind} "${config.message}"`);
      asked.push({ kind, message: config.message });
      // Each real prompt takes its own config type; the flow already type-checks what it passes.
      const ui = await render(real as never, config);
      await turn.act(ui);
      return (await ui.answer) as never;
    };
  const prompts = {
    select: prompt('select', select),
    checkbox: prompt('checkbox', checkbox),
    input: prompt('input', input),
    confirm: prompt('confirm', confirm),
  } as unknown as Prompts;
  /** What another process would read from disk right now. */
  const saved = () => viewProgress(guide, new ProgressStore(home, () => {}).read().guides[guide.key]);
  /** The whole store on disk, wallet included. */
  const data = () => new ProgressStore(home, () => {}).read();
  const seed = async (changes: Array<{ kind: 'step' | 'document'; index: number; state: ItemState }>) => {
    await store.update((data) => applyChanges(data, guide, changes, NOW.toISOString()));
  };
  /** Puts a document in the wallet as if it had been ticked for another guide. */
  const hold = async (kind: string, name: string, obtained: string | null, source = 'spain-nie') => {
    const entry: WalletEntry = { kind, name, obtained, addedAt: NOW.toISOString(), source };
    await store.update((data) => void (data.wallet[kind] = entry));
  };
  const walk = (restart = false) =>
    walkthrough({
      guide,
      prompts,
      store,
      out: (text) => output.push(text),
      warn: (text) => warnings.push(text),
      now: () => NOW,
      width: 80,
      restart,
    });
  return {
    walk,
    saved,
    data,
    seed,
    hold,
    output,
    warnings,
    asked,
    turns,
    text: () => output.join('\n'),
    /** The summary, from its heading to the end. */
    summary: () => output.slice(output.lastIndexOf('Summary')),
  };
}

/** A turn that first checks what is on disk (and on screen), then answers. */
function checkThen(check: (ui: Ui) => void, then: Turn): Turn {
  return {
    kind: then.kind,
    act: async (ui) => {
      check(ui);
      await then.act(ui);
    },
  };
}

const ctrlC = (kind: Kind): Turn => ({
  kind,
  act: (ui) => ui.events.keypress({ name: 'c', ctrl: true }),
});

const typeAnswer = (kind: Kind, text: string): Turn => ({
  kind,
  act: (ui) => {
    ui.events.type(text);
    ui.events.keypress('enter');
  },
});

/** Enter on an empty answer: skips the optional date a ticked document was obtained. */
const skipDate = (name: string): Turn =>
  checkThen(
    (ui) => expect(ui.getScreen()).toContain(`When did you get "${name}"? (YYYY-MM-DD, Enter to skip)`),
    typeAnswer('input', ''),
  );

/** Lets the prompt finish what a keypress started (validation is asynchronous). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

const states = (items: Array<{ state: ItemState }>) => items.map((i) => i.state);

describe('walkthrough', () => {
  it('introduces the guide in plain text and starts a fresh guide at step 1', async () => {
    const h = harness([choose('Quit')]);
    expect(await h.walk()).toBe('quit');
    const text = h.text();
    expect(h.output[0]).toBe('Register with IMSS as a self-employed worker');
    expect(text).toContain('mexico/imss_enrollment · 8 steps · 6 documents');
    expect(text).toContain('What is it?\nPeople who work for themselves');
    expect(text).toContain('Who needs it?\nFreelancers');
    expect(text).toContain('Starting at step 1.');
    expect(text).toContain('Step 1 of 8\n  Estimate the cost. Open the fee calculator');
    expect(text).not.toMatch(/\*\*/);
    expect(h.output.every((line) => line.length <= 80)).toBe(true);
    expect(h.output.at(-1)).toBe('Saved. `tramit walk mexico/imss_enrollment` continues at step 1.');
  });

  it('resumes at the first unfinished step', async () => {
    const h = harness([choose('Quit')]);
    await h.seed([
      { kind: 'step', index: 0, state: 'done' },
      { kind: 'step', index: 1, state: 'skipped' },
      { kind: 'step', index: 3, state: 'done' },
    ]);
    await h.walk();
    const text = h.text();
    // Done and skipped said apart: a skipped step is not a finished one.
    expect(text).toContain('You finished 2 of 8 steps and skipped 1; continuing at step 3.');
    // The introduction was read on the first walk: one line says where it is.
    expect(text).toContain('What it is and who needs it: `tramit show mexico/imss_enrollment`');
    expect(text).not.toContain('Who needs it?');
    expect(text).toContain('Step 3 of 8\n  Start the online application.');
    expect(text).not.toContain('Step 1 of 8');
    expect(h.output.at(-1)).toBe('Saved. `tramit walk mexico/imss_enrollment` continues at step 3.');
  });

  it('saves Done at once, so Ctrl+C after two steps keeps both', async () => {
    const h = harness([
      choose('Done'),
      checkThen(() => expect(states(h.saved().steps).slice(0, 2)).toEqual(['done', 'todo']), choose('Done')),
      checkThen(
        () => expect(states(h.saved().steps).slice(0, 3)).toEqual(['done', 'done', 'todo']),
        ctrlC('select'),
      ),
    ]);
    await expect(h.walk()).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(h.turns).toEqual([]);
    expect(h.text()).toContain('Step 3 of 8');
    expect(h.output.at(-1)).toBe('Progress saved. Resume with `tramit walk mexico/imss_enrollment`.');
    expect(h.saved().counts.steps).toMatchObject({ done: 2, skipped: 0 });
    expect(h.saved().progress?.steps[0]?.changedAt).toBe(NOW.toISOString());
  });

  it('marks a step skipped and moves on', async () => {
    const h = harness([
      choose('Skip'),
      checkThen(() => expect(h.saved().steps[0]?.state).toBe('skipped'), choose('Quit')),
    ]);
    await h.walk();
    expect(h.text()).toContain('Step 2 of 8');
    expect(h.output.at(-1)).toBe('Saved. `tramit walk mexico/imss_enrollment` continues at step 2.');
  });

  it('offers Back only after the first step, and goes back to change a step', async () => {
    const h = harness([
      checkThen((ui) => {
        expect(ui.getScreen()).toMatch(/^- Back \(this is the first step\)$/m);
      }, choose('Done')),
      checkThen((ui) => expect(ui.getScreen()).toMatch(/^ {2}Back$/m), choose('Back')),
      checkThen((ui) => {
        expect(h.output.at(-1)).toBe('  Marked done on 2026-03-02.');
        expect(ui.getScreen()).toContain('Not done yet');
      }, choose('Not done yet')),
      choose('Quit'),
    ]);
    await h.walk();
    const headings = h.output.filter((l) => l.startsWith('Step '));
    expect(headings).toEqual(['Step 1 of 8', 'Step 2 of 8', 'Step 1 of 8', 'Step 2 of 8']);
    expect(states(h.saved().steps)[0]).toBe('todo');
    expect(h.output.at(-1)).toBe('Saved. `tramit walk mexico/imss_enrollment` continues at step 1.');
  });

  it('adds a note, shows the same step with it, and removes it with "-"', async () => {
    const h = harness([
      choose('Add a note'),
      typeAnswer('input', 'Folio 123'),
      checkThen((ui) => {
        expect(h.saved().steps[0]).toMatchObject({ note: 'Folio 123', state: 'todo' });
        expect(ui.getScreen()).toContain('Change the note');
      }, choose('Change the note')),
      typeAnswer('input', '-'),
      checkThen(() => expect(h.saved().steps[0]?.note).toBeNull(), choose('Quit')),
    ]);
    await h.walk();
    expect(h.asked.filter((a) => a.kind === 'input').map((a) => a.message)).toEqual([
      'Note for step 1 (Enter to cancel):',
      'New note for step 1 (Enter keeps the current one, "-" removes it):',
    ]);
    const text = h.text();
    expect(text).toContain('Note saved.');
    expect(text).toContain('Step 1 of 8\n  Estimate the cost.');
    expect(text).toMatch(/ {2}Note: Folio 123\n/);
    expect(text).toContain('Note removed.');
    expect(h.output.filter((l) => l.startsWith('Step ')).every((l) => l === 'Step 1 of 8')).toBe(true);
  });

  it('leaves a note unchanged when the answer is empty', async () => {
    const h = harness([choose('Add a note'), typeAnswer('input', '  '), choose('Quit')]);
    await h.walk();
    expect(h.saved().progress).toBeUndefined();
    expect(h.text()).not.toContain('Note saved.');
  });

  it('finishes the last steps, ticks documents in a checkbox and sums up', async () => {
    const h = harness([
      choose('Done'),
      choose('Skip'),
      {
        kind: 'checkbox',
        act: (ui) => {
          const screen = ui.getScreen();
          expect(screen).toContain('Social Security Number (NSS)');
          expect(screen).toContain('Proof of address (not needed)');
          ui.events.keypress('space'); // tick CURP
          ui.events.keypress('down');
          ui.events.keypress('space'); // untick the NSS, ticked before
          ui.events.keypress('down');
          ui.events.keypress('space'); // tick the email address
          ui.events.keypress('enter');
        },
      },
    ]);
    await h.seed([
      ...[0, 1, 2, 3, 4, 5].map((index) => ({ kind: 'step' as const, index, state: 'done' as const })),
      { kind: 'document', index: 1, state: 'done' },
      { kind: 'document', index: 4, state: 'skipped' },
    ]);
    expect(await h.walk()).toBe('finished');
    expect(h.turns).toEqual([]);
    expect(states(h.saved().steps)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
      'done',
      'done',
      'skipped',
    ]);
    expect(states(h.saved().documents)).toEqual(['done', 'todo', 'done', 'todo', 'skipped', 'todo']);
    // Neither a CURP nor an email address has a date any guide checks: no question about one.
    expect(h.asked.filter((a) => a.kind === 'input')).toHaveLength(0);
    expect(h.data().wallet['curp']).toMatchObject({ obtained: null, source: guide.key });
    expect(h.data().wallet['nss']).toBeUndefined();
    const summary = h.output.slice(h.output.indexOf('Summary'));
    expect(summary).toEqual([
      'Summary',
      'Steps: 7 done, 1 skipped, 0 left',
      'Documents: 2 of 6 ready, 1 not needed, 3 left:',
      '  - Social Security Number (NSS)',
      '  - Valid official photo ID',
      '  - Signed written request',
      // Wrapped at the walk's width (80 here) between words.
      'Take the checklist with you: `tramit export mexico/imss_enrollment` (or',
      '`--format markdown -o FILE`).',
    ]);
  });

  it('saves the documents as the user submitted them, though another terminal changed them meanwhile', async () => {
    const h: ReturnType<typeof harness> = harness([
      {
        kind: 'checkbox',
        act: async (ui) => {
          expect(ui.getScreen()).toMatch(/◉ CURP/);
          // While the checklist is on screen, another terminal unticks CURP, ticks the NSS and the
          // request, and skips step 8.
          await h.seed([
            { kind: 'document', index: 0, state: 'todo' },
            { kind: 'document', index: 1, state: 'done' },
            { kind: 'document', index: 5, state: 'done' },
            { kind: 'step', index: 7, state: 'skipped' },
          ]);
          ui.events.keypress('down');
          ui.events.keypress('down');
          ui.events.keypress('space'); // tick the email address; CURP stays ticked as shown
          ui.events.keypress('enter');
        },
      },
      skipDate('Personal email address'),
    ]);
    await h.seed([
      ...guide.steps.map((_s, index) => ({ kind: 'step' as const, index, state: 'done' as const })),
      { kind: 'document', index: 0, state: 'done' },
    ]);
    expect(await h.walk()).toBe('finished');
    // What was shown and submitted wins for every document shown; the step changed elsewhere stays.
    expect(states(h.saved().documents)).toEqual(['done', 'todo', 'done', 'todo', 'todo', 'todo']);
    expect(states(h.saved().steps).at(-1)).toBe('skipped');
    expect(h.data().wallet['curp']).toMatchObject({ source: guide.key });
    expect(h.summary()[2]).toBe('Documents: 2 of 6 ready, 4 left:');
  });

  it('goes straight to the documents when every step is finished', async () => {
    const h = harness([
      {
        kind: 'checkbox',
        act: (ui) => {
          ui.events.keypress('a'); // tick everything
          ui.events.keypress('enter');
        },
      },
      // "Valid official photo ID": which one; then the only dated document, the proof of address.
      choose('Passport'),
      skipDate('Proof of address'),
    ]);
    await h.seed(guide.steps.map((_s, index) => ({ kind: 'step' as const, index, state: 'done' as const })));
    expect(await h.walk()).toBe('finished');
    const text = h.text();
    expect(text).toContain('You finished all 8 steps; on to the documents.');
    expect(text).not.toContain('Step 1 of 8');
    expect(h.saved().counts.documents).toMatchObject({ done: 6, total: 6 });
    expect(text).toContain(
      'Steps: 8 done, 0 skipped, 0 left\nDocuments: 6 of 6 ready\nEverything is in order.',
    );
  });

  it('asks which document the user holds for one that accepts several, and records that one', async () => {
    const h = harness([
      {
        kind: 'checkbox',
        act: (ui) => {
          for (let i = 0; i < 3; i++) ui.events.keypress('down');
          ui.events.keypress('space'); // "Valid official photo ID"
          ui.events.keypress('enter');
        },
      },
      checkThen((ui) => {
        const screen = ui.getScreen();
        expect(screen).toContain('Which one do you have for "Valid official photo ID"?');
        for (const choice of ['National ID card', 'Passport', 'Residence card, visa or permit'])
          expect(screen).toContain(choice);
      }, choose('Passport')),
    ]);
    await h.seed(guide.steps.map((_s, index) => ({ kind: 'step' as const, index, state: 'done' as const })));
    expect(await h.walk()).toBe('finished');
    expect(h.turns).toEqual([]);
    expect(Object.keys(h.data().wallet)).toEqual(['passport']);
    expect(h.data().wallet['passport']).toMatchObject({ name: 'Passport', source: guide.key });
    // A passport has no date any guide checks: no question about one.
    expect(h.asked.map((a) => a.kind)).toEqual(['checkbox', 'select']);
  });

  it('Ctrl+C at "which one" keeps the tick, as "one of these"', async () => {
    const h = harness([
      {
        kind: 'checkbox',
        act: (ui) => {
          for (let i = 0; i < 3; i++) ui.events.keypress('down');
          ui.events.keypress('space');
          ui.events.keypress('enter');
        },
      },
      ctrlC('select'),
    ]);
    await h.seed(guide.steps.map((_s, index) => ({ kind: 'step' as const, index, state: 'done' as const })));
    await expect(h.walk()).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(states(h.saved().documents)[3]).toBe('done');
    expect(Object.keys(h.data().wallet)).toEqual(['any:national_id+passport+residence_card']);
  });

  it('Ctrl+C at the document checklist keeps the steps already confirmed', async () => {
    const h = harness([choose('Done'), ctrlC('checkbox')]);
    await h.seed(
      [0, 1, 2, 3, 4, 5, 6].map((index) => ({ kind: 'step' as const, index, state: 'done' as const })),
    );
    await expect(h.walk()).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(h.saved().counts.steps.done).toBe(8);
    expect(h.saved().counts.documents.done).toBe(0);
    expect(h.output.at(-1)).toBe('Progress saved. Resume with `tramit walk mexico/imss_enrollment`.');
  });

  it('--restart asks first, then forgets the saved states and starts at step 1', async () => {
    const h = harness([
      checkThen(
        () => {
          expect(h.asked.at(-1)?.message).toBe(
            'Start over and forget what you saved for this guide (2 of 8 steps done, 1 skipped, 1 of 6 documents ready)?',
          );
          expect(h.saved().counts.steps.done).toBe(2);
        },
        typeAnswer('confirm', 'y'),
      ),
      checkThen(() => expect(h.saved().progress).toBeUndefined(), choose('Done')),
      choose('Quit'),
    ]);
    await h.seed([
      { kind: 'step', index: 0, state: 'done' },
      { kind: 'step', index: 1, state: 'done' },
      { kind: 'step', index: 2, state: 'skipped' },
      { kind: 'document', index: 0, state: 'done' },
    ]);
    await h.walk(true);
    expect(h.text()).toContain('Starting over at step 1: your earlier progress on this guide was forgotten.');
    expect(h.output.filter((l) => l.startsWith('Step '))).toEqual(['Step 1 of 8', 'Step 2 of 8']);
    expect(states(h.saved().steps).slice(0, 3)).toEqual(['done', 'todo', 'todo']);
    expect(h.saved().counts.documents.done).toBe(0);
  });

  it('--restart keeps everything when the user says no', async () => {
    const h = harness([typeAnswer('confirm', 'n'), choose('Quit')]);
    await h.seed([{ kind: 'step', index: 0, state: 'done' }]);
    await h.walk(true);
    const text = h.text();
    expect(text).toContain('Nothing was forgotten; continuing where you left off.');
    expect(text).toContain('Step 2 of 8');
    expect(h.saved().steps[0]?.state).toBe('done');
  });

  it('--restart with nothing saved starts at step 1 without asking', async () => {
    const h = harness([choose('Quit')]);
    await h.walk(true);
    expect(h.asked.map((a) => a.kind)).toEqual(['select']);
    expect(h.text()).toContain('Starting at step 1.');
  });
});

describe('walkthrough with the document wallet', () => {
  /** A guide with no numbered steps, so the walkthrough goes straight to its documents. */
  const bank = parseGuide(
    [
      '---',
      'title: Open a bank account',
      'description: A current account at a Spanish bank.',
      'date: 2026-01-01',
      'categories:',
      '- Spain',
      'translationKey: spain-bank_account',
      '---',
      '',
      '## Description',
      '### What is it?',
      'A current account.',
      '',
      '### Who needs it?',
      'Anyone who is paid in Spain.',
      '',
      '## Required documents',
      '- Proof of address - dated within the last three months.',
      '- Passport - original and copy.',
      '- Employment contract - signed by you and your employer.',
      '',
    ].join('\n'),
    { path: 'bank_account.md', lang: 'en', country: 'spain', slug: 'bank_account' },
  );
  const idLabel = 'Valid official photo ID';
  const allStepsDone = guide.steps.map((_s, index) => ({
    kind: 'step' as const,
    index,
    state: 'done' as const,
  }));

  it('pre-checks a document held for another guide, asks no date for it, and counts it ready', async () => {
    const h = harness([
      {
        kind: 'checkbox',
        act: (ui) => {
          const screen = ui.getScreen();
          expect(screen).toMatch(new RegExp(`◉ ${idLabel} \\(in your wallet\\)`));
          expect(screen).toMatch(/◯ CURP$/m);
          ui.events.keypress('enter');
        },
      },
    ]);
    await h.seed(allStepsDone);
    await h.hold('national_id', 'INE voter card', null);
    expect(await h.walk()).toBe('finished');
    expect(h.turns).toEqual([]);
    expect(h.asked.map((a) => a.kind)).toEqual(['checkbox']);
    // Steps were saved already, so the introduction is one line; the wallet is still said in full.
    expect(h.text()).toContain('What it is and who needs it: `tramit show mexico/imss_enrollment`');
    expect(h.output).toContain(`Already in your wallet: ${idLabel}`);
    // Ready through the wallet: nothing is written for it in this guide.
    expect(states(h.saved().documents)).toEqual(['todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(h.data().wallet['national_id']).toMatchObject({ name: 'INE voter card', source: 'spain-nie' });
    expect(h.summary()).toEqual([
      'Summary',
      'Steps: 8 done, 0 skipped, 0 left',
      'Documents: 1 of 6 ready, 5 left:',
      '  - CURP',
      '  - Social Security Number (NSS)',
      '  - Personal email address',
      '  - Proof of address',
      '  - Signed written request',
      // Wrapped at the walk's width (80 here) between words.
      'Take the checklist with you: `tramit export mexico/imss_enrollment` (or',
      '`--format markdown -o FILE`).',
    ]);
  });

  it('unticking a document only held in the wallet changes nothing', async () => {
    const h = harness([
      {
        kind: 'checkbox',
        act: (ui) => {
          for (let i = 0; i < 3; i++) ui.events.keypress('down');
          ui.events.keypress('space'); // untick the photo ID
          expect(ui.getScreen()).toMatch(new RegExp(`◯ ${idLabel} \\(in your wallet\\)`));
          ui.events.keypress('enter');
        },
      },
    ]);
    await h.seed(allStepsDone);
    await h.hold('national_id', 'INE voter card', '2025-06-01');
    await h.walk();
    expect(h.output).toContain(`Already in your wallet: ${idLabel} (obtained 2025-06-01)`);
    expect(h.saved().progress?.documents).toEqual([]);
    expect(h.data().wallet['national_id']).toMatchObject({ obtained: '2025-06-01', source: 'spain-nie' });
    expect(h.summary()[2]).toBe('Documents: 1 of 6 ready, 5 left:');
  });

  it('asks when a newly ticked document was obtained and keeps the date in the wallet', async () => {
    const h = harness(
      [
        {
          kind: 'checkbox',
          act: (ui) => {
            expect(ui.getScreen()).toMatch(/◯ Proof of address$/m);
            ui.events.keypress('space');
            ui.events.keypress('enter');
          },
        },
        checkThen(
          () => expect(h.data().wallet['proof_of_address']).toMatchObject({ obtained: null }),
          typeAnswer('input', '2026-02-10'),
        ),
      ],
      bank,
    );
    expect(await h.walk()).toBe('finished');
    expect(h.turns).toEqual([]);
    expect(h.text()).toContain('This guide has no numbered steps; on to the documents.');
    expect(h.text()).not.toContain('Already in your wallet');
    expect(h.asked.at(-1)?.message).toBe('When did you get "Proof of address"? (YYYY-MM-DD, Enter to skip)');
    expect(h.data().wallet['proof_of_address']).toMatchObject({
      kind: 'proof_of_address',
      name: 'Proof of address',
      obtained: '2026-02-10',
      source: 'spain-bank_account',
    });
    const doc = h.data().guides[bank.key]?.documents[0];
    expect(doc).toMatchObject({ state: 'done', obtained: '2026-02-10' });
    expect(h.summary()).toEqual([
      'Summary',
      'Documents: 1 of 3 ready, 2 left:',
      '  - Passport',
      '  - Employment contract',
      // Wrapped at the walk's width (80 here) between words.
      'Take the checklist with you: `tramit export spain/bank_account` (or `--format',
      'markdown -o FILE`).',
    ]);
  });

  it('rejects a date that is not real or lies in the future, then takes the corrected one', async () => {
    const retype = async (ui: Ui, text: string, expected: string) => {
      for (let i = 0; i < 12; i++) ui.events.keypress('backspace');
      ui.events.type(text);
      ui.events.keypress('enter');
      await settle();
      expect(ui.getScreen()).toContain(expected);
    };
    const h = harness(
      [
        {
          kind: 'checkbox',
          act: (ui) => {
            ui.events.keypress('space');
            ui.events.keypress('enter');
          },
        },
        {
          kind: 'input',
          act: async (ui) => {
            await retype(ui, '2026-02-30', '"2026-02-30" is not a date: write it as YYYY-MM-DD');
            expect(h.data().wallet['proof_of_address']?.obtained).toBeNull();
            await retype(ui, 'last week', '"last week" is not a date');
            await retype(ui, '2026-03-03', '2026-03-03 is in the future');
            await retype(ui, '2026-01-15', '2026-01-15');
          },
        },
      ],
      bank,
    );
    expect(await h.walk()).toBe('finished');
    expect(h.data().wallet['proof_of_address']?.obtained).toBe('2026-01-15');
  });

  it('Enter skips the date, and the summary asks for it when the guide has an age rule', async () => {
    const h = harness(
      [
        {
          kind: 'checkbox',
          act: (ui) => {
            ui.events.keypress('space');
            ui.events.keypress('enter');
          },
        },
        skipDate('Proof of address'),
      ],
      bank,
    );
    await h.walk();
    expect(h.data().wallet['proof_of_address']).toMatchObject({ obtained: null });
    const summary = h.summary().join('\n');
    expect(summary).toContain(
      'Check before you go:\n  - proof of address: this guide accepts it for 3 months;',
    );
    expect(summary).toContain('`tramit wallet add proof_of_address --date YYYY-MM-DD`');
  });

  it('warns in the intro and in the summary about a held document too old for the guide', async () => {
    const h = harness(
      [
        {
          kind: 'checkbox',
          act: (ui) => {
            expect(ui.getScreen()).toMatch(/◉ Proof of address \(in your wallet\)/);
            ui.events.keypress('enter');
          },
        },
      ],
      bank,
    );
    await h.hold('proof_of_address', 'Utility bill', '2025-10-01', 'mexico-imss_enrollment');
    await h.hold('passport', 'Passport', null, 'spain-nie');
    expect(await h.walk()).toBe('finished');
    expect(h.asked.map((a) => a.kind)).toEqual(['checkbox']);
    const intro = h.output.slice(h.output.indexOf('Anyone who is paid in Spain.') + 1);
    expect(intro.slice(0, 5)).toEqual([
      '',
      'Already in your wallet: Proof of address (obtained 2025-10-01), Passport',
      'Warning: proof of address: obtained 2025-10-01, older than the 3 months this',
      '  guide accepts since 2026-01-01',
      '',
    ]);
    expect(h.summary()).toEqual([
      'Summary',
      'Documents: 2 of 3 ready, 1 left:',
      '  - Employment contract',
      'Check before you go:',
      '  - proof of address: obtained 2025-10-01, older than the 3 months this guide',
      '    accepts since 2026-01-01',
      // Wrapped at the walk's width (80 here) between words.
      'Take the checklist with you: `tramit export spain/bank_account` (or `--format',
      'markdown -o FILE`).',
    ]);
    expect(states(h.saved().documents)).toEqual(['todo', 'todo', 'todo']);
    expect(h.text()).not.toContain('Everything is in order.');
  });
});

describe('checkObtained', () => {
  it('takes an empty answer or a real past date, and explains anything else', () => {
    expect(checkObtained('', '2026-03-02')).toBe(true);
    expect(checkObtained('  ', '2026-03-02')).toBe(true);
    expect(checkObtained('2026-03-02', '2026-03-02')).toBe(true);
    expect(checkObtained('2024-02-29', '2026-03-02')).toBe(true);
    for (const bad of ['2025-02-29', '2026-13-01', '2026-1-5', '05/01/2026', '0050-01-01'])
      expect(checkObtained(bad, '2026-03-02')).toMatch(/is not a date/);
    expect(checkObtained('2026-03-03', '2026-03-02')).toMatch(/is in the future/);
  });
});

describe('walkthrough of a guide written as prose', () => {
  it('shows the procedure text and finishes without prompting', async () => {
    const prose = parseGuide(readFileSync(join(FIXTURES, 'variations/prose-crlf.md'), 'utf8'), {
      path: 'prose-crlf.md',
      country: 'spain',
      slug: 'prose',
    });
    const output: string[] = [];
    const never = () => Promise.reject(new Error('no prompt expected'));
    const result = await walkthrough({
      guide: prose,
      prompts: { select: never, checkbox: never, input: never, confirm: never },
      store: new ProgressStore(join(tmp, 'prose'), () => {}),
      out: (text) => output.push(text),
      warn: () => {},
      now: () => NOW,
      width: 80,
    });
    expect(result).toBe('finished');
    const text = output.join('\n');
    expect(text).toContain('How it works\nGo to the office and ask; there are no fixed steps.');
    expect(text).toContain('This guide has no numbered steps or documents to tick off.');
    expect(text).not.toContain('Steps:');
    expect(output.slice(-2).join(' ')).toContain(`tramit export ${prose.id}`);
  });
});

describe('formatMarkdown', () => {
  const rich = parseGuide(readFileSync(join(FIXTURES, 'variations/steps-rich.md'), 'utf8'), {
    path: 'steps-rich.md',
  });

  it('keeps nested bullets under their step and strips inline markdown', () => {
    expect(formatMarkdown(rich.steps[1]!.text, 80, '  ', '    ')).toEqual([
      '  Go to the office with your documents.',
      '    • Bring the originals.',
      '    • Bring one copy of each.',
    ]);
    expect(formatMarkdown(rich.steps[0]!.text, 80, '  ')).toEqual([
      '  Book an appointment: use the official site (https://example.gob.es/cita).',
    ]);
    expect(formatMarkdown(rich.steps[2]!.text, 80, '  ')).toEqual([
      '  Pay the fee.',
      '',
      '  Keep the receipt: you will need it later.',
    ]);
  });

  it('wraps to the width with a hanging indent for list items', () => {
    const lines = formatMarkdown(
      'Intro words that run on.\n- a bullet item long enough to need wrapping at this width\n  - nested',
      30,
      '',
    );
    expect(lines).toEqual([
      'Intro words that run on.',
      '• a bullet item long enough to',
      '  need wrapping at this width',
      '  • nested',
    ]);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
  });
});
