import { fold } from '../text/normalize.js';

export type ValidityUnit = 'days' | 'weeks' | 'months' | 'years';

/**
 * `max_age`: the document must have been issued at most this long ago ("dated within the last three
 * months"). `valid_for`: the document itself stays valid this long after issue ("valid for 6 months").
 */
export type ValidityKind = 'max_age' | 'valid_for';

export interface Validity {
  amount: number;
  unit: ValidityUnit;
  kind: ValidityKind;
  /** The wording the rule was read from, as it appears in the note. */
  text: string;
}

/**
 * A minimum remaining validity ("with at least six months of validity remaining"). It is about the
 * document's expiry date, not its issue date, so it is kept out of `Validity` and `addValidity`.
 */
export interface RemainingValidity {
  amount: number;
  unit: ValidityUnit;
  text: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
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

interface UnitWord {
  unit: ValidityUnit;
  /** Only a singular unit may stand without a number ("within the last month"). */
  singular: boolean;
}

function unitWords(
  unit: ValidityUnit,
  singular: readonly string[],
  plural: readonly string[],
): [string, UnitWord][] {
  return [
    ...singular.map((w): [string, UnitWord] => [w, { unit, singular: true }]),
    ...plural.map((w): [string, UnitWord] => [w, { unit, singular: false }]),
  ];
}

type RuleLang = 'en' | 'es' | 'pt' | 'de' | 'fr' | 'it';
type Units = Readonly<
  Record<ValidityUnit, readonly [singular: readonly string[], plural: readonly string[]]>
>;

/** The unit words of each language the rules are written in, folded. */
const UNITS: Readonly<Record<RuleLang, Units>> = {
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

const RULE_LANGS = Object.keys(UNITS) as RuleLang[];

const unitEntries = (lang: RuleLang): Array<[string, UnitWord]> =>
  (Object.entries(UNITS[lang]) as Array<[ValidityUnit, Units[ValidityUnit]]>).flatMap(([unit, [one, many]]) =>
    unitWords(unit, one, many),
  );

const UNIT_WORDS = new Map<string, UnitWord>(RULE_LANGS.flatMap(unitEntries));
const UNIT_SETS = new Map(RULE_LANGS.map((lang) => [lang, new Set(unitEntries(lang).map(([word]) => word))]));

function alternation(words: Iterable<string>): string {
  // Longest first, so "semanas" is tried before "semana".
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join('|');
}

/*
 * A number in digits, or up to three words that `readAmount` checks against NUMBER_WORDS after the
 * match. Spelling the hundred number words out in every rule made each regular expression take
 * milliseconds to compile, paid again for every rule on the first note that needed them.
 */
const NUM = '\\d{1,4}|[a-z]+(?: [a-z]+){0,2}?';

type RuleKind = ValidityKind | 'min_remaining';

interface Rule {
  kind: RuleKind;
  re: RegExp;
}

/*
 * Rules are written against folded text (lower case, no accents, punctuation as single spaces).
 * `{n}` is a number, in digits or words, optionally repeated the other way ("tres (3)"); `{n?}` is
 * an optional number followed by a space; `{u}` is a unit.
 */
function makeRule(kind: RuleKind, source: string, unit: string): Rule {
  const body = source
    .replace('{n?}', `(?:(?<n>${NUM})(?: (?<n2>${NUM}))?? )?`)
    .replace('{n}', `(?<n>${NUM})(?: (?<n2>${NUM}))??`)
    .replace('{u}', `(?<u>${unit})`);
  // Folded text is words between single spaces, so a word boundary is a space or either end: no
  // Unicode letter classes (and no `u` flag), which cost more to compile than the rest of a rule.
  return { kind, re: new RegExp(`(?<![^ ])(?:${body})(?![^ ])`, 'g') };
}

const EN_ISSUED =
  '(?:issued|dated|obtained|printed|produced|generated|downloaded|requested|taken|certified|updated|stamped|made|recent|from)';
const ES_ISSUED =
  '(?:expedid[oa]s?|emitid[oa]s?|fechad[oa]s?|con fecha|de fecha|obtenid[oa]s?|impres[oa]s?|generad[oa]s?|descargad[oa]s?|actualizad[oa]s?|recientes?)';
const PT_ISSUED =
  '(?:emitid[oa]s?|datad[oa]s?|passad[oa]s?|obtid[oa]s?|expedid[oa]s?|com data|recentes?|atualizad[oa]s?|feit[oa]s?|impress[oa]s?)';
const IT_ISSUED =
  '(?:rilasciat[oaie]|emess[oaie]|datat[oaie]|ottenut[oaie]|prodott[oaie]|aggiornat[oaie]|recent[ei]|risalent[ei]|con data)';
const FR_ISSUED = '(?:dans|au cours|datant|datee?s?|emise?s?|delivree?s?|etablie?s?|editee?s?)';

/*
 * Each language's rules, written against folded text (see `makeRule`). A language's rules run
 * only on a note that names one of its units, so most notes compile none of them.
 */
const RULE_SOURCES: Readonly<Record<RuleLang, ReadonlyArray<readonly [RuleKind, string]>>> = {
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

// Built on first use, per language: most commands never read a validity rule.
const compiled = new Map<RuleLang, readonly Rule[]>();
function rules(lang: RuleLang): readonly Rule[] {
  let list = compiled.get(lang);
  if (!list) {
    const unit = `(?:${alternation(UNIT_SETS.get(lang)!)})`;
    list = RULE_SOURCES[lang].map(([kind, source]) => makeRule(kind, source, unit));
    compiled.set(lang, list);
  }
  return list;
}

/**
 * Words that, just before a max-age phrase, show it is about something else: a person's age
 * ("children under 6 years"), a length of stay ("séjour de moins de 3 mois") or a deadline
 * ("en un plazo no mayor a 10 días").
 */
const BLOCKERS = new Set([
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
const BLOCKER_REACH = 3;

/** Longer than any document's acceptable age; beyond it a "years" phrase is about someone's age. */
const MAX_AGE_YEARS = 10;

interface Folded {
  text: string;
  /** For each folded character, the original index where it starts and where it ends. */
  starts: number[];
  ends: number[];
}

/** `fold`, character by character, so that a match can be cut from the original note. */
function foldTracked(original: string): Folded {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let gap = false;
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    // One character folds to its letters, or to nothing when it is punctuation or a lone accent.
    const folded = fold(ch);
    if (folded === '' && !/^\p{M}+$/u.test(ch)) gap = true;
    for (const c of folded) {
      if (gap && chars.length > 0) {
        chars.push(' ');
        starts.push(i);
        ends.push(i);
      }
      gap = false;
      chars.push(c);
      starts.push(i);
      ends.push(next);
    }
    i = next;
  }
  return { text: chars.join(''), starts, ends };
}

interface Found {
  kind: RuleKind;
  start: number;
  end: number;
  amount: number;
  unit: ValidityUnit;
  text: string;
}

function blocked(folded: string, start: number): boolean {
  const before = folded.slice(0, start).trim().split(' ').slice(-BLOCKER_REACH);
  return before.some((w) => BLOCKERS.has(w));
}

function readAmount(word: string | undefined): number | undefined {
  if (word === undefined) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

function findAll(note: string): Found[] {
  // Every rule names a unit of its language: a note without one (most of them) runs no rule.
  const words = new Set(fold(note).split(' '));
  const langs = RULE_LANGS.filter((lang) => [...UNIT_SETS.get(lang)!].some((word) => words.has(word)));
  if (langs.length === 0) return [];
  const folded = foldTracked(note);
  const found: Found[] = [];
  for (const { kind, re } of langs.flatMap(rules)) {
    re.lastIndex = 0;
    for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
      const unitWord = UNIT_WORDS.get(m.groups?.['u'] ?? '');
      const numberWord = m.groups?.['n'];
      const amount = readAmount(numberWord);
      const repeated = m.groups?.['n2'];
      if (amount === undefined || (repeated !== undefined && readAmount(repeated) === undefined)) {
        // A word in the number's place that is no number: the rule may still match further on.
        re.lastIndex = m.index + 1;
        continue;
      }
      if (!unitWord || (numberWord === undefined && !unitWord.singular)) continue;
      if (amount <= 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (kind === 'max_age') {
        if (unitWord.unit === 'years' && amount > MAX_AGE_YEARS) continue;
        if (blocked(folded.text, start)) continue;
      }
      const text = note.slice(folded.starts[start], folded.ends[end - 1]);
      found.push({ kind, start, end, amount, unit: unitWord.unit, text });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The age or validity rule in a document note, or null when the note has none. A minimum remaining
 * validity ("at least six months of validity remaining") is not such a rule and also gives null, even
 * when its wording contains one ("valid for more than three months"); see `parseMinRemaining`.
 */
export function parseValidity(note: string): Validity | null {
  const found = findAll(note);
  const remaining = found.filter((f) => f.kind === 'min_remaining');
  for (const f of found) {
    if (f.kind === 'min_remaining') continue;
    if (remaining.some((r) => r.start < f.end && f.start < r.end)) continue;
    return { amount: f.amount, unit: f.unit, kind: f.kind, text: f.text };
  }
  return null;
}

/** The minimum remaining validity a note asks for ("valid for at least 6 months"), or null. */
export function parseMinRemaining(note: string): RemainingValidity | null {
  const f = findAll(note).find((x) => x.kind === 'min_remaining');
  return f ? { amount: f.amount, unit: f.unit, text: f.text } : null;
}

function parseDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d)
      return [y, mo, d];
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
}

function formatDate(d: Date): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * The date a document issued on `date` stops being acceptable under `v`. Months and years are
 * calendar ones, and a day that the target month lacks becomes its last day (31 January + 1 month
 * is 28 February), as offices count "three months" from one date to the same date.
 */
export function addValidity(date: string, v: Pick<Validity, 'amount' | 'unit'>): string {
  const [y, mo, d] = parseDate(date);
  switch (v.unit) {
    case 'days':
      return formatDate(new Date(Date.UTC(y, mo - 1, d + v.amount)));
    case 'weeks':
      return formatDate(new Date(Date.UTC(y, mo - 1, d + 7 * v.amount)));
    case 'months':
    case 'years': {
      const months = v.unit === 'years' ? 12 * v.amount : v.amount;
      const target = new Date(Date.UTC(y, mo - 1 + months, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(d, lastDay));
      return formatDate(target);
    }
  }
}

const UNIT_LABELS: Readonly<Record<'en' | 'es', Record<ValidityUnit, [string, string]>>> = {
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

/** "3 months", "1 año". */
export function validityLabel(v: Pick<Validity, 'amount' | 'unit'>, lang: 'en' | 'es'): string {
  const [one, many] = UNIT_LABELS[lang][v.unit];
  return `${v.amount} ${v.amount === 1 ? one : many}`;
}
