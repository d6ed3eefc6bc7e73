/** Markdown inline syntax as plain text: `**bold**` → bold, `[text](url)` → text (url). */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g, (_m, text: string, url: string) =>
      text === url ? url : `${text} (${url})`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * Word-wraps one paragraph to `width` columns; the first line starts after `firstPrefix`, the others
 * after `restPrefix` (a hanging indent). Words longer than a line (URLs) stand on a line of their own.
 */
export function wrap(text: string, width: number, firstPrefix = '', restPrefix = firstPrefix): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of words) {
    const prefix = lines.length === 0 ? firstPrefix : restPrefix;
    if (!empty && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = restPrefix + word;
      continue;
    }
    line = empty ? prefix + word : `${line} ${word}`;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines.length > 0 ? lines : [firstPrefix.trimEnd()];
}
