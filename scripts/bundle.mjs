// Bundles the compiled program: a few files load faster than dozens of small modules, and every
// command still loads on its own (code splitting keeps each `await import()` a separate chunk).
import { rmSync } from 'node:fs';
import { build, context } from 'esbuild';

const options = {
  entryPoints: { main: 'src/main.ts', 'root-index': 'src/library/root-index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks sit next to main.js: paths like new URL('../guides/', import.meta.url) stay right.
  chunkNames: '[name]-[hash]',
  // Loaded at run time with createRequire (JSON data by name, CommonJS packages with their own files).
  external: ['i18n-iso-countries', 'write-file-atomic', 'proper-lockfile'],
  banner: {
    js: "import { createRequire as __tramitRequire } from 'node:module'; const require = __tramitRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
if (process.argv.includes('--watch')) {
  // `npm run dev`: rebuild on every change (the bundled guide index is rebuilt by `npm run build`).
  const ctx = await context({ ...options, logLevel: 'info' });
  await ctx.watch();
} else {
  await build(options);
}
