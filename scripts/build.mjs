// Builds dist/: the bundle (scripts/bundle.mjs), the bundled guides' index (scripts/build-index.mjs),
// then the V8 code cache (scripts/code-cache.mjs), in that order, each from the one before.
//
// `npm test` builds first, and so does `npm install` (prepare): a fresh clone built twice, and every
// test run paid ~4 s for a dist/ that was already what the sources make. The build now notes what it
// was made from (a hash of the content of every input file, and the Node version, whose V8 the code
// cache belongs to) in dist/.build-stamp, and does nothing when that is unchanged. Any other writer
// of dist/ (the bundler in watch mode) removes the note. `--force` builds anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(root, 'dist', '.build-stamp');
const INPUTS = [
  'src',
  'guides',
  'scripts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  // What npm installed (versions of every package): a dependency bundled into dist/ may change.
  'node_modules/.package-lock.json',
];
const STEPS = ['bundle.mjs', 'build-index.mjs', 'code-cache.mjs'];

function* files(path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

function inputsHash() {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const input of INPUTS)
    for (const file of files(join(root, input))) {
      hash.update(`${relative(root, file)}\n`);
      hash.update(readFileSync(file));
      hash.update('\n');
    }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const before = inputsHash();
if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === before) {
  console.log('dist/ is up to date with its sources (npm run build -- --force builds it anyway)');
  process.exit(0);
}
for (const step of STEPS) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', step)], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// Noted only when the sources did not change while building: else the next build starts over.
if (inputsHash() === before) writeFileSync(STAMP, `${before}\n`);
