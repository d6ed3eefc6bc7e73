import { describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es.js';

/** Words ending in -s that are not plurals, and may follow a count. */
const INVARIABLE = new Set(['más', 'es', 'mientras']);

/**
 * In Spanish a noun, adjective or participle after a number agrees with it (`1 archivo revisado`,
 * `2 archivos revisados`), so such a message is a plural pair (`.one` / `.other`, said with `tc`)
 * or is worded so that nothing agrees (`omitidos: 1`). The rule is checked by filling every other
 * message with 1 for each value: a "1" (or "1 de 1") followed by a plural word cannot agree.
 */
describe('plural rules in Spanish', () => {
  it('no message puts a plural word after a count it cannot agree with', () => {
    const found: string[] = [];
    for (const [key, template] of Object.entries(es)) {
      if (/\.(one|other)$/.test(key)) continue;
      const filled = template.replace(/\{\w+\}/g, '1');
      for (const m of filled.matchAll(/(?<![\p{L}\p{N}-])1 (?:de 1 )?(\p{L}+s)(?!\p{L})/gu))
        if (!INVARIABLE.has(m[1]!)) found.push(`${key}: "${m[0]}" in ${JSON.stringify(template)}`);
    }
    expect(found).toEqual([]);
  });
});
