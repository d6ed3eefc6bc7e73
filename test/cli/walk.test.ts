import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';

describe('tramit walk without a terminal', () => {
  it('exits 2 and points to checklist and check, saving nothing', async () => {
    const home = tempHome();
    const result = await tramit(['walk', 'imss_enrollment'], { home });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('tramit: `walk` needs an interactive terminal');
    expect(result.stderr).toContain('`tramit checklist mexico/imss_enrollment`');
    expect(result.stderr).toContain('`tramit check mexico/imss_enrollment s1 d1`');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(home, 'progress.json'))).toBe(false);
  });

  it('answers to the alias start, and --restart changes nothing without a terminal', async () => {
    const result = await tramit(['start', 'imss_enrollment', '--restart']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`walk` needs an interactive terminal');
  });

  it('names the guide problem first when the guide does not exist', async () => {
    const result = await tramit(['walk', 'no_such_procedure_anywhere']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no guide matches "no_such_procedure_anywhere"');
    expect(result.stderr).not.toContain('interactive terminal');
  });

  it('documents itself in --help', async () => {
    const result = await tramit(['walk', '--help']);
    expect(result.code).toBe(0);
    // The guide is optional (`walk --plan NAME` opens the plan's next guide) and may be several words.
    expect(result.stdout).toMatch(/Usage: tramit walk\|start \[options\] \[guide\.\.\.\]/);
    expect(result.stdout).toContain('--plan <name>');
    expect(result.stdout).toContain('--restart');
    expect(result.stdout).toContain('$ tramit walk imss_enrollment --restart');
  });
});
