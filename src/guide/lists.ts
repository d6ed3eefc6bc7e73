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

// A list marker: numbers ("1." "1)", up to nine digits as in CommonMark, so step 1000 is an item
// of its own), bullets ("-", "*", "+") and the "•" some files type by hand. A second bullet right
// after the first ("- * Name", "* - Name", "- • Name") is one bullet written twice, not a nested list.
const MARKER = /^( *)(?:(\d{1,9}[.)])|[-*+•])(?:[ \t]+(.*))?$/;
const SECOND_BULLET = /^[-*+•][ \t]+/;
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
  const numbered = MARKER.exec(text);
  if (numbered) {
    const content = (numbered[3] ?? '').trim();
    return {
      indent: numbered[1]!.length,
      content: numbered[2] ? content : content.replace(SECOND_BULLET, ''),
    };
  }
  const tight = TIGHT_MARKER.exec(text);
  return tight ? { indent: tight[1]!.length, content: (tight[2] ?? '').trim() } : null;
}

// A link and nothing else: `[text](url)`, `<url>`, a bare address, perhaps in bold, perhaps ending
// with a full stop.
const LINK_ONLY = /^(\*\*)?(?:\[[^\]]*\]\([^)]*\)|<https?:\/\/[^>\s]+>|https?:\/\/\S+?)\1?[.;,]?$/;

export interface ScanOptions {
  /**
   * Read a list of links that follows the main list after a prose line ("More information:
   * - [here](…)") as prose, not as items: in steps and documents it is "see also", not a step.
   */
  asides?: boolean;
}

/**
 * Splits a section into its top-level list items and the prose around them. Nested bullets and
 * indented continuation paragraphs stay with their item; a line that follows an item directly
 * (markdown's lazy continuation) does too. Lists indented by one space are top-level lists.
 */
export function scanList(lines: readonly SourceLine[], options: ScanOptions = {}): ListScan {
  const expanded = lines.map((l) => ({ text: expandTabs(l.text).replace(/\s+$/, ''), line: l.line }));
  const markerIndents = expanded
    .map((l) => marker(l.text))
    .filter((m): m is NonNullable<typeof m> => m !== null && m.indent <= 3)
    .map((m) => m.indent);
  const base = markerIndents.length > 0 ? Math.min(...markerIndents) : 0;

  interface Item {
    lines: string[];
    line: number;
    /** The item's lines as written, for when it turns out to be prose. */
    source: string[];
    /** Blank lines between the item and the prose after it. */
    trail: number;
    /** Which run of items it belongs to: a prose line between items starts a new run. */
    run: number;
  }
  const items: Item[] = [];
  // Prose lines, and items in their place among them (an item may yet become prose).
  const order: Array<string | Item> = [];
  let current: Item | null = null;
  let blankPending = false;
  let run = 0;
  let proseSinceItem = false;

  for (const { text, line } of expanded) {
    if (text.trim() === '') {
      if (current) {
        blankPending = true;
        current.source.push('');
      } else order.push('');
      continue;
    }
    const found = marker(text);
    const indent = indentOf(text);
    if (found && found.indent < base + 2) {
      if (proseSinceItem) run += 1;
      proseSinceItem = false;
      current = { lines: [found.content], line, source: [text], trail: 0, run };
      items.push(current);
      order.push(current);
      blankPending = false;
      continue;
    }
    if (current && (indent >= base + 2 || !blankPending)) {
      if (blankPending) current.lines.push('');
      current.lines.push(text);
      current.source.push(text);
      blankPending = false;
      continue;
    }
    if (current) {
      // The blank lines that ended the item stand between it and the prose, if it becomes prose.
      while (current.source.at(-1) === '') {
        current.source.pop();
        current.trail += 1;
      }
    }
    current = null;
    blankPending = false;
    if (items.length > 0) proseSinceItem = true;
    order.push(text);
  }

  const asides = new Set<number>();
  if (options.asides) {
    for (let r = 1; r <= run; r++) {
      const members = items.filter((item) => item.run === r);
      if (members.length > 0 && members.every((item) => LINK_ONLY.test(joinItem(item.lines)))) asides.add(r);
    }
  }
  const prose: string[] = [];
  const kept: Item[] = [];
  for (const entry of order) {
    if (typeof entry === 'string') prose.push(entry);
    else if (asides.has(entry.run)) prose.push(...entry.source, ...Array<string>(entry.trail).fill(''));
    else kept.push(entry);
  }

  return {
    items: kept.map((item) => ({ text: joinItem(item.lines), line: item.line })),
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
 * `**Name:** note`, `_Name:_ note`. Separators inside parentheses don't count ("ID (INE - passport) - note").
 * Nested lines under the item join the note.
 */
export function splitDocument(text: string): { name: string; note: string } {
  const [first = '', ...rest] = text.split('\n');
  const more = rest
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  const join = (note: string) => [note, more].filter(Boolean).join(' ').trim();

  // A name in bold or italics, the colon inside or outside: `**Name:** note`, `_Name:_ note`, `*Name*: note`.
  const emphasis = /^(\*\*|__|\*|_)(?!\s)(.+?)\1(?![*_])\s*(?:[:\-–—]\s*)?(.*)$/.exec(first);
  if (emphasis) {
    const name = emphasis[2]!.replace(/[:\s]+$/, '');
    return { name, note: join(emphasis[3]!.replace(/^[:\-–—]\s*/, '')) };
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
