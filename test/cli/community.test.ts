import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tramit } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';

/** Issue 16 through the built binary, over a small library in the community layout. */
const ROOT = resolve(FIXTURES, 'community');
const run = async (args: string[]) => await tramit(['--no-bundled', '--guides-dir', ROOT, ...args]);
const json = <T>(text: string) => JSON.parse(text) as T;

describe('translations whose keys differ only by separators', () => {
  it('list --lang cs shows the Czech translation, not the English file beside it', async () => {
    const result = await run(['--lang', 'cs', 'list', 'czech-republic']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('czech-republic/platba_dani');
    expect(result.stdout).not.toContain('czech-republic/tax_payment');
  });

  it('--lang en show of the Czech id opens the English translation', async () => {
    const result = await run(['--lang', 'en', 'show', 'czech-republic/platba_dani', '--json']);
    expect(result.code).toBe(0);
    const guide = json<{ id: string; lang: string; languages: string[] }>(result.stdout);
    expect([guide.id, guide.lang, guide.languages]).toEqual([
      'czech-republic/tax_payment',
      'en',
      ['cs', 'en'],
    ]);
    expect(result.stderr).toBe('');
  });
});

describe('an exact id wins', () => {
  it.each([
    ['czech-republic/tax_payment', 'czech-republic/tax_payment'],
    ['czech-republic/car_registration', 'czech-republic/car_registration'],
    ['czech-republic/vehicle_registration', 'czech-republic/vehicle_registration'],
    ['czech-republic-vehicle_registration', 'czech-republic/car_registration'],
    ['slovakia/car_registration', 'slovakia/car_registration'],
  ])('show %s opens %s', async (reference, id) => {
    const result = await run(['--lang', 'en', 'show', reference, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(json<{ id: string }>(result.stdout).id).toBe(id);
  });

  it('a slug two countries share is still ambiguous (exit 2, both listed)', async () => {
    const result = await run(['show', 'car_registration']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('czech-republic/car_registration');
    expect(result.stderr).toContain('slovakia/car_registration');
  });
});

describe('prose of "Additional details"', () => {
  it('is in show --json as sections.details', async () => {
    const result = await run(['show', 'spain/details_prose', '--json']);
    const guide = json<{ sections: Record<string, string>; details: string[] }>(result.stdout);
    expect(guide.details).toEqual([]);
    expect(guide.sections.details).toBe(
      'The office closes in August, so plan the visit for another month.\n\nAppointments booked online are kept for fifteen minutes only.',
    );
  });

  it.each(['text', 'markdown'])('is in the %s export', async (format) => {
    const result = await run(['export', 'spain/details_prose', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The office closes in August');
    expect(result.stdout).toContain('fifteen minutes only');
  });
});

describe('validate', () => {
  it('says how a guide without a translationKey is linked', async () => {
    const result = await run(['validate', resolve(ROOT, 'en/spain/no_translation_key.md')]);
    expect(result.stdout).toContain(
      'warning: no translationKey; translations are linked by the key spain-no_translation_key, made from the country and the file name',
    );
    expect(result.stdout).not.toContain('cannot be linked');
  });
});
