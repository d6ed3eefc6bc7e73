import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installPacked, packTramit } from '../helpers/package.js';
import { REPO } from '../helpers/paths.js';

describe('the npm package', () => {
  const { tarball, files } = packTramit(mkdtempSync(join(tmpdir(), 'tramit-pack-')));

  it('holds the program, the guides, README and LICENSE, and nothing else', () => {
    const unexpected = files.filter(
      (f) => !/^(dist|guides|bin)\//.test(f) && !['README.md', 'LICENSE', 'package.json'].includes(f),
    );
    expect(unexpected).toEqual([]);
    for (const needed of [
      'bin/tramit.cjs',
      'dist/main.js',
      'dist/bundled-index.json',
      'guides/en/mexico/imss_enrollment.md',
      'README.md',
      'LICENSE',
    ]) {
      expect(files).toContain(needed);
    }
    const onDisk = readdirSync(join(REPO, 'guides'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.md'),
    );
    expect(files.filter((f) => f.startsWith('guides/')).length).toBe(onDisk.length);
  });

  it('installs globally into an empty prefix and runs', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'tramit-prefix-'));
    installPacked(tarball, prefix);
    const env = {
      PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
      TRAMIT_HOME: mkdtempSync(join(tmpdir(), 'tramit-home-')),
      TRAMIT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'tramit-c-')),
    };
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync('tramit', ['--version'], { env, encoding: 'utf8' }).trim()).toBe(version);
    const list = execFileSync('tramit', ['list', 'mexico'], { env, encoding: 'utf8' });
    expect(list).toContain('mexico/imss_enrollment');
    expect(execFileSync('tramit', ['show', 'nie'], { env, encoding: 'utf8' })).toContain('NIE');
    expect(
      execFileSync('tramit', ['search', 'empadronamiento', '--json'], { env, encoding: 'utf8' }),
    ).toContain('spain/');
  }, 240_000);
});
