import type { Goal } from '../plan/goals.js';

/* The goals `tramit plan` offers (see src/plan/goals.ts for what each field means). */
export const GOALS: readonly Goal[] = [
  {
    id: 'self-employed',
    aliases: ['freelance', 'freelancer', 'autonomo'],
    label: { en: 'Work self-employed', es: 'Trabajar por cuenta propia' },
    kinds: ['tax_number', 'social_security_number'],
    topics: ['business'],
  },
  {
    id: 'live',
    aliases: ['reside', 'residence', 'vivir'],
    label: { en: 'Live there', es: 'Vivir allí' },
    kinds: ['residence_card', 'proof_of_address'],
    topics: [],
  },
  {
    id: 'study',
    aliases: ['student', 'estudiar'],
    label: { en: 'Study', es: 'Estudiar' },
    kinds: ['residence_card'],
    topics: ['education'],
  },
  {
    id: 'drive',
    aliases: ['driving', 'conducir', 'manejar'],
    label: { en: 'Drive', es: 'Conducir' },
    kinds: ['driving_licence'],
    topics: ['vehicles'],
  },
];
