import { kindById } from '../wallet/kinds.js';
import { kindsIn, tokenize } from '../wallet/match.js';

/*
 * What a community guide gives you, guessed from its title alone when its front matter does not say
 * (`produces`). Only a title that says "get / apply for / renew" next to the name of a document, or
 * that is the name of a procedure whose result is a document ("Anmeldung"), gives a guess; the body
 * is never read, because it names every document the procedure asks for, not the one it gives.
 * Everything is folded (lower case, no accents), as `fold` writes it.
 */

/**
 * Words that say the guide is about obtaining something, in the community format's languages. A
 * document named in a title without one of them ("Lost passport", "Paying taxes") gives no guess.
 */
const OBTAIN = new Set([
  // en
  'get',
  'getting',
  'obtain',
  'obtaining',
  'apply',
  'applying',
  'application',
  'request',
  'requesting',
  'issue',
  'issuing',
  'issuance',
  'renew',
  'renewing',
  'renewal',
  'register',
  'registering',
  // es
  'obtener',
  'obtencion',
  'obten',
  'solicitar',
  'solicitud',
  'solicita',
  'tramitar',
  'tramite',
  'tramita',
  'sacar',
  'saca',
  'expedicion',
  'emision',
  'renovar',
  'renovacion',
  'renueva',
  'inscripcion',
  'inscribirse',
  'registrarse',
  'conseguir',
  // de
  'beantragen',
  'antrag',
  'beantragung',
  'erhalten',
  'bekommen',
  'ausstellung',
  'verlangerung',
  'verlangern',
  'erteilung',
  // pt
  'obter',
  'obtencao',
  'pedir',
  'pedido',
  'requerer',
  'emissao',
  'renovacao',
  'tirar',
  'inscricao',
  // fr
  'obtenir',
  'obtention',
  'demander',
  'demande',
  'renouveler',
  'renouvellement',
  // it
  'ottenere',
  'richiedere',
  'richiesta',
  'rilascio',
  'rinnovo',
  'rinnovare',
  // nl
  'aanvragen',
  'aanvraag',
  'verlengen',
  // pl
  'uzyskanie',
  'uzyskac',
  'wniosek',
  'wyrobienie',
  'wyrobic',
  // cs, sk
  'ziskani',
  'zadost',
  'vyrizeni',
  'ziskanie',
  'ziadost',
  'vybavenie',
  // hu
  'igenyles',
  'igenylese',
  'kiallitasa',
  // ro
  'obtinere',
  'obtinerea',
  'solicitare',
  'eliberare',
  'eliberarea',
  // hr
  'izdavanje',
  'zahtjev',
  'dobivanje',
  // bg
  'получаване',
  'издаване',
  // el
  'εκδοση',
  'αιτηση',
]);

/**
 * Words that make a title about something else than getting the document it names: cancelling,
 * checking, certifying or translating it, booking an appointment for it. One of them stops the guess.
 */
const VETO = new Set([
  // en
  'cancel',
  'cancelling',
  'cancellation',
  'deregister',
  'deregistration',
  'check',
  'verify',
  'consult',
  'apostille',
  'legalise',
  'legalize',
  'legalisation',
  'legalization',
  'translate',
  'translation',
  'recognition',
  'recognise',
  'recognize',
  'appointment',
  'withdraw',
  'surrender',
  'return',
  // es
  'baja',
  'cancelacion',
  'cancelar',
  'consulta',
  'consultar',
  'apostilla',
  'apostillar',
  'legalizacion',
  'traduccion',
  'homologacion',
  'convalidacion',
  'verificacion',
  'devolucion',
  'renuncia',
  'cita',
  // de
  'abmeldung',
  'kundigung',
  'beglaubigung',
  'anerkennung',
  'ubersetzung',
  'termin',
  'ruckgabe',
  // pt
  'cancelamento',
  'apostila',
  'legalizacao',
  'traducao',
  'reconhecimento',
  'devolucao',
  'marcacao',
  'agendamento',
  // fr
  'annulation',
  'traduction',
  'rendez',
  // it
  'annullamento',
  'traduzione',
  'appuntamento',
]);

/** Words after which a title names what it needs, not what it gives ("… with your NIE"). */
const WITH = new Set([
  'with',
  'using',
  'con',
  'mediante',
  'mit',
  'com',
  'avec',
  'met',
  'z',
  'cu',
  's',
  'sa',
  'με',
]);

/** Kinds a title never gives: forms, receipts and papers made for the procedure, and choices. */
const NEVER_GIVEN = new Set([
  'photo_id',
  'application_form',
  'fee_receipt',
  'appointment_confirmation',
  'photos',
  'bank_statement',
  'proof_of_income',
  'employment_contract',
  'rental_contract',
  'power_of_attorney',
  'company_deed',
]);

/**
 * Names of procedures whose result is a document, though they name no document (folded phrases,
 * searched in every language: an English title often keeps the local name, "Anmeldung in Berlin").
 */
const PROCEDURES: ReadonlyArray<{ kind: string; phrases: readonly string[] }> = [
  {
    kind: 'proof_of_address',
    phrases: [
      'anmeldung',
      'wohnsitzanmeldung',
      'wohnungsanmeldung',
      'meldebescheinigung',
      'meldebestatigung',
      'empadronamiento',
      'empadronarse',
      'alta en el padron',
      'inscripcion en el padron',
      'address registration',
      'register your address',
      'registering your address',
      'atestado de residencia',
    ],
  },
];

const PROCEDURE_WORDS = PROCEDURES.map((p) => ({
  kind: p.kind,
  phrases: p.phrases.map((phrase) => phrase.split(' ')),
}));

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++)
    if (phrase.every((word, k) => tokens[i + k] === word)) return true;
  return false;
}

/**
 * The document kinds a guide's title says it gives, in the order named; empty when it says none
 * clearly. A kind of one country (a CURP) is only guessed for a guide of that country.
 */
export function inferProduces(
  title: string,
  lang: string | undefined,
  country: string | undefined,
): string[] {
  const tokens = tokenize(title).folded;
  if (tokens.some((t) => VETO.has(t))) return [];
  const found: string[] = [];
  const add = (kind: string) => {
    const countries = kindById(kind)?.countries;
    if (countries && (country === undefined || !countries.includes(country))) return;
    if (!found.includes(kind)) found.push(kind);
  };
  for (const procedure of PROCEDURE_WORDS)
    if (procedure.phrases.some((phrase) => containsPhrase(tokens, phrase))) add(procedure.kind);

  // "Solicitud", "demande", "žádost" also name an application form: as such they give nothing, and
  // they stay words that say the guide is about obtaining something.
  const hits = kindsIn(title, lang).filter((hit) => !NEVER_GIVEN.has(hit.kind.id));
  const covered = new Set<number>();
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) covered.add(i);
  const obtains = tokens.some((t, i) => !covered.has(i) && OBTAIN.has(t));
  if (!obtains) return found;
  const withAt = tokens.findIndex((t, i) => !covered.has(i) && WITH.has(t));
  for (const hit of hits) {
    if (withAt >= 0 && hit.start > withAt) break;
    add(hit.kind.id);
  }
  return found;
}
