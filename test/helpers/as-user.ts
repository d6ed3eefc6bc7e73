import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installPacked, packTramit } from './package.js';
import { BIN } from './paths.js';

/** Root writes anywhere: tests about permissions run tramit as `nobody` when they run as root. */
export const isRoot = process.getuid?.() === 0;
export const NOBODY = { uid: 65534, gid: 65534 };
export const DROP = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

let installedBin: string | null = null;

/**
 * The tramit an unprivileged user can run. A checkout inside a private folder (mktemp's 0700) is
 * out of that user's reach, so the packed package is installed into a folder everyone can read.
 */
export function binForUser(): string {
  if (!isRoot || spawnSync(DROP[0]!, [...DROP.slice(1), 'test', '-r', BIN]).status === 0) return BIN;
  if (installedBin) return installedBin;
  const out = mkdtempSync(join(tmpdir(), 'tramit-user-pack-'));
  const prefix = mkdtempSync(join(tmpdir(), 'tramit-user-prefix-'));
  for (const d of [out, prefix]) chmodSync(d, 0o755);
  installedBin = installPacked(packTramit(out).tarball, prefix);
  return installedBin;
}
