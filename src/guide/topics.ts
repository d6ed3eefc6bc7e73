import { fold } from '../text/normalize.js';

/** The fixed topic taxonomy. Bundled guides name these ids in `topics:`. */
export const TOPICS = [
  { id: 'identity', en: 'Identity documents', es: 'Documentos de identidad' },
  { id: 'residence', en: 'Residence & immigration', es: 'Residencia y migración' },
  { id: 'health', en: 'Health & social security', es: 'Salud y seguridad social' },
  { id: 'pensions', en: 'Pensions & benefits', es: 'Pensiones y prestaciones' },
  { id: 'taxes', en: 'Taxes', es: 'Impuestos' },
  { id: 'work', en: 'Work & employment', es: 'Trabajo y empleo' },
  { id: 'business', en: 'Business & self-employment', es: 'Empresas y autónomos' },
  { id: 'vehicles', en: 'Vehicles & driving', es: 'Vehículos y conducción' },
  { id: 'family', en: 'Family & civil registry', es: 'Familia y registro civil' },
  { id: 'education', en: 'Education', es: 'Educación' },
  { id: 'housing', en: 'Housing & property', es: 'Vivienda y propiedad' },
  { id: 'legal', en: 'Legal & certificates', es: 'Trámites legales y certificados' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

const IDS = new Set<string>(TOPICS.map((t) => t.id));

export function isTopicId(value: string): value is TopicId {
  return IDS.has(value);
}

/** A topic given by id or by its English or Spanish label, any case or accents, or a unique prefix. */
export function findTopic(input: string): TopicId | null {
  const wanted = fold(input);
  if (!wanted) return null;
  const exact = TOPICS.find((t) => [t.id, t.en, t.es].some((name) => fold(name) === wanted));
  if (exact) return exact.id;
  const prefixed = TOPICS.filter((t) =>
    [t.id, t.en, t.es].some((name) =>
      fold(name)
        .split(' ')
        .some((word) => word.startsWith(wanted)),
    ),
  );
  return prefixed.length === 1 ? prefixed[0]!.id : null;
}

export function topicLabel(id: string, lang: string): string {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) return id;
  return lang === 'es' ? topic.es : topic.en;
}
