// Bundles the compiled program into dist/ as CommonJS chunks. A few files load faster than dozens of
// small modules, and every command still loads on its own (code splitting keeps each `await import()`
// a separate chunk). esbuild splits only ES modules, so each chunk is then turned into CommonJS:
// Node's CommonJS loader starts ~10 ms sooner than its ES module loader (no per-import resolution
// and linking, no ES facades for node: built-ins), and bin/tramit.cjs can hand CommonJS chunks their
// V8 code cache (scripts/code-cache.mjs), which Node 20 offers no way to do for ES modules.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build, context, transformSync } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);

/** Writes every output chunk as CommonJS; `import()` becomes a `require()` in a promise. */
const commonJsOutput = {
  name: 'commonjs-output',
  setup(b) {
    b.onEnd((result) => {
      if (result.errors.length > 0 || !result.outputFiles) return;
      // Code caches are made for one build; a rebuilt chunk must not meet its old cache.
      rmSync(new URL('.code-cache/', dist), { recursive: true, force: true });
      for (const file of result.outputFiles) {
        if (!file.path.endsWith('.js')) continue;
        const { code } = transformSync(file.text, {
          format: 'cjs',
          platform: 'node',
          target: 'node20',
          supported: { 'dynamic-import': false },
          define: { 'import.meta.url': '__tramitUrl' },
          logLevel: 'warning',
        });
        const url = code.includes('__tramitUrl')
          ? "var __tramitUrl = require('node:url').pathToFileURL(__filename).href;\n"
          : '';
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, url + code);
      }
      // The package is "type": "module"; these .js files are CommonJS.
      writeFileSync(new URL('package.json', dist), '{ "type": "commonjs" }\n');
    });
  },
};

/**
 * commander requires node:child_process when it loads, for subcommands that are separate programs,
 * which tramit has none of; that module pulls in net and dgram (~3 ms of every start). It now loads
 * on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents:
        "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const options = {
  entryPoints: {
    main: 'src/main.ts',
    'root-index': 'src/library/root-index.ts',
    // Started as a worker thread to parse a large library's files (src/library/parse-many.ts).
    'parse-worker': 'src/library/parse-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  plugins: [lazyChildProcess, commonJsOutput],
  // Chunks sit next to main.js: paths like new URL('../guides/', import.meta.url) stay right.
  chunkNames: '[name]-[hash]',
  // Loaded at run time with require (JSON data by name, CommonJS packages with their own files).
  external: ['i18n-iso-countries', 'write-file-atomic', 'proper-lockfile'],
  logLevel: 'warning',
};

rmSync(dist, { recursive: true, force: true });
if (process.argv.includes('--watch')) {
  // `npm run dev`: rebuild on every change (the bundled guide index is rebuilt by `npm run build`).
  const ctx = await context({ ...options, logLevel: 'info' });
  await ctx.watch();
} else {
  await build(options);
}
