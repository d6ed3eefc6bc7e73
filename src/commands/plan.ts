import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { resolveGuide } from '../guide/resolve.js';
import { topicLabel } from '../guide/topics.js';
import { interfaceLanguage, localize } from '../i18n/index.js';
import type { DetailedLibrary, Library } from '../library/library.js';
import {
  buildPlan,
  goalTargets,
  topicGuides,
  type Plan,
  type PlanGuide,
  type PlanTarget,
} from '../plan/build.js';
import { GOALS, findGoal, goalLabel, type Goal } from '../plan/goals.js';
import { planGuides } from '../plan/library.js';
import { allPlanProgress, findSavedPlan, planName, planProgress, type PlanProgress } from '../plan/saved.js';
import type { SavedPlan, StoreData } from '../progress/model.js';
import { kindName, planJson, planLines, type PlanNames } from '../render/plan.js';
import { styles } from '../render/style.js';
import { heldFor } from '../wallet/wallet.js';
import { isoDate } from './shared.js';
import { topicOption } from './options.js';
import { interactive } from '../output.js';

export interface PlanOptions {
  country?: string;
  topic?: string;
  goal?: string[];
  json?: boolean;
  save?: string;
  list?: boolean;
  remove?: string;
}

function goalOption(input: string): Goal {
  const goal = findGoal(input);
  if (!goal)
    throw new UsageError(localize('plan.unknownGoal', { goal: input }), [
      localize('plan.unknownGoalHint', { goals: GOALS.map((g) => g.id).join(', ') }),
    ]);
  return goal;
}

/** What the user asked a plan for: guides by name, goals, a topic, a country (any may be missing). */
interface Request {
  asked: string[];
  askedCountries: string[];
  country: string | undefined;
  goals: Goal[];
  topic: string | undefined;
  /** The answers to the questions, when the user was asked: the document kinds they hold. */
  held?: string[];
}

/** `plan`: the ordered guides for what the user wants, from guides named, a goal or a topic, or asked. */
export async function run(ctx: Context, references: string[], options: PlanOptions): Promise<void> {
  if (options.list) return runList(ctx, options);
  if (options.remove !== undefined) return runRemove(ctx, options.remove);
  const saveAs = options.save !== undefined ? planName(options.save) : undefined;
  const givenGoals = (options.goal ?? []).map(goalOption);
  const givenTopic = topicOption(options.topic);
  const library = await ctx.library();
  const readingLang = ctx.lang === 'all' ? null : ctx.lang;
  const request = await readRequest(
    library,
    references,
    { goals: givenGoals, topic: givenTopic, country: options.country },
    readingLang,
  );

  const detailed = await library.withDetails();
  const today = isoDate(ctx.now());
  const data = ctx.store().read();
  const asking = request.asked.length === 0 && request.goals.length === 0 && !request.topic;
  if (asking) {
    if (!interactive() || options.json)
      throw new UsageError(localize('plan.needsWhat'), [localize('plan.needsWhatHint')]);
    Object.assign(request, await askRequest(detailed, request.country, readingLang, data, today));
  }
  const { asked, country, goals, topic, held } = request;

  const countries = new Set([...request.askedCountries, ...(country !== undefined ? [country] : [])]);
  const guides = planGuides(detailed, countries, readingLang);
  const targets = targetsOf(guides, asked, country, goals, topic);
  // The answers say what the user holds; otherwise the wallet does.
  const plan = buildPlan({
    guides,
    targets,
    wallet: held ? {} : data.wallet,
    today,
    ...(held ? { held } : {}),
  });
  const idOf = idLookup(guides);

  if (options.json) {
    ctx.out(
      JSON.stringify(
        {
          country: country ?? null,
          goals: goals.map((g) => g.id),
          topic: topic ?? null,
          guides: asked.map(idOf),
          ...planJson(plan, idOf),
        },
        null,
        2,
      ),
    );
    if (saveAs) await save(ctx, saveAs, plan, true);
    return;
  }

  await printPlan(ctx, plan, idOf, held, data.wallet, today);
  if (plan.steps.length === 0) return;
  let name = saveAs;
  if (name === undefined && asking) {
    const [{ input }, { askSaveName }] = await Promise.all([
      import('@inquirer/prompts'),
      import('../plan/ask.js'),
    ]);
    name = (await askSaveName({ input }, validName)) ?? undefined;
  }
  if (name !== undefined) await save(ctx, name, plan, false);
  else ctx.out(`\n${localize('plan.saveHint')}`);
}

/** The request as the command line gives it: the guides named, their country, goals and topic. */
async function readRequest(
  library: Library,
  references: string[],
  given: { goals: Goal[]; topic: string | undefined; country: string | undefined },
  readingLang: string | null,
): Promise<Request> {
  const { goals, topic } = given;
  let country = given.country !== undefined ? await library.findCountry(given.country) : undefined;
  const asked: string[] = [];
  for (const reference of references) {
    const { key } = resolveGuide(reference, library.guides, readingLang);
    if (!asked.includes(key)) asked.push(key);
  }
  const askedCountries = [...new Set(asked.map((key) => library.translations(key)[0]!.country))];
  if (country === undefined && askedCountries.length === 1) country = askedCountries[0];
  if ((goals.length > 0 || topic) && country === undefined)
    throw new UsageError(localize('plan.needsCountry'));
  return { asked, askedCountries, country, goals, topic };
}

/** Asks in a terminal what the user wants: country, goals, and the documents they hold. */
async function askRequest(
  library: DetailedLibrary,
  country: string | undefined,
  readingLang: string | null,
  data: StoreData,
  today: string,
): Promise<Pick<Request, 'country' | 'goals' | 'held'>> {
  const lang = interfaceLanguage();
  const [{ select, checkbox, input }, { askPlan }] = await Promise.all([
    import('@inquirer/prompts'),
    import('../plan/ask.js'),
  ]);
  const answers = await askPlan({
    prompts: { select, checkbox, input },
    lang,
    countries: library.countries().map((c) => ({ slug: c.slug, name: library.countryLabel(c.slug, lang) })),
    country,
    documents: (chosen, chosenGoals) => documentsFor(library, chosen, chosenGoals, readingLang, data, today),
  });
  return { country: answers.country, goals: answers.goals, held: answers.held };
}

/** The plan as text; after questions, the documents the user said they hold but the wallet lacks. */
async function printPlan(
  ctx: Context,
  plan: Plan,
  idOf: (key: string) => string,
  held: string[] | undefined,
  wallet: StoreData['wallet'],
  today: string,
): Promise<void> {
  const lang = interfaceLanguage();
  const style = await styles(ctx.isTTY);
  const names: PlanNames = {
    lang,
    id: idOf,
    goal: (id) => {
      const goal = GOALS.find((g) => g.id === id);
      return goal ? goalLabel(goal, lang) : id;
    },
    topic: (id) => topicLabel(id, lang).toLowerCase(),
  };
  const lines = planLines(plan, names, style);
  if (plan.steps.length > 0) lines.push('', localize('plan.start', { id: plan.steps[0]!.id }));
  ctx.out(lines.join('\n'));
  if (!held) return;
  const missing = held.filter(
    (kind) => !heldFor({ kinds: [kind], other: false, validity: null }, '', wallet, today),
  );
  if (missing.length > 0)
    ctx.out(
      `\n${localize('plan.walletHint', { kinds: missing.map((k) => `${k} (${kindName(k, lang)})`).join(', ') })}`,
    );
}

function validName(name: string): boolean {
  try {
    planName(name);
    return true;
  } catch {
    return false;
  }
}

/** The guides asked for by name, then those of the goals, then those of the topic, each once. */
function targetsOf(
  guides: readonly PlanGuide[],
  asked: readonly string[],
  country: string | undefined,
  goals: readonly Goal[],
  topic: string | undefined,
): PlanTarget[] {
  const targets: PlanTarget[] = asked.map((key) => ({ key, reason: { type: 'asked' } }));
  if (country !== undefined) {
    targets.push(...goalTargets(guides, country, goals));
    if (topic)
      for (const guide of topicGuides(guides, country, [topic]))
        targets.push({ key: guide.key, reason: { type: 'topic', topic } });
  }
  return targets.filter((target, i) => targets.findIndex((t) => t.key === target.key) === i);
}

function idLookup(guides: readonly PlanGuide[]): (key: string) => string {
  const ids = new Map(guides.map((g) => [g.key, g.id]));
  return (key) => ids.get(key) ?? key;
}

/**
 * The documents worth asking about for a country and goals: what the guides of the plan give and
 * what they ask for that no guide of the plan gives, each with whether the wallet holds it now.
 */
function documentsFor(
  library: DetailedLibrary,
  country: string,
  goals: readonly Goal[],
  lang: string | null,
  data: StoreData,
  today: string,
): Array<{ kind: string; held: boolean }> {
  const guides = planGuides(library, new Set([country]), lang);
  const draft = buildPlan({ guides, targets: goalTargets(guides, country, goals), wallet: {}, today });
  const byKey = new Map(guides.map((g) => [g.key, g]));
  const kinds: string[] = [];
  for (const step of draft.steps) for (const p of byKey.get(step.key)?.produces ?? []) kinds.push(p.kind);
  for (const note of draft.ready) kinds.push(...note.kinds);
  return [...new Set(kinds)].map((kind) => {
    const held = heldFor({ kinds: [kind], other: false, validity: null }, '', data.wallet, today);
    return { kind, held: held !== null && held.expiry?.status !== 'expired' };
  });
}

/** Keeps the plan's guides, in order, under `name`; what an older plan of that name held beyond them stays. */
async function save(ctx: Context, name: string, plan: Plan, quiet: boolean): Promise<void> {
  if (plan.steps.length === 0) return;
  const now = ctx.now().toISOString();
  const replaced = await ctx.store().update((data) => {
    const old: SavedPlan | undefined = data.plans[name];
    const oldGuides = new Map((old?.guides ?? []).map((g) => [g.key, g]));
    data.plans[name] = {
      ...old,
      guides: plan.steps.map((s) => ({ ...oldGuides.get(s.key), key: s.key, id: s.id, title: s.title })),
      createdAt: old?.createdAt ?? now,
    };
    return old !== undefined;
  });
  const message = localize(replaced ? 'plan.replaced' : 'plan.saved', { name });
  if (quiet) ctx.warn(message);
  else ctx.out(`\n${message}`);
}

function progressRows(progress: PlanProgress, tty: boolean): string[] {
  const row = progress.next
    ? localize('plan.listRow', {
        name: progress.name,
        done: progress.finished,
        total: progress.guides.length,
        next: progress.next.id,
      })
    : localize('plan.listRowFinished', {
        name: progress.name,
        done: progress.finished,
        total: progress.guides.length,
      });
  const lines = [row];
  progress.guides.forEach((g, i) => {
    const mark = tty ? (g.finished ? '✓' : '·') : g.finished ? '[x]' : '[ ]';
    const id = g.summary ? g.id : localize('plan.gone', { id: g.id });
    lines.push(`  ${localize('plan.listGuide', { mark, n: i + 1, title: g.title, id })}`);
  });
  return lines;
}

/** `plan --list`: every saved plan, how far the user is, and what comes next. */
async function runList(ctx: Context, options: PlanOptions): Promise<void> {
  const data = ctx.store().read();
  const names = Object.keys(data.plans);
  const library = await ctx.library();
  const all =
    names.length > 0
      ? allPlanProgress(
          data,
          await library.withDetails(),
          ctx.lang === 'all' ? 'en' : ctx.lang,
          isoDate(ctx.now()),
        )
      : [];
  if (options.json) {
    ctx.out(
      JSON.stringify(
        all.map((p) => ({
          name: p.name,
          createdAt: data.plans[p.name]!.createdAt,
          finished: p.finished,
          total: p.guides.length,
          next: p.next?.id ?? null,
          guides: p.guides.map((g) => ({
            id: g.id,
            key: g.key,
            title: g.title,
            found: g.summary !== null,
            finished: g.finished,
          })),
        })),
        null,
        2,
      ),
    );
    return;
  }
  if (all.length === 0) {
    ctx.out(localize('plan.noneSaved'));
    return;
  }
  ctx.out(all.flatMap((p, i) => [...(i > 0 ? [''] : []), ...progressRows(p, ctx.isTTY)]).join('\n'));
}

async function runRemove(ctx: Context, input: string): Promise<void> {
  const { name } = findSavedPlan(ctx.store().read(), input);
  await ctx.store().update((data) => {
    delete data.plans[name];
  });
  ctx.out(localize('plan.removed', { name }));
}

/** The saved plans' lines for `status`, under a heading; nothing when there are none. */
export async function statusLines(ctx: Context, data: StoreData, library: Library): Promise<string[]> {
  if (Object.keys(data.plans).length === 0) return [];
  const lang = ctx.lang === 'all' ? 'en' : ctx.lang;
  const all = allPlanProgress(data, await library.withDetails(), lang, isoDate(ctx.now()));
  const style = await styles(ctx.isTTY);
  return [
    style.bold(localize('status.plans')),
    ...all.flatMap((p) => progressRows(p, ctx.isTTY).map((l) => `  ${l}`)),
  ];
}

/**
 * `walk --plan NAME`: the id of the plan's next unfinished guide, after saying where the user is in
 * the plan; null (and a word) when the plan is finished.
 */
export async function nextOfPlan(ctx: Context, input: string): Promise<string | null> {
  const data = ctx.store().read();
  const { name, plan } = findSavedPlan(data, input);
  const library = await (await ctx.library()).withDetails();
  const progress = planProgress(
    name,
    plan,
    data,
    library,
    ctx.lang === 'all' ? 'en' : ctx.lang,
    isoDate(ctx.now()),
  );
  if (!progress.next) {
    ctx.out(localize('plan.finished', { name }));
    return null;
  }
  const n = progress.guides.indexOf(progress.next) + 1;
  ctx.out(localize('plan.walkNext', { name, n, total: progress.guides.length, id: progress.next.id }));
  // The key names the procedure in every language: the walk picks the translation as usual.
  return progress.next.key;
}
