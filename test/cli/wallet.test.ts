import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with the benchmark
import { generateLibrary, VALIDITY_NOTES } from '../../bench/generate-library.mjs';
import { Library } from '../../src/library/library.js';
import { parseValidity } from '../../src/wallet/validity.js';
import { tempHome, tramit } from '../helpers/cli.js';

const json = <T>(text: string) => JSON.parse(text) as T;
const TODAY = '2026-11-25';
const env = { TRAMIT_NOW: `${TODAY}T12:00:00Z` };
const daysAgo = (days: number) =>
  new Date(Date.parse(`${TODAY}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

interface WalletRow {
  id: string;
  label: string;
  obtained: string | null;
  validUntil: string | null;
  guides: Array<{ id: string; status: string | null; acceptedUntil: string | null }>;
}
interface ChecklistDoc {
  name: string;
  state: string;
  ready: boolean;
  held: { obtained: string | null } | null;
  warning: string | null;
}

describe('the document wallet', () => {
  it('a proof of address ticked in the IMSS guide is held, and too old, in the RFC guide', async () => {
    const home = tempHome();
    // SAT accepts a proof of address up to four months old (the RFC guide's note); 130 days is past that.
    const obtained = daysAgo(130);
    expect((await tramit(['check', 'imss_enrollment', 'd5', '--date', obtained], { home, env })).code).toBe(
      0,
    );
    await tramit(['check', 'rfc_registration', 's1'], { home, env });

    const rfc = json<{ documents: ChecklistDoc[] }>(
      (await tramit(['checklist', 'rfc_registration', '--json'], { home, env })).stdout,
    );
    const proof = rfc.documents.find((d) => d.name === 'Proof of address')!;
    expect(proof).toMatchObject({ state: 'todo', ready: true, held: { obtained } });
    expect(proof.warning).toBe(
      `proof of address: obtained ${obtained}, older than the 4 months this guide accepts since 2026-11-18`,
    );

    const text = await tramit(['checklist', 'rfc_registration'], { home, env });
    expect(text.stdout).toMatch(/\[x\] d4 +Proof of address/);
    expect(text.stdout).toContain(`held: in your wallet, obtained ${obtained}`);
    expect(text.stderr).toContain('older than the 4 months this guide accepts');

    const wallet = json<WalletRow[]>((await tramit(['wallet', '--json'], { home, env })).stdout);
    expect(wallet).toHaveLength(1);
    expect(wallet[0]).toMatchObject({ id: 'proof_of_address', label: 'Proof of address', obtained });
    expect(wallet[0]!.guides.map((g) => [g.id, g.status]).sort()).toEqual([
      ['mexico/imss_enrollment', null],
      ['mexico/rfc_registration', 'expired'],
    ]);
    expect(wallet[0]!.validUntil).toBe('2026-11-18');
  });

  it('100 days is too old where a guide accepts three months, and the Spanish guide says so too', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 'd5', '--date', daysAgo(100)], { home, env });
    const pension = json<{ documents: ChecklistDoc[] }>(
      (await tramit(['--lang', 'es', 'checklist', 'pension_request', '--json'], { home, env })).stdout,
    );
    const proof = pension.documents.find((d) => d.held)!;
    expect(proof.warning).toMatch(/older than the 3 months this guide accepts since 2026-11-1\d/);
  });

  it('warns 14 days ahead, and status counts held documents and shows the warning', async () => {
    const home = tempHome();
    // Four months after this date is ten days from "today".
    await tramit(['check', 'imss_enrollment', 'd5', '--date', '2026-08-05'], { home, env });
    await tramit(['check', 'rfc_registration', 's1'], { home, env });
    const status = (await tramit(['status'], { home, env })).stdout;
    expect(status).toContain('will be older than the 4 months this guide accepts on 2026-12-05 (in 10 days)');
    const rows = json<Array<{ key: string; documents: { done: number } }>>(
      (await tramit(['status', '--json'], { home, env })).stdout,
    );
    expect(rows.find((r) => r.key === 'mexico-rfc_registration')!.documents.done).toBe(1);
  });

  it('shows held documents in show and export', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 'd1'], { home, env });
    const show = (await tramit(['show', 'rfc_registration'], { home, env })).stdout;
    expect(show).toMatch(/- \[x\] CURP/);
    expect(show).toContain('In your wallet');
    const exported = (await tramit(['export', 'rfc_registration'], { home, env })).stdout;
    expect(exported).toMatch(/\[x\] CURP/);
    expect(exported).toContain('In your wallet');
  });

  it('adds and removes documents by kind or name, with dates checked', async () => {
    const home = tempHome();
    expect((await tramit(['wallet'], { home, env })).stdout).toContain('Your wallet is empty');
    expect(
      (await tramit(['wallet', 'add', 'passport', '--date', '2024-03-15'], { home, env })).stdout,
    ).toContain('Added Passport (obtained 2024-03-15)');
    expect((await tramit(['wallet', 'add', 'comprobante de domicilio'], { home, env })).stdout).toContain(
      'Added Proof of address',
    );
    expect((await tramit(['wallet', 'add', 'Library card'], { home, env })).stdout).toContain(
      'as a document of your own',
    );
    const rows = json<WalletRow[]>((await tramit(['wallet', '--json'], { home, env })).stdout);
    expect(rows.map((r) => r.id).sort()).toEqual([
      'custom:wallet:library_card',
      'passport',
      'proof_of_address',
    ]);
    for (const bad of ['2026-02-30', 'yesterday', '2030-01-01']) {
      const result = await tramit(['wallet', 'add', 'passport', '--date', bad], { home, env });
      expect(result.code, bad).toBe(2);
    }
    expect((await tramit(['wallet', 'remove', 'Passport'], { home, env })).stdout).toContain(
      'Removed Passport',
    );
    const missing = await tramit(['wallet', 'remove', 'visa'], { home, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('it holds: ');
  });

  it('unticking a document removes what ticking it added, but not what the user added', async () => {
    const home = tempHome();
    await tramit(['check', 'imss_enrollment', 'd1'], { home, env });
    await tramit(['uncheck', 'imss_enrollment', 'd1'], { home, env });
    expect(json<unknown[]>((await tramit(['wallet', '--json'], { home, env })).stdout)).toEqual([]);
    await tramit(['wallet', 'add', 'curp'], { home, env });
    await tramit(['check', 'imss_enrollment', 'd1'], { home, env });
    await tramit(['uncheck', 'imss_enrollment', 'd1'], { home, env });
    expect(
      json<WalletRow[]>((await tramit(['wallet', '--json'], { home, env })).stdout).map((r) => r.id),
    ).toEqual(['curp']);
  });

  it('refuses --date on steps only', async () => {
    const result = await tramit(['check', 'imss_enrollment', 's1', '--date', '2026-01-01']);
    expect(result.code).toBe(2);
  });
});

describe('validity rules over a generated multi-language library', () => {
  it('every document whose note states a validity gets a duration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-validity-'));
    generateLibrary(dir, 900, 11);
    const library = await Library.load([{ dir, origin: 'option' }]);
    const phrases = Object.values(VALIDITY_NOTES) as string[];
    let stated = 0;
    for (const summary of library.guides) {
      const guide = await library.full(summary);
      for (const doc of guide.documents) {
        if (!phrases.some((p) => doc.note.includes(p))) continue;
        stated++;
        expect(parseValidity(doc.note), `${guide.lang}: ${doc.note}`).toMatchObject({
          amount: 3,
          unit: 'months',
          kind: 'max_age',
        });
      }
    }
    expect(stated).toBeGreaterThan(200);
  });
});
