import type { ValidityKind, ValidityUnit } from '../wallet/validity.js';

/*
 * The words of validity rules (src/wallet/validity.ts reads them): number words, unit words, and
 * each language's rules. Rules are regular expressions over folded text (lower case, no accents,
 * punctuation as single spaces) with three slots, the one grammar here apart from the phrase syntax
 * of src/vocab/phrase.ts, because a rule needs optional words and alternatives inside a phrase:
 * `{n}` a number in digits or words, optionally repeated the other way ("tres (3)"); `{n?}` an
 * optional number followed by a space; `{u}` one of the language's unit words.
 */

export type RuleKind = ValidityKind | 'min_remaining';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // en
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  // es
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  quince: 15,
  veinte: 20,
  treinta: 30,
  sesenta: 60,
  noventa: 90,
  // pt
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  onze: 11,
  doze: 12,
  quinze: 15,
  vinte: 20,
  trinta: 30,
  sessenta: 60,
  // de
  ein: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  einer: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwolf: 12,
  funfzehn: 15,
  zwanzig: 20,
  dreissig: 30,
  sechzig: 60,
  neunzig: 90,
  // fr
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  vingt: 20,
  trente: 30,
  soixante: 60,
  'quatre vingt dix': 90,
  // it
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  dieci: 10,
  undici: 11,
  dodici: 12,
  quindici: 15,
  venti: 20,
  trenta: 30,
  sessanta: 60,
  novanta: 90,
};

export type RuleLang = 'en' | 'es' | 'pt' | 'de' | 'fr' | 'it';
export type Units = Readonly<
  Record<ValidityUnit, readonly [singular: readonly string[], plural: readonly string[]]>
>;

/** The unit words of each language the rules are written in, folded. */
export const UNITS: Readonly<Record<RuleLang, Units>> = {
  en: {
    days: [['day'], ['days']],
    weeks: [['week'], ['weeks']],
    months: [['month'], ['months']],
    years: [['year'], ['years']],
  },
  es: {
    days: [['dia'], ['dias']],
    weeks: [['semana'], ['semanas']],
    months: [['mes'], ['meses']],
    years: [['ano'], ['anos']],
  },
  pt: {
    days: [['dia'], ['dias']],
    weeks: [['semana'], ['semanas']],
    months: [['mes'], ['meses']],
    years: [['ano'], ['anos']],
  },
  de: {
    days: [
      ['tag', 'tages'],
      ['tage', 'tagen'],
    ],
    weeks: [['woche'], ['wochen']],
    months: [
      ['monat', 'monats'],
      ['monate', 'monaten'],
    ],
    years: [
      ['jahr', 'jahres'],
      ['jahre', 'jahren'],
    ],
  },
  fr: {
    days: [['jour'], ['jours']],
    weeks: [['semaine'], ['semaines']],
    months: [['mois'], []],
    years: [
      ['an', 'annee'],
      ['ans', 'annees'],
    ],
  },
  it: {
    days: [['giorno'], ['giorni']],
    weeks: [['settimana'], ['settimane']],
    months: [['mese'], ['mesi']],
    years: [['anno'], ['anni']],
  },
};

export const EN_ISSUED =
  '(?:issued|dated|obtained|printed|produced|generated|downloaded|requested|taken|certified|updated|stamped|made|recent|from)';
export const ES_ISSUED =
  '(?:expedid[oa]s?|emitid[oa]s?|fechad[oa]s?|con fecha|de fecha|obtenid[oa]s?|impres[oa]s?|generad[oa]s?|descargad[oa]s?|actualizad[oa]s?|recientes?)';
export const PT_ISSUED =
  '(?:emitid[oa]s?|datad[oa]s?|passad[oa]s?|obtid[oa]s?|expedid[oa]s?|com data|recentes?|atualizad[oa]s?|feit[oa]s?|impress[oa]s?)';
export const IT_ISSUED =
  '(?:rilasciat[oaie]|emess[oaie]|datat[oaie]|ottenut[oaie]|prodott[oaie]|aggiornat[oaie]|recent[ei]|risalent[ei]|con data)';
export const FR_ISSUED = '(?:dans|au cours|datant|datee?s?|emise?s?|delivree?s?|etablie?s?|editee?s?)';

/*
 * Each language's rules, written against folded text (see `makeRule`). A language's rules run
 * only on a note that names one of its units, so most notes compile none of them.
 */
export const RULE_SOURCES: Readonly<Record<RuleLang, ReadonlyArray<readonly [RuleKind, string]>>> = {
  en: [
    ['max_age', 'within (?:the )?(?:last|past|previous|preceding) {n?}{u}'],
    ['max_age', `${EN_ISSUED} (?:(?:in|within|during) )?(?:the )?(?:last|past|previous|preceding) {n?}{u}`],
    ['max_age', '(?:not|no)(?: be)? older than {n} {u}'],
    [
      'max_age',
      '(?:(?:not|no)(?: be)? more than|less than|fewer than|at most|a maximum of|maximum of|maximum|max|up to) {n} {u} old',
    ],
    ['max_age', '{n} {u} old (?:at most|or less|or newer|maximum|max)'],
    ['max_age', `${EN_ISSUED} (?:(?:no|not) more than|less than|fewer than|within|at most) {n} {u}(?: ago)?`],
    ['max_age', '(?:less|no more|not more|fewer) than {n} {u} ago'],
    ['max_age', '(?:no|not) earlier than {n} {u} (?:before|ago|prior)'],
    ['max_age', 'within {n} {u} (?:of|from|after) (?:the )?(?:its )?(?:date of )?(?:issue|issuance|issuing)'],
    ['valid_for', 'valid (?:for|during) (?:a period of )?{n} {u}'],
    ['valid_for', 'valid {n} {u}'],
    ['valid_for', '(?:validity|validity period|period of validity) of {n} {u}'],
    ['valid_for', '{n} {u} validity'],
    ['valid_for', 'expires? {n} {u} (?:after|from) (?:the )?(?:date of )?(?:issue|issuance)'],
    [
      'min_remaining',
      'valid (?:for )?(?:at least|a minimum of|minimum|more than|over|no less than|not less than|another|a further) {n} (?:more |further )?{u}',
    ],
    [
      'min_remaining',
      '(?:at least|a minimum of|minimum|more than|over|no less than|not less than) {n} {u} (?:of )?(?:remaining )?validity',
    ],
    ['min_remaining', '{n} {u} (?:of )?(?:validity )?(?:remaining|left)'],
    ['min_remaining', '(?:remain|remains|still be|stay) valid (?:for )?(?:at least )?{n} {u}'],
    [
      'min_remaining',
      'valid (?:for )?{n} {u} (?:beyond|after|past|following|longer than) (?:the |your )?(?:end|date|stay|departure|arrival|entry|planned|intended|return|travel|trip|expiry|period)',
    ],
    ['min_remaining', '(?:remaining )?validity of (?:at least|more than|over|a minimum of) {n} {u}'],
    ['min_remaining', 'remaining validity of {n} {u}'],
  ],
  es: [
    ['max_age', 'dentro (?:de (?:los|las) (?:ultimos|ultimas)|del ultimo|de la ultima) {n?}{u}'],
    ['max_age', `${ES_ISSUED} (?:(?:en|durante|dentro de|de) )?(?:los|las) (?:ultimos|ultimas) {n?}{u}`],
    [
      'max_age',
      'antiguedad (?:(?:no (?:mayor|superior)|menor|inferior) (?:a|de) |maxima (?:de )?|de hasta |de menos de |de no mas de |de maximo |hasta |de )?{n} {u}',
    ],
    ['max_age', 'no (?:mayor|superior) (?:a|de) {n} {u}'],
    ['max_age', `(?:${ES_ISSUED} )?hace (?:menos de|no mas de|como maximo|un maximo de|maximo) {n} {u}`],
    [
      'max_age',
      '(?:menos de|no mas de|maximo|hasta|un maximo de) {n} {u} de (?:antiguedad|expedid[oa]|emitid[oa]|expedicion|emision)',
    ],
    ['max_age', 'no (?:anterior|previa|previo) a {n} {u}'],
    ['max_age', '(?:dentro de|en) (?:los|las) {n} {u} (?:anteriores|previos|previas|ultimos|ultimas)'],
    ['max_age', '(?:expedicion|emision) (?:menor|inferior) (?:a|de) {n} {u}'],
    ['valid_for', '(?:valid[oa]s?|vigentes?) (?:por|durante) (?:un (?:periodo|plazo) de )?{n} {u}'],
    ['valid_for', '(?:vigencia|validez) de {n} {u}'],
    ['valid_for', '{n} {u} de (?:vigencia|validez)'],
    [
      'min_remaining',
      '(?:vigencia|validez) (?:(?:minima|restante|remanente) (?:de )?|(?:superior|mayor) (?:a|de) |(?:de )?(?:al menos|por lo menos|minimo|mas de) ){n} {u}',
    ],
    ['min_remaining', '(?:al menos|por lo menos|mas de|minimo) {n} {u} (?:de )?(?:vigencia|validez)'],
    [
      'min_remaining',
      '(?:valid[oa]s?|vigentes?) (?:por|durante) (?:al menos|lo menos|por lo menos|mas de|un minimo de) {n} {u}',
    ],
    ['min_remaining', '{n} {u} (?:de vigencia|de validez) (?:restantes?|remanentes?)'],
  ],
  pt: [
    [
      'max_age',
      `${PT_ISSUED} (?:nos|nas|durante os|durante as|dentro dos|dentro das) (?:ultimos|ultimas) {n?}{u}`,
    ],
    ['max_age', `${PT_ISSUED} (?:no|dentro do) ultimo {u}`],
    ['max_age', 'dentro (?:dos|das) (?:ultimos|ultimas) {n?}{u}'],
    ['max_age', `(?:${PT_ISSUED} )?ha (?:menos de|no maximo|nao mais de) {n} {u}`],
    [
      'max_age',
      '(?<!(?:prazo|validade) )(?:(?:com data|com antiguidade|data de emissao) )?(?:nao superior|inferior) a {n} {u}',
    ],
    ['max_age', 'com (?:menos de|no maximo|nao mais de) {n} {u}'],
    [
      'max_age',
      '(?:nao (?:pode|deve|podem|devem) ter mais de|(?:ter|tenha|tenham) (?:no maximo|menos de)) {n} {u}',
    ],
    ['max_age', '(?:menos de|no maximo|ate) {n} {u} de (?:antiguidade|emissao)'],
    ['valid_for', 'valid[oa]s? (?:por|durante) (?:um periodo de )?{n} {u}'],
    ['valid_for', 'validade de {n} {u}'],
    ['valid_for', '{n} {u} de validade'],
    [
      'min_remaining',
      'validade (?:minima de|restante de|residual de|de pelo menos|de no minimo|de mais de|superior a) {n} {u}',
    ],
    ['min_remaining', 'valid[oa]s? (?:(?:por|durante) )?(?:pelo menos|no minimo|mais de) {n} {u}'],
    ['min_remaining', '(?:pelo menos|no minimo|mais de) {n} {u} de validade'],
  ],
  de: [
    ['max_age', 'nicht (?:alter|junger) (?:sein )?als {n} {u}'],
    [
      'max_age',
      '(?:hochstens|maximal|max|nicht mehr als|weniger als|bis zu) {n} {u} (?:alt|zuruckliegen|zuruckliegend)',
    ],
    ['max_age', 'nicht langer als {n} {u} zuruckliegen'],
    ['max_age', 'junger als {n} {u}'],
    ['max_age', '(?:innerhalb|aus) (?:den|der) letzten {n?}{u}'],
    ['max_age', '(?:innerhalb des|aus dem) letzten {u}'],
    ['max_age', '(?:in|innerhalb) (?:den|der) letzten {n?}{u} (?:ausgestellt|erstellt|datiert)'],
    ['max_age', '(?:ausgestellt|erstellt|datiert) (?:in|innerhalb) (?:den|der) letzten {n?}{u}'],
    ['max_age', 'vor (?:weniger als|hochstens|maximal|nicht mehr als|nicht langer als) {n} {u}'],
    ['valid_for', 'gultig (?:fur |fuer )?{n} {u}'],
    ['valid_for', '{n} {u} (?:lang )?gultig'],
    ['valid_for', 'gultigkeit(?:sdauer)? (?:von )?{n} {u}'],
    [
      'min_remaining',
      '(?:noch )?(?:mindestens|wenigstens|mehr als|langer als|uber) {n} {u} (?:lang )?gultig',
    ],
    ['min_remaining', 'gultig (?:fur |fuer )?(?:noch )?(?:mindestens|wenigstens|mehr als) {n} {u}'],
    ['min_remaining', '(?:rest)?gultigkeit (?:von )?(?:noch )?(?:mindestens|wenigstens|mehr als) {n} {u}'],
    ['min_remaining', 'restgultigkeit (?:von )?{n} {u}'],
  ],
  fr: [
    ['max_age', `(?:${FR_ISSUED} (?:de )?|de |il y a )?moins (?:de|d) {n} {u}`],
    ['max_age', `${FR_ISSUED} (?:(?:de|d) )?(?:les|des) {n?}(?:derniers|dernieres) {u}`],
    ['max_age', `${FR_ISSUED} (?:le|du) dernier {u}`],
    ['max_age', '(?:datant|datee?s?) (?:de )?{n} {u} (?:maximum|max|au plus|au maximum)'],
    [
      'max_age',
      'anciennete (?:(?:inferieure|n excedant pas|ne depassant pas) a |(?:maximale|maximum|max) (?:de )?|de moins de |de )?{n} {u}',
    ],
    ['max_age', 'pas (?:dater|avoir) (?:de )?plus (?:de|d) {n} {u}'],
    ['max_age', '(?:pas plus de|au plus|maximum) {n} {u} d anciennete'],
    ['valid_for', 'valable (?:pendant |pour |durant )?{n} {u}'],
    ['valid_for', '(?:duree de )?validite (?:de |d )?{n} {u}'],
    [
      'min_remaining',
      'valable (?:encore )?(?:pendant |pour )?(?:au moins|plus de|minimum|encore) (?:pendant )?{n} {u}',
    ],
    [
      'min_remaining',
      'validite (?:restante |residuelle )?(?:d au moins|de plus de|minimale de|minimum de|superieure a|d encore|de au moins) {n} {u}',
    ],
    ['min_remaining', 'validite (?:restante|residuelle) (?:de |d )?{n} {u}'],
    ['min_remaining', '(?:au moins|plus de) {n} {u} de validite'],
  ],
  it: [
    ['max_age', `${IT_ISSUED} (?:negli|nei|entro gli|entro i|nel corso degli) (?:ultimi|ultime) {n?}{u}`],
    ['max_age', `${IT_ISSUED} (?:nell ultimo|nell ultima) {u}`],
    ['max_age', 'entro (?:gli|i|le) (?:ultimi|ultime) {n?}{u}'],
    ['max_age', 'non (?:anteriore|antecedente|precedente|superiore) (?:a|ai|agli|alle|di) {n} {u}'],
    ['max_age', 'non piu vecchi[oaie] di {n} {u}'],
    ['max_age', `(?:${IT_ISSUED} )?da (?:meno di|non piu di|non oltre) {n} {u}`],
    ['max_age', 'risalent[ei] a non (?:oltre|piu di) {n} {u}'],
    ['max_age', '(?:nei|negli) {n} {u} (?:precedenti|antecedenti)'],
    ['valid_for', 'valid[oaie] (?:per )?{n} {u}'],
    ['valid_for', 'validita (?:di )?{n} {u}'],
    ['min_remaining', 'valid[oaie] (?:per )?(?:almeno|ancora|piu di|per almeno) {n} {u}'],
    [
      'min_remaining',
      'validita (?:residua |rimanente )?(?:di )?(?:almeno|non inferiore a|superiore a|ancora) {n} {u}',
    ],
    ['min_remaining', 'validita (?:residua|rimanente) (?:di )?{n} {u}'],
  ],
};

/**
 * Words that, just before a max-age phrase, show it is about something else: a person's age
 * ("children under 6 years"), a length of stay ("séjour de moins de 3 mois") or a deadline
 * ("en un plazo no mayor a 10 días").
 */
export const BLOCKERS = new Set([
  ...['child', 'children', 'minor', 'minors', 'person', 'persons', 'people', 'applicants', 'aged', 'kids'],
  ...['stay', 'stays', 'staying', 'deadline', 'visit', 'trip'],
  ...['nino', 'ninos', 'nina', 'ninas', 'menores', 'personas', 'hijos', 'hijas', 'edad', 'mayores'],
  ...['estancia', 'estancias', 'plazo', 'termino', 'viaje'],
  ...['criancas', 'pessoas', 'filhos', 'idade', 'estadia', 'estada', 'permanencia', 'prazo'],
  ...['kinder', 'kind', 'personen', 'minderjahrige', 'jugendliche', 'aufenthalt', 'aufenthalts', 'frist'],
  ...['enfant', 'enfants', 'mineurs', 'personnes', 'jeunes', 'age', 'ages', 'agee', 'agees'],
  ...['sejour', 'sejours', 'delai', 'duree'],
  ...['bambini', 'minori', 'persone', 'figli', 'eta', 'soggiorno', 'soggiorni', 'termine'],
]);

export const UNIT_LABELS: Readonly<Record<'en' | 'es', Record<ValidityUnit, [string, string]>>> = {
  en: {
    days: ['day', 'days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
    years: ['year', 'years'],
  },
  es: {
    days: ['día', 'días'],
    weeks: ['semana', 'semanas'],
    months: ['mes', 'meses'],
    years: ['año', 'años'],
  },
};
