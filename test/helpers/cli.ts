import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, REPO } from './paths.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One cache folder per test process: tests never touch the user's real cache. */
const CACHE = mkdtempSync(join(tmpdir(), 'tramit-cache-'));

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'tramit-home-'));
}

/**
 * Runs the built binary as a user would: a clean environment (no locale, no colour forcing),
 * its own TRAMIT_HOME, stdin closed unless input is given.
 */
export function tramit(
  args: string[],
  options: {
    env?: Record<string, string | undefined>;
    input?: string;
    cwd?: string;
    home?: string;
    /** Another copy of the launcher (a test that damages its files). */
    bin?: string;
  } = {},
): RunResult {
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
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
