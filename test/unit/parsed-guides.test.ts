import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { writeParsedGuides } from '../../src/library/parsed-guides.js';
import { FIXTURES, GUIDES, REPO } from '../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'tramit-parsed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('guides parsed at build time', () => {
  it('are, for every bundled guide, what parsing its file gives now', async () => {
    // dist/ is built before the tests (npm test), by the same parser as src/.
    const library = await Library.load([
      { dir: GUIDES, origin: 'bundled', parsed: join(REPO, 'dist', 'bundled-guides') },
    ]);
    const fresh = await Library.load([{ dir: GUIDES, origin: 'option' }]);
    expect(library.guides.length).toBeGreaterThan(100);
    expect(readdirSync(join(REPO, 'dist', 'bundled-guides'))).toHaveLength(library.guides.length);
    for (const summary of library.guides) {
      const built = await library.full(summary);
      const parsedNow = await fresh.full(fresh.guides.find((g) => g.path === summary.path)!);
      expect(built, summary.path).toEqual(parsedNow);
    }
  });

  it('are used for the text they were made from, and never for another text', async () => {
    const root = join(tmp, 'root');
    cpSync(join(FIXTURES, 'render'), root, { recursive: true });
    const file = join(root, 'en', 'spain', 'code_and_tables.md');
    const parsed = join(tmp, 'parsed');
    expect(await writeParsedGuides(root, [file], parsed)).toEqual({ written: 1, skipped: [] });

    // Proof that the stored parse is what the library reads: a title only it has.
    const [stored] = readdirSync(parsed);
    const json = JSON.parse(readFileSync(join(parsed, stored!), 'utf8')) as { title: string };
    writeFileSync(join(parsed, stored!), JSON.stringify({ ...json, title: 'From the build' }));
    const load = () => Library.load([{ dir: root, origin: 'option', parsed }]);
    let library = await load();
    expect((await library.full(library.guides[0]!)).title).toBe('From the build');

    // The same file edited in place, same size, dates restored: the stored parse is not used.
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('title: Code, tables and shortcodes', 'title: Code, tables and shortcodez'),
    );
    expect(statSync(file).size).toBe(before.size);
    utimesSync(file, before.atime, before.mtime);
    library = await load();
    const guide = await library.full(library.guides[0]!);
    expect(guide.title).toBe('Code, tables and shortcodez');
    expect(guide.path).toBe(file);
  });
});
