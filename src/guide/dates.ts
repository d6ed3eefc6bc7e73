import { fold } from '../text/normalize.js';
import { DATE_FILLERS, MONTHS } from '../vocab/months.js';

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
      else if (!DATE_FILLERS.has(word)) {
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
