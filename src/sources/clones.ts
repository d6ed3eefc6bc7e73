import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type Lockfile from 'proper-lockfile';
import { homeDir } from '../context.js';
import { asFileProblem } from '../storage/problems.js';
import { GitError, runGit, untilDone } from './git.js';
import { readSourceArg } from './location.js';

/** Where tramit keeps the repositories it clones: beside the settings. */
export function sourcesDir(env: NodeJS.ProcessEnv): string {
  return join(homeDir(env), 'sources');
}

/** A folder git made: a working copy (with `.git`) or a bare repository. */
export function isRepository(dir: string): boolean {
  if (existsSync(join(dir, '.git'))) return true;
  try {
    return (
      statSync(join(dir, 'HEAD')).isFile() &&
      statSync(join(dir, 'objects')).isDirectory() &&
      statSync(join(dir, 'refs')).isDirectory()
    );
  } catch {
    return false;
  }
}

/**
 * A folder that is one of tramit's clones: right inside its sources folder, itself (not a link to
 * elsewhere). Only such a folder is ever deleted, whatever the settings file says.
 */
export function isOwnClone(dir: string, env: NodeJS.ProcessEnv): boolean {
  try {
    const root = realpathSync(sourcesDir(env));
    return lstatSync(dir).isDirectory() && dirname(realpathSync(dir)) === root && basename(dir) !== '';
  } catch {
    return false;
  }
}

/** Folders in the making (`.tmp-`) and on their way out (`.old-`), named after the tramit making them. */
function scratchName(kind: 'tmp' | 'old'): string {
  return `.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Makes tramit's sources folder (private, like the rest of its data). */
export function makeSourcesDir(env: NodeJS.ProcessEnv): string {
  const dir = sourcesDir(env);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw asFileProblem(error, dir, true);
  }
  removeAbandoned(dir);
  return dir;
}

/** Scratch folders of tramits that died before removing them (killed, or the machine stopped). */
function removeAbandoned(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = /^\.(?:tmp|old)-(\d+)-[0-9a-f]+$/.exec(name)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A scratch folder's path, removed again if tramit stops before `done` is called. */
export function scratch(
  dir: string,
  kind: 'tmp' | 'old' = 'tmp',
): { path: string; done: () => void; discard: () => void } {
  const path = join(dir, scratchName(kind));
  const remove = () => rmSync(path, { recursive: true, force: true });
  const forget = untilDone(remove);
  return {
    path,
    done: forget,
    discard: () => {
      forget();
      remove();
    },
  };
}

/** git's transports are for addresses; a repository on this machine is cloned through one too. */
function transportArgs(url: string): string[] {
  // Without it git copies a local repository's files, and ignores --depth.
  return readSourceArg(url).kind === 'path' ? ['--no-local'] : [];
}

/**
 * Clones `url` into `target` (which must not exist): one commit deep, without submodules. On
 * failure nothing is left of `target`.
 */
export async function cloneInto(
  url: string,
  target: string,
  options: { progress: boolean; doing: string },
): Promise<void> {
  try {
    await runGit(
      [
        'clone',
        '--depth',
        '1',
        '--no-recurse-submodules',
        options.progress ? '--progress' : '--quiet',
        ...transportArgs(url),
        '--',
        url,
        target,
      ],
      { progress: options.progress, doing: options.doing },
    );
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
}

export async function revision(dir: string, ref: string, doing: string): Promise<string> {
  return (await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: dir, doing })).trim();
}

/** Fetches the remote's current head (one commit deep) into `dir`; returns its commit. */
export async function fetchHead(dir: string, options: { progress: boolean; doing: string }): Promise<string> {
  // Only objects and FETCH_HEAD change here: the files in use stay as they are.
  await runGit(
    [
      'fetch',
      '--depth',
      '1',
      '--no-tags',
      '--no-recurse-submodules',
      options.progress ? '--progress' : '--quiet',
      '--',
      'origin',
      'HEAD',
    ],
    { cwd: dir, ...options },
  );
  return revision(dir, 'FETCH_HEAD', options.doing);
}

/**
 * Replaces the clone in `dir` by a copy of it checked out at `commit`: the copy is made and checked
 * out beside it, then swapped in with two renames. Until the swap the clone in use is untouched, and
 * when anything fails before it, the copy is removed and the clone stays as it was.
 */
export async function checkoutSwapped(dir: string, commit: string, doing: string): Promise<void> {
  const parent = dirname(dir);
  const next = scratch(parent);
  try {
    cpSync(dir, next.path, { recursive: true, verbatimSymlinks: true });
    await runGit(['reset', '--hard', '--quiet', commit], { cwd: next.path, doing });
    // Each update leaves the previous commit's objects behind: collect them now and then.
    await runGit(['-c', 'gc.auto=6700', '-c', 'gc.autoDetach=false', 'gc', '--auto', '--quiet'], {
      cwd: next.path,
      doing,
    });
  } catch (error) {
    next.discard();
    throw error;
  }
  const old = scratch(parent, 'old');
  try {
    renameSync(dir, old.path);
  } catch (error) {
    next.discard();
    old.done();
    throw asFileProblem(error, dir, true);
  }
  try {
    renameSync(next.path, dir);
  } catch (error) {
    renameSync(old.path, dir);
    next.discard();
    old.done();
    throw asFileProblem(error, dir, true);
  }
  next.done();
  old.discard();
}

/** Deletes one of tramit's clones: moved aside first, so no half-deleted clone keeps its name. */
export function deleteClone(dir: string): void {
  const old = scratch(dirname(dir), 'old');
  renameSync(dir, old.path);
  old.discard();
}

const load = createRequire(import.meta.url);

/**
 * Holds a source for one update, against another tramit updating it at the same time: waits for
 * it (a clone of a large library takes a while), up to about two minutes.
 */
export async function lockSource(dir: string, doing: string): Promise<() => Promise<void>> {
  const lockfile = load('proper-lockfile') as typeof Lockfile;
  const lockfilePath = join(dirname(dir), `.lock-${basename(dir)}`);
  try {
    const release = await lockfile.lock(dir, {
      realpath: false,
      lockfilePath,
      stale: 10_000,
      retries: { retries: 1200, factor: 1, minTimeout: 100, maxTimeout: 100 },
      // The lock is only against a second update: losing it to a takeover harms nothing.
      onCompromised: () => undefined,
    });
    return async () => {
      try {
        await release();
      } catch {
        // Taken over: the lock is another tramit's now.
      }
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new GitError('busy', doing, '');
    throw asFileProblem(error, lockfilePath, true);
  }
}
