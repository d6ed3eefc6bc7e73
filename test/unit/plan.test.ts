import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import {
  buildPlan,
  goalTargets,
  type PlanGuide,
  type PlanNeed,
  type PlanTarget,
} from '../../src/plan/build.js';
import { GOALS, findGoal } from '../../src/plan/goals.js';
import { planGuides } from '../../src/plan/library.js';
import type { WalletEntry } from '../../src/progress/model.js';
import { GUIDES } from '../helpers/paths.js';

const library = await (await Library.load([{ dir: GUIDES, origin: 'bundled' }])).withDetails();
const bundled = planGuides(library, null, 'en');
const TODAY = '2026-06-01';

const entry = (kind: string, obtained: string | null = null): WalletEntry => ({
  kind,
  name: kind,
  obtained,
  addedAt: '2026-01-01T00:00:00.000Z',
});
const asked = (...keys: string[]): PlanTarget[] => keys.map((key) => ({ key, reason: { type: 'asked' } }));
const ids = (plan: ReturnType<typeof buildPlan>) => plan.steps.map((s) => s.id);

describe('a plan from the bundled guides', () => {
  const selfEmployed = goalTargets(bundled, 'mexico', [findGoal('self-employed')!]);

  it('self-employed in Mexico: CURP, then RFC, then IMSS, linked by the CURP both ask for', () => {
    expect(selfEmployed.map((t) => t.key)).toEqual(['mexico-rfc_registration', 'mexico-imss_enrollment']);
    const plan = buildPlan({ guides: bundled, targets: selfEmployed, wallet: {}, today: TODAY });
    expect(ids(plan)).toEqual([
      'mexico/curp_registration',
      'mexico/rfc_registration',
      'mexico/imss_enrollment',
    ]);
    const [curp, rfc, imss] = plan.steps;
    expect(curp!.targets).toEqual([]);
    expect(curp!.gives.map((g) => [g.kind, g.for, g.inferred])).toEqual([
      ['curp', ['mexico-rfc_registration', 'mexico-imss_enrollment'], false],
    ]);
    expect(rfc!.after).toEqual(['mexico-curp_registration']);
    expect(rfc!.targets).toEqual([{ type: 'goal', goal: 'self-employed', kind: 'rfc' }]);
    expect(imss!.after).toEqual(['mexico-curp_registration']);
    expect(plan.cycles).toEqual([]);
    // No Mexican guide gives an NSS or a proof of address: they are documents to have ready.
    expect(plan.ready.filter((r) => r.why === 'no-guide').map((r) => r.kinds)).toEqual([
      ['proof_of_address'],
      ['nss'],
    ]);
    // The resident card is for foreigners only: named with the guide that gives it, not added.
    const resident = plan.ready.find((r) => r.kinds.join() === 'residence_card')!;
    expect(resident.why).toBe('conditional');
    expect(resident.for).toEqual(['mexico-curp_registration', 'mexico-rfc_registration']);
    expect(resident.guides[0]).toBe('mexico-temporary_residence');
  });

  it('a CURP in the wallet, still valid, takes its guide out of the plan', () => {
    const plan = buildPlan({
      guides: bundled,
      targets: selfEmployed,
      wallet: { curp: entry('curp') },
      today: TODAY,
    });
    expect(ids(plan)).toEqual(['mexico/rfc_registration', 'mexico/imss_enrollment']);
    expect(plan.held).toEqual([
      {
        kinds: ['curp'],
        walletId: 'curp',
        for: ['mexico-rfc_registration', 'mexico-imss_enrollment'],
        skips: 'mexico-curp_registration',
      },
    ]);
  });

  it('living there too puts the residence before the CURP and the RFC that ask for it', () => {
    const targets = goalTargets(bundled, 'mexico', [findGoal('live')!, findGoal('self-employed')!]);
    const plan = buildPlan({ guides: bundled, targets, wallet: {}, today: TODAY });
    expect(ids(plan)).toEqual([
      'mexico/temporary_residence',
      'mexico/curp_registration',
      'mexico/rfc_registration',
      'mexico/imss_enrollment',
    ]);
    const residence = plan.steps[0]!;
    expect(residence.gives.map((g) => [g.kind, g.for, g.conditional])).toEqual([
      ['residence_card', ['mexico-curp_registration', 'mexico-rfc_registration'], true],
    ]);
    // Chosen over the permanent residence and the renewal, which ask for a resident card themselves.
    expect(residence.targets).toEqual([{ type: 'goal', goal: 'live', kind: 'residence_card' }]);
  });

  it('self-employed in Spain: NIE, Social Security number, Cl@ve, then autónomo', () => {
    const targets = goalTargets(bundled, 'spain', [findGoal('freelance')!]);
    const plan = buildPlan({ guides: bundled, targets, wallet: {}, today: TODAY });
    expect(ids(plan)).toEqual([
      'spain/nie',
      'spain/social_security_number',
      'spain/clave_and_digital_certificate',
      'spain/self_employed_registration',
    ]);
  });

  it('a proof of address too old for the TIE brings the empadronamiento in; a recent one does not', () => {
    const targets = asked('spain-tie');
    const old = buildPlan({
      guides: bundled,
      targets,
      wallet: { proof_of_address: entry('proof_of_address', '2026-01-10') },
      today: TODAY,
    });
    expect(ids(old)).toEqual(['spain/address_registration', 'spain/tie_card']);
    expect(old.steps[0]!.gives[0]!.expired).toEqual({
      walletId: 'proof_of_address',
      obtained: '2026-01-10',
      until: '2026-04-10',
    });
    const recent = buildPlan({
      guides: bundled,
      targets,
      wallet: { proof_of_address: entry('proof_of_address', '2026-05-10') },
      today: TODAY,
    });
    expect(ids(recent)).toEqual(['spain/tie_card']);
  });

  it('every goal makes a plan without cycles in every bundled country', () => {
    for (const country of library.countries().map((c) => c.slug))
      for (const goal of GOALS) {
        const plan = buildPlan({
          guides: bundled,
          targets: goalTargets(bundled, country, [goal]),
          wallet: {},
          today: TODAY,
        });
        expect([country, goal.id, plan.cycles]).toEqual([country, goal.id, []]);
      }
  });
});

const need = (kinds: string[], conditional = false): PlanNeed => ({
  requirement: { kinds, other: false, validity: null },
  conditional,
});
const guide = (key: string, produces: string[], needs: PlanNeed[], inferred = false): PlanGuide => ({
  key,
  id: key.replace('-', '/'),
  title: key,
  country: 'spain',
  topics: [],
  produces: produces.map((kind) => ({ kind, inferred })),
  needs,
});

describe('buildPlan: the rules, on small made-up libraries', () => {
  it('reports guides that need each other, and still lists each once', () => {
    const guides = [
      guide('spain-nie', ['nie'], [need(['social_security_number'])]),
      guide('spain-ss', ['social_security_number'], [need(['nie'])]),
      guide('spain-work', [], [need(['nie'])]),
    ];
    const plan = buildPlan({ guides, targets: asked('spain-work'), wallet: {}, today: TODAY });
    expect(ids(plan)).toEqual(['spain/ss', 'spain/nie', 'spain/work']);
    expect(plan.cycles).toEqual([
      {
        links: [
          { from: 'spain-ss', to: 'spain-nie', kinds: ['social_security_number'] },
          { from: 'spain-nie', to: 'spain-ss', kinds: ['nie'] },
        ],
      },
    ]);
  });

  it('picks a declared guide over a guessed one, says which others give it, and marks a guess', () => {
    const declared = [
      guide('spain-a', ['nie'], [], true),
      guide('spain-b', ['nie'], []),
      guide('spain-work', [], [need(['nie'])]),
    ];
    const plan = buildPlan({ guides: declared, targets: asked('spain-work'), wallet: {}, today: TODAY });
    expect(plan.steps[0]!.gives).toEqual([
      {
        kind: 'nie',
        for: ['spain-work'],
        inferred: false,
        conditional: false,
        also: ['spain-a'],
        expired: null,
      },
    ]);
    const guessed = buildPlan({
      guides: [guide('spain-a', ['nie'], [], true), guide('spain-work', [], [need(['nie'])])],
      targets: asked('spain-work'),
      wallet: {},
      today: TODAY,
    });
    expect(guessed.steps[0]!.gives[0]!.inferred).toBe(true);
  });

  it('never takes a guide of another country, and a guide that gives what it asks needs no other', () => {
    const guides = [
      { ...guide('mexico-x', ['nie'], []), country: 'mexico' },
      guide('spain-renew', ['nie'], [need(['nie'])]),
      guide('spain-work', [], [need(['nie'])]),
    ];
    const plan = buildPlan({ guides, targets: asked('spain-work'), wallet: {}, today: TODAY });
    expect(ids(plan)).toEqual(['spain/renew', 'spain/work']);
    expect(plan.ready).toEqual([]);
  });

  it('documents people bring are to have ready; one of several is never waited for', () => {
    const guides = [
      guide('spain-passport', ['passport'], []),
      guide('spain-id', ['national_id'], []),
      guide('spain-work', [], [need(['passport']), need(['national_id', 'passport'])]),
    ];
    const plan = buildPlan({ guides, targets: asked('spain-work'), wallet: {}, today: TODAY });
    expect(ids(plan)).toEqual(['spain/work']);
    expect(plan.ready.map((r) => [r.kinds, r.why, r.guides])).toEqual([
      [['passport'], 'brought', ['spain-passport']],
      [['national_id', 'passport'], 'brought', ['spain-id', 'spain-passport']],
    ]);
    // Asked for too, the guide that gives the passport comes first.
    const both = buildPlan({
      guides,
      targets: asked('spain-work', 'spain-passport'),
      wallet: {},
      today: TODAY,
    });
    expect(ids(both)).toEqual(['spain/passport', 'spain/work']);
  });

  it('a guide asked for whose documents the user holds is done; answers count as held', () => {
    const guides = [guide('spain-nie', ['nie'], []), guide('spain-work', [], [need(['nie'])])];
    const fromWallet = buildPlan({
      guides,
      targets: asked('spain-nie', 'spain-work'),
      wallet: { nie: entry('nie') },
      today: TODAY,
    });
    expect(fromWallet.done).toEqual([
      { key: 'spain-nie', id: 'spain/nie', title: 'spain-nie', kinds: ['nie'] },
    ]);
    expect(ids(fromWallet)).toEqual(['spain/work']);
    const fromAnswers = buildPlan({
      guides,
      targets: asked('spain-work'),
      wallet: {},
      today: TODAY,
      held: ['nie'],
    });
    expect(ids(fromAnswers)).toEqual(['spain/work']);
  });
});
