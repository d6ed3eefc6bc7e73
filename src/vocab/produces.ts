/*
 * What a community guide's title says it gives (src/guide/infer-produces.ts reads these), in the
 * phrase syntax of src/vocab/phrase.ts, written folded (lower case, no accents), as `fold` writes it.
 */

/**
 * Words that say the guide is about obtaining something, in the community format's languages. A
 * document named in a title without one of them ("Lost passport", "Paying taxes") gives no guess.
 */
export const OBTAIN_WORDS = [
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
] as const satisfies readonly string[];

/**
 * Words that make a title about something else than getting the document it names: cancelling,
 * checking, certifying or translating it, booking an appointment for it. One of them stops the guess.
 */
export const VETO_WORDS = [
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
] as const satisfies readonly string[];

/** Words after which a title names what it needs, not what it gives ("… with your NIE"). */
export const WITH_WORDS = [
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
] as const satisfies readonly string[];

/** Kinds a title never gives: forms, receipts and papers made for the procedure, and choices. */
export const NEVER_GIVEN = [
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
] as const satisfies readonly string[];

/**
 * Names of procedures whose result is a document, though they name no document (folded phrases,
 * searched in every language: an English title often keeps the local name, "Anmeldung in Berlin").
 */
export const PROCEDURE_NAMES = [
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
] as const satisfies ReadonlyArray<{ kind: string; phrases: readonly string[] }>;
