import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveGuide } from '../../src/guide/resolve.js';
import { onDamagedCache, readCacheFile, writeCacheFile, Ledger } from '../../src/cache/cache-file.js';
import { Library } from '../../src/library/library.js';
import { isUnchanged, RACY_MS, recordedCtime } from '../../src/cache/stamp.js';
import { libraryIndex, searchGuides } from '../../src/search/search.js';

const guide = (slug: string, title: string, steps: string[], documents: string[]) =>
  `---\ntitle: ${title}\ndescription: About ${title}\ndate: 2025-01-01\ncategories: [Peru]\ntranslationKey: peru-${slug}\n---\n## Procedure\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n## Required documents\n${documents.map((d) => `- ${d}`).join('\n')}\n`;

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'tramit-damage-root-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'tramit-damage-cache-'));
  mkdirSync(join(root, 'en', 'peru'), { recursive: true });
  mkdirSync(join(root, 'es', 'peru'), { recursive: true });
  writeFileSync(
    join(root, 'en', 'peru', 'passport.md'),
    guide('passport', 'Passport renewal', ['Book an appointment.', 'Pay the fee.'], ['Passport', 'Photo']),
  );
  writeFileSync(
    join(root, 'es', 'peru', 'pasaporte.md'),
    guide('passport', 'Renovación del pasaporte', ['Pedir cita.', 'Pagar la tasa.'], ['Pasaporte']),
  );
  writeFileSync(
    join(root, 'en', 'peru', 'residence.md'),
    guide(
      'residence',
      'Residence card',
      ['Fill in the form.', 'Go to the office.', 'Collect the card.'],
      ['Proof of address dated within the last three months'],
    ),
  );
  writeFileSync(join(root, 'en', 'peru', 'broken.md'), 'no front matter here');
  return { root, cacheDir };
}

/** What the commands answer from a library: listing, resolving, progress details and search. */
async function answers(root: string, cacheDir: string) {
  const library = await Library.load([{ dir: root, origin: 'option' }], { cacheDir });
  const listed = library.guides.map((g) => [
    g.id,
    g.key,
    g.lang,
    g.title,
    g.stepCount,
    g.documentCount,
    g.topics,
  ]);
  const countries = library
    .countries()
    .map((c) => [c.slug, c.code, c.keys, c.files, library.countryLabel(c.slug, 'es')]);
  const resolved = resolveGuide('pasaporte', library.guides).translations.map((g) => g.path);
  const warnings = library.warnings.map((w) => [w.path, w.message]);
  const details = (await library.details(library.guides)).map((g) => [
    g.id,
    g.description,
    g.fingerprints,
    g.docKinds,
  ]);
  const index = libraryIndex(library, cacheDir);
  const search = ['passport', 'pasaporte', 'residnce', 'office card'].map((q) =>
    searchGuides(index, q).map((h) => [h.id, h.lang, h.title, h.score, h.terms]),
  );
  return { listed, countries, resolved, warnings, details, search };
}

function cacheFiles(cacheDir: string): string[] {
  const roots = join(cacheDir, 'roots');
  return [
    ...readdirSync(roots).map((f) => join(roots, f)),
    ...readdirSync(cacheDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(cacheDir, f)),
  ].sort();
}

describe('a damaged cache file', () => {
  it('never changes an answer: random bytes flipped in each cache file (fast-check)', async () => {
    const { root, cacheDir } = setup();
    const fresh = await answers(root, cacheDir);
    // The root index, its details and search texts, and the search index. (Written just now, none
    // is in the ledger yet: the next test damages one that is.)
    const files = cacheFiles(cacheDir);
    expect(files.map((f) => f.replace(/.*[\\/]/, '').replace(/[0-9a-f]{16}/, 'H'))).toEqual([
      'H.details.json',
      'H.json',
      'H.search.json',
      'search-H.json',
    ]);
    const pristine = new Map(files.map((f) => [f, readFileSync(f)]));
    const told: string[] = [];
    onDamagedCache((file) => told.push(file));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
            fc.integer({ min: 1, max: 255 }),
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        async (target, flips) => {
          for (const [file, bytes] of pristine) writeFileSync(file, bytes);
          const bytes = Buffer.from(pristine.get(target)!);
          for (const [where, mask] of flips) {
            const at = Math.floor(where * bytes.length);
            bytes[at] = bytes[at]! ^ mask;
          }
          writeFileSync(target, bytes);
          expect(await answers(root, cacheDir)).toEqual(fresh);
        },
      ),
      { numRuns: 240, seed: 1414 },
    );
    onDamagedCache(null);
    // Damage was seen, and said (to --verbose) at most once per run.
    expect(told.length).toBeGreaterThan(0);
  }, 120_000);

  it('is caught after it was trusted too: an edit moves the stamp the ledger noted', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'tramit-ledger-'));
    const file = join(cacheDir, 'x.json');
    const ledger = Ledger.of(cacheDir);
    writeCacheFile(file, { version: 1 }, 'body text', ledger);
    // Written just now, its stamp is not trusted yet: the checksum is checked.
    expect(readCacheFile(file, ledger)?.body.toString()).toBe('body text');
    const ledgerFile = join(cacheDir, 'ledger.json');
    expect(existsSync(ledgerFile)).toBe(false);
    await sleep(RACY_MS + 100);
    expect(readCacheFile(file, ledger)?.body.toString()).toBe('body text');
    expect(Object.keys(JSON.parse(readFileSync(ledgerFile, 'utf8')) as object)).toEqual([file]);
    // A damaged ledger is only a lost hint: the file is checked again, and still read.
    writeFileSync(ledgerFile, '{"x": [1, ');
    expect(
      readCacheFile(file, Ledger.of(mkdtempSync(join(tmpdir(), 'tramit-ledger-other-'))))?.body.toString(),
    ).toBe('body text');
    // Same size, same modification time: only the ctime says it changed.
    const before = readFileSync(file);
    const damaged = Buffer.from(before);
    damaged[damaged.length - 1] = 'X'.charCodeAt(0);
    writeFileSync(file, damaged);
    const { mtime, atime } = { mtime: new Date(Date.now() - 10_000), atime: new Date() };
    utimesSync(file, atime, mtime);
    expect(readCacheFile(file, ledger)).toBeNull();
  }, 20_000);
});

describe('the cache validity rule (stamp.ts)', () => {
  const now = 1_800_000_000_000;
  const old = { size: 100, ctimeMs: now - 60_000, ino: 42 };
  const recorded = [old.size, recordedCtime(old, now), old.ino] as const;

  it.each([
    ['nothing moved', true, old],
    [
      'the ctime moved (a write, or touch -r putting the mtime back)',
      false,
      { ...old, ctimeMs: old.ctimeMs + 0.001 },
    ],
    ['the file was replaced (a new inode)', false, { ...old, ino: 43 }],
    ['the size changed', false, { ...old, size: 101 }],
  ])('%s: unchanged is %s', (_what, unchanged, current) => {
    expect(isUnchanged(...recorded, current)).toBe(unchanged);
  });

  it('a file changed within the last clock ticks is recorded with a ctime that matches nothing', () => {
    const recent = { size: 1, ctimeMs: now - 10, ino: 42 };
    expect(recordedCtime(recent, now)).toBe(0);
    expect(isUnchanged(1, 0, 42, recent)).toBe(false);
    expect(isUnchanged(1, 0, 42, { ...recent, ctimeMs: 0 })).toBe(false);
    expect(recordedCtime(recent, now + RACY_MS)).toBe(recent.ctimeMs);
  });
});
