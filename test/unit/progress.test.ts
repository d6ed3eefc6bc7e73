import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../src/guide/model.js';
import {
  align,
  emptyStore,
  fingerprint,
  migrate,
  serialize,
  STORE_VERSION,
  type SavedItem,
} from '../../src/progress/model.js';
import { ProgressStore } from '../../src/progress/store.js';
import { applyChanges, parseItemRefs, resumeIndex, viewProgress } from '../../src/progress/tracker.js';

const NOW = '2026-11-25T10:00:00.000Z';
const saved = (n: number, text: string, state: SavedItem['state'], lang = 'en'): SavedItem => ({
  n,
  fp: { [lang]: fingerprint(text) },
  state,
  changedAt: NOW,
});

function guide(steps: string[], documents: string[] = ['Passport'], lang = 'en'): Guide {
  return {
    id: 'mexico/test',
    key: 'mexico-test',
    slug: 'test',
    lang,
    country: 'mexico',
    title: 'Test',
    description: '',
    date: null,
    author: null,
    draft: false,
    categories: [],
    topics: [],
    produces: [],
    sources: [],
    sections: {
      whatIsIt: '',
      whoNeedsIt: '',
      intro: '',
      procedure: '',
      documents: '',
      providers: '',
      details: '',
    },
    markdown: { procedure: '', documents: '', providers: '', details: '', related: '' },
    steps: steps.map((text, i) => ({ n: i + 1, text, line: i + 1 })),
    documents: documents.map((name, i) => ({ n: i + 1, name, note: '', line: i + 1 })),
    providers: [],
    details: [],
    related: [],
    extraFrontMatter: {},
    path: '/x.md',
    problems: [],
  };
}

describe('align: saved states against the guide as it is now', () => {
  const rows: Array<{
    name: string;
    saved: SavedItem[];
    texts: string[];
    lang?: string;
    states: Array<string | null>;
    orphans: number;
  }> = [
    {
      name: 'unchanged guide',
      saved: [saved(1, 'A', 'done'), saved(2, 'B', 'skipped')],
      texts: ['A', 'B', 'C'],
      states: ['done', 'skipped', null],
      orphans: 0,
    },
    {
      name: 'one step edited keeps the others',
      saved: [saved(1, 'A', 'done'), saved(2, 'B', 'done'), saved(3, 'C', 'done')],
      texts: ['A', 'B edited', 'C'],
      states: ['done', 'done', 'done'],
      orphans: 0,
    },
    {
      name: 'a step inserted before shifts states with their text',
      saved: [saved(1, 'A', 'done'), saved(2, 'B', 'skipped')],
      texts: ['New', 'A', 'B'],
      states: [null, 'done', 'skipped'],
      orphans: 0,
    },
    {
      name: 'a step removed is an orphan',
      saved: [saved(1, 'A', 'done'), saved(2, 'B', 'done'), saved(3, 'C', 'done')],
      texts: ['A', 'C'],
      states: ['done', 'done'],
      orphans: 1,
    },
    {
      name: 'reordered steps follow their text',
      saved: [saved(1, 'A', 'done'), saved(2, 'B', 'todo')],
      texts: ['B', 'A'],
      states: ['todo', 'done'],
      orphans: 0,
    },
    {
      name: 'a translation shares states by position',
      saved: [saved(1, 'A', 'done'), saved(2, 'B', 'skipped')],
      texts: ['Uno', 'Dos'],
      lang: 'es',
      states: ['done', 'skipped'],
      orphans: 0,
    },
    {
      name: 'case and accents do not change a fingerprint',
      saved: [saved(1, 'Pagar la cuota', 'done')],
      texts: ['PAGAR LA CUOTA'],
      states: ['done'],
      orphans: 0,
    },
  ];
  it.each(rows)('$name', ({ saved: s, texts, lang, states, orphans }) => {
    const result = align(s, texts.map(fingerprint), lang ?? 'en');
    expect(result.items.map((i) => i?.state ?? null)).toEqual(states);
    expect(result.orphans).toHaveLength(orphans);
  });
});

describe('applyChanges and viewProgress', () => {
  it('records state, note and time; translations share progress', () => {
    const data = emptyStore();
    const en = guide(['Book', 'Go', 'Pay'], ['Passport', 'Photo']);
    applyChanges(
      data,
      en,
      [
        { kind: 'step', index: 0, state: 'done' },
        { kind: 'document', index: 1, state: 'done', note: 'two copies' },
      ],
      NOW,
    );
    const es = guide(['Reservar', 'Ir', 'Pagar'], ['Pasaporte', 'Foto'], 'es');
    const view = viewProgress(es, data.guides['mexico-test']);
    expect(view.steps.map((s) => s.state)).toEqual(['done', 'todo', 'todo']);
    expect(view.documents[1]).toMatchObject({ state: 'done', note: 'two copies', changedAt: NOW, ref: 'd2' });
    expect(resumeIndex(view)).toBe(1);
  });

  it('reports a vanished item once, and keeps it', () => {
    const data = emptyStore();
    applyChanges(data, guide(['A', 'B', 'C']), [{ kind: 'step', index: 2, state: 'done' }], NOW);
    const edited = guide(['A', 'B']);
    expect(viewProgress(edited, data.guides['mexico-test']).orphans.map((o) => o.text)).toEqual(['C']);
    const first = applyChanges(data, edited, [], NOW);
    expect(first).toEqual([expect.objectContaining({ kind: 'step', n: 3, state: 'done', text: 'C' })]);
    expect(applyChanges(data, edited, [], NOW)).toEqual([]);
    expect(data.guides['mexico-test']!.vanished).toHaveLength(1);
  });

  it('resumes after the last step when everything is done', () => {
    const data = emptyStore();
    const g = guide(['A', 'B']);
    applyChanges(
      data,
      g,
      [
        { kind: 'step', index: 0, state: 'done' },
        { kind: 'step', index: 1, state: 'skipped' },
      ],
      NOW,
    );
    expect(resumeIndex(viewProgress(g, data.guides['mexico-test']))).toBe(2);
  });
});

describe('parseItemRefs', () => {
  const g = guide(['a', 'b', 'c', 'd'], ['x', 'y']);
  it.each([
    [['s1'], ['s1'], []],
    [['S2', 'd1'], ['s2', 'd1'], []],
    [['s1-3'], ['s1', 's2', 's3'], []],
    [['s2-s4,d2'], ['s2', 's3', 's4', 'd2'], []],
    [['s5'], [], ['s5']],
    [['d0', 'x1', 'step1'], [], ['d0', 'x1', 'step1']],
    [['s1', 's1'], ['s1'], []],
  ])('%j → %j, unknown %j', (refs, items, unknown) => {
    const result = parseItemRefs(refs, g);
    expect(result.items.map((i) => i.ref)).toEqual(items);
    expect(result.unknown).toEqual(unknown);
  });
});

describe('migrate', () => {
  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['null', null],
  ])('%s → null: not a store at all', (_name, raw) => {
    expect(migrate(raw)).toBeNull();
  });

  it('reads a newer version as far as it can, and says so', () => {
    // `plans` is known since plans were added: a key this version does not know stands in for it.
    const read = migrate({ version: STORE_VERSION + 1, guides: {}, wallet: {}, calendars: [] });
    expect(read!.newer).toBe(STORE_VERSION + 1);
    expect(read!.data.extra).toEqual({ calendars: [] });
  });

  it('reads saved plans, keeping what it does not know and setting aside what it cannot read', () => {
    const read = migrate({
      version: STORE_VERSION,
      guides: {},
      wallet: {},
      plans: {
        mx: {
          guides: [
            { key: 'mexico-curp_registration', id: 'mexico/curp_registration', title: 'CURP', note: 'x' },
          ],
          createdAt: '2026-01-01T00:00:00.000Z',
          colour: 'blue',
        },
        bare: { guides: [{ key: 'spain-nie' }] },
        noKey: { guides: [{ id: 'spain/nie' }] },
        notAPlan: 'text',
      },
    });
    expect(read!.data.plans).toEqual({
      mx: {
        guides: [
          { key: 'mexico-curp_registration', id: 'mexico/curp_registration', title: 'CURP', note: 'x' },
        ],
        createdAt: '2026-01-01T00:00:00.000Z',
        colour: 'blue',
      },
      bare: {
        guides: [{ key: 'spain-nie', id: 'spain-nie', title: '' }],
        createdAt: new Date(0).toISOString(),
      },
    });
    expect(read!.found).toEqual(['plans.noKey', 'plans.notAPlan']);
    // Written back whole: the plans, and beside them what was set aside.
    const again = JSON.parse(serialize(read!.data)) as { plans: unknown; setAside: unknown[] };
    expect(again.plans).toEqual(read!.data.plans);
    expect(again.setAside).toHaveLength(2);
  });

  it('reads an unversioned store and sets aside, with where they were, entries it cannot understand', () => {
    const read = migrate(
      {
        guides: {
          ok: {
            guideId: 'mexico/x',
            title: 7,
            steps: [
              { n: 1, fp: { en: 'abc' }, state: 'done', changedAt: NOW },
              { n: 'x' },
              null,
              { n: 2, state: 'weird' },
              { n: 3, mood: 'happy' },
            ],
            pinned: true,
          },
          bad: 42,
        },
        wallet: {
          passport: { kind: 'passport', name: 'Passport', obtained: '2026-01-01' },
          junk: { name: 3 },
        },
        theme: { dark: true },
      },
      NOW,
    )!;
    const { data } = read;
    expect(data.version).toBe(STORE_VERSION);
    expect(read.newer).toBeNull();
    expect(data.guides.ok!.steps).toEqual([
      { n: 1, fp: { en: 'abc' }, state: 'done', changedAt: NOW },
      { n: 3, fp: {}, state: 'todo', changedAt: new Date(0).toISOString(), mood: 'happy' },
    ]);
    expect(data.guides.ok).toMatchObject({ title: '', pinned: true });
    expect(Object.keys(data.guides)).toEqual(['ok']);
    expect(Object.keys(data.wallet)).toEqual(['passport']);
    expect(data.extra).toEqual({ theme: { dark: true } });
    expect(read.found).toEqual([
      'guides.ok.title',
      'guides.ok.steps[1]',
      'guides.ok.steps[2]',
      'guides.ok.steps[3]',
      'guides.bad',
      'wallet.junk',
    ]);
    expect(data.setAside).toContainEqual({ path: 'guides.bad', value: 42, setAsideAt: NOW });
    expect(data.setAside).toContainEqual({
      path: 'guides.ok.steps[3]',
      value: { n: 2, state: 'weird' },
      setAsideAt: NOW,
    });
    // Written and read again, what was set aside stays aside and nothing new is.
    const again = migrate(JSON.parse(serialize(data)), NOW)!;
    expect(again.found).toEqual([]);
    expect(again.data.setAside).toEqual(data.setAside);
    expect(again.data.extra).toEqual({ theme: { dark: true } });
    expect(again.data.guides.ok).toMatchObject({ pinned: true });
  });

  it('keys entries by names Object.prototype has as plain keys', () => {
    const raw = JSON.parse(
      '{"guides": {"constructor": {"title": "A"}, "__proto__": {"title": "B"}, "toString": {"title": "C"}}, "wallet": {}}',
    ) as unknown;
    const { data } = migrate(raw)!;
    expect(Object.keys(data.guides).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(data.guides['__proto__']!.title).toBe('B');
    expect(data.guides['hasOwnProperty']).toBeUndefined();
    expect(data.wallet['constructor']).toBeUndefined();
    const written = JSON.parse(serialize(data)) as { guides: object };
    expect(Object.getOwnPropertyDescriptor(written.guides, '__proto__')?.value).toMatchObject({ title: 'B' });
  });

  it('carries an unknown key of an item along as a key, `__proto__` included, and adds none', () => {
    const raw = JSON.parse(
      '{"guides": {"g": {"steps": [{"n": 1, "state": "done", "__proto__": {"x": 1}, "mood": "ok"}, {"n": 2}]}}}',
    ) as unknown;
    const [first, second] = migrate(raw, NOW)!.data.guides.g!.steps as unknown as Array<
      Record<string, unknown>
    >;
    expect(Object.getOwnPropertyDescriptor(first, '__proto__')?.value).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(first!.mood).toBe('ok');
    expect(Object.keys(second!).sort()).toEqual(['changedAt', 'fp', 'n', 'state']);
  });
});

describe('fingerprints read from the store', () => {
  it('are matched by own keys only, for any language name, and written back as they were', () => {
    const print = fingerprint('Apply online');
    const raw = JSON.parse(
      `{"guides": {"g": {"steps": [{"n": 1, "state": "done", "fp": {"__proto__": "${print}", "constructor": "${print}"}}, {"n": 2, "state": "skipped", "fp": {"en": "${print}"}}]}}}`,
    ) as unknown;
    const data = migrate(raw, NOW)!.data;
    const steps = data.guides.g!.steps;
    // Each language finds only its own print: never one inherited from Object.prototype.
    for (const lang of ['__proto__', 'constructor']) {
      const { items } = align(steps, [fingerprint('Something else'), print], lang);
      expect(
        items.map((item) => item?.state ?? null),
        lang,
      ).toEqual([null, 'done']);
    }
    for (const lang of ['toString', 'hasOwnProperty', 'valueOf']) {
      // No print in this language: the items stay where they stood.
      const { items } = align(steps, [fingerprint('Something else'), print], lang);
      expect(
        items.map((item) => item?.state ?? null),
        lang,
      ).toEqual(['done', 'skipped']);
    }
    const again = JSON.parse(serialize(data)) as {
      guides: { g: { steps: Array<{ fp: Record<string, string> }> } };
    };
    expect(Object.getOwnPropertyDescriptor(again.guides.g.steps[0]!.fp, '__proto__')?.value).toBe(print);
    expect(Object.keys(again.guides.g.steps[0]!.fp)).toEqual(['__proto__', 'constructor']);
  });
});

describe('ProgressStore.saved', () => {
  it('is the data as this process saved it, not what another process wrote since', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tramit-saved-'));
    const store = new ProgressStore(home, () => {});
    await store.update((data) => {
      data.extra.mine = true;
    });
    writeFileSync(
      join(home, 'progress.json'),
      JSON.stringify({ version: 1, guides: {}, wallet: {}, theirs: 1 }),
    );
    expect(store.saved().extra).toEqual({ mine: true });
    expect(store.read().extra).toEqual({ theirs: 1 });
    // A process that saved nothing reads the file.
    expect(new ProgressStore(home, () => {}).saved().extra).toEqual({ theirs: 1 });
  });
});
