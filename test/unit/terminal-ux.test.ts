import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@inquirer/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFormat } from '../../src/commands/export.js';
import {
  guideSkeleton,
  skeletonPlaceholders,
  SKELETON_LANGUAGES,
  titleFromSlug,
} from '../../src/guide/skeleton.js';
import { parseGuide } from '../../src/guide/parse.js';
import { confirm, yesNoAnswer } from '../../src/i18n/confirm.js';
import { setInterfaceLanguage } from '../../src/i18n/index.js';
import { checkboxTheme } from '../../src/i18n/prompts.js';
import { pagerEnvironment } from '../../src/render/pager.js';
import { markdownToPlain } from '../../src/render/guide-markdown.js';
import { viewProgress } from '../../src/progress/tracker.js';
import { visibleLength, wrap, wrapLongLines, wrapWords } from '../../src/text/wrap.js';
import { documentAnswer, documentChoices } from '../../src/walk/flow.js';
import { GUIDES } from '../helpers/paths.js';

afterEach(() => setInterfaceLanguage('en'));

const BOLD = '\x1b[1m';
const UNBOLD = '\x1b[22m';
const UNDERLINE = '\x1b[4m';
const RESET = '\x1b[0m';

describe('wrapping for a terminal (item 1)', () => {
  it('measures what shows on screen: colour codes take no room', () => {
    expect(visibleLength(`${BOLD}CURP${UNBOLD} — él`)).toBe(9);
    expect(wrap(`${BOLD}uno${UNBOLD} dos tres`, 7)).toEqual([`${BOLD}uno${UNBOLD} dos`, 'tres']);
  });

  it('closes a colour at a line break and opens it again after the indent', () => {
    const lines = wrap(`${UNDERLINE}https://a.example/x uno dos${RESET} tres`, 20, '  * ', '    ');
    expect(lines).toEqual([
      `  * ${UNDERLINE}https://a.example/x${RESET}`,
      `    ${UNDERLINE}uno dos${RESET} tres`,
    ]);
    // The indent itself is never underlined.
    expect(lines[1]!.startsWith('    \x1b')).toBe(true);
  });

  it('never breaks inside a unit: an id with its dash, a count with its noun', () => {
    const words = ['Obtener', 'tu', 'CURP', '— mexico/registro_curp', '· 7 pasos', '· 5 documentos'];
    const lines = wrapWords(words, 30, '  ', '    ');
    expect(lines).toEqual([
      '  Obtener tu CURP',
      '    — mexico/registro_curp',
      '    · 7 pasos · 5 documentos',
    ]);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(30);
  });

  it.each([60, 80, 120])(
    'wraps rendered list items at %i columns under their text, not at column 0',
    (width) => {
      const item = `   1. [X]  ${'Calcula el costo en la página del IMSS para personas trabajadoras independientes '.repeat(3).trim()}`;
      const url = `   * IMSS: https://www.imss.gob.mx/${'personas-trabajadoras-independientes/'.repeat(2)}calculadora (consultada)`;
      const text = ['Pasos', '', item, 'short line', url].join('\n');
      const out = wrapLongLines(text, width).split('\n');
      expect(out.slice(0, 2)).toEqual(['Pasos', '']);
      expect(out).toContain('short line');
      const itemLines = out.slice(2, out.indexOf('short line'));
      expect(itemLines.length).toBeGreaterThan(1);
      expect(itemLines[0]!.startsWith('   1. [X]  Calcula')).toBe(true);
      for (const line of itemLines.slice(1)) expect(line).toMatch(/^ {11}\S/);
      for (const line of out) {
        // A line wider than the terminal is only ever one word that cannot fit: the long URL.
        if (visibleLength(line) > width) expect(line.trim()).toMatch(/^https:\/\/\S+$/);
      }
      // The URL is whole, on a line of its own.
      expect(
        out.some((line) => line.trim().startsWith('https://www.imss.gob.mx/') && !line.trim().includes(' ')),
      ).toBe(width < 100);
    },
  );

  it('leaves text that fits exactly as it was', () => {
    const text = `# Title\n\n   * ${BOLD}CURP${UNBOLD} — short\n`;
    expect(wrapLongLines(text, 80)).toBe(text);
  });

  it('keeps the plain (piped) rendering as before', () => {
    const markdown = '## Pasos\n\n1. Calcula el costo. ' + 'Abre la calculadora de cuotas. '.repeat(5);
    expect(markdownToPlain(markdown)).toBe(
      'Pasos\n-----\n\n1. Calcula el costo. Abre la calculadora de cuotas. Abre la calculadora de\n   cuotas. Abre la calculadora de cuotas. Abre la calculadora de cuotas. Abre la\n   calculadora de cuotas.',
    );
  });
});

describe('yes or no in the interface language (item 2)', () => {
  it.each([
    ['s', 'es', true],
    ['sí', 'es', true],
    ['Sí', 'es', true],
    ['si', 'es', true],
    ['SI', 'es', true],
    ['y', 'es', true],
    ['yes', 'es', true],
    ['n', 'es', false],
    ['no', 'es', false],
    ['NO', 'es', false],
    ['quizá', 'es', null],
    ['y', 'en', true],
    ['yes', 'en', true],
    ['n', 'en', false],
    ['s', 'en', null],
  ] as const)('"%s" in %s is %s', (answer, lang, expected) => {
    expect(yesNoAnswer(answer, lang)).toBe(expected);
  });

  it('asks (s/N) in Spanish, takes sí, and says Sí', async () => {
    setInterfaceLanguage('es');
    const { answer, events, getScreen } = await render(confirm, {
      message: '¿Olvidar tu avance?',
      default: false,
    });
    expect(getScreen()).toContain('¿Olvidar tu avance? (s/N)');
    events.type('sí');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
    expect(getScreen()).toContain('¿Olvidar tu avance? Sí');
  });

  it('asks again when the answer is neither, and Enter alone is the default', async () => {
    setInterfaceLanguage('es');
    const { answer, events, getScreen } = await render(confirm, {
      message: '¿Empezar de nuevo?',
      default: false,
    });
    events.type('tal vez');
    events.keypress('enter');
    expect(getScreen()).toContain('Responde s (sí) o n (no)');
    for (let i = 0; i < 'tal vez'.length; i++) events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
    expect(getScreen()).toContain('¿Empezar de nuevo? No');
  });

  it('keeps (y/N) in English', async () => {
    const { answer, events, getScreen } = await render(confirm, { message: 'Forget it?', default: false });
    expect(getScreen()).toContain('Forget it? (y/N)');
    events.type('y');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
    expect(getScreen()).toContain('Forget it? Yes');
  });
});

const imssPath = join(GUIDES, 'es/mexico/inscripcion_al_imss.md');
const imss = parseGuide(readFileSync(imssPath, 'utf8'), {
  path: imssPath,
  lang: 'es',
  country: 'mexico',
  slug: 'inscripcion_al_imss',
});

describe('checklist -i starts from the wallet (items 4 and 7)', () => {
  const wallet = {
    proof_of_address: {
      kind: 'proof_of_address',
      name: 'Comprobante de domicilio',
      obtained: '2026-11-01',
      addedAt: '2026-11-01T00:00:00.000Z',
    },
  };

  it('ticks what the wallet holds and says why, and an untouched answer changes nothing', () => {
    setInterfaceLanguage('es');
    const view = viewProgress(imss, undefined, wallet, '2026-11-25', 'es');
    const choices = documentChoices(imss, view);
    const proof = choices.findIndex((c) => c.short.startsWith('Comprobante de domicilio'));
    expect(proof).toBeGreaterThanOrEqual(0);
    expect(choices[proof]).toMatchObject({ checked: true, name: 'Comprobante de domicilio (en tu cartera)' });
    expect(choices.filter((c) => c.checked)).toHaveLength(1);
    // The note shows under the highlighted choice, not in its name.
    expect(choices[0]!.name).toBe('CURP');
    expect(choices[0]!.description).toContain('gob.mx/curp');
    // Enter at once: every document stays as it was, the held one included.
    const answer = documentAnswer(
      view,
      choices.filter((c) => c.checked).map((c) => c.value),
    );
    expect(answer.map((c) => c.state)).toEqual(view.documents.map((d) => d.state));
  });

  it('echoes a count once answered, not every document and note', () => {
    const all = [1, 2, 3, 4, 5, 6].map((n) => ({
      short: `Documento ${n} — con una nota larga, de varias palabras`,
    }));
    expect(checkboxTheme().style.renderSelectedChoices!(all.slice(0, 3), all)).toBe('3 of 6 ticked');
    setInterfaceLanguage('es');
    expect(checkboxTheme().style.renderSelectedChoices!(all.slice(0, 1), all)).toBe('marcados: 1 de 6');
    // Spanish key hints stay.
    expect(checkboxTheme().style.keysHelpTip!([['space', 'select']])).toBe('espacio marcar');
  });
});

describe('export format (item 8)', () => {
  it.each([
    [undefined, 'imss.json', 'json'],
    [undefined, 'imss.JSON', 'json'],
    [undefined, 'imss.md', 'markdown'],
    [undefined, 'imss.markdown', 'markdown'],
    [undefined, 'imss.txt', 'text'],
    [undefined, 'imss', 'text'],
    [undefined, 'imss.pdf', 'text'],
    [undefined, undefined, 'text'],
    ['md', undefined, 'markdown'],
    ['MD', 'x.json', 'markdown'],
    ['text', 'imss.json', 'text'],
    ['json', 'imss.md', 'json'],
    ['markdown', 'imss.txt', 'markdown'],
  ] as const)('--format %s with -o %s is %s', (format, output, expected) => {
    expect(exportFormat(format, output)).toBe(expected);
  });

  it('refuses an unknown format, naming the choices', () => {
    expect(() => exportFormat('pdf', 'x.pdf')).toThrow(/unknown format "pdf"/);
  });
});

describe('the Spanish skeleton and its placeholders (item 11)', () => {
  it('puts accents back on Spanish -ción and -sión words of the slug', () => {
    expect(titleFromSlug('inscripcion_al_imss', 'es')).toBe('Inscripción al imss');
    expect(titleFromSlug('solicitud_de_pension', 'es')).toBe('Solicitud de pensión');
    expect(titleFromSlug('renovacion-de-licencia', 'es')).toBe('Renovación de licencia');
    expect(titleFromSlug('inscripción_al_imss', 'es')).toBe('Inscripción al imss');
    expect(titleFromSlug('inscripcion_al_imss', 'en')).toBe('Inscripcion al imss');
    expect(titleFromSlug('ciones', 'es')).toBe('Ciones');
  });

  const skeleton = (lang: string) =>
    guideSkeleton({
      lang,
      country: 'mexico',
      countryName: 'Mexico',
      slug: 'renovacion_ine',
      date: '2026-11-25',
    });

  it('writes a Spanish guide in Spanish: body, headings, provider table', () => {
    const text = skeleton('es');
    expect(text).toContain('title: "Renovación ine"');
    expect(text).toContain('| Proveedor | Sitio web | Plazo | Costo |');
    expect(text).toContain('## Publicaciones relacionadas');
    for (const english of ['Related Posts', 'Provider', 'Website', 'One action per step', 'Who must or may'])
      expect(text).not.toContain(english);
    const guide = parseGuide(text, { path: 'x.md', lang: 'es', country: 'mexico', slug: 'renovacion_ine' });
    expect(guide.steps).toHaveLength(2);
    expect(guide.documents).toHaveLength(1);
    expect(guide.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(SKELETON_LANGUAGES)('finds every placeholder left in a %s skeleton', (lang) => {
    const text = skeleton(lang);
    const found = skeletonPlaceholders(text);
    const lines = text.split('\n');
    expect(found.map((p) => p.kind)).toContain('url');
    // Every line of the skeleton's own prose is reported; headings, keys and the table are not.
    const prose = lines.flatMap((line, i) =>
      /^(description|- title):|^\d\. |^ {3}- |^- \S|^[A-ZÁÉÍÓÚ¿]/.test(line) &&
      !/^(---|#|\||_)/.test(line) &&
      !/^- (Mexico|legal)$/.test(line)
        ? [i + 1]
        : [],
    );
    expect(prose.length).toBeGreaterThanOrEqual(10);
    expect(found.filter((p) => p.kind === 'text').map((p) => p.line)).toEqual(prose);
  });

  it('finds none in the bundled guides', () => {
    const files = readdirSync(GUIDES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      skeletonPlaceholders(readFileSync(join(GUIDES, f), 'utf8')).map((p) => `${f}:${p.line}: ${p.text}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the pager (item 12)', () => {
  it('tells less the text is UTF-8 unless the user said otherwise', () => {
    expect(pagerEnvironment({ LANG: 'es_MX.UTF-8' })).toMatchObject({ LESSCHARSET: 'utf-8', LESS: 'FRX' });
    expect(pagerEnvironment({ LESSCHARSET: 'latin1', LESS: 'R' })).toMatchObject({
      LESSCHARSET: 'latin1',
      LESS: 'R',
    });
  });
});
