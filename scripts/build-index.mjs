// Builds dist/bundled-index.json: the bundled guides' summaries and search text, so that listing
// and searching them never parses markdown at run time. Runs after `tsc` in `npm run build`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { indexRoot } = await import('../dist/root-index.js');
const guides = fileURLToPath(new URL('../guides/', import.meta.url));
const out = fileURLToPath(new URL('../dist/bundled-index.json', import.meta.url));

rmSync(out, { force: true });
rmSync(out.replace(/\.json$/, '.search.json'), { force: true });
const indexed = await indexRoot(guides, { cacheFile: out, trustMtime: false });
if (indexed.warnings.length > 0) {
  for (const w of indexed.warnings) console.error(`build-index: ${w.path}: ${w.message}`);
  process.exit(1);
}
console.log(`build-index: ${indexed.summaries.length} bundled guides indexed`);
