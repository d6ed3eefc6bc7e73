import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import { GUIDE_LANGUAGES } from '../../src/library/languages.js';
import type { Guide } from '../../src/guide/model.js';
import { FIXTURES, HAVE_SEED, SEED } from '../helpers/paths.js';
import { inEnglish } from '../helpers/problems.js';

function parseFixture(name: string, meta: { lang?: string; country?: string } = {}): Guide {
  const path = resolve(FIXTURES, name);
  return parseGuide(readFileSync(path, 'utf8'), { path, ...meta });
}

const messages = (g: Guide, severity?: 'error' | 'warning') =>
  inEnglish(g.problems)
    .filter((p) => !severity || p.severity === severity)
    .map((p) => p.message);

describe.skipIf(!HAVE_SEED)('the real seed guide', () => {
  // A skipped describe is still collected: read the seed only when it is there.
  const guide = HAVE_SEED
    ? parseGuide(readFileSync(SEED, 'utf8'), { path: SEED, lang: 'es' })
    : ({} as Guide);
  it('has 6 steps, 4 documents with CURP first, and 5 related links', () => {
    expect(guide.steps).toHaveLength(6);
    expect(guide.documents).toHaveLength(4);
    expect(guide.documents[0]!.name).toBe('CURP (Clave Única de Registro de Población)');
    expect(guide.documents[0]!.note).toMatch(/^Obtenible en el sitio web/);
    expect(guide.related).toHaveLength(5);
  });
  it('reads the front matter and sections', () => {
    expect(guide).toMatchObject({
      key: 'mexico-imss_enrollment',
      country: 'mexico',
      date: '2024-06-24',
      slug: 'inscripcion_al_imss',
    });
    expect(guide.sections.whatIsIt).toMatch(/^El IMSS/);
    expect(guide.sections.whoNeedsIt).toMatch(/^Este servicio es ideal/);
    expect(guide.documents[2]!.note).toBe('Fechado dentro de los últimos tres meses.');
    expect(guide.related[0]!.target).toEqual({
      lang: 'es',
      country: 'mexico',
      slug: 'inscripción_al_issste',
    });
    expect(messages(guide)).toEqual([]);
  });
});

describe('headings in the 15 languages of the community format', () => {
  const languages = GUIDE_LANGUAGES;
  it.each(languages)('%s: every section recognised, no guessing', (lang) => {
    const guide = parseFixture(`languages/${lang}.md`, { lang });
    expect(messages(guide)).toEqual([]);
    expect(guide.sections.whatIsIt).toBe(`Fixture text one (${lang}).`);
    expect(guide.sections.whoNeedsIt).toBe(`Fixture text two (${lang}).`);
    expect(guide.steps.map((s) => s.text)).toEqual([
      `First step (${lang}).`,
      `Second step (${lang}).`,
      `Third step (${lang}).`,
    ]);
    expect(guide.documents.map((d) => [d.name, d.note])).toEqual([
      ['Passport', `original (${lang})`],
      ['Photo', `recent (${lang})`],
    ]);
    expect(guide.details).toEqual([`A detail (${lang}).`]);
    expect(guide.related).toHaveLength(1);
    expect(guide.related[0]!.target?.lang).toBe(lang);
  });
});

interface Row {
  fixture: string;
  expect: Partial<Pick<Guide, 'title' | 'key' | 'date' | 'country' | 'description'>> & {
    steps?: number;
    documents?: Array<[string, string]>;
    related?: Array<Guide['related'][number]['target']>;
    providers?: number;
    errors?: RegExp[];
    warnings?: RegExp[];
    procedureProse?: RegExp;
    documentsProse?: RegExp;
  };
}

const rows: Row[] = [
  {
    fixture: 'variations/repeated-key.md',
    expect: {
      key: 'mexico-second_value',
      date: '2024-06-07',
      country: 'mexico',
      steps: 1,
      warnings: [/key "translationKey" is repeated; the later value is used/],
      related: [{ lang: 'en', country: 'mexico', slug: 'curp_registration' }],
    },
  },
  {
    fixture: 'variations/localized-keys.md',
    expect: {
      title: 'Título localizado',
      description: 'Descrição em português',
      date: '2024-06-24',
      country: 'mexico',
      steps: 2,
      warnings: [
        /"título" read as "title"/,
        /"descrição" read as "description"/,
        /"meta title" read as "meta_title"/,
        /no required documents section/,
        /no providers section/,
        /no additional details section/,
        /no related posts section/,
      ],
    },
  },
  {
    fixture: 'variations/no-front-matter.md',
    expect: { title: 'A guide without front matter', steps: 1, errors: [/no front matter/] },
  },
  {
    fixture: 'variations/broken-yaml.md',
    expect: {
      title: 'Broken yaml',
      steps: 1,
      errors: [/not valid YAML/],
      warnings: [
        /no title; the file name is used/,
        /no description section/,
        /no required documents section/,
        /no providers section/,
        /no additional details section/,
        /no related posts section/,
        /country unknown/,
      ],
    },
  },
  {
    fixture: 'variations/unclosed-front-matter.md',
    expect: { title: 'Unclosed front matter', errors: [/not closed/] },
  },
  {
    fixture: 'variations/steps-rich.md',
    expect: {
      steps: 4,
      documents: [
        ['Passport', 'valid, original and copy'],
        ['Form EX-15', 'filled in and signed'],
        ['Fee receipt', 'stamped by the bank'],
      ],
      providers: 1,
      procedureProse: /^A closing remark that is not a step\.$/,
      related: [
        { lang: 'en', country: 'spain', slug: 'nie' },
        { lang: 'es', country: 'spain', slug: 'empadronamiento' },
        { lang: 'es', country: 'mexico', slug: 'inscripción_al_imss' },
        null,
      ],
      warnings: [/related link is not a guide address/],
    },
  },
  {
    fixture: 'variations/bullet-steps.md',
    expect: {
      steps: 3,
      documents: [
        ['Passport', 'valid for six more months'],
        ['Proof of address', 'dated within the last three months'],
        ['Birth certificate', 'certified copy'],
        ['Marriage certificate', 'if married'],
        ['Photo', 'biometric, 35x45 mm'],
      ],
      providers: 0,
      warnings: [],
    },
  },
  {
    fixture: 'variations/prose-crlf.md',
    expect: {
      steps: 0,
      documents: [],
      procedureProse: /no fixed steps/,
      documentsProse: /^No specific information was found\.$/,
      warnings: [/procedure has no numbered or bulleted steps/, /required documents are prose/],
    },
  },
  {
    fixture: 'variations/unknown-heading.md',
    expect: {
      steps: 2,
      documents: [['Passport', 'original']],
      warnings: [
        /"Zzz\?" not recognised; read as "what is it"/,
        /"Yyy\?" not recognised; read as "who needs it"/,
        /"Qwerty xyzzy" not recognised; read as procedure from its position/,
        /no providers section/,
        /no additional details section/,
        /no related posts section/,
      ],
    },
  },
];

describe('format variations (FORMAT.md)', () => {
  it.each(rows)('$fixture', ({ fixture, expect: want }) => {
    const guide = parseFixture(fixture, { lang: 'en' });
    for (const field of ['title', 'key', 'date', 'country', 'description'] as const) {
      if (want[field] !== undefined) expect(guide[field], field).toBe(want[field]);
    }
    if (want.steps !== undefined) expect(guide.steps).toHaveLength(want.steps);
    if (want.documents) expect(guide.documents.map((d) => [d.name, d.note])).toEqual(want.documents);
    if (want.providers !== undefined) expect(guide.providers).toHaveLength(want.providers);
    if (want.related) expect(guide.related.map((r) => r.target)).toEqual(want.related);
    if (want.procedureProse) expect(guide.sections.procedure).toMatch(want.procedureProse);
    if (want.documentsProse) expect(guide.sections.documents).toMatch(want.documentsProse);
    if (want.errors) {
      expect(messages(guide, 'error')).toHaveLength(want.errors.length);
      want.errors.forEach((re, i) => expect(messages(guide, 'error')[i]).toMatch(re));
    } else {
      expect(messages(guide, 'error')).toEqual([]);
    }
    if (want.warnings) {
      expect(messages(guide, 'warning')).toHaveLength(want.warnings.length);
      for (const re of want.warnings)
        expect(
          messages(guide, 'warning').some((m) => re.test(m)),
          String(re),
        ).toBe(true);
    }
  });

  it('keeps nested bullets, continuation paragraphs and inline markdown with their step', () => {
    const guide = parseFixture('variations/steps-rich.md');
    expect(guide.steps[0]!.text).toBe(
      '**Book an appointment:** use the [official site](https://example.gob.es/cita).',
    );
    expect(guide.steps[1]!.text).toBe(
      'Go to the office with your documents.\n- Bring the originals.\n- Bring one copy of each.',
    );
    expect(guide.steps[2]!.text).toBe('Pay the fee.\n\nKeep the receipt: you will need it later.');
    expect(guide.providers[0]).toEqual({
      name: 'Gestoría Uno',
      website: 'https://example.com',
      timeframe: '2 weeks',
      cost: '100 EUR',
    });
  });

  it('gives line numbers in the file, front matter included', () => {
    const guide = parseFixture('variations/repeated-key.md');
    expect(inEnglish(guide.problems).find((p) => /repeated/.test(p.message))!.line).toBe(7);
    expect(guide.steps[0]!.line).toBe(16);
    const crlf = parseFixture('variations/prose-crlf.md');
    expect(inEnglish(crlf.problems).find((p) => /procedure/.test(p.message))!.line).toBe(15);
  });

  it('keeps unknown front matter keys aside', () => {
    const guide = parseGuide('---\ntitle: T\ntítulo: M\nfoo: bar\n---\n## Procedure\n1. x\n', {
      path: 'x.md',
    });
    expect(guide.title).toBe('T');
    expect(guide.extraFrontMatter).toEqual({ título: 'M', foo: 'bar' });
  });

  it('turns an empty file into a guide named after the file, with an error', () => {
    const guide = parseGuide('', { path: '/a/b/empty_guide.md' });
    expect(guide.title).toBe('Empty guide');
    expect(messages(guide, 'error')).toContain('no front matter: the file should start with a `---` line');
  });

  it('survives an alias bomb in the front matter', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      ...'bcdefgh'.split('').map(
        (k, i) =>
          `${k}: &${k} [${Array(9)
            .fill('*' + 'abcdefgh'[i])
            .join(',')}]`,
      ),
    ].join('\n');
    const guide = parseGuide(`---\ntitle: Bomb\n${bomb}\n---\n## Procedure\n1. x\n`, { path: 'bomb.md' });
    expect(messages(guide, 'error').join()).toMatch(/front matter could not be read|alias/i);
  });
});
