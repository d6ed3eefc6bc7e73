import { describe, expect, it } from 'vitest';
import { readWrittenDate } from '../../src/guide/dates.js';

describe('dates written in words, in the 15 languages of the community format', () => {
  it.each([
    ['en', '27 June 2024', '2024-06-27'],
    ['en', 'June 27, 2024', '2024-06-27'],
    ['en', '3rd Sept 2024', '2024-09-03'],
    ['es', '27 de junio de 2024', '2024-06-27'],
    ['es', '5 de setiembre de 2023', '2023-09-05'],
    ['pt', '23 de junho de 2024', '2024-06-23'],
    ['pt', '2 de março de 2024', '2024-03-02'],
    ['fr', '27 juin 2024', '2024-06-27'],
    ['fr', '1er août 2024', '2024-08-01'],
    ['it', '27 giugno 2024', '2024-06-27'],
    ['de', '27. Juni 2024', '2024-06-27'],
    ['de', '3. März 2024', '2024-03-03'],
    ['nl', '27 juni 2024', '2024-06-27'],
    ['pl', '27 czerwca 2024', '2024-06-27'],
    ['pl', '15 listopada 2024', '2024-11-15'],
    ['cs', '27. června 2024', '2024-06-27'],
    ['cs', '15. listopadu 2024', '2024-11-15'],
    ['sk', '27. júna 2024', '2024-06-27'],
    ['hu', '2024. június 27.', '2024-06-27'],
    ['ro', '27 iunie 2024', '2024-06-27'],
    ['hr', '27. lipnja 2024.', '2024-06-27'],
    // One word, two months: "listopad" is November in Czech and Polish, October in Croatian.
    ['hr', '15. listopada 2024.', '2024-10-15'],
    ['bg', '27 юни 2024 г.', '2024-06-27'],
    ['el', '27 Ιουνίου 2024', '2024-06-27'],
    ['el', '27 ιούνιος 2024', '2024-06-27'],
  ])('%s: %s → %s', (lang, text, iso) => {
    expect(readWrittenDate(text, lang)).toBe(iso);
  });

  it('reads a month name of any language when the guide language is unknown or wrong', () => {
    expect(readWrittenDate('27 de junio de 2024', undefined)).toBe('2024-06-27');
    expect(readWrittenDate('23 de junho de 2024', 'es')).toBe('2024-06-23');
  });

  it.each([
    ['31 de febrero de 2024', 'es'],
    ['29 February 2023', 'en'],
    ['sometime in spring', 'en'],
    ['June 2024', 'en'],
    ['27 June', 'en'],
    ['27 June 2024 or 28 June 2024', 'en'],
    ['the 27th of the month, 2024', 'en'],
    ['', 'en'],
  ])('%s (%s) is no date', (text, lang) => {
    expect(readWrittenDate(text, lang)).toBeNull();
  });
});
