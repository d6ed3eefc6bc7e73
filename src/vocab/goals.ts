import type { Goal } from '../plan/goals.js';

/*
 * What a person moving somewhere may want to do, as data: the document kinds they end up needing
 * (one guide that gives each is picked in the chosen country) and the topics whose guides are part
 * of it. `tramit plan` asks for goals in a terminal and takes them with `--goal`.
 */
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
