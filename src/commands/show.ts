import type { Context } from '../context.js';
import { guideToMarkdown, markdownToPlain } from '../render/guide-markdown.js';
import { guideDetail } from '../render/json.js';
import { loadGuide, progressView } from './shared.js';
import { jsonText } from '../text/sanitize.js';
import { terminalSize } from '../output.js';

export interface ShowOptions {
  json?: boolean;
  pager?: boolean;
}

export async function run(ctx: Context, reference: string, options: ShowOptions): Promise<void> {
  // The rendered guide says so at its top; JSON has it only as data, so stderr says it too.
  const { guide, fallbackFrom, translations, library, saved } = await loadGuide(ctx, reference, {
    fallbackShown: !options.json,
  });
  const languages = translations.map((g) => g.lang).sort();
  if (options.json) {
    ctx.out(jsonText(guideDetail(guide, library, { languages, fallbackFrom }), null, 2));
    return;
  }
  const markdown = guideToMarkdown({
    guide,
    view: progressView(ctx, guide, false, saved),
    countryName: library.countryLabel(guide.country, guide.lang),
    otherLanguages: languages.filter((l) => l !== guide.lang),
    fallbackFrom,
    related: guide.related.map((r) => ({ title: r.title, url: r.url, id: library.resolveLink(r.target) })),
    today: ctx.now(),
  });
  const colour = ctx.isTTY && ctx.options.color !== false && !ctx.env.NO_COLOR;
  let text: string;
  if (colour) {
    const { renderMarkdownForTerminal } = await import('../render/terminal.js');
    text = await renderMarkdownForTerminal(markdown, terminalSize().columns);
  } else {
    text = markdownToPlain(markdown);
  }
  const { page } = await import('../render/pager.js');
  await page(text, { tty: ctx.isTTY, enabled: options.pager !== false, env: ctx.env });
}
