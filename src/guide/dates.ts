import { fold } from '../text/normalize.js';

/**
 * Month names as community files write them in front matter dates ("27 de junio de 2024",
 * "27. června 2024"), folded like all matching text (lower case, no accents, final sigma as σ).
 * Slavic languages, Greek and Hungarian write the month in another case after a day number, so
 * those forms are listed too; a few common abbreviations are in English only.
 */
const MONTHS: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  es: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre'],
  ],
  pt: [
    ['janeiro'],
    ['fevereiro'],
    ['marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro'],
    ['novembro'],
    ['dezembro'],
  ],
  fr: [
    ['janvier'],
    ['fevrier'],
    ['mars'],
    ['avril'],
    ['mai'],
    ['juin'],
    ['juillet'],
    ['aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['decembre'],
  ],
  it: [
    ['gennaio'],
    ['febbraio'],
    ['marzo'],
    ['aprile'],
    ['maggio'],
    ['giugno'],
    ['luglio'],
    ['agosto'],
    ['settembre'],
    ['ottobre'],
    ['novembre'],
    ['dicembre'],
  ],
  de: [
    ['januar', 'janner'],
    ['februar'],
    ['marz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober'],
    ['november'],
    ['dezember'],
  ],
  nl: [
    ['januari'],
    ['februari'],
    ['maart'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  pl: [
    ['styczen', 'stycznia'],
    ['luty', 'lutego'],
    ['marzec', 'marca'],
    ['kwiecien', 'kwietnia'],
    ['maj', 'maja'],
    ['czerwiec', 'czerwca'],
    ['lipiec', 'lipca'],
    ['sierpien', 'sierpnia'],
    ['wrzesien', 'wrzesnia'],
    ['pazdziernik', 'pazdziernika'],
    ['listopad', 'listopada'],
    ['grudzien', 'grudnia'],
  ],
  cs: [
    ['leden', 'ledna'],
    ['unor', 'unora'],
    ['brezen', 'brezna'],
    ['duben', 'dubna'],
    ['kveten', 'kvetna'],
    ['cerven', 'cervna'],
    ['cervenec', 'cervence'],
    ['srpen', 'srpna'],
    ['zari'],
    ['rijen', 'rijna'],
    ['listopad', 'listopadu'],
    ['prosinec', 'prosince'],
  ],
  sk: [
    ['januar', 'januara'],
    ['februar', 'februara'],
    ['marec', 'marca'],
    ['april', 'aprila'],
    ['maj', 'maja'],
    ['jun', 'juna'],
    ['jul', 'jula'],
    ['august', 'augusta'],
    ['september', 'septembra'],
    ['oktober', 'oktobra'],
    ['november', 'novembra'],
    ['december', 'decembra'],
  ],
  hu: [
    ['januar'],
    ['februar'],
    ['marcius'],
    ['aprilis'],
    ['majus'],
    ['junius'],
    ['julius'],
    ['augusztus'],
    ['szeptember'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  ro: [
    ['ianuarie'],
    ['februarie'],
    ['martie'],
    ['aprilie'],
    ['mai'],
    ['iunie'],
    ['iulie'],
    ['august'],
    ['septembrie'],
    ['octombrie'],
    ['noiembrie'],
    ['decembrie'],
  ],
  hr: [
    ['sijecanj', 'sijecnja'],
    ['veljaca', 'veljace'],
    ['ozujak', 'ozujka'],
    ['travanj', 'travnja'],
    ['svibanj', 'svibnja'],
    ['lipanj', 'lipnja'],
    ['srpanj', 'srpnja'],
    ['kolovoz', 'kolovoza'],
    ['rujan', 'rujna'],
    ['listopad', 'listopada'],
    ['studeni', 'studenoga', 'studenog'],
    ['prosinac', 'prosinca'],
  ],
  bg: [
    ['януари'],
    ['февруари'],
    ['март'],
    ['април'],
    ['май'],
    ['юни'],
    ['юли'],
    ['август'],
    ['септември'],
    ['октомври'],
    ['ноември'],
    ['декември'],
  ],
  el: [
    ['ιανουαριοσ', 'ιανουαριου'],
    ['φεβρουαριοσ', 'φεβρουαριου'],
    ['μαρτιοσ', 'μαρτιου'],
    ['απριλιοσ', 'απριλιου'],
    ['μαιοσ', 'μαιου'],
    ['ιουνιοσ', 'ιουνιου'],
    ['ιουλιοσ', 'ιουλιου'],
    ['αυγουστοσ', 'αυγουστου'],
    ['σεπτεμβριοσ', 'σεπτεμβριου'],
    ['οκτωβριοσ', 'οκτωβριου'],
    ['νοεμβριοσ', 'νοεμβριου'],
    ['δεκεμβριοσ', 'δεκεμβριου'],
  ],
};

type MonthTable = ReadonlyMap<string, number>;

let tables: { byLang: Map<string, MonthTable>; any: MonthTable } | null = null;

/**
 * Month number by word, per language, and for any language. A word that names two different months
 * in two languages ("listopad": November in Czech and Polish, October in Croatian) is left out of
 * the any-language table: only the guide's own language can tell.
 */
function monthTables() {
  if (tables) return tables;
  const byLang = new Map<string, MonthTable>();
  const any = new Map<string, number>();
  const clash = new Set<string>();
  for (const [lang, months] of Object.entries(MONTHS)) {
    const table = new Map<string, number>();
    months.forEach((words, i) => {
      for (const written of words) {
        // Folded as the dates are: "май" loses its breve like every "й".
        const word = fold(written);
        table.set(word, i + 1);
        const known = any.get(word);
        if (known !== undefined && known !== i + 1) clash.add(word);
        any.set(word, i + 1);
      }
    });
    byLang.set(lang, table);
  }
  for (const word of clash) any.delete(word);
  tables = { byLang, any };
  return tables;
}

/** Words that may stand between the parts of a date: "27 de junio de 2024", "June 27th, 2024", "2024 г.". */
const FILLERS = new Set(['de', 'del', 'of', 'the', 'le', 'el', 'г', 'godine', 'roku', 'ano']);
const DAY = /^(\d{1,2})(?:st|nd|rd|th|er|e|o|a|º|η)?$/u;

/**
 * A date written with a month name, as `YYYY-MM-DD`; null when the text is not exactly one real
 * day (a day number, a month name, a four-digit year, and at most a few linking words).
 * The guide's language is tried first, then every language.
 */
export function readWrittenDate(text: string, lang: string | undefined): string | null {
  const words = fold(text).split(' ').filter(Boolean);
  if (words.length < 3 || words.length > 7) return null;
  const { byLang, any } = monthTables();
  for (const table of [lang ? byLang.get(lang) : undefined, any]) {
    if (!table) continue;
    let day: number | null = null;
    let month: number | null = null;
    let year: number | null = null;
    let ok = true;
    for (const word of words) {
      const m = table.get(word);
      const d = DAY.exec(word);
      if (m !== undefined && month === null) month = m;
      else if (/^\d{4}$/.test(word) && year === null) year = Number(word);
      else if (d && day === null) day = Number(d[1]);
      else if (!FILLERS.has(word)) {
        ok = false;
        break;
      }
    }
    if (!ok || day === null || month === null || year === null) continue;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
