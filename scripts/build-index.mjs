// Builds dist/bundled-index.json (and its .details.json and .search.json): the bundled guides'
// summaries, details and search text, so that listing and searching them never parses markdown at
// run time. Runs after scripts/bundle.mjs in `npm run build`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { indexRoot } = await import('../dist/root-index.js');
const guides = fileURLToPath(new URL('../guides/', import.meta.url));
const out = fileURLToPath(new URL('../dist/bundled-index.json', import.meta.url));

rmSync(out, { force: true });
for (const side of ['.search.json', '.details.json']) rmSync(out.replace(/\.json$/, side), { force: true });
const indexed = await indexRoot(guides, { cacheFile: out });
if (indexed.warnings.length > 0) {
  for (const w of indexed.warnings) console.error(`build-index: ${w.path}: ${w.message}`);
  process.exit(1);
}
console.log(`build-index: ${indexed.summaries().length} bundled guides indexed`);
