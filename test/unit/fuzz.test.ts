import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import { resolveGuide } from '../../src/guide/resolve.js';
import { TramitError } from '../../src/errors.js';
import { migrate, serialize, STORE_VERSION } from '../../src/progress/model.js';

const NOW = '2026-03-02T10:00:00.000Z';
import { ProgressStore } from '../../src/progress/store.js';

// Fixed seed and bounded runs: the same inputs in CI every time, and a bounded time.
const settings = { seed: 20261125, numRuns: 400 };

const fragments = fc.constantFrom(
  '---\n',
  '---',
  'title: x\n',
  'title: [\n',
  'a: &a [1]\nb: *a\n',
  '## Procedure\n',
  '## Required documents\n',
  '### What is it?\n',
  '1. ',
  '- ',
  ' - ',
  '•',
  '-x',
  '**b**',
  '[t](https://tramitit.com/es/guides/mexico/x/)',
  '| a | b |\n',
  '| --- | --- |\n',
  '\n',
  '\r\n',
  '\t',
  '```\n',
  '# T\n',
  '\u0000',
  '\u001b[31m',
  'é',
  'ς',
);
const guideLike = fc
  .array(fc.oneof(fragments, fc.string({ maxLength: 20 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('parseGuide on arbitrary input', () => {
  it('never throws and always returns a titled guide', () => {
    fc.assert(
      fc.property(
        fc.oneof(guideLike, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (source) => {
          const guide = parseGuide(source, { path: '/x/fuzz.md' });
          expect(typeof guide.title).toBe('string');
          expect(guide.title.length).toBeGreaterThan(0);
          expect(guide.steps.every((s, i) => s.n === i + 1)).toBe(true);
        },
      ),
      settings,
    );
  });
});

describe('resolveGuide on arbitrary references', () => {
  const guides = [
    {
      id: 'mexico/imss_enrollment',
      key: 'mexico-imss_enrollment',
      slug: 'imss_enrollment',
      lang: 'en',
      country: 'mexico',
    },
  ];
  it('either resolves or throws a TramitError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 })),
        (reference) => {
          try {
            expect(resolveGuide(reference, guides).key).toBe('mexico-imss_enrollment');
          } catch (error) {
            expect(error).toBeInstanceOf(TramitError);
          }
        },
      ),
      settings,
    );
  });
});

describe('the progress store on arbitrary input', () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const storeLike = fc.record({
    version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
    guides: fc.dictionary(
      fc.string({ maxLength: 10 }),
      fc.oneof(json, fc.record({ steps: fc.array(json, { maxLength: 5 }), documents: json, vanished: json })),
    ),
    wallet: fc.oneof(json, fc.dictionary(fc.string({ maxLength: 8 }), json)),
  });

  it('migrate never throws, and what it returns has the current shape', () => {
    fc.assert(
      fc.property(fc.oneof(json, storeLike), (raw) => {
        const read = migrate(raw);
        if (read === null) return;
        for (const g of Object.values(read.data.guides)) {
          expect(Array.isArray(g.steps) && Array.isArray(g.documents) && Array.isArray(g.vanished)).toBe(
            true,
          );
          for (const item of [...g.steps, ...g.documents])
            expect(['done', 'skipped', 'todo']).toContain(item.state);
        }
      }),
      settings,
    );
  });

  it('what migrate keeps reads back the same: written once, nothing more is set aside or lost', () => {
    fc.assert(
      fc.property(storeLike, (raw) => {
        const first = migrate(raw, NOW);
        if (first === null) return;
        const written = serialize(first.data);
        const second = migrate(JSON.parse(written), NOW)!;
        expect(second.found).toEqual([]);
        expect(serialize(second.data)).toBe(written);
      }),
      settings,
    );
  });

  it('reading any bytes from the store file gives a store (moving damaged files aside)', () => {
    const home = mkdtempSync(join(tmpdir(), 'tramit-fuzz-store-'));
    const store = new ProgressStore(home, () => undefined);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          json.map((v) => new TextEncoder().encode(JSON.stringify(v))),
        ),
        (bytes) => {
          writeFileSync(join(home, 'progress.json'), bytes);
          const data = store.read();
          expect(data.version).toBe(STORE_VERSION);
        },
      ),
      { ...settings, numRuns: 150 },
    );
  });
});
