import type { Guide } from '../guide/model.js';
import type { Library } from '../library/library.js';

/** The guide as plain text, for pipes and files. */
export function renderGuidePlain(guide: Guide, library: Library): string {
  const lines: string[] = [guide.title, '='.repeat(Math.min(guide.title.length, 80)), ''];
  lines.push(`${guide.id} · ${guide.lang} · ${guide.country}${guide.date ? ` · ${guide.date}` : ''}`, '');
  if (guide.description) lines.push(guide.description, '');
  if (guide.sections.whatIsIt) lines.push('What is it?', guide.sections.whatIsIt, '');
  if (guide.sections.whoNeedsIt) lines.push('Who needs it?', guide.sections.whoNeedsIt, '');
  lines.push('Steps');
  if (guide.steps.length === 0 && guide.sections.procedure) lines.push(guide.sections.procedure);
  for (const step of guide.steps)
    lines.push(`${String(step.n).padStart(2)}. ${step.text.replace(/\n/g, '\n    ')}`);
  lines.push('', 'Documents');
  if (guide.documents.length === 0 && guide.sections.documents) lines.push(guide.sections.documents);
  for (const doc of guide.documents) lines.push(` - ${doc.name}${doc.note ? `: ${doc.note}` : ''}`);
  if (guide.details.length > 0) {
    lines.push('', 'Additional details');
    for (const d of guide.details) lines.push(` - ${d}`);
  }
  const related = guide.related
    .map((r) => ({ title: r.title, id: library.resolveLink(r.target) }))
    .filter((r) => r.id);
  if (related.length > 0) {
    lines.push('', 'Related guides');
    for (const r of related) lines.push(` - ${r.title} (tramit show ${r.id})`);
  }
  return lines.join('\n');
}
