import type { Guide } from '../guide/model.js';
import type { ItemState, StoreData } from '../progress/model.js';
import {
  applyChanges,
  resumeIndex,
  viewProgress,
  type GuideView,
  type ItemChange,
  type ItemView,
} from '../progress/tracker.js';
import { isoDate } from '../text/dates.js';
import { plainInline, wrap, wrapLongLines } from '../text/wrap.js';
import { Styled, localize, localizeCount } from '../i18n/index.js';
import { checkboxTheme, promptTheme, type PromptTheme } from '../i18n/prompts.js';
import { asksWhich, needsDate, requirementsOf } from '../wallet/wallet.js';
import { askHeld } from './which.js';

/**
 * The prompt functions the walkthrough needs, typed by what it passes, so that @inquirer/prompts
 * (in the command) and prompts rendered by @inquirer/testing (in tests) both fit.
 */
export interface Prompts {
  select<V>(config: {
    message: string;
    theme?: PromptTheme;
    choices: ReadonlyArray<{ name: string; value: V; description?: string; disabled?: boolean | string }>;
    default?: V;
    loop?: boolean;
    pageSize?: number;
  }): Promise<V>;
  checkbox<V>(config: {
    message: string;
    theme?: PromptTheme;
    choices: ReadonlyArray<{
      name: string;
      value: V;
      description?: string;
      short?: string;
      checked?: boolean;
    }>;
    loop?: boolean;
    pageSize?: number;
  }): Promise<V[]>;
  input(config: {
    message: string;
    default?: string;
    validate?: (value: string) => boolean | string | Promise<boolean | string>;
  }): Promise<string>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
}

/** Text decorations; identity functions when colour is off. */
export interface Style {
  bold: (text: string) => string;
  dim: (text: string) => string;
  accent: (text: string) => string;
  good: (text: string) => string;
  warn: (text: string) => string;
}

export const plainStyle: Style = {
  bold: (t) => t,
  dim: (t) => t,
  accent: (t) => t,
  good: (t) => t,
  warn: (t) => t,
};

/** The part of ProgressStore the walkthrough uses: a test hands it a real store in a temporary folder. */
export interface WalkStore {
  read(): StoreData;
  update<T>(change: (data: StoreData) => T): Promise<T>;
}

export interface WalkDeps {
  guide: Guide;
  prompts: Prompts;
  store: WalkStore;
  out: (text: string) => void;
  warn: (text: string) => void;
  now: () => Date;
  /** Columns to wrap text to. */
  width: number;
  style?: Style;
  restart?: boolean;
}

export type WalkResult = 'finished' | 'quit';

type Action = 'done' | 'skip' | 'todo' | 'back' | 'note' | 'quit';

/**
 * The interactive walkthrough: the guide's introduction, each step from where the user left off,
 * then the document checklist and a summary. Every confirmed answer is written to the store before
 * the next prompt, so Ctrl+C (an ExitPromptError from the prompts, rethrown) never loses one.
 */
export async function walkthrough(given: WalkDeps): Promise<WalkResult> {
  const width = Math.max(30, given.width);
  // Every line within the width, a long one wrapped between words under its own indent: the
  // terminal would otherwise cut it wherever its edge falls.
  const deps: WalkDeps = {
    ...given,
    out: (text) => {
      for (const line of wrapLongLines(text, width).split('\n')) given.out(line);
    },
  };
  const { guide, prompts, out } = deps;
  const style = deps.style ?? plainStyle;
  const view = (): GuideView => {
    const data = deps.store.read();
    return viewProgress(guide, data.guides[guide.key], data.wallet, isoDate(deps.now()));
  };

  const save = async (changes: ItemChange[]): Promise<void> => {
    const now = deps.now().toISOString();
    const vanished = await deps.store.update((data) => applyChanges(data, guide, changes, now));
    for (const v of vanished) {
      const text = plainInline((v.text.split('\n')[0] ?? '').trim());
      deps.warn(
        localize('common.vanished', {
          kind: localize(`common.kind.${v.kind}`),
          state: localize(`common.state.${v.state}`),
          text,
        }),
      );
    }
  };

  try {
    intro(deps, view(), style, width);
    let index = await startingPoint(deps, view(), style);
    const total = guide.steps.length;
    while (index < total) {
      const step = view().steps[index]!;
      showStep(deps, step, total, style, width);
      const action = await prompts.select<Action>({
        message: localize('walk.whatNow'),
        ...themed(style),
        choices: stepChoices(step, index, total),
        loop: false,
      });
      if (action === 'quit') {
        sayWhereToResume(deps, view());
        return 'quit';
      }
      if (action === 'back') {
        index -= 1;
        continue;
      }
      if (action === 'note') {
        await askNote(deps, step, save);
        continue;
      }
      const state: ItemState = action === 'skip' ? 'skipped' : action;
      await save([{ kind: 'step', index, state }]);
      index += 1;
    }
    if (guide.documents.length > 0) await documentChecklist(deps, view(), save, view);
    summary(deps, view(), style, width);
    return 'finished';
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError')
      out(localize('walk.interrupted', { id: guide.id }));
    throw error;
  }
}

function themed(style: Style): { theme?: PromptTheme } {
  const theme = promptTheme(style);
  return theme ? { theme } : {};
}

function intro(deps: WalkDeps, current: GuideView, style: Style, width: number): void {
  const { guide, out } = deps;
  out(style.bold(guide.title));
  out(
    style.dim(
      localize('walk.introCounts', {
        id: guide.id,
        steps: localizeCount('noun.step', guide.steps.length),
        documents: localizeCount('noun.document', guide.documents.length),
      }),
    ),
  );
  const sections: Array<[string, string]> = [
    [localize('walk.whatIsIt'), guide.sections.whatIsIt || guide.description],
    [localize('walk.whoNeedsIt'), guide.sections.whoNeedsIt],
  ];
  // Read once, on the first walk: coming back to a guide, one line says where it is.
  if (started(current) && sections.some(([, text]) => text.trim())) {
    out(style.dim(localize('walk.introShort', { id: guide.id })));
    walletIntro(deps, current, style, width);
    return;
  }
  for (const [heading, text] of sections) {
    if (!text.trim()) continue;
    out('');
    out(style.bold(heading));
    for (const line of formatMarkdown(text, width, '')) out(line);
  }
  walletIntro(deps, current, style, width);
  if (guide.steps.length === 0 && guide.sections.procedure.trim()) {
    out('');
    out(style.bold(localize('walk.howItWorks')));
    for (const line of formatMarkdown(guide.sections.procedure, width, '')) out(line);
  }
}

/** Which of the guide's documents the wallet already holds, and those it may not accept as they are. */
function walletIntro(deps: WalkDeps, current: GuideView, style: Style, width: number): void {
  const held = current.documents.filter((d) => d.held);
  if (held.length === 0) return;
  const names = held.map((d) => {
    const name = plainInline(deps.guide.documents[d.n - 1]!.name);
    return d.held!.obtained ? localize('walk.heldObtained', { name, date: d.held!.obtained }) : name;
  });
  deps.out('');
  for (const line of wrap(localize('walk.inWallet', { names: names.join(', ') }), width, '', '  '))
    deps.out(line);
  for (const d of held) {
    if (d.warning)
      for (const line of wrap(localize('walk.warning', { warning: d.warning }), width, '', '  '))
        deps.out(style.warn(line));
  }
}

/** Where the steps begin: the first unfinished one, or step 1 after forgetting everything on --restart. */
async function startingPoint(deps: WalkDeps, current: GuideView, style: Style): Promise<number> {
  const { guide, out } = deps;
  const total = guide.steps.length;
  out('');
  if (deps.restart) {
    const saved = current.progress;
    const hasSaved = started(current);
    const forget =
      !hasSaved ||
      (await deps.prompts.confirm({
        message: localize('walk.confirmRestart', { saved: describeSaved(current) }),
        default: false,
      }));
    if (forget) {
      if (saved) await deps.store.update((data) => void delete data.guides[guide.key]);
      out(style.accent(hasSaved ? localize('walk.restarted') : localize('walk.starting')));
      return 0;
    }
    out(localize('walk.keptProgress'));
  }
  const index = resumeIndex(current);
  // Done and skipped are said apart: a skipped step is not a finished one.
  const { done, skipped } = current.counts.steps;
  if (total === 0)
    out(guide.documents.length > 0 ? localize('walk.noStepsDocuments') : localize('walk.noStepsNothing'));
  else if (index >= total)
    out(
      style.accent(
        skipped > 0
          ? localize('walk.allStepsDoneSkipped', { done: localizeCount('noun.step', done), skipped })
          : localizeCount('walk.allStepsDone', total),
      ) + restartHint(deps),
    );
  else if (done + skipped === 0 && index === 0) out(style.accent(localize('walk.starting')));
  else
    out(
      style.accent(
        localizeCount('walk.resuming', total, {
          done,
          total,
          next: index + 1,
          skipped: skipped > 0 ? localize('walk.resumingSkipped', { count: skipped }) : '',
        }),
      ),
    );
  return index;
}

/** Whether anything of this guide is saved: a step or document answered, or a note. */
function started(current: GuideView): boolean {
  const saved = current.progress;
  return (
    saved !== undefined && [...saved.steps, ...saved.documents].some((i) => i.state !== 'todo' || i.note)
  );
}

function restartHint(deps: WalkDeps): string {
  return localize('walk.restartHint', { id: deps.guide.id });
}

function describeSaved(view: GuideView): string {
  const { steps, documents } = view.counts;
  const notes = [...view.steps, ...view.documents].filter((i) => i.note).length;
  return [
    localizeCount('walk.savedSteps', steps.total, { done: steps.done, total: steps.total }) +
      (steps.skipped > 0 ? localize('walk.savedSkipped', { count: steps.skipped }) : ''),
    localizeCount('walk.savedDocuments', documents.total, { done: documents.done, total: documents.total }),
    ...(notes > 0 ? [localizeCount('noun.note', notes)] : []),
  ].join(', ');
}

function showStep(deps: WalkDeps, step: ItemView, total: number, style: Style, width: number): void {
  const { out } = deps;
  out('');
  out(style.bold(localize('walk.stepOf', { n: step.n, total })));
  for (const line of formatMarkdown(step.text, width, '  ', '    ')) out(line);
  if (step.state !== 'todo') {
    const word = localize(`common.state.${step.state}`);
    // Coloured after the message made its values safe, or the colour would show as symbols.
    const state = Styled.of(step.state === 'done' ? style.good : style.warn, word);
    out(
      `  ${step.changedAt ? localize('walk.markedOn', { state, date: step.changedAt.slice(0, 10) }) : localize('walk.marked', { state })}`,
    );
  }
  if (step.note)
    for (const line of wrap(localize('walk.note', { note: step.note }), width, '  ', '        ')) out(line);
}

function stepChoices(step: ItemView, index: number, total: number) {
  const last = index === total - 1;
  return [
    {
      name: localize('walk.choice.done'),
      value: 'done' as Action,
      description: last ? localize('walk.choice.doneLast') : localize('walk.choice.doneNext'),
    },
    {
      name: localize('walk.choice.skip'),
      value: 'skip' as Action,
      description: localize('walk.choice.skipDescription'),
    },
    ...(step.state === 'todo'
      ? []
      : [
          {
            name: localize('walk.choice.todo'),
            value: 'todo' as Action,
            description: localize('walk.choice.todoDescription'),
          },
        ]),
    {
      name: localize('walk.choice.back'),
      value: 'back' as Action,
      description: localize('walk.choice.backDescription', { n: index }),
      disabled: index === 0 ? localize('walk.choice.backDisabled') : false,
    },
    {
      name: step.note ? localize('walk.choice.changeNote') : localize('walk.choice.addNote'),
      value: 'note' as Action,
      description: localize('walk.choice.noteDescription'),
    },
    {
      name: localize('walk.choice.quit'),
      value: 'quit' as Action,
      description: localize('walk.choice.quitDescription'),
    },
  ];
}

async function askNote(
  deps: WalkDeps,
  step: ItemView,
  save: (changes: ItemChange[]) => Promise<void>,
): Promise<void> {
  const answer = (
    await deps.prompts.input({
      message: step.note ? localize('walk.newNote', { n: step.n }) : localize('walk.addNote', { n: step.n }),
    })
  ).trim();
  if (!answer) return;
  if (answer === '-') {
    if (!step.note) return;
    await save([{ kind: 'step', index: step.n - 1, note: '' }]);
    deps.out(localize('walk.noteRemoved'));
    return;
  }
  await save([{ kind: 'step', index: step.n - 1, note: answer }]);
  deps.out(localize('walk.noteSaved'));
}

async function documentChecklist(
  deps: WalkDeps,
  current: GuideView,
  save: (changes: ItemChange[]) => Promise<void>,
  view: () => GuideView,
): Promise<void> {
  const { guide } = deps;
  deps.out('');
  deps.out((deps.style ?? plainStyle).bold(localize('walk.documents', { count: guide.documents.length })));
  const chosen = await deps.prompts.checkbox<number>({
    message: localize('walk.tickDocuments'),
    theme: checkboxTheme(deps.style ?? plainStyle),
    choices: documentChoices(guide, current),
    loop: false,
    pageSize: Math.min(Math.max(guide.documents.length, 7), 15),
  });
  const changes = documentAnswer(current, chosen);
  await save(changes);
  const newlyTicked = changes.filter(
    (c) => c.state === 'done' && current.documents[c.index]!.state !== 'done',
  );
  for (const { index } of newlyTicked) {
    // Saved first as "one of these", so Ctrl+C here loses no tick; the answer then replaces it.
    const r = requirementsOf(guide)[index]!;
    if (!asksWhich(r)) continue;
    const held = await askHeld(deps.prompts, plainInline(guide.documents[index]!.name), r, {
      ...themed(deps.style ?? plainStyle),
    });
    if (!('unknown' in held)) await save([{ kind: 'document', index, state: 'done', held }]);
  }
  for (const { index } of newlyTicked) {
    // Read again: two documents of one kind share a wallet entry, and the first answer dates both.
    const held = view().documents[index]?.held;
    if (!held || held.obtained || !needsDate(requirementsOf(guide)[index]!, held.kind)) continue;
    const today = isoDate(deps.now());
    const answer = (
      await deps.prompts.input({
        message: localize('walk.whenObtained', { name: plainInline(guide.documents[index]!.name) }),
        validate: (value) => checkObtained(value, today),
      })
    ).trim();
    if (answer) await save([{ kind: 'document', index, obtained: answer }]);
  }
}

/** A document held in the wallet (ticked here or for another guide) starts ticked. */
const startsTicked = (d: ItemView) => d.state === 'done' || d.held !== null;

/**
 * The guide's documents as checkbox choices: ticked when done or held in the wallet, saying why
 * (in your wallet, not needed), with the guide's note shown under the one the cursor is on.
 */
export function documentChoices(guide: Guide, current: GuideView) {
  return current.documents.map((d, i) => {
    const doc = guide.documents[i]!;
    const labels = [
      ...(d.state === 'skipped' ? [localize('walk.notNeeded')] : []),
      ...(d.held && d.state !== 'done' ? [localize('walk.inYourWallet')] : []),
    ];
    return {
      name: [doc.name, ...labels].join(' '),
      value: i,
      short: doc.name,
      checked: startsTicked(d),
      ...(doc.note ? { description: doc.note } : {}),
    };
  });
}

/**
 * What the user submitted, as the state of every document shown, not as a difference from what was
 * shown: another terminal may have changed them meanwhile, and the answer is about them all.
 */
export function documentAnswer(current: GuideView, chosen: readonly number[]): ItemChange[] {
  // An unticked document keeps "skipped": not needed is not the same as missing. One that is only
  // held in the wallet stays as it is either way: the wallet, not this guide, decides whether it is there.
  const wanted = (d: ItemView, picked: boolean): ItemState => {
    if (picked) return startsTicked(d) ? d.state : 'done';
    return d.state === 'done' ? 'todo' : d.state;
  };
  return current.documents.map((d, i): ItemChange => ({
    kind: 'document',
    index: i,
    state: wanted(d, chosen.includes(i)),
  }));
}

/** An optional date a document was obtained: empty, or a real calendar date no later than today. */
export function checkObtained(value: string, today: string): true | string {
  const text = value.trim();
  if (!text) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  // Date.UTC rolls 2026-02-30 over into March: a real date comes back as itself.
  if (!m || new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().slice(0, 10) !== text)
    return localize('walk.badDate', { value: text, today });
  if (text > today) return localize('walk.futureDate', { value: text, today });
  return true;
}

function summary(deps: WalkDeps, current: GuideView, style: Style, width: number): void {
  const { guide, out } = deps;
  const { steps, documents } = current.counts;
  const left = current.steps.filter((s) => s.state === 'todo').map((s) => s.n);
  const missing = current.documents
    .filter((d) => !d.ready && d.state !== 'skipped')
    .map((d) => guide.documents[d.n - 1]!.name);
  const warnings = current.documents.flatMap((d) => (d.held && d.warning ? [d.warning] : []));
  out('');
  out(style.bold(localize('walk.summary')));
  if (steps.total > 0)
    out(
      localize('walk.summarySteps', { done: steps.done, skipped: steps.skipped, left: left.length }) +
        (left.length > 0
          ? localize('walk.summaryStepsLeft', {
              steps: left.map((n) => localize('walk.summaryStep', { n })).join(', '),
            })
          : ''),
    );
  if (documents.total > 0) {
    out(
      localize('walk.summaryDocuments', { done: documents.done, total: documents.total }) +
        (documents.skipped > 0 ? localize('walk.summaryNotNeeded', { count: documents.skipped }) : '') +
        (missing.length > 0 ? localizeCount('walk.summaryDocumentsLeft', missing.length) : ''),
    );
    for (const name of missing) out(`  - ${plainInline(name)}`);
  }
  if (warnings.length > 0) {
    out(style.warn(localize('walk.checkBeforeYouGo')));
    for (const warning of warnings)
      for (const line of wrap(warning, width, '  - ', '    ')) out(style.warn(line));
  } else if (left.length === 0 && missing.length === 0) out(style.good(localize('walk.allInOrder')));
  out(localize('walk.exportHint', { id: guide.id }));
}

function sayWhereToResume(deps: WalkDeps, current: GuideView): void {
  const index = resumeIndex(current);
  deps.out(
    index < deps.guide.steps.length
      ? localize('walk.savedAtStep', { id: deps.guide.id, n: index + 1 })
      : localize('walk.savedAtDocuments', { id: deps.guide.id }),
  );
}

/**
 * Markdown blocks (paragraphs, bullets, numbered items, nested lists) as wrapped plain lines, with
 * inline syntax stripped and list nesting kept as indentation. `listIndent` places list items: a
 * step's bullets belong to the step's first line, so they sit further in than its text.
 */
export function formatMarkdown(
  markdown: string,
  width: number,
  indent: string,
  listIndent = indent,
): string[] {
  const lines: string[] = [];
  let paragraph: { first: string; rest: string; words: string[] } | null = null;
  const flush = () => {
    if (paragraph)
      lines.push(...wrap(plainInline(paragraph.words.join(' ')), width, paragraph.first, paragraph.rest));
    paragraph = null;
  };
  for (const raw of markdown.replace(/\r/g, '').split('\n')) {
    if (raw.trim() === '') {
      flush();
      if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
      continue;
    }
    const depth = Math.floor((raw.length - raw.trimStart().length) / 2);
    const item = /^([-*+]|\d+[.)])\s+(.*)$/.exec(raw.trim());
    if (item) {
      flush();
      const marker = /^\d/.test(item[1]!) ? item[1]! : '•';
      const pad = listIndent + '  '.repeat(depth);
      paragraph = { first: `${pad}${marker} `, rest: pad + ' '.repeat(marker.length + 1), words: [item[2]!] };
    } else if (paragraph) {
      paragraph.words.push(raw.trim());
    } else {
      paragraph = { first: indent, rest: indent, words: [raw.trim()] };
    }
  }
  flush();
  while (lines.at(-1) === '') lines.pop();
  return lines;
}
