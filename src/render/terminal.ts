import { wrapLongLines } from '../text/wrap.js';

/**
 * Markdown rendered for a colour terminal with marked-terminal. Loaded only by commands that show
 * a guide in a TTY: importing it costs more than the rest of tramit's start-up together.
 */
export async function renderMarkdownForTerminal(markdown: string, width: number): Promise<string> {
  // Hyperlink escape codes would let a guide make text point somewhere it does not say.
  process.env.FORCE_HYPERLINK = '0';
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const marked = new Marked();
  const columns = Math.max(20, Math.min(width, 100));
  // marked-terminal's types lag behind marked's extension type.
  marked.use(
    markedTerminal({
      width: columns,
      reflowText: true,
      showSectionPrefix: false,
      emoji: false,
      tab: 3,
    }) as Parameters<typeof marked.use>[0],
  );
  // marked-terminal leaves inline markup inside list items raw with marked >= 13 (its issues #304,
  // #371): render a text token's inline children ourselves, and defer to it for everything else.
  marked.use({
    renderer: {
      text(token) {
        return typeof token === 'object' && 'tokens' in token && token.tokens
          ? this.parser.parseInline(token.tokens)
          : false;
      },
    },
  });
  // It reflows paragraphs but not list items, which the terminal would then cut mid-word.
  return wrapLongLines(marked.parse(markdown, { async: false }), columns);
}
