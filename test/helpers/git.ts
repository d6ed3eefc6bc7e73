import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** git as the tests run it: no user or system configuration, a fixed author. */
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

export function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env: GIT_ENV, encoding: 'utf8' });
}

/** A guide in the community format, with the given steps and documents. */
export function guideText(options: {
  title: string;
  country: string;
  key: string;
  steps: string[];
  documents: string[];
}): string {
  return [
    '---',
    `title: ${options.title}`,
    `description: ${options.title}, a guide of a test repository.`,
    'date: 2025-05-01',
    'categories:',
    `- ${options.country}`,
    `translationKey: ${options.key}`,
    '---',
    '',
    '## Description',
    '### What is it?',
    `${options.title}.`,
    '',
    '### Who needs it?',
    'People who test tramit.',
    '',
    '## Procedure',
    ...options.steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    '## Required Documents',
    ...options.documents.map((d) => `- ${d}`),
    '',
    '## Additional details',
    '- A detail.',
    '',
  ].join('\n');
}

/** A repository of guides made in a temporary folder: `files` by path, committed. */
export class TestRepo {
  readonly dir: string;

  constructor(files: Record<string, string>, name = 'guides') {
    this.dir = join(mkdtempSync(join(tmpdir(), 'tramit-repo-')), name);
    mkdirSync(this.dir, { recursive: true });
    git(this.dir, ['init', '--quiet', '--initial-branch', 'main']);
    this.commit(files, 'first guides');
  }

  get url(): string {
    return pathToFileURL(this.dir).href;
  }

  /** Writes (or, with null, removes) files and commits them. */
  commit(files: Record<string, string | null>, message: string): void {
    for (const [path, text] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (text === null) rmSync(full);
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
    }
    git(this.dir, ['add', '--all']);
    git(this.dir, ['commit', '--quiet', '--message', message]);
  }

  head(): string {
    return git(this.dir, ['rev-parse', 'HEAD']).trim();
  }
}
