export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface ListItem {
  /** The item's markdown: first line without its marker, then nested lines, dedented. */
  text: string;
  line: number;
}

export interface ListScan {
  items: ListItem[];
  /** Everything that is not a list item, as markdown. */
  prose: string;
}

// A list marker: numbers ("1." "1)"), bullets ("-", "*", "+") and the "•" some files type by hand.
const MARKER = /^( *)(?:\d{1,3}[.)]|[-*+•])(?:[ \t]+(.*))?$/;
// "-Name" and "•Name": not lists to markdown, but real document sections are written that way.
const TIGHT_MARKER = /^( *)(?:-(?=[\p{L}\p{N}*_([])|•)(.*)$/u;
const HORIZONTAL_RULE = /^ {0,3}([-*_])(?: *\1){2,} *$/;

function expandTabs(text: string): string {
  return text.replace(/\t/g, '    ');
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function marker(text: string): { indent: number; content: string } | null {
  if (HORIZONTAL_RULE.test(text)) return null;
  const match = MARKER.exec(text) ?? TIGHT_MARKER.exec(text);
  if (!match) return null;
  return { indent: match[1]!.length, content: (match[2] ?? '').trim() };
}

/**
 * Splits a section into its top-level list items and the prose around them. Nested bullets and
 * indented continuation paragraphs stay with their item; a line that follows an item directly
 * (markdown's lazy continuation) does too. Lists indented by one space are top-level lists.
 */
export function scanList(lines: readonly SourceLine[]): ListScan {
  const expanded = lines.map((l) => ({ text: expandTabs(l.text).replace(/\s+$/, ''), line: l.line }));
  const markerIndents = expanded
    .map((l) => marker(l.text))
    .filter((m): m is NonNullable<typeof m> => m !== null && m.indent <= 3)
    .map((m) => m.indent);
  const base = markerIndents.length > 0 ? Math.min(...markerIndents) : 0;

  const items: Array<{ lines: string[]; line: number }> = [];
  const prose: string[] = [];
  let current: { lines: string[]; line: number } | null = null;
  let blankPending = false;

  for (const { text, line } of expanded) {
    if (text.trim() === '') {
      if (current) blankPending = true;
      else prose.push('');
      continue;
    }
    const found = marker(text);
    const indent = indentOf(text);
    if (found && found.indent < base + 2) {
      current = { lines: [found.content], line };
      items.push(current);
      blankPending = false;
      continue;
    }
    if (current && (indent >= base + 2 || !blankPending)) {
      if (blankPending) current.lines.push('');
      current.lines.push(text);
      blankPending = false;
      continue;
    }
    current = null;
    blankPending = false;
    prose.push(text);
  }

  return {
    items: items.map((item) => ({ text: joinItem(item.lines), line: item.line })),
    prose: prose.join('\n').trim(),
  };
}

function joinItem(lines: string[]): string {
  const [first = '', ...rest] = lines;
  const nested = rest.filter((l) => l.trim() !== '');
  const dedent = nested.length > 0 ? Math.min(...nested.map(indentOf)) : 0;
  return [first, ...rest.map((l) => l.slice(Math.min(dedent, indentOf(l))))].join('\n').trim();
}

const SEPARATORS = [' - ', ' – ', ' — ', ': ', ' -- '];

/**
 * Splits a document item into its name and note: `Name - note`, `Name: note`, `Name – note`,
 * `**Name:** note`. Separators inside parentheses don't count ("ID (INE - passport) - note").
 * Nested lines under the item join the note.
 */
export function splitDocument(text: string): { name: string; note: string } {
  const [first = '', ...rest] = text.split('\n');
  const more = rest
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  const join = (note: string) => [note, more].filter(Boolean).join(' ').trim();

  const bold = /^\*\*(.+?)\*\*\s*(?:[:\-–—]\s*)?(.*)$/.exec(first);
  if (bold) {
    const name = bold[1]!.replace(/[:\s]+$/, '');
    return { name, note: join(bold[2]!.replace(/^[:\-–—]\s*/, '')) };
  }
  let depth = 0;
  for (let i = 0; i < first.length; i++) {
    const ch = first[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth !== 0) continue;
    const separator = SEPARATORS.find((s) => first.startsWith(s, i));
    if (separator && i > 0) {
      return { name: first.slice(0, i).trim(), note: join(first.slice(i + separator.length).trim()) };
    }
  }
  return { name: first.trim(), note: join('') };
}
