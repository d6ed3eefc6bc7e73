import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import type { Guide } from '../../src/guide/model.js';
import { KINDS } from '../../src/wallet/kinds.js';
import { tempHome, tramit } from '../helpers/cli.js';
import { GUIDES } from '../helpers/paths.js';

const json = <T>(text: string) => JSON.parse(text) as T;
const TODAY = '2026-11-25';
const env = { TRAMIT_NOW: `${TODAY}T12:00:00Z` };
const es = { ...env, LANG: 'es_MX.UTF-8' };

interface WalletRow {
  id: string;
  label: string;
  guides: Array<{ id: string }>;
}
interface ChecklistDoc {
  name: string;
  ready: boolean;
  held: { kind: string } | null;
}

const wallet = async (home: string) =>
  json<WalletRow[]>((await tramit(['wallet', '--json'], { home, env })).stdout);
const checklist = async (home: string, guide: string) =>
  json<{ documents: ChecklistDoc[] }>((await tramit(['checklist', guide, '--json'], { home, env })).stdout)
    .documents;
const doc = (docs: ChecklistDoc[], name: string) => docs.find((d) => d.name === name)!;

describe('a document that accepts any of several kinds', () => {
  it('records the one named with --kind, which then counts where it is accepted and nowhere narrower', async () => {
    const home = tempHome();
    const result = await tramit(['check', 'imss_enrollment', 'd4', '--kind', 'passport'], { home, env });
    expect(result.code).toBe(0);
    expect((await wallet(home)).map((r) => r.id)).toEqual(['passport']);
    const ine = await checklist(home, 'ine_voter_id');
    expect(doc(ine, 'Your previous voter card')).toMatchObject({ ready: false, held: null });
    // The INE guide takes a passport as its photo ID.
    expect(doc(ine, 'Photo ID')).toMatchObject({ ready: true, held: { kind: 'passport' } });
    expect(doc(await checklist(home, 'rfc_registration'), 'Valid official photo ID').ready).toBe(true);
  });

  it('takes a kind by its name too, and a voter card is the previous voter card', async () => {
    const home = tempHome();
    expect(
      (await tramit(['check', 'imss_enrollment', 'd4', '--kind', 'voter card'], { home, env })).code,
    ).toBe(0);
    expect((await wallet(home)).map((r) => r.id)).toEqual(['national_id']);
    expect(doc(await checklist(home, 'ine_voter_id'), 'Your previous voter card').ready).toBe(true);
  });

  it('refuses a kind the document does not accept, and saves nothing', async () => {
    const home = tempHome();
    const result = await tramit(['check', 'imss_enrollment', 'd4', '--kind', 'curp'], { home, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'd4 of mexico/imss_enrollment does not accept curp; it accepts national_id, passport, residence_card',
    );
    expect(await wallet(home)).toEqual([]);
    const onlyOne = await tramit(['check', 'imss_enrollment', 'd1', '--kind', 'passport'], { home, env });
    expect(onlyOne.code).toBe(2);
    expect(onlyOne.stderr).toContain('--kind says which document you hold');
  });

  it('without --kind, keeps "one of these" and says how to name it; never the narrower one', async () => {
    const home = tempHome();
    const result = await tramit(['check', 'imss_enrollment', 'd4'], { home, env });
    expect(result.stdout).toContain(
      'd4 accepts national_id, passport, residence_card: say which one you hold with `tramit check mexico/imss_enrollment d4 --kind national_id`',
    );
    const rows = await wallet(home);
    expect(rows).toMatchObject([
      {
        id: 'any:national_id+passport+residence_card',
        label: 'One of these documents: National ID card, Passport or Residence card, visa or permit',
      },
    ]);
    expect(doc(await checklist(home, 'ine_voter_id'), 'Your previous voter card').ready).toBe(false);
    expect(doc(await checklist(home, 'rfc_registration'), 'Valid official photo ID').ready).toBe(true);
    // Its name, as the guide wrote it, dates it (what an age warning tells the user to run).
    const dated = await tramit(['wallet', 'add', 'Valid official photo ID', '--date', '2026-01-05'], {
      home,
      env,
    });
    expect(dated.code).toBe(0);
    expect(
      json<Array<{ id: string; obtained: string }>>(
        (await tramit(['wallet', '--json'], { home, env })).stdout,
      ),
    ).toEqual([
      expect.objectContaining({ id: 'any:national_id+passport+residence_card', obtained: '2026-01-05' }),
    ]);
  });
});

describe('wallet add', () => {
  it('suggests the closest kind outside a terminal and saves nothing', async () => {
    const home = tempHome();
    const result = await tramit(['wallet', 'add', 'pasaprote'], { home, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '"pasaprote" is not a document kind tramit knows; did you mean Passport (passport)?',
    );
    expect(result.stderr).toContain('tramit wallet add "pasaprote" --custom');
    expect(await wallet(home)).toEqual([]);
    const spanish = await tramit(['wallet', 'add', 'pasaprote'], { home, env: es });
    expect(spanish.code).toBe(2);
    expect(spanish.stderr).toContain('¿quisiste decir Pasaporte (passport)?');
    expect((await tramit(['wallet', 'add', 'pasaprote', '--custom'], { home, env })).stdout).toContain(
      'as a document of your own',
    );
    expect((await wallet(home)).map((r) => r.id)).toEqual(['custom:wallet:pasaprote']);
  });

  it('asks for one document when the name is a choice of several', async () => {
    const result = await tramit(['wallet', 'add', 'photo ID'], { home: tempHome(), env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"photo ID" can be several documents: add the one you hold');
    expect(result.stderr).toContain('one of: national_id, passport, residence_card, driving_licence');
  });

  it('never repeats a label in the list', async () => {
    const home = tempHome();
    await tramit(['wallet', 'add', 'pasaporte'], { home, env: es });
    await tramit(['check', 'imss_enrollment', 'd2'], { home, env: es });
    await tramit(['wallet', 'add', 'Pasaporte mexicano'], { home, env: es });
    const lines = (await tramit(['wallet'], { home, env: es })).stdout.split('\n');
    expect(lines).toContain('NSS (Número de Seguridad Social del IMSS)');
    expect(lines).toContain('Pasaporte');
    expect(lines.join('\n')).not.toMatch(/\(pasaporte\)|\(Número de Seguridad Social \(NSS\)\)/);
  });
});

/** The bundled Mexican procedures: each English guide file and its document count. */
function mexicanGuides(lang: string): Guide[] {
  const dir = join(GUIDES, lang, 'mexico');
  return readdirSync(dir).map((file) => {
    const path = join(dir, file);
    return parseGuide(readFileSync(path, 'utf8'), { path, lang, country: 'mexico', slug: file.slice(0, -3) });
  });
}

describe('the wallet follows the interface language', () => {
  const english = mexicanGuides('en');
  const spanish = mexicanGuides('es');
  const byKey = new Map(spanish.map((g) => [g.key, g]));

  /** Words of one language that the other language's output must not show. */
  function leaks(from: Guide[], to: Map<string, Guide>, labels: Array<[string, string]>): string[] {
    const names = from.flatMap((g) =>
      g.documents.map((d, i) => [d.name, to.get(g.key)?.documents[i]?.name ?? d.name] as const),
    );
    return [...names, ...labels]
      .filter(([mine, theirs]) => mine !== theirs)
      .map(([mine]) => mine)
      .filter((text) => text.length > 4);
  }

  it('shows no English label in wallet, checklist and status in Spanish, for every Mexican guide', async () => {
    expect(english).toHaveLength(18);
    const home = tempHome();
    for (const guide of english) {
      if (guide.documents.length === 0) continue;
      const items = [`d1-d${guide.documents.length}`];
      const result = await tramit(['--lang', 'en', 'check', guide.id, ...items, '--date', '2026-06-01'], {
        home,
        env,
      });
      expect(result.code, `${guide.id}: ${result.stderr}`).toBe(0);
    }
    const englishWords = leaks(
      english,
      byKey,
      KINDS.map((k) => [k.label.en, k.label.es]),
    );
    const outputs = [
      await tramit(['wallet'], { home, env: es }),
      await tramit(['status'], { home, env: es }),
    ];
    for (const g of english) outputs.push(await tramit(['checklist', g.id], { home, env: es }));
    for (const output of outputs) {
      expect(output.code).toBe(0);
      const text = output.stdout + output.stderr;
      for (const label of englishWords) expect(text, label).not.toContain(label);
      // No participle that would have to agree with the document's gender.
      expect(text).not.toMatch(/obtenid[oa] el \d|aceptad[oa] hasta|l[oa] acepta/);
    }
    expect(outputs[0]!.stdout).toContain('Correo electrónico personal');
    // 38 runs of the binary, one per guide and command: room for a loaded 2-core machine.
  }, 180_000);

  it('shows no Spanish label in English after ticking in Spanish', async () => {
    const home = tempHome();
    const imss = spanish.find((g) => g.slug === 'inscripcion_al_imss')!;
    await tramit(['--lang', 'es', 'check', imss.id, `d1-d${imss.documents.length}`], { home, env });
    const englishByKey = new Map(english.map((g) => [g.key, g]));
    const spanishWords = leaks(
      [imss],
      englishByKey,
      KINDS.map((k) => [k.label.es, k.label.en]),
    );
    const text = (await tramit(['--lang', 'en', 'wallet'], { home, env })).stdout;
    expect(text).toContain('Personal email address');
    for (const label of spanishWords) expect(text, label).not.toContain(label);
  });
});
