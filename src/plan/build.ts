import type { Produced } from '../guide/model.js';
import type { StoreData } from '../progress/model.js';
import { byText } from '../text/normalize.js';
import { kindById } from '../wallet/kinds.js';
import type { Requirement } from '../wallet/requirement-key.js';
import { heldFor } from '../wallet/wallet.js';

/*
 * The plan builder: which guides a person needs, in which order, to end up with what their chosen
 * guides ask for. Pure — guides, wallet and today in, plan out — so that every rule below is tested
 * without a library or a terminal. A guide is linked to another when it gives (`produces`) a kind of
 * document the other asks for and the person does not hold yet.
 */

/** One document a guide asks for, as the plan reads it. */
export interface PlanNeed {
  requirement: Requirement;
  /** Asked only of some people or in some cases (see guide/conditional.ts). */
  conditional: boolean;
}

/** A guide as the plan sees it: one per procedure, in the language the user reads. */
export interface PlanGuide {
  key: string;
  id: string;
  title: string;
  country: string;
  topics: readonly string[];
  produces: readonly Produced[];
  needs: readonly PlanNeed[];
}

/** Why a guide the user did not get from a link is in the plan. */
export type TargetReason =
  { type: 'asked' } | { type: 'goal'; goal: string; kind?: string } | { type: 'topic'; topic: string };

export interface PlanTarget {
  key: string;
  reason: TargetReason;
}

export interface PlanRequest {
  /** Every guide that may be part of the plan (the countries concerned). */
  guides: readonly PlanGuide[];
  /** The guides asked for, in the order asked. */
  targets: readonly PlanTarget[];
  wallet: StoreData['wallet'];
  /** YYYY-MM-DD: held documents are checked against the age rules that day. */
  today: string;
  /** Kinds the user says they hold, whatever the wallet says (the answers to `plan`'s questions). */
  held?: readonly string[];
}

/** A held document too old for the guide that asks for it. */
export interface Expired {
  walletId: string;
  obtained: string | null;
  until: string | null;
}

/** A document a guide of the plan gives to others of the plan. */
export interface Gives {
  kind: string;
  /** Keys of the plan's guides that ask for it. */
  for: string[];
  /** Guessed from the guide's title, not declared. */
  inferred: boolean;
  /** Every guide asking for it asks only in some cases ("foreign residents only"). */
  conditional: boolean;
  /** Other guides of the country that give it too; this one was chosen over them. */
  also: string[];
  /** The wallet holds one, too old for a guide that asks for it. */
  expired: Expired | null;
}

export interface PlanStep {
  n: number;
  key: string;
  id: string;
  title: string;
  /** Why the user wanted it, when they did (empty for a guide there only for what it gives). */
  targets: TargetReason[];
  gives: Gives[];
  /** Keys of the plan's guides to do before this one. */
  after: string[];
}

export type ReadyWhy =
  /** A document people bring from the country that issued it (see BROUGHT). */
  | 'brought'
  /** Asked only in some cases. */
  | 'conditional'
  /** No guide of the country gives it. */
  | 'no-guide';

/** A document to have ready that no guide of the plan gives. */
export interface ReadyNote {
  /** The kinds any one of which will do. */
  kinds: string[];
  why: ReadyWhy;
  /** Keys of the plan's guides that ask for it. */
  for: string[];
  /** Keys of guides of the country that give it, best first (none of them is in the plan). */
  guides: string[];
  expired: Expired | null;
}

/** A document the user holds that spares a guide the plan would otherwise include. */
export interface HeldNote {
  kinds: string[];
  walletId: string;
  for: string[];
  skips: string;
}

/** A guide asked for whose every document the user already holds. */
export interface DoneTarget {
  key: string;
  id: string;
  title: string;
  kinds: string[];
}

/** Guides that need one another: each gives `kinds` to the next, the last to the first. */
export interface PlanCycle {
  links: Array<{ from: string; to: string; kinds: string[] }>;
}

export interface Plan {
  steps: PlanStep[];
  ready: ReadyNote[];
  held: HeldNote[];
  done: DoneTarget[];
  cycles: PlanCycle[];
}

/**
 * Documents people bring from the country that issued them — a passport, civil status certificates,
 * a driving licence from home — or buy (a private health insurance policy). A local guide that gives
 * one is often for nationals (a Mexican passport) or for residents already settled (public health
 * insurance), so the plan lists these as documents to have ready instead of pulling such a guide in;
 * when the plan has that guide anyway, it comes first.
 */
export const BROUGHT: ReadonlySet<string> = new Set([
  'passport',
  'birth_certificate',
  'marriage_certificate',
  'death_certificate',
  'driving_licence',
  'health_insurance_proof',
]);

/**
 * Papers made during a procedure itself — its form, the fee's receipt, the appointment, photos: the
 * guide that asks for them says how to get them, and no plan has anything to add.
 */
const PAPERWORK: ReadonlySet<string> = new Set([
  'application_form',
  'fee_receipt',
  'appointment_confirmation',
  'photos',
]);

/** A broad kind with the local kinds it stands for in a country (tax number → RFC in Mexico). */
export function kindsFor(kind: string, country: string): string[] {
  const narrower = (kindById(kind)?.narrower ?? []).filter((id) => {
    const countries = kindById(id)?.countries;
    return !countries || countries.includes(country);
  });
  return [kind, ...narrower];
}

/**
 * Whether a guide asks for a document it gives, even only in some cases: it renews or upgrades it
 * (a permanent residence after a temporary one), so it is not where people get their first.
 */
function renews(guide: PlanGuide): boolean {
  return guide.needs.some((n) => n.requirement.kinds.some((k) => guide.produces.some((p) => p.kind === k)));
}

export interface Choice {
  guide: PlanGuide;
  kind: string;
  inferred: boolean;
  /** The other guides that give the same kind, best first. */
  also: string[];
  /** Every guide that gives one of the kinds, best first (the chosen one included). */
  ranked: string[];
}

/**
 * The guide to give one of `kinds` (alternatives, best first) in `country`, among `guides`: one
 * already chosen (`preferred`), then one that declares it over one guessed from its title, one that
 * does not renew it, the earliest alternative, the guide that gives fewest kinds (the NIE guide for
 * an NIE, not the EU certificate that comes with one), and the key's order. Null when no guide
 * gives any.
 */
export function chooseProducer(
  guides: readonly PlanGuide[],
  kinds: readonly string[],
  country: string,
  except: string | null,
  preferred: (key: string) => boolean = () => false,
): Choice | null {
  const scored = guides.flatMap((guide) => {
    if (guide.key === except || guide.country !== country) return [];
    const matched = guide.produces
      .filter((p) => kinds.includes(p.kind))
      .sort(
        (a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || Number(a.inferred) - Number(b.inferred),
      );
    const best = matched[0];
    if (!best) return [];
    const score = [
      preferred(guide.key) ? 0 : 1,
      matched.some((p) => !p.inferred) ? 0 : 1,
      renews(guide) ? 1 : 0,
      kinds.indexOf(best.kind),
      guide.produces.length,
    ];
    return [{ guide, produced: best, score }];
  });
  scored.sort((a, b) => {
    for (let i = 0; i < a.score.length; i++) if (a.score[i] !== b.score[i]) return a.score[i]! - b.score[i]!;
    return byText(a.guide.key, b.guide.key);
  });
  const [first, ...rest] = scored;
  if (!first) return null;
  return {
    guide: first.guide,
    kind: first.produced.kind,
    inferred: first.produced.inferred,
    // Only guides that give the very kind chosen: one giving another accepted document is not "also".
    also: rest
      .filter((s) => s.guide.produces.some((p) => p.kind === first.produced.kind))
      .map((s) => s.guide.key),
    ranked: scored.map((s) => s.guide.key),
  };
}

interface Building {
  guide: PlanGuide;
  targets: TargetReason[];
  gives: Map<string, Gives>;
  after: string[];
}

type Holding = { id: string } | { expired: Expired } | null;

/** The ordered plan for `request` (see the types above for what it says). */
export function buildPlan(request: PlanRequest): Plan {
  const { guides, wallet, today } = request;
  const byKey = new Map(guides.map((g) => [g.key, g]));
  const claimed = new Set(request.held ?? []);
  const building = new Map<string, Building>();
  const ready = new Map<string, ReadyNote>();
  const held = new Map<string, HeldNote>();
  const done: DoneTarget[] = [];
  const soft: Array<{ step: Building; need: PlanNeed; why: ReadyWhy; expired: Expired | null }> = [];

  const holding = (r: Requirement): Holding => {
    const told = r.kinds.find((k) => claimed.has(k));
    if (told) return { id: told };
    const found = heldFor(r, '', wallet, today);
    if (!found) return null;
    if (found.expiry?.status === 'expired')
      return { expired: { walletId: found.id, obtained: found.entry.obtained, until: found.expiry.until } };
    return { id: found.id };
  };
  const choose = (kinds: readonly string[], asker: PlanGuide, among = guides) =>
    chooseProducer(among, kinds, asker.country, asker.key, (key) => building.has(key));

  const note = (kinds: string[], why: ReadyWhy, asker: string, others: string[], expired: Expired | null) => {
    const id = `${why}:${kinds.join('|')}`;
    const entry = ready.get(id) ?? { kinds, why, for: [], guides: others, expired: null };
    if (!entry.for.includes(asker)) entry.for.push(asker);
    entry.expired ??= expired;
    ready.set(id, entry);
  };

  const link = (
    producer: Building,
    choice: Choice,
    asker: Building,
    conditional: boolean,
    expired: Expired | null,
  ) => {
    const existing = producer.gives.get(choice.kind);
    const gives = existing ?? {
      kind: choice.kind,
      for: [],
      inferred: choice.inferred,
      conditional,
      also: [],
      expired: null,
    };
    if (!gives.for.includes(asker.guide.key)) gives.for.push(asker.guide.key);
    gives.conditional &&= conditional;
    gives.expired ??= expired;
    for (const key of choice.also) if (!gives.also.includes(key)) gives.also.push(key);
    producer.gives.set(choice.kind, gives);
    if (!asker.after.includes(producer.guide.key)) asker.after.push(producer.guide.key);
  };

  const resolve = (step: Building, need: PlanNeed) => {
    const r = need.requirement;
    const guide = step.guide;
    if (r.kinds.length === 0 || r.kinds.every((k) => PAPERWORK.has(k))) return;
    // A guide that gives what it asks for gets it on the way (or renews it): no other guide for it.
    if (guide.produces.some((p) => r.kinds.includes(p.kind))) return;
    const brought = r.kinds.some((k) => BROUGHT.has(k));
    const why: ReadyWhy | null = need.conditional ? 'conditional' : brought ? 'brought' : null;
    const holds = holding(r);
    if (holds && 'id' in holds) {
      const spared = why ? null : choose(r.kinds, guide);
      if (spared) {
        const id = `${holds.id}:${spared.guide.key}`;
        const entry = held.get(id) ?? {
          kinds: r.kinds,
          walletId: holds.id,
          for: [],
          skips: spared.guide.key,
        };
        if (!entry.for.includes(guide.key)) entry.for.push(guide.key);
        held.set(id, entry);
      }
      return;
    }
    const expired = holds && 'expired' in holds ? holds.expired : null;
    if (why) {
      soft.push({ step, need, why, expired });
      return;
    }
    const choice = choose(r.kinds, guide);
    if (!choice) {
      note(r.kinds, 'no-guide', guide.key, [], expired);
      return;
    }
    link(include(choice.guide, null), choice, step, false, expired);
  };

  const include = (guide: PlanGuide, reason: TargetReason | null): Building => {
    const known = building.get(guide.key);
    if (known) {
      if (reason) known.targets.push(reason);
      return known;
    }
    const step: Building = { guide, targets: reason ? [reason] : [], gives: new Map(), after: [] };
    // In the plan before its own needs are read: a guide that needs it back finds it there (a cycle).
    building.set(guide.key, step);
    for (const need of guide.needs) resolve(step, need);
    return step;
  };

  const roots: string[] = [];
  for (const target of request.targets) {
    const guide = byKey.get(target.key);
    if (!guide) continue;
    const kinds = guide.produces.map((p) => p.kind);
    const holdsAll =
      kinds.length > 0 &&
      kinds.every((kind) => {
        const holds = holding({ kinds: [kind], other: false, validity: null });
        return holds !== null && 'id' in holds;
      });
    if (holdsAll && !building.has(guide.key)) {
      if (!done.some((d) => d.key === guide.key))
        done.push({ key: guide.key, id: guide.id, title: guide.title, kinds });
      continue;
    }
    include(guide, target.reason);
    if (!roots.includes(guide.key)) roots.push(guide.key);
  }

  // Documents asked only in some cases, and those people bring: no guide is added for them, but a
  // guide of the plan that gives one comes first.
  for (const { step, need, why, expired } of soft) {
    const r = need.requirement;
    const inPlan = [...building.values()].map((b) => b.guide);
    const choice = choose(r.kinds, step.guide, inPlan);
    // "Passport, ID card or residence card": the passport people bring will do, nothing waits.
    if (choice && why === 'brought' && r.kinds.length > 1) continue;
    if (choice) {
      link(building.get(choice.guide.key)!, choice, step, why === 'conditional', expired);
      continue;
    }
    const all = chooseProducer(guides, r.kinds, step.guide.country, step.guide.key);
    note(r.kinds, why, step.guide.key, all?.ranked ?? [], expired);
  }

  // Dependency order: each guide after the guides it needs, the guides asked for in the order asked.
  const order: string[] = [];
  const state = new Map<string, 'open' | 'closed'>();
  const path: string[] = [];
  const cycles = new Map<string, PlanCycle>();
  const visit = (key: string) => {
    const seen = state.get(key);
    if (seen === 'closed') return;
    if (seen === 'open') {
      const loop = path.slice(path.indexOf(key));
      recordCycle(loop, building, cycles);
      return;
    }
    state.set(key, 'open');
    path.push(key);
    for (const dep of building.get(key)!.after) visit(dep);
    path.pop();
    state.set(key, 'closed');
    order.push(key);
  };
  for (const key of roots) visit(key);
  for (const key of building.keys()) visit(key);

  return {
    steps: order.map((key, i) => {
      const b = building.get(key)!;
      return {
        n: i + 1,
        key,
        id: b.guide.id,
        title: b.guide.title,
        targets: b.targets,
        gives: [...b.gives.values()],
        after: b.after,
      };
    }),
    ready: [...ready.values()],
    held: [...held.values()],
    done,
    cycles: [...cycles.values()],
  };
}

/**
 * Records guides found waiting on one another (`loop[i]` needs `loop[i + 1]`, the last the first),
 * once whichever guide the search entered it by.
 */
function recordCycle(
  loop: readonly string[],
  building: ReadonlyMap<string, Building>,
  cycles: Map<string, PlanCycle>,
) {
  const start = loop.indexOf([...loop].sort(byText)[0]!);
  const turned = [...loop.slice(start), ...loop.slice(0, start)];
  const id = turned.join('\n');
  if (cycles.has(id)) return;
  const links = turned.map((asker, i) => {
    const giver = turned[(i + 1) % turned.length]!;
    const kinds = [...building.get(giver)!.gives.values()]
      .filter((g) => g.for.includes(asker))
      .map((g) => g.kind);
    return { from: giver, to: asker, kinds };
  });
  cycles.set(id, { links });
}

/**
 * The guides a goal asks for in a country: for each of its kinds the guide chosen to give it (see
 * `chooseProducer`), then every guide of its topics, in the goals' order, each guide once.
 */
export function goalTargets(
  guides: readonly PlanGuide[],
  country: string,
  goals: ReadonlyArray<{ id: string; kinds: readonly string[]; topics: readonly string[] }>,
): PlanTarget[] {
  const targets: PlanTarget[] = [];
  const add = (key: string, reason: TargetReason) => {
    if (!targets.some((t) => t.key === key)) targets.push({ key, reason });
  };
  for (const goal of goals) {
    for (const kind of goal.kinds) {
      const choice = chooseProducer(guides, kindsFor(kind, country), country, null);
      if (choice) add(choice.guide.key, { type: 'goal', goal: goal.id, kind: choice.kind });
    }
    for (const guide of topicGuides(guides, country, goal.topics))
      add(guide.key, { type: 'goal', goal: goal.id });
  }
  return targets;
}

/** Every guide of a country on one of `topics`, by key. */
export function topicGuides(
  guides: readonly PlanGuide[],
  country: string,
  topics: readonly string[],
): PlanGuide[] {
  return guides
    .filter((g) => g.country === country && g.topics.some((t) => topics.includes(t)))
    .sort((a, b) => byText(a.key, b.key));
}
