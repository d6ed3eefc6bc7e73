/* eslint-disable no-control-regex -- these tests are about control characters */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { binForUser, DROP, isRoot } from '../helpers/as-user.js';
import { BIN } from '../helpers/paths.js';
// @ts-expect-error -- plain JS module shared with the benchmark
import { writeHostileLibrary } from '../../bench/hostile-library.mjs';

const ESC = '\u001b';
/** A folder of hostile files next to good guides (bench/hostile-library.mjs; no binaries committed). */
function hostileLibrary() {
  const root = mkdtempSync(join(tmpdir(), 'tramit-hostile-'));
  const bad: Record<string, string> = writeHostileLibrary(root);
  // Let an unprivileged user in (the test runs tramit as `nobody` when it runs as root).
  for (const d of [root, join(root, 'en'), join(root, 'en', 'peru')]) chmodSync(d, 0o755);
  return { root, bad };
}

/** Long enough for a loaded machine; only a run that hangs takes longer. Speed is bench/run.mjs's. */
const HANG_MS = 30_000;

/** Runs tramit as an unprivileged user when the tests run as root, so file permissions mean something. */
function asUser(args: string[], env: Record<string, string>) {
  const home = mkdtempSync(join(tmpdir(), 'tramit-user-home-'));
  chmodSync(home, 0o777);
  const bin = binForUser();
  const command = isRoot ? [...DROP, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  const result = spawnSync(command[0]!, command.slice(1), {
    // The user's own folder: the checkout may be out of its reach.
    cwd: home,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TRAMIT_HOME: home, TRAMIT_CACHE_DIR: join(home, 'cache'), ...env },
    timeout: HANG_MS,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hostile guide files', () => {
  it('lists the good guides and warns once per bad file, without hanging', () => {
    const { root, bad } = hostileLibrary();
    const result = asUser(['--no-bundled', '--guides-dir', root, 'list', 'peru', '--json'], {});
    // A run still going after HANG_MS (an alias bomb expanded, a huge file parsed) is killed: no code.
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as Array<{ id: string }>).map((g) => g.id).sort()).toEqual([
      'peru/good_one',
      'peru/good_two',
    ]);
    const lines = result.stderr.trim().split('\n');
    for (const [name, path] of Object.entries(bad)) {
      expect(
        lines.filter((l) => l.includes(path)),
        name,
      ).toHaveLength(1);
    }
    expect(lines).toHaveLength(Object.keys(bad).length);
    expect(result.stderr).toMatch(/huge\.md: larger than 1 MB/);
    expect(result.stderr).toMatch(/binary\.md: binary file/);
    expect(result.stderr).toMatch(/latin1\.md: not UTF-8 text/);
    expect(result.stderr).toMatch(/alias_bomb\.md: front matter could not be read/);
    expect(result.stderr).toMatch(/deep_yaml\.md: front matter/);
    expect(result.stderr).toMatch(/outside\.md: link points outside the guide folder/);
    expect(result.stderr).toMatch(/locked\.md: cannot be read \(permission denied\)/);
  });
});

const NASTY = [
  '\u001b]0;owned\u0007', // OSC: retitle the window
  '\u001b[2J\u001b[H', // CSI: clear the screen
  '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', // OSC 8: a hidden link
  '\u009b31m', // C1 CSI
  '\u202egnp.exe', // bidi override
  '\u0007\u0008',
].join(' ');

function escapeGuide() {
  const root = mkdtempSync(join(tmpdir(), 'tramit-escapes-'));
  mkdirSync(join(root, 'en', 'peru'), { recursive: true });
  writeFileSync(
    join(root, 'en', 'peru', 'escapes.md'),
    `---\ntitle: "Escapes ${NASTY.replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(
        /[\u0000-\u001f\u007f-\u009f]/g,
        (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
      )}"\ndescription: d\ndate: 2025-01-01\ncategories: [Peru]\ntranslationKey: peru-escapes\n---\n## Description\n### What is it?\nText ${NASTY}\n## Procedure\n1. Step ${NASTY}\n2. [link ${NASTY}](https://example.org)\n## Required documents\n- Passport ${NASTY} - note ${NASTY}\n## Related Posts\n- [x](https://tramitit.com/guides/peru/escapes/)\n`,
  );
  return root;
}

describe('terminal safety', () => {
  const root = escapeGuide();
  const home = tempHome();
  const run = async (args: string[]) =>
    await tramit(['--no-bundled', '--guides-dir', root, ...args], { home });

  it.each([
    ['show', ['show', 'escapes']],
    ['show --json', ['show', 'escapes', '--json']],
    ['list', ['list', 'peru']],
    ['search', ['search', 'escapes']],
    ['checklist', ['checklist', 'escapes']],
    ['export text', ['export', 'escapes']],
    ['export markdown', ['export', 'escapes', '-f', 'markdown']],
    ['export json', ['export', 'escapes', '-f', 'json']],
    ['validate', ['validate', root]],
  ])('%s prints no escape, C1 or bidi control from the guide', async (_name, args) => {
    await run(['check', 'escapes', 's1', 'd1']);
    const result = await run(args);
    expect(result.code === 0 || args[0] === 'validate').toBe(true);
    for (const text of [result.stdout, result.stderr]) {
      expect(text).not.toContain(ESC);
      expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u0007\u0008]/);
    }
  });

  it('shows them as visible symbols instead', async () => {
    const out = (await run(['show', 'escapes'])).stdout;
    expect(out).toContain('␛]0;owned␇');
  });

  it('adds only its own colour codes in a terminal', () => {
    const command = [
      process.execPath,
      BIN,
      '--no-bundled',
      '--guides-dir',
      root,
      'show',
      'escapes',
      '--no-pager',
    ]
      .map((a) => `'${a}'`)
      .join(' ');
    const out = execFileSync('script', ['-qec', `stty cols 80 rows 200; ${command}`, '/dev/null'], {
      env: { PATH: process.env.PATH, TRAMIT_HOME: home, TERM: 'xterm-256color' },
      encoding: 'utf8',
    });
    expect(out).toContain(`${ESC}[`);
    // Colours (SGR) are ours, and so is the erase-line of the indexing line on a slow machine
    // (output.ts); nothing else may remain: no OSC, no screen clearing, no hyperlinks.
    expect(out.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\u001b\[K/g, '')).not.toContain(ESC);
  });

  it('a file name with an escape sequence is shown harmlessly in warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-name-'));
    writeFileSync(join(dir, 'bad\u001b]0;x\u0007name.md'), 'no front matter');
    const result = await tramit(['--no-bundled', '--guides-dir', dir, 'list']);
    expect(result.stderr).toContain('bad␛]0;x␇name.md');
    expect(result.stderr).not.toContain(ESC);
  });
});

describe('hostile arguments', () => {
  it.each([['../../etc/passwd'], ['/etc/passwd'], ['..'], ['guides/en/mexico/imss_enrollment.md']])(
    'guide %s is a name, never a path',
    async (ref) => {
      const result = await tramit(['show', ref]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('no guide matches');
    },
  );

  it.each([['../../etc'], ['/'], ['.']])('country %s is a name, never a path', async (country) => {
    const result = await tramit(['list', country]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no guides for country');
  });

  it('export -o refuses devices and folders, and writes nothing else', async () => {
    const device = await tramit(['export', 'imss_enrollment', '-o', '/dev/null', '--force']);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('/dev/null is not a regular file; nothing was written');
    const dir = mkdtempSync(join(tmpdir(), 'tramit-out-'));
    expect((await tramit(['export', 'imss_enrollment', '-o', dir])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect((await tramit(['export', 'imss_enrollment', '-o', join(dir, 'x.txt')])).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });

  it('export -o into a folder the user may not write: permission denied, no partial file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-ro-'));
    chmodSync(dir, 0o755);
    const result = asUser(['export', 'imss_enrollment', '-o', join(dir, 'x.txt')], {});
    if (!isRoot) chmodSync(dir, 0o555);
    const again = isRoot ? result : asUser(['export', 'imss_enrollment', '-o', join(dir, 'x.txt')], {});
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('permission denied; nothing was written');
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  const canMount =
    isRoot &&
    spawnSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=12k tmpfs "$d" && umount "$d"'])
      .status === 0;
  it.skipIf(!canMount)('export -o onto a full disk: a clear message, no partial file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12k', 'tmpfs', dir]);
    try {
      // Fill the disk to the last block.
      try {
        for (let i = 0; ; i++)
          writeFileSync(join(dir, i === 0 ? 'filler' : `filler${i}`), Buffer.alloc(1024));
      } catch {
        // ENOSPC: full.
      }
      const fillers = readdirSync(dir).sort();
      const result = await tramit(['export', 'imss_enrollment', '-f', 'json', '-o', join(dir, 'out.json')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('the disk is full; nothing was written');
      expect(readdirSync(dir).sort()).toEqual(fillers);
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});

describe('interrupted and piped runs', () => {
  function startAndSignal(signal: NodeJS.Signals, home: string, args: string[], afterMs: number) {
    return new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { PATH: process.env.PATH, TRAMIT_HOME: home, TRAMIT_CACHE_DIR: join(home, 'cache') },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      setTimeout(() => child.kill(signal), afterMs);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s while waiting to save exits %i quietly and leaves the saved progress intact',
    async (signal, code) => {
      const home = tempHome();
      await tramit(['check', 'imss_enrollment', 's1'], { home });
      const before = readFileSync(join(home, 'progress.json'), 'utf8');
      // Another tramit holds the lock: this one waits (for seconds), and is interrupted while it waits,
      // late enough that even a slow start has installed its signal handlers.
      mkdirSync(join(home, 'progress.json.lock'));
      const result = await startAndSignal(signal, home, ['check', 'imss_enrollment', 's2'], 1500);
      expect(result.code, result.stderr).toBe(code);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(home, 'progress.json'), 'utf8')).toBe(before);
    },
  );

  it('killing saving processes at any moment never damages the progress file', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 's1'], { home });
    const runs = Array.from({ length: 12 }, (_, i) =>
      startAndSignal(
        i % 2 ? 'SIGTERM' : 'SIGKILL',
        home,
        ['check', 'imss_enrollment', `s${(i % 8) + 1}`, `d${(i % 6) + 1}`],
        80 + i * 25,
      ),
    );
    await Promise.all(runs);
    const data = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { version: number };
    expect(data.version).toBe(1);
    const status = await tramit(['status'], { home });
    expect(status.code).toBe(0);
    expect(status.stderr).toBe('');
  });

  it('a closed pipe ends quietly', () => {
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" show imss_enrollment | head -c 10 >/dev/null`],
      { encoding: 'utf8', env: { PATH: process.env.PATH, TRAMIT_HOME: tempHome() } },
    );
    expect(result.stderr).toBe('');
    const list = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" list | head -1`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TRAMIT_HOME: tempHome() },
    });
    expect(list.stdout.split('\n')).toHaveLength(2);
    expect(list.stderr).toBe('');
  });

  it.each([
    ['a 20-column terminal', 'stty cols 20 rows 50', { TERM: 'xterm' }],
    ['no TERM at all', 'stty cols 80 rows 50', {}],
  ])('renders in %s', (_name, stty, extra) => {
    const out = execFileSync(
      'script',
      [
        '-qec',
        `${stty}; "${process.execPath}" "${BIN}" show curp_registration --no-pager; echo EXIT=$?`,
        '/dev/null',
      ],
      {
        env: { PATH: process.env.PATH, TRAMIT_HOME: tempHome(), ...extra },
        encoding: 'utf8',
      },
    );
    expect(out).toContain('EXIT=0');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ')).toContain('CURP');
  });
});
