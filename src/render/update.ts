import { localize, localizeCount, type MessageKey } from '../i18n/index.js';
import type { GuideEntry, ItemEdit } from '../sources/changes.js';
import { sanitize } from '../text/sanitize.js';

/** A started guide that an update changed: its items that moved, and how many with progress did not. */
export interface StartedChange extends GuideEntry {
  /** The guide is no longer in the source (its progress stays saved). */
  gone: boolean;
  changes: ItemEdit[];
  kept: number;
}

/** What `tramit update` did with one git source (and prints as JSON). */
export type SourceReport =
  | { name: string; dir: string; url: string; status: 'failed'; error: string }
  | {
      name: string;
      dir: string;
      url: string;
      status: 'updated' | 'unchanged' | 'recloned';
      from: string | null;
      to: string;
      added: GuideEntry[];
      removed: GuideEntry[];
      started: StartedChange[];
    };

/** How many titles a country's line names before "and N more". */
const TITLES = 3;

const short = (commit: string | null) => (commit ?? '').slice(0, 7);

/** One line of guide text: the first line of an item's markdown, made safe, not too long. */
function line(text: string): string {
  const first = sanitize(text.split('\n')[0]!.trim());
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
}

/** The report of one source, as lines for the terminal (a failure is said on standard error). */
export function updateLines(report: SourceReport): string[] {
  if (report.status === 'failed') return [];
  const { name } = report;
  if (report.status === 'unchanged') return [localize('update.upToDate', { name, head: short(report.to) })];
  const lines =
    report.status === 'recloned'
      ? [localize('update.recloned', { name, to: short(report.to) })]
      : [localize('update.updated', { name, from: short(report.from), to: short(report.to) })];
  for (const [title, guides] of [
    ['update.newGuides', report.added],
    ['update.removedGuides', report.removed],
  ] as const) {
    if (guides.length === 0) continue;
    lines.push(`  ${localize(title)}`);
    const byCountry = new Map<string, GuideEntry[]>();
    for (const g of guides) byCountry.set(g.country, [...(byCountry.get(g.country) ?? []), g]);
    for (const [country, list] of byCountry) {
      const named = list
        .slice(0, TITLES)
        .map((g) => line(g.title))
        .join(', ');
      const titles =
        list.length > TITLES
          ? localize('update.andMore', { titles: named, count: list.length - TITLES })
          : named;
      lines.push(
        `    ${localize('update.country', { country: sanitize(country), count: list.length, titles })}`,
      );
    }
  }
  if (report.started.length > 0) lines.push(`  ${localize('update.started')}`);
  for (const guide of report.started) {
    const params = { title: line(guide.title), id: sanitize(guide.id) };
    if (guide.gone) {
      lines.push(`    ${localize('update.guideGone', params)}`);
      continue;
    }
    lines.push(`    ${localize('update.guide', params)}`);
    for (const edit of guide.changes) lines.push(...editLines(edit));
    if (guide.kept > 0) lines.push(`      ${localizeCount('update.kept', guide.kept)}`);
  }
  return lines;
}

function editLines(edit: ItemEdit): string[] {
  const kind = localize(`update.kind.${edit.kind}`);
  const said = localize(`update.item.${edit.change}`, { kind, n: edit.n, text: line(edit.text) });
  const stateKey: MessageKey | null =
    edit.state === null
      ? null
      : edit.change === 'removed'
        ? edit.state === 'done'
          ? 'update.state.hadDone'
          : 'update.state.hadSkipped'
        : edit.state === 'done'
          ? 'update.state.keptDone'
          : 'update.state.keptSkipped';
  const lines = [`      ${said}${stateKey ? ` ${localize(stateKey)}` : ''}`];
  if (edit.was !== undefined) lines.push(`        ${localize('update.item.was', { text: line(edit.was) })}`);
  return lines;
}
