import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marked } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../src/library/library.js';
import { ProgressStore } from '../../src/progress/store.js';
import { tempHome, tramit } from '../helpers/cli.js';
import { report, start } from '../helpers/procs.js';

const json = <T>(text: string) => JSON.parse(text) as T;

describe('check and uncheck', () => {
  it('ticks steps and documents, shared by both languages', async () => {
    const home = tempHome();
    const result = await tramit(['check', 'imss_enrollment', 's1', 's2', 'd1'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('mexico/imss_enrollment: 2/8 steps done, 1/6 documents ready');
    const es = json<{ documents: Array<{ state: string }> }>(
      (await tramit(['checklist', 'inscripcion_al_imss', '--json'], { home })).stdout,
    );
    expect(es.documents.map((d) => d.state)).toEqual(['done', 'todo', 'todo', 'todo', 'todo', 'todo']);
    await tramit(['uncheck', 'imss_enrollment', 's2'], { home });
    expect((await tramit(['status', '--json'], { home })).stdout).toContain('"done": 1');
  });

  it('reads the store once to tick steps, and still counts the documents the wallet holds', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 'd1'], { home });
    // Read once under the lock: a store of hundreds of guides is a megabyte to parse.
    const reads = vi.spyOn(ProgressStore.prototype as unknown as { load: () => unknown }, 'load');
    // What each document asks of the wallet comes from the index, not from reading the guide again.
    const details = vi.spyOn(Library.prototype, 'detailed');
    const result = await tramit(['check', 'rfc_registration', 's1'], { home });
    const counts = [reads.mock.calls.length, details.mock.calls.length];
    reads.mockRestore();
    details.mockRestore();
    expect(result.code).toBe(0);
    expect(counts).toEqual([1, 1]);
    // The identity document ticked for IMSS is one the RFC guide asks for too.
    const rfc = json<{ documents: Array<{ ready: boolean }> }>(
      (await tramit(['checklist', 'rfc_registration', '--json'], { home })).stdout,
    );
    const ready = rfc.documents.filter((d) => d.ready).length;
    expect(ready).toBeGreaterThan(0);
    expect(result.stdout).toContain(`mexico/rfc_registration: 1/`);
    expect(result.stdout).toMatch(new RegExp(`steps done, ${ready}/${rfc.documents.length} documents ready`));
  });

  // The ticked item as each command shows it (not the legend's "[x] done"), and whether it is one
  // of the documents, which a checklist lists alone.
  it.each([
    ['show', ['show', 'rfc_registration'], /^1\. \[x\] /m, false],
    ['checklist', ['checklist', 'rfc_registration'], /^\[x\] d1 /m, true],
    ['checklist --json', ['checklist', 'rfc_registration', '--json'], /"state": "done"/, true],
    ['export', ['export', 'rfc_registration'], /^\[x\] 1\. /m, false],
  ] as const)(
    '%s reads the store once, with documents in the wallet and without',
    async (_, args, ticked, document) => {
      for (const documents of [false, true]) {
        const home = tempHome();
        await tramit(['check', 'rfc_registration', 's1', ...(documents ? ['d1'] : [])], { home });
        const reads = vi.spyOn(ProgressStore.prototype as unknown as { load: () => unknown }, 'load');
        const result = await tramit([...args], { home });
        const count = reads.mock.calls.length;
        reads.mockRestore();
        expect(result.code).toBe(0);
        expect(count, `documents held: ${documents}`).toBe(1);
        // What was read is what is shown.
        if (documents || !document) expect(result.stdout).toMatch(ticked);
        else expect(result.stdout).not.toMatch(ticked);
      }
    },
  );

  it('refuses an unknown item with exit 2 and saves nothing', async () => {
    const home = tempHome();
    const result = await tramit(['check', 'imss_enrollment', 's1', 's99', 'x'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown items "s99", "x" for mexico/imss_enrollment; nothing was saved');
    expect(result.stderr).toContain('steps s1-s8 and documents d1-d6');
    expect(existsSync(join(home, 'progress.json'))).toBe(false);
  });

  it('marks items skipped, with a note', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 'd5', 'd6', '--skip', '--note', 'applying online'], { home });
    const list = json<{ documents: Array<{ state: string }> }>(
      (await tramit(['checklist', 'imss_enrollment', '--json'], { home })).stdout,
    );
    expect(list.documents.map((d) => d.state).slice(4)).toEqual(['skipped', 'skipped']);
    expect((await tramit(['checklist', 'imss_enrollment'], { home })).stdout).toContain(
      'note: applying online',
    );
  });

  it('keeps every update when 20 processes tick items of one guide at once', async () => {
    const home = tempHome();
    const items = [
      ...Array.from({ length: 8 }, (_, i) => `s${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `d${i + 1}`),
    ];
    const more = await tramit(['show', 'rfc_registration', '--json']);
    const rfc = json<{ steps: unknown[]; documents: unknown[] }>(more.stdout);
    const jobs = [
      ...items.map((item) => ['imss_enrollment', item]),
      ...Array.from({ length: 20 - items.length }, (_, i) => [
        'rfc_registration',
        i < rfc.steps.length ? `s${i + 1}` : `d${i + 1 - rfc.steps.length}`,
      ]),
    ];
    expect(jobs).toHaveLength(20);
    // Each child's stderr is kept: a failure shows what every one of them said.
    const procs = jobs.map((args) => start(`check ${args.join(' ')}`, ['check', ...args], { home }));
    const codes = await Promise.all(procs.map((p) => p.exit));
    expect(
      codes.every((c) => c === 0),
      report(procs),
    ).toBe(true);
    // Count each guide's own ticks (the wallet would also count documents held for the other guide).
    const ticked = async (guide: string) => {
      const data = json<{ steps: Array<{ state: string }>; documents: Array<{ state: string }> }>(
        (await tramit(['export', guide, '-f', 'json'], { home })).stdout,
      );
      return [...data.steps, ...data.documents].filter((i) => i.state === 'done').length;
    };
    expect(await ticked('imss_enrollment')).toBe(14);
    expect(await ticked('rfc_registration')).toBe(6);
  }, 120_000);
});

describe('a damaged progress file', () => {
  it('is moved aside with a timestamped name; the next command starts fresh and says so', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 's1'], { home });
    writeFileSync(join(home, 'progress.json'), '{"version": 1, "guides": {"oops": ');
    const result = await tramit(['status'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /was damaged; it was moved to .*progress\.corrupt-\d{4}-\d{2}-\d{2}T.*\.json/,
    );
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    const backups = readdirSync(home).filter((f) => f.startsWith('progress.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(home, backups[0]!), 'utf8')).toBe('{"version": 1, "guides": {"oops": ');
    expect(result.stdout).toContain('No guide started yet');
    const again = await tramit(['check', 'imss_enrollment', 's2'], { home });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
  });
});

describe('status and reset', () => {
  it('lists started guides with bars and last change', async () => {
    const home = tempHome();
    await tramit(['check', 'nie', 's1', 'd1'], { home, env: { TRAMIT_NOW: '2026-11-20T09:30:00Z' } });
    const out = (await tramit(['status'], { home })).stdout;
    expect(out).toMatch(/steps\s+\[###-+\] 1\/6/);
    expect(out).toContain('spain/nie · last change 2026-11-20 09:30 UTC');
  });

  it('needs --yes without a terminal, then forgets', async () => {
    const home = tempHome();
    await tramit(['check', 'nie', 's1'], { home });
    const refused = await tramit(['reset', 'nie'], { home });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes to confirm');
    expect((await tramit(['reset', 'nie', '--yes'], { home })).stdout).toContain('Forgot your progress on');
    expect((await tramit(['status', '--json'], { home })).stdout.trim()).toBe('[]');
    await tramit(['check', 'nie', 's1'], { home });
    await tramit(['check', 'curp_registration', 's1'], { home });
    expect((await tramit(['reset', '--all', '--yes'], { home })).stdout).toContain(
      'Forgot all saved progress.',
    );
    expect((await tramit(['reset'], { home })).code).toBe(2);
  });
});

describe('export', async () => {
  const home = tempHome();
  await tramit(['check', 'imss_enrollment', 's1', 's2', 'd1'], { home });
  await tramit(['check', 'imss_enrollment', 's3', '--skip', '--note', 'done at the office instead'], {
    home,
  });
  const env = { TRAMIT_NOW: '2026-11-25T12:00:00Z' };

  it('prints a printable text checklist within 80 columns', async () => {
    const out = (await tramit(['export', 'imss_enrollment'], { home, env })).stdout;
    expect(out.split('\n').every((line) => [...line].length <= 80)).toBe(true);
    expect(out).toContain('Exported:   2026-11-25');
    expect(out).toContain('Guide date: 2026-11-30');
    expect(out).toMatch(/\[x\] 1\. +Estimate the cost\./);
    expect(out).toMatch(/\[-\] 3\. +Start the online application\./);
    expect(out).toContain('Note: done at the office instead');
    expect(out).toMatch(/\[x\] CURP - print it free/);
    expect(out).toMatch(
      /What is left\n {2}Steps: 4, 5, 6, 7, 8\n {2}Documents:\n {4}- Social Security Number \(NSS\)/,
    );
  });

  it('writes markdown that renders as checkboxes', async () => {
    const md = (await tramit(['export', 'imss_enrollment', '--format', 'markdown'], { home, env })).stdout;
    const html = new Marked({ gfm: true }).parse(md, { async: false });
    expect(html.match(/<input checked="" disabled="" type="checkbox">/g)).toHaveLength(3);
    expect(html.match(/<input disabled="" type="checkbox">/g)!.length).toBe(8 - 2 + 6 - 1);
    expect(md).toContain('- [ ] ~~3. **Start the online application.**');
  });

  it('exports JSON with states and what is left', async () => {
    const data = json<{
      steps: Array<{ state: string }>;
      left: { steps: number[]; documents: number[] };
      exportedAt: string;
    }>((await tramit(['export', 'imss_enrollment', '-f', 'json'], { home, env })).stdout);
    expect(data.steps.map((s) => s.state).slice(0, 4)).toEqual(['done', 'done', 'skipped', 'todo']);
    expect(data.left).toEqual({ steps: [4, 5, 6, 7, 8], documents: [2, 3, 4, 5, 6] });
    expect(data.exportedAt).toBe('2026-11-25');
  });

  it('writes a file, never overwrites it without --force, and refuses folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-export-'));
    const file = join(dir, 'imss.md');
    const first = await tramit(['export', 'imss_enrollment', '-f', 'markdown', '-o', file], { home, env });
    expect(first.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Register with IMSS/);
    writeFileSync(file, 'keep me');
    const again = await tramit(['export', 'imss_enrollment', '-o', file], { home, env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect((await tramit(['export', 'imss_enrollment', '-o', file, '--force'], { home, env })).code).toBe(0);
    // No --format: the .md name says markdown.
    expect(readFileSync(file, 'utf8')).toMatch(/^# Register with IMSS/);
    const folder = await tramit(['export', 'imss_enrollment', '-o', dir], { home, env });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a folder');
  });

  it('reports an unwritable folder clearly and leaves no partial file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-ro-'));
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o500);
    const result = await tramit(['export', 'imss_enrollment', '-o', join(dir, 'ro', 'x.txt')], { home, env });
    // Root ignores folder permissions; the check only means something for other users.
    if (process.getuid?.() !== 0) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('permission denied; nothing was written');
      expect(readdirSync(join(dir, 'ro'))).toEqual([]);
    }
    const missing = await tramit(['export', 'imss_enrollment', '-o', join(dir, 'nope', 'x.txt')], {
      home,
      env,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the folder does not exist; nothing was written');
  });

  it('refuses an unknown format', async () => {
    const result = await tramit(['export', 'imss_enrollment', '-f', 'pdf'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use one of: text, markdown, json');
  });
});
