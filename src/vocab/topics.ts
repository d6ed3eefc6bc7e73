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
] as const satisfies ReadonlyArray<{ id: string; en: string; es: string }>;

export type TopicId = (typeof TOPICS)[number]['id'];
