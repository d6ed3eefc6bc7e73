import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';

const env = { TRAMIT_NOW: '2026-06-01T12:00:00Z' };
const PLAN_FIXTURES = join(FIXTURES, 'plan');
const json = <T>(text: string) => JSON.parse(text) as T;

interface PlanJson {
  country: string | null;
  steps: Array<{
    n: number;
    id: string;
    reasons: Array<{ type: string }>;
    gives: Array<{ kind: string; for: string[]; inferred: boolean }>;
    after: string[];
  }>;
  ready: Array<{ kinds: string[]; why: string; for: string[]; guides: string[] }>;
  held: Array<{ kinds: string[]; skips: string }>;
  cycles: Array<Array<{ from: string; to: string; kinds: string[] }>>;
}

const selfEmployed = ['plan', '--country', 'mexico', '--goal', 'self-employed'];

describe('tramit plan', () => {
  it('self-employed in Mexico: CURP, RFC, IMSS, with the CURP that links them', async () => {
    const result = await tramit([...selfEmployed, '--json'], { env });
    expect(result.code).toBe(0);
    const plan = json<PlanJson>(result.stdout);
    expect(plan.steps.map((s) => s.id)).toEqual([
      'mexico/curp_registration',
      'mexico/rfc_registration',
      'mexico/imss_enrollment',
    ]);
    expect(plan.steps[0]!.gives).toMatchObject([
      { kind: 'curp', for: ['mexico/rfc_registration', 'mexico/imss_enrollment'], inferred: false },
    ]);
    expect(plan.steps[1]!.after).toEqual(['mexico/curp_registration']);
    expect(plan.cycles).toEqual([]);

    const text = (await tramit(selfEmployed, { env })).stdout;
    expect(text).toContain('1. Get, print or correct your CURP — mexico/curp_registration');
    expect(text).toContain(
      'gives you the CURP (population registry key) that mexico/rfc_registration and mexico/imss_enrollment ask for',
    );
    expect(text).toContain('Start with `tramit walk mexico/curp_registration`.');
  });

  it('a CURP in the wallet takes its guide out, and the plan says why', async () => {
    const home = tempHome();
    expect((await tramit(['wallet', 'add', 'curp'], { home, env })).code).toBe(0);
    const plan = json<PlanJson>((await tramit([...selfEmployed, '--json'], { home, env })).stdout);
    expect(plan.steps.map((s) => s.id)).toEqual(['mexico/rfc_registration', 'mexico/imss_enrollment']);
    expect(plan.held).toMatchObject([{ kinds: ['curp'], skips: 'mexico/curp_registration' }]);
    expect((await tramit(selfEmployed, { home, env })).stdout).toContain(
      'CURP (population registry key): mexico/curp_registration is not needed',
    );
  });

  it('reports guides that need each other plainly', async () => {
    const args = ['--no-bundled', '--guides-dir', PLAN_FIXTURES, 'plan', 'open_account'];
    const text = await tramit(args, { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '! These guides need each other: spain/nie_first needs the social security number that spain/social_security_first gives; spain/social_security_first needs the NIE (foreigner identity number) that spain/nie_first gives.',
    );
    const plan = json<PlanJson>((await tramit([...args, '--json'], { env })).stdout);
    expect(plan.cycles).toEqual([
      [
        { from: 'spain/social_security_first', to: 'spain/nie_first', kinds: ['social_security_number'] },
        { from: 'spain/nie_first', to: 'spain/social_security_first', kinds: ['nie'] },
      ],
    ]);
    expect(plan.steps.map((s) => s.id)).toEqual([
      'spain/social_security_first',
      'spain/nie_first',
      'spain/open_account',
    ]);
  });

  it('marks a link guessed from a community title as a guess', async () => {
    const args = ['--no-bundled', '--guides-dir', PLAN_FIXTURES, 'plan', 'tax_registration'];
    const plan = json<PlanJson>((await tramit([...args, '--json'], { env })).stdout);
    expect(plan.steps[0]).toMatchObject({
      id: 'mexico/curp_guess',
      gives: [{ kind: 'curp', inferred: true }],
    });
    expect((await tramit(args, { env })).stdout).toContain(
      'probably gives you the CURP (population registry key) that mexico/tax_registration asks for, judging by its title',
    );
    const shown = json<{ produces: unknown }>(
      (await tramit(['--no-bundled', '--guides-dir', PLAN_FIXTURES, 'show', 'curp_guess', '--json'])).stdout,
    );
    expect(shown.produces).toEqual([{ kind: 'curp', inferred: true }]);
  });

  it('says it in Spanish', async () => {
    const text = (await tramit(['--lang', 'es', ...selfEmployed], { env })).stdout;
    expect(text).toContain('1. Obtener, imprimir o corregir tu CURP — mexico/registro_curp');
    expect(text).toContain(
      'aquí obtienes CURP, que piden mexico/inscripcion_al_rfc y mexico/inscripcion_al_imss',
    );
  });

  it('without arguments outside a terminal: exit 2 with what to type', async () => {
    const result = await tramit(['plan'], { env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('`plan` needs to know what for');
    expect(result.stderr).toContain('tramit plan --country mexico --goal self-employed');
  });

  it('refuses an unknown goal, a goal without a country and a bad plan name', async () => {
    const goal = await tramit(['plan', '--country', 'mexico', '--goal', 'retire'], { env });
    expect([goal.code, goal.stderr]).toEqual([
      2,
      'tramit: unknown goal "retire"\n  goals: self-employed, live, study, drive\n',
    ]);
    expect((await tramit(['plan', '--goal', 'live'], { env })).stderr).toContain('need a country');
    const name = await tramit([...selfEmployed, '--save', '../x'], { env });
    expect(name.code).toBe(2);
    expect(name.stderr).toContain('"../x" cannot be a plan name');
  });

  it('takes the country of the guides named for a goal', async () => {
    const plan = json<PlanJson>(
      (await tramit(['plan', 'rfc_registration', '--goal', 'live', '--json'], { env })).stdout,
    );
    expect(plan.country).toBe('mexico');
    expect(plan.steps.map((s) => s.id)).toEqual([
      'mexico/temporary_residence',
      'mexico/curp_registration',
      'mexico/rfc_registration',
    ]);
  });
});

describe('saved plans', () => {
  it('--save keeps it; status, plan --list and walk --plan follow it; --remove forgets it', async () => {
    const home = tempHome();
    const saved = await tramit([...selfEmployed, '--save', 'mx'], { home, env });
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('Saved as plan "mx": continue with `tramit walk --plan mx`');

    expect((await tramit(['status'], { home, env })).stdout).toContain(
      'Plans\n  mx · 0/3 guides done · next: mexico/curp_registration\n    [ ] 1. Get, print or correct your CURP — mexico/curp_registration',
    );

    // Every step of the CURP guide done: the plan moves on to the RFC.
    const steps = json<{ steps: unknown[] }>((await tramit(['show', 'curp_registration', '--json'])).stdout)
      .steps.length;
    const items = Array.from({ length: steps }, (_, i) => `s${i + 1}`);
    expect((await tramit(['check', 'curp_registration', ...items], { home, env })).code).toBe(0);
    const list = (await tramit(['plan', '--list'], { home, env })).stdout;
    expect(list).toContain('mx · 1/3 guides done · next: mexico/rfc_registration');
    expect(list).toContain('[x] 1. Get, print or correct your CURP');

    const walk = await tramit(['walk', '--plan', 'MX'], { home, env });
    expect(walk.stdout).toBe('Plan "mx": guide 2 of 3, mexico/rfc_registration\n');
    // Outside a terminal the walk itself says what to do, for that guide.
    expect(walk.code).toBe(2);
    expect(walk.stderr).toContain('tramit check mexico/rfc_registration s1 d1');

    const listed = json<Array<{ name: string; finished: number; total: number; next: string }>>(
      (await tramit(['plan', '--list', '--json'], { home, env })).stdout,
    );
    expect(listed).toMatchObject([{ name: 'mx', finished: 1, total: 3, next: 'mexico/rfc_registration' }]);

    expect((await tramit(['plan', '--remove', 'mx'], { home, env })).stdout).toContain('Plan "mx" forgotten');
    expect((await tramit(['plan', '--list'], { home, env })).stdout).toContain('No saved plans.');
    const unknown = await tramit(['walk', '--plan', 'mx'], { home, env });
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'tramit: no saved plan is called "mx"\n  make one with `tramit plan … --save NAME`\n',
    ]);
  });

  it('a plan whose documents the wallet holds is finished', async () => {
    const home = tempHome();
    await tramit(['plan', 'curp_registration', '--save', 'only-curp'], { home, env });
    await tramit(['wallet', 'add', 'curp'], { home, env });
    expect((await tramit(['plan', '--list'], { home, env })).stdout).toContain(
      'only-curp · 1/1 guides done · finished',
    );
    expect((await tramit(['walk', '--plan', 'only-curp'], { home, env })).stdout).toBe(
      'Plan "only-curp" is finished: every guide in it is done.\n',
    );
  });

  it('keeps what it does not know in the store, and sets aside a plan it cannot read', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tramit-plan-store-'));
    const store = join(home, 'progress.json');
    writeFileSync(
      store,
      JSON.stringify({
        version: 1,
        guides: {},
        wallet: {},
        plans: {
          old: {
            guides: [{ key: 'mexico-passport', id: 'mexico/passport', title: 'Passport', colour: 'red' }],
            createdAt: '2026-01-01T00:00:00.000Z',
            pinned: true,
          },
          broken: { guides: 'not a list' },
        },
        fromTheFuture: { anything: [1, 2] },
      }),
    );
    const result = await tramit([...selfEmployed, '--save', 'new'], { home, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('plans.broken');
    const written = json<{
      fromTheFuture: unknown;
      plans: Record<string, unknown>;
      setAside: unknown[];
    }>(readFileSync(store, 'utf8'));
    expect(written.fromTheFuture).toEqual({ anything: [1, 2] });
    expect(written.plans.old).toEqual({
      guides: [{ key: 'mexico-passport', id: 'mexico/passport', title: 'Passport', colour: 'red' }],
      createdAt: '2026-01-01T00:00:00.000Z',
      pinned: true,
    });
    expect(Object.keys(written.plans)).toEqual(['old', 'new']);
    expect(written.setAside).toMatchObject([{ path: 'plans.broken', value: { guides: 'not a list' } }]);
  });
});

describe('produces in guides', () => {
  it('validate names an unknown kind and the one it probably means', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-produces-'));
    const file = join(dir, 'guide.md');
    writeFileSync(
      file,
      readFileSync(join(PLAN_FIXTURES, 'en/mexico/tax_registration.md'), 'utf8').replace(
        'produces: [rfc]',
        'produces: [rfcc]',
      ),
    );
    const result = await tramit(['validate', file]);
    expect(result.stdout).toContain('unknown document kind "rfcc" in produces; did you mean "rfc"?');
  });

  it('show --json carries what a bundled guide gives', async () => {
    const shown = json<{ produces: unknown }>((await tramit(['show', 'rfc_registration', '--json'])).stdout);
    expect(shown.produces).toEqual([
      { kind: 'rfc', inferred: false },
      { kind: 'e_firma', inferred: false },
      { kind: 'gov_login', inferred: false },
    ]);
  });
});
