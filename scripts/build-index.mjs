// Builds dist/bundled-index.json (and its .details.json and .search.json): the bundled guides'
// summaries, details and search text, so that listing and searching them never parses markdown at
// run time; and dist/bundled-guides/, each bundled guide as the parser reads it, so that showing
// one does not either (src/library/parsed-guides.ts). Runs after scripts/bundle.mjs in `npm run build`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { indexRoot } = await import('../dist/root-index.js');
const { writeParsedGuides } = await import('../dist/parsed-guides.js');
const guides = fileURLToPath(new URL('../guides/', import.meta.url));
const out = fileURLToPath(new URL('../dist/bundled-index.json', import.meta.url));
const parsed = fileURLToPath(new URL('../dist/bundled-guides/', import.meta.url));

rmSync(out, { force: true });
for (const side of ['.search.json', '.details.json']) rmSync(out.replace(/\.json$/, side), { force: true });
const indexed = await indexRoot(guides, { cacheFile: out });
if (indexed.warnings.length > 0) {
  for (const w of indexed.warnings) console.error(`build-index: ${w.path}: ${w.message}`);
  process.exit(1);
}
const paths = indexed.summaries().map((summary) => summary.path);
const { written, skipped } = await writeParsedGuides(guides, paths, parsed);
// Not an error: those guides are parsed when shown, as every guide used to be.
for (const path of skipped)
  console.error(`build-index: ${path}: not kept parsed (it would not read back the same)`);
console.log(`build-index: ${paths.length} bundled guides indexed, ${written} kept parsed`);
