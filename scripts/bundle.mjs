// Bundles the compiled program into dist/ as CommonJS chunks. A few files load faster than dozens of
// small modules, and every command still loads on its own (code splitting keeps each `await import()`
// a separate chunk). esbuild splits only ES modules, so each chunk is then turned into CommonJS:
// Node's CommonJS loader starts ~10 ms sooner than its ES module loader (no per-import resolution
// and linking, no ES facades for node: built-ins), and bin/tramit.cjs can hand CommonJS chunks their
// V8 code cache (scripts/code-cache.mjs), which Node 20 offers no way to do for ES modules.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, context, transformSync } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);

/** Writes every output chunk as CommonJS; `import()` becomes a `require()` in a promise. */
const commonJsOutput = {
  name: 'commonjs-output',
  setup(b) {
    b.onEnd((result) => {
      if (result.errors.length > 0 || !result.outputFiles) return;
      // Code caches are made for one build; a rebuilt chunk must not meet its old cache. Nor is
      // dist/ what scripts/build.mjs noted it was built from any more.
      rmSync(new URL('.code-cache/', dist), { recursive: true, force: true });
      rmSync(new URL('.build-stamp', dist), { force: true });
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

/**
 * Packages that a bundled package imports when it loads, for features tramit's use of it never or
 * rarely reaches. Each becomes a stub with the same named exports, functions that load the real
 * package on their first call from its own file in dist/ (`lazy-<package>.js`, an entry point of
 * the build, so its code is not in the importer's chunk). Behaviour is unchanged, only when the code
 * loads: the output of a guide with a code block still has cli-highlight's colours.
 * - gray-matter's default engines table binds js-yaml's functions at load; tramit always passes its
 *   own yaml engine (src/guide/frontmatter.ts). js-yaml in turn loads esprima from node_modules,
 *   with no code cache (~280 KB of source).
 * - marked-terminal highlights code blocks with cli-highlight (highlight.js and its 193 languages,
 *   parse5) and turns :shortcodes: into emoji with node-emoji (emojilib) only when asked, which
 *   tramit does not (src/render/terminal.ts). Guides seldom hold code blocks.
 * Together they were 2.2 MB of the terminal renderer's chunk, and most of its load time. An update
 * that makes an importer use another export fails loudly: esbuild refuses an import the stub lacks,
 * and gray-matter's load would throw on a missing js-yaml function (every CLI test loads it).
 */
const LAZY_PACKAGES = [
  { importer: 'gray-matter', name: 'js-yaml', exports: ['safeLoad', 'safeDump'] },
  { importer: 'marked-terminal', name: 'cli-highlight', exports: ['highlight'] },
  { importer: 'marked-terminal', name: 'node-emoji', exports: ['get'] },
];

const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    for (const lazy of LAZY_PACKAGES) {
      const importer = new RegExp(`[\\\\/]node_modules[\\\\/]${lazy.importer}[\\\\/]`);
      b.onResolve({ filter: new RegExp(`^${lazy.name}$`) }, (args) =>
        importer.test(args.importer) ? { path: lazy.name, namespace: 'lazy-stub' } : undefined,
      );
    }
    b.onResolve({ filter: /^lazy-entry:/ }, (args) => ({
      path: args.path.slice('lazy-entry:'.length),
      namespace: 'lazy-entry',
    }));
    const find = (name) => LAZY_PACKAGES.find((lazy) => lazy.name === name);
    // The real package, as the importer would have resolved it.
    b.onLoad({ filter: /.*/, namespace: 'lazy-entry' }, (args) => ({
      contents: `export { ${find(args.path).exports.join(', ')} } from '${args.path}';`,
      resolveDir: fileURLToPath(new URL(`../node_modules/${find(args.path).importer}/`, import.meta.url)),
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-stub' }, (args) => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let real;',
        `const load = () => (real ??= createRequire(import.meta.url)('./lazy-${args.path}.js'));`,
        ...find(args.path).exports.map(
          (name) => `export function ${name}(...args) { return load().${name}(...args); }`,
        ),
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const options = {
  entryPoints: {
    // dist/main.js, as bin/tramit.cjs loads it: the program started with the process's runtime.
    main: 'src/start.ts',
    'root-index': 'src/library/root-index.ts',
    // For scripts/build-index.mjs, which parses the bundled guides once for every later run.
    'parsed-guides': 'src/library/parsed-guides.ts',
    ...Object.fromEntries(LAZY_PACKAGES.map((lazy) => [`lazy-${lazy.name}`, `lazy-entry:${lazy.name}`])),
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  plugins: [lazyChildProcess, lazyPackages, commonJsOutput],
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
