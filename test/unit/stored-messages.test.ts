import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/guide/parse.js';
import { messageFor, messageText } from '../../src/i18n/index.js';
import { decodeMessage, encodeMessage } from '../../src/i18n/stored.js';
import { parseEntry } from '../../src/library/parse-file.js';

describe('messages kept in files', () => {
  it.each([
    messageFor('problem.noFrontMatter'),
    messageFor('problem.noSection', { section: messageFor('problem.section.documents') }),
    messageFor('problem.tooManyItems', {
      section: messageFor('problem.section.procedure'),
      count: 2001,
      max: 2000,
    }),
    messageFor('problem.headingAs', {
      heading: 'Foo" not recognised; read as {x}',
      section: messageFor('problem.section.details'),
    }),
  ])('come back as they were: %j', (message) => {
    expect(decodeMessage(encodeMessage(message))).toEqual(message);
  });

  it('leave text that is no stored message as it is', () => {
    for (const text of [
      'no front matter: the file should start with a `---` line',
      '{"key":"nope"}',
      '[1]',
      '',
    ])
      expect(decodeMessage(text)).toBe(text);
  });

  it('give a bad file its reason in the language chosen when it is shown', () => {
    const entry = parseEntry('no front matter here\n', '/tmp/x/en/mexico/a.md', 'en/mexico/a.md', {
      lang: 'en',
      country: 'mexico',
      slug: 'a',
    });
    const stored = decodeMessage(entry.warning!);
    const noProcedure = messageFor('problem.noSection', { section: messageFor('problem.section.procedure') });
    expect(stored).toEqual(noProcedure);
    expect(messageText(noProcedure, 'es')).toBe('no hay sección de procedimiento');
  });

  it('keep a heading that reads like a message as the heading', () => {
    const heading = 'Foo" not recognised; read as Bar';
    const guide = parseGuide(
      `---\ntitle: x\n---\n## Description\ntext\n## ${heading}\n1. a\n## Required documents\n- b\n`,
      {
        path: 'x.md',
        lang: 'en',
      },
    );
    const problem = guide.problems.find((p) => p.message.key === 'problem.headingAs')!;
    expect(problem.message.params?.heading).toBe(heading);
    expect(messageText(problem.message, 'es')).toBe(
      `no se reconoce el título "${heading}"; por su posición se lee como procedimiento`,
    );
  });
});
