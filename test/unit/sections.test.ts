import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import { sectionCandidates } from '../../src/guide/sections.js';
import { inEnglish } from '../helpers/problems.js';

describe('section recognition prefers the most specific phrase', () => {
  it.each([
    ['Entidades que podem realizar este procedimento para si', ['providers', 'procedure']],
    ['Fornecedores que podem fazer isso por você', ['providers']],
    ['Procedimento', ['procedure']],
    ['Required Documents', ['documents']],
    ['Documents required for the procedure', ['documents', 'procedure']],
    ['Related Posts', ['related']],
    ['Documentos relacionados', ['related', 'documents']],
    ['Providers that can do it for you', ['providers']],
    ['Qwerty', []],
  ])('%s → %j', (heading, sections) => {
    expect(sectionCandidates(heading)).toEqual(sections);
  });
});

describe('headings in a guide body', () => {
  const body = (headings: string[]) =>
    [
      '---',
      'title: T',
      'description: d',
      'date: 2025-01-01',
      'categories: [Spain]',
      'translationKey: spain-t',
      '---',
      ...headings.flatMap((h, i) => [h, `- Item ${i}.`, '']),
    ].join('\n');
  const parse = (headings: string[]) => parseGuide(body(headings), { path: 'x.md', lang: 'en' });

  it('never fills a section twice while another that the heading names is still empty', () => {
    const guide = parse([
      '## Description',
      '## Required documents',
      '## Procedure for the documents',
      '## Providers',
      '## Additional details',
      '## Related Posts',
    ]);
    expect(guide.steps.map((s) => s.text)).toEqual(['Item 2.']);
    expect(guide.documents.map((d) => d.name)).toEqual(['Item 1.']);
    expect(inEnglish(guide.problems).filter((p) => p.severity === 'warning')).toEqual([
      { line: 24, severity: 'warning', message: 'related post without a link' },
    ]);
  });

  it.each([
    [' ## Required Documents', 1],
    ['  ## Required Documents', 1],
    ['   ## Required Documents', 1],
    ['    ## Required Documents', 0],
  ])('%j is a heading: %i', (line, documents) => {
    const guide = parse(['## Procedure', line]);
    expect(guide.documents).toHaveLength(documents);
    expect(guide.steps).toHaveLength(documents === 1 ? 1 : 2);
  });
});
