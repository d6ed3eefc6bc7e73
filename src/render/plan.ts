import {
  Styled,
  localize,
  localizeCount,
  type InterfaceLanguage,
  type Params,
  type PluralKey,
} from '../i18n/index.js';
import type { Expired, Gives, Plan, ReadyNote, TargetReason } from '../plan/build.js';
import { kindById, kindLabel } from '../wallet/kinds.js';
import type { Styles } from './style.js';

/*
 * A plan as text for the terminal (in the interface language) and as JSON for scripts (English
 * labels, ids rather than keys). Strings out: the command prints them.
 */

export interface PlanNames {
  lang: InterfaceLanguage;
  /** The id to show for a guide key (`mexico/curp_registration`). */
  id: (key: string) => string;
  goal: (id: string) => string;
  topic: (id: string) => string;
}

/** A kind's label as a sentence names it: "proof of address", but "CURP (…)" and "NIE (…)" as they are. */
export function kindName(kind: string, lang: string): string {
  const found = kindById(kind);
  const label = found ? kindLabel(found, lang) : kind;
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A kind's label as the wallet's table writes it, to start a line with ("e.firma…" stays so). */
export function kindTitle(kind: string, lang: string): string {
  const found = kindById(kind);
  return found ? kindLabel(found, lang) : kind;
}

/** "a", "a and b", "a, b and c" (or `or`). */
export function joinList(items: readonly string[], word: 'plan.and' | 'plan.or' = 'plan.and'): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${localize(word)} ${items.at(-1)!}`;
}

/** Kinds all of which are meant ("the RFC and e.firma"). */
function allKinds(kinds: readonly string[], lang: string): string {
  return joinList(kinds.map((k) => kindName(k, lang)));
}

/** Kinds any one of which will do: one kind as itself, several as "one of: a / b / c" (labels have commas). */
function anyKind(kinds: readonly string[], lang: string): string {
  const names = kinds.map((k) => kindName(k, lang));
  return names.length === 1 ? names[0]! : localize('plan.oneOf', { kinds: names.join(' / ') });
}

/** At most this many guide ids in a list of guides that could give a document. */
const SHOWN_GUIDES = 2;

function expiredText(expired: Expired | null): string | null {
  if (!expired) return null;
  return expired.obtained
    ? localize('plan.expired', { date: expired.obtained })
    : localize('plan.expiredUndated');
}

function targetText(reason: TargetReason, names: PlanNames): string {
  switch (reason.type) {
    case 'asked':
      return localize('plan.why.asked');
    case 'topic':
      return localize('plan.why.topic', { topic: names.topic(reason.topic) });
    case 'goal':
      return reason.kind
        ? localize('plan.why.goalKind', {
            goal: names.goal(reason.goal),
            kind: kindName(reason.kind, names.lang),
          })
        : localize('plan.why.goal', { goal: names.goal(reason.goal) });
  }
}

function givesText(gives: Gives, names: PlanNames): string {
  const params: Params = {
    kind: kindName(gives.kind, names.lang),
    guides: joinList(gives.for.map(names.id)),
  };
  const base: PluralKey = gives.conditional ? 'plan.why.givesSome' : 'plan.why.gives';
  let text = localizeCount(base, gives.for.length, params);
  if (gives.inferred) text = localize('plan.why.guessed', { text });
  const extra = [
    expiredText(gives.expired),
    gives.also.length > 0
      ? localizeCount('plan.why.also', gives.also.length, { guides: joinList(gives.also.map(names.id)) })
      : null,
  ].filter((x): x is string => x !== null);
  return [text, ...extra].join('; ');
}

function readyText(note: ReadyNote, names: PlanNames): string {
  const choice = anyKind(note.kinds, names.lang);
  const head = localizeCount('plan.readyItem', note.for.length, {
    kinds:
      note.kinds.length === 1
        ? kindTitle(note.kinds[0]!, names.lang)
        : choice.charAt(0).toUpperCase() + choice.slice(1),
    guides: joinList(note.for.map(names.id)),
  });
  const shown = note.guides.slice(0, SHOWN_GUIDES).map(names.id);
  const more = note.guides.length - shown.length;
  const givers =
    more > 0
      ? localize('plan.readyFromMore', { guides: shown.join(', '), count: more })
      : joinList(shown, 'plan.or');
  const extra = [
    expiredText(note.expired),
    note.guides.length > 0 ? localize('plan.readyFrom', { guides: givers }) : null,
  ].filter((x): x is string => x !== null);
  return [head, ...extra].join('; ');
}

/** The plan as lines for the terminal. */
export function planLines(plan: Plan, names: PlanNames, style: Styles): string[] {
  const lines: string[] = [];
  for (const done of plan.done)
    lines.push(
      localize('plan.done', { title: done.title, id: done.id, kinds: allKinds(done.kinds, names.lang) }),
    );
  if (plan.steps.length === 0) {
    lines.push(plan.done.length > 0 ? localize('plan.allDone') : localize('plan.empty'));
    return lines;
  }
  if (lines.length > 0) lines.push('');
  lines.push(
    style.bold(localize('plan.heading', { guides: localizeCount('noun.guide', plan.steps.length) })),
  );
  for (const step of plan.steps) {
    lines.push(
      '',
      style.bold(localize('plan.step', { n: step.n, title: step.title, id: Styled.of(style.cyan, step.id) })),
    );
    for (const reason of step.targets) lines.push(`   ${targetText(reason, names)}`);
    for (const gives of step.gives) lines.push(`   ${givesText(gives, names)}`);
  }
  for (const cycle of plan.cycles) {
    const links = cycle.links.map((l) =>
      localize('plan.cycleLink', {
        to: names.id(l.to),
        from: names.id(l.from),
        kinds: allKinds(l.kinds, names.lang),
      }),
    );
    lines.push('', `! ${localize('plan.cycle', { links: links.join('; ') })}`);
  }
  for (const why of ['no-guide', 'brought', 'conditional'] as const) {
    const notes = plan.ready.filter((r) => r.why === why);
    if (notes.length === 0) continue;
    lines.push('', localize(`plan.ready.${why}`));
    for (const note of notes) lines.push(`  - ${readyText(note, names)}`);
  }
  if (plan.held.length > 0) {
    lines.push('', localize('plan.heldHeading'));
    for (const held of plan.held)
      lines.push(
        `  - ${localize('plan.heldItem', { kind: anyKind(held.kinds, names.lang), guide: names.id(held.skips) })}`,
      );
  }
  return lines;
}

/** The plan for scripts: guide ids instead of keys, kinds with their English labels. */
export function planJson(plan: Plan, id: (key: string) => string) {
  const label = (kind: string) => {
    const found = kindById(kind);
    return found ? found.label.en : kind;
  };
  const expired = (e: Expired | null) => e && { wallet: e.walletId, obtained: e.obtained, until: e.until };
  return {
    steps: plan.steps.map((s) => ({
      n: s.n,
      id: s.id,
      key: s.key,
      title: s.title,
      reasons: s.targets,
      gives: s.gives.map((g) => ({
        kind: g.kind,
        label: label(g.kind),
        for: g.for.map(id),
        inferred: g.inferred,
        conditional: g.conditional,
        also: g.also.map(id),
        expired: expired(g.expired),
      })),
      after: s.after.map(id),
    })),
    ready: plan.ready.map((r) => ({
      kinds: r.kinds,
      labels: r.kinds.map(label),
      why: r.why,
      for: r.for.map(id),
      guides: r.guides.map(id),
      expired: expired(r.expired),
    })),
    held: plan.held.map((h) => ({
      kinds: h.kinds,
      wallet: h.walletId,
      for: h.for.map(id),
      skips: id(h.skips),
    })),
    done: plan.done.map((d) => ({ id: d.id, key: d.key, title: d.title, kinds: d.kinds })),
    cycles: plan.cycles.map((c) => c.links.map((l) => ({ from: id(l.from), to: id(l.to), kinds: l.kinds }))),
  };
}
