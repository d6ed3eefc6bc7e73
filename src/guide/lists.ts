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

/** What a pass over a section's lines found: items, and prose lines with the items in their place. */
interface Scan {
  items: Item[];
  order: Array<string | Item>;
  /** The last run's number. */
  runs: number;
}

/**
 * Splits a section into its top-level list items and the prose around them. Nested bullets and
 * indented continuation paragraphs stay with their item; a line that follows an item directly
 * (markdown's lazy continuation) does too. Lists indented by one space are top-level lists.
 */
export function scanList(lines: readonly SourceLine[], options: ScanOptions = {}): ListScan {
  const expanded = lines.map((l) => ({ text: expandTabs(l.text).replace(/\s+$/, ''), line: l.line }));
  const scan = collectItems(expanded, listIndent(expanded));
  const asides = options.asides ? asideRuns(scan) : new Set<number>();
  const prose: string[] = [];
  const kept: Item[] = [];
  for (const entry of scan.order) {
    if (typeof entry === 'string') prose.push(entry);
    else if (asides.has(entry.run)) prose.push(...entry.source, ...Array<string>(entry.trail).fill(''));
    else kept.push(entry);
  }
  return {
    items: kept.map((item) => ({ text: joinItem(item.lines), line: item.line })),
    prose: prose.join('\n').trim(),
  };
}

/** The indent of the section's top-level list: its least indented marker (up to three spaces). */
function listIndent(lines: readonly SourceLine[]): number {
  const markerIndents = lines
    .map((l) => marker(l.text))
    .filter((m): m is NonNullable<typeof m> => m !== null && m.indent <= 3)
    .map((m) => m.indent);
  return markerIndents.length > 0 ? Math.min(...markerIndents) : 0;
}

function collectItems(lines: readonly SourceLine[], base: number): Scan {
  const scan: Scan = { items: [], order: [], runs: 0 };
  let current: Item | null = null;
  let blankPending = false;
  let proseSinceItem = false;
  for (const { text, line } of lines) {
    if (text.trim() === '') {
      if (current) {
        blankPending = true;
        current.source.push('');
      } else scan.order.push('');
      continue;
    }
    const found = marker(text);
    if (found && found.indent < base + 2) {
      if (proseSinceItem) scan.runs += 1;
      proseSinceItem = false;
      current = { lines: [found.content], line, source: [text], trail: 0, run: scan.runs };
      scan.items.push(current);
      scan.order.push(current);
      blankPending = false;
      continue;
    }
    if (current && (indentOf(text) >= base + 2 || !blankPending)) {
      if (blankPending) current.lines.push('');
      current.lines.push(text);
      current.source.push(text);
      blankPending = false;
      continue;
    }
    if (current) endItem(current);
    current = null;
    blankPending = false;
    if (scan.items.length > 0) proseSinceItem = true;
    scan.order.push(text);
  }
  return scan;
}

/** The blank lines that ended an item stand between it and the prose, if it becomes prose. */
function endItem(item: Item): void {
  while (item.source.at(-1) === '') {
    item.source.pop();
    item.trail += 1;
  }
}

/** Runs of items after the first that are links and nothing else: "see also", not items. */
function asideRuns(scan: Scan): Set<number> {
  const asides = new Set<number>();
  for (let r = 1; r <= scan.runs; r++) {
    const members = scan.items.filter((item) => item.run === r);
    if (members.length > 0 && members.every((item) => LINK_ONLY.test(joinItem(item.lines)))) asides.add(r);
  }
  return asides;
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
