import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/main.js';
import type { Runtime } from '../../src/runtime.js';
import { tellOnFailure } from './failures.js';
import { BIN, REPO } from './paths.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  home?: string;
  /** The clock of the run, `FIXED_NOW` unless given (`TRAMIT_NOW` in `env` still wins, as for the binary). */
  now?: Date;
}

/** Runs in-process see this time: the same output on any day. */
export const FIXED_NOW = new Date('2026-11-25T12:00:00Z');

/** One cache folder per test file: tests never touch the user's real cache. */
export const CACHE = mkdtempSync(join(tmpdir(), 'tramit-cache-'));

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'tramit-home-'));
}

/** The environment of a run, as a user's clean shell would give it: no locale, no colour forcing. */
export function runEnv(options: Pick<RunOptions, 'env' | 'home'>): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    TRAMIT_HOME: options.home ?? tempHome(),
    TRAMIT_CACHE_DIR: CACHE,
  };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/**
 * Runs a tramit command in this process, as the binary would run it in its own: the same argv, a
 * clean environment with its own TRAMIT_HOME, stdout and stderr pipes (captured here), no terminal.
 * Runs in one test file are sequential (a second run while one is going throws).
 */
export async function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const runtime: Runtime = {
    env: runEnv(options),
    write: (fd, text) => (fd === 1 ? (stdout += text) : (stderr += text)),
    terminals: { stdin: false, stdout: false, stderr: false },
    size: { columns: 80, rows: 24 },
    now: () => new Date(options.now ?? FIXED_NOW),
  };
  // Relative paths in arguments are the user's working folder's, as for the binary.
  const cwd = options.cwd ?? REPO;
  const before = process.cwd();
  if (cwd !== before) process.chdir(cwd);
  try {
    const code = await main([process.execPath, BIN, ...args], runtime);
    tellOnFailure(`tramit ${args.join(' ')} (in-process, exit ${code})`, () => stderr);
    return { code, stdout, stderr };
  } finally {
    if (cwd !== before) process.chdir(before);
  }
}
