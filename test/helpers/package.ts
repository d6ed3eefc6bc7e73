import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './paths.js';

/**
 * Packs the checkout into `dest` as npm would publish it. `npm test` built dist/ already, and
 * --ignore-scripts keeps pack from rebuilding it under other running tests.
 */
export function packTramit(dest: string): { tarball: string; files: string[] } {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], {
      cwd: REPO,
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  return { tarball: join(dest, pack!.filename), files: pack!.files.map((f) => f.path) };
}

/** Installs a packed tramit globally into `prefix`; returns the path of its launcher. */
export function installPacked(tarball: string, prefix: string): string {
  execFileSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const { bin } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    bin: { tramit: string };
  };
  return join(prefix, 'lib', 'node_modules', 'tramit', bin.tramit);
}
