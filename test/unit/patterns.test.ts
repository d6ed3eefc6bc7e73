import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import type { Guide } from '../../src/guide/model.js';
import type { Library } from '../../src/library/library.js';
import { guideDetail } from '../../src/render/json.js';
import { FIXTURES } from '../helpers/paths.js';
import { inEnglish } from '../helpers/problems.js';

/**
 * The patterns a file-by-file audit of a real community library found read wrongly (issue 16),
 * each in a small file of our own in test/fixtures/patterns/: fixture → what a careful reader sees.
 */

function parsePattern(name: string, lang = 'en'): Guide {
  const path = resolve(FIXTURES, 'patterns', name);
  return parseGuide(readFileSync(path, 'utf8'), { path, lang });
}

const warnings = (g: Guide) => inEnglish(g.problems).filter((p) => p.severity === 'warning');

/** `show --json` of a parsed guide; related links resolve to nothing here. */
function showJson(guide: Guide) {
  const library = { resolveLink: () => null } as unknown as Library;
  return guideDetail(guide, library, { languages: [guide.lang], fallbackFrom: null });
}

interface Expected {
  lang?: string;
  steps?: string[];
  documents?: Array<[string, string]>;
  details?: string[];
  /** Texts that `show --json` must carry in `sections.<name>`. */
  sections?: Partial<Record<'procedure' | 'documents' | 'providers' | 'details', string[]>>;
  date?: string | null;
  providers?: number;
  /** Every warning, in order, with its line. */
  warnings?: Array<[number, RegExp]>;
}

const rows: Array<[string, Expected]> = [
  [
    'details-prose.md',
    {
      details: [],
      sections: {
        details: [
          'The office closes in August, so plan the visit for another month.',
          'Appointments booked online are kept for fifteen minutes only.',
        ],
      },
      warnings: [],
    },
  ],
  [
    'details-list-then-prose.md',
    {
      details: ['The fee changes every January.', 'Bring a pen.'],
      sections: {
        details: ['- The fee changes every January.', 'Keep every receipt until the card arrives by post.'],
      },
      warnings: [],
    },
  ],
  [
    'doubled-bullets.md',
    {
      documents: [
        ['Passport', 'valid for the whole stay'],
        ['Application form', 'signed on every page'],
        ['Proof of address', 'dated within the last three months'],
        ['Two photos', 'colour, white background'],
      ],
      details: ['Fees are paid by card only.', 'The office answers the phone in the morning.'],
      warnings: [],
    },
  ],
  ['date-in-words.md', { lang: 'es', date: '2024-06-27', warnings: [] }],
  [
    'date-unreadable.md',
    { date: null, warnings: [[8, /^date "sometime in spring" is not a date tramit can read/]] },
  ],
  [
    'italic-names.md',
    {
      documents: [
        ['Passport', 'original and one copy'],
        ['Residence card', 'if you already have one'],
        ['Bank details', 'issued by your bank this month'],
        ['Birth certificate', 'a translated copy'],
      ],
      warnings: [],
    },
  ],
  [
    'see-also-links.md',
    {
      steps: ['Book a slot online.', 'Attend the appointment.', 'Collect the card a week later.'],
      documents: [
        ['Passport', 'original'],
        ['Proof of address', 'a recent bill'],
      ],
      sections: {
        procedure: ['More information:', '- [download the form](https://example.gov.ie/form.pdf)'],
        documents: ['For UK citizens:', '- [NHS](https://www.nhs.uk/)'],
      },
      warnings: [],
    },
  ],
  [
    'indented-headings.md',
    {
      steps: ['Go to the tax office.', 'Ask for the number.'],
      documents: [
        ['Passport', 'original'],
        ['Proof of address', 'recent'],
      ],
      providers: 0,
      details: ['A detail.'],
      warnings: [],
    },
  ],
  [
    'providers-procedimento.md',
    {
      lang: 'pt',
      steps: ['Marcar o atendimento.', 'Ir ao balcão.'],
      documents: [['Passaporte', 'original']],
      providers: 0,
      details: ['Um detalhe.'],
      sections: { providers: ['_(placeholder)_'] },
      warnings: [],
    },
  ],
  [
    'no-translation-key.md',
    {
      warnings: [
        [
          1,
          /^no translationKey; translations are linked by the key spain-no-translation-key, made from the country and the file name$/,
        ],
      ],
    },
  ],
  [
    'long-numbers.md',
    {
      steps: [
        'Step nine hundred and ninety-eight.',
        'Step nine hundred and ninety-nine.',
        'Step one thousand.',
        'Step one thousand and one.',
      ],
      warnings: [],
    },
  ],
];

describe('community patterns (issue 16): fixture → reading', () => {
  it.each(rows)('%s', (fixture, want) => {
    const guide = parsePattern(fixture, want.lang);
    if (want.steps) expect(guide.steps.map((s) => s.text)).toEqual(want.steps);
    if (want.documents) expect(guide.documents.map((d) => [d.name, d.note])).toEqual(want.documents);
    if (want.details) expect(guide.details).toEqual(want.details);
    if (want.providers !== undefined) expect(guide.providers).toHaveLength(want.providers);
    if (want.date !== undefined) expect(guide.date).toBe(want.date);
    if (want.sections) {
      const sections = showJson(guide).sections as Record<string, string>;
      for (const [name, texts] of Object.entries(want.sections))
        for (const text of texts) expect(sections[name], name).toContain(text);
    }
    if (want.warnings) {
      const got = warnings(guide);
      expect(got.map((w) => w.message)).toHaveLength(want.warnings.length);
      want.warnings.forEach(([line, re], i) => {
        expect(got[i]!.message).toMatch(re);
        expect(got[i]!.line).toBe(line);
      });
    }
  });

  it('keeps every section of show --json as markdown, items and prose alike', () => {
    const guide = parsePattern('details-list-then-prose.md');
    const { sections } = showJson(guide);
    expect(Object.keys(sections)).toEqual([
      'whatIsIt',
      'whoNeedsIt',
      'intro',
      'procedure',
      'documents',
      'providers',
      'details',
      'related',
    ]);
    expect(sections.details).toBe(
      '- The fee changes every January.\n- Bring a pen.\n\nKeep every receipt until the card arrives by post.',
    );
    expect(sections.procedure).toBe('1. Fill in the form.\n2. Hand it in at the counter.');
  });
});

describe('numbered lists of any length (issue 14, item 7)', () => {
  const guideWith = (count: number) =>
    parseGuide(
      [
        '---',
        'title: Many steps',
        'description: d',
        'date: 2025-01-01',
        'categories: [Spain]',
        'translationKey: spain-many',
        '---',
        '## Procedure',
        ...Array.from({ length: count }, (_, i) => `${i + 1}. Step ${i + 1}.`),
        '## Required documents',
        '- Passport',
      ].join('\n'),
      { path: 'many.md', lang: 'en' },
    );

  it.each([999, 1000, 1500, 2000])('%i numbered steps stay separate steps', (count) => {
    const guide = guideWith(count);
    expect(guide.steps).toHaveLength(count);
    expect(guide.steps.at(-1)!.text).toBe(`Step ${count}.`);
    expect(guide.steps.every((s) => !s.text.includes('\n'))).toBe(true);
    expect(guide.documents.map((d) => d.name)).toEqual(['Passport']);
    expect(warnings(guide).filter((w) => /steps/.test(w.message))).toEqual([]);
  });

  it('keeps the first 2,000 of 50,000 steps, says so at the first one left out, merges none', () => {
    const guide = guideWith(50_000);
    expect(guide.steps).toHaveLength(2000);
    expect(guide.steps.every((s) => !s.text.includes('\n'))).toBe(true);
    const cap = warnings(guide).find((w) => /only the first/.test(w.message))!;
    expect(cap.message).toBe('the procedure section has 50000 items; only the first 2000 are read');
    expect(cap.line).toBe(8 + 2001);
  });
});
