// Bundles the CLI's entry points (run by `npm run build` after tsc and copy-assets): loading
// some 300 small ES modules one by one (resolve, read, compile, link) is a good part of a
// command's start-up, so dist/cli/bin.js and the two worker entries (check-worker.js,
// report-worker.js) are replaced by bundles of the code they import, split into shared chunks
// (dist/cli/bundle-*.js) so a command still loads only what it uses (`check` never loads the
// review UI). Packages in node_modules stay external. The unbundled modules stay in dist/ as
// tsc wrote them: they are the library (dist/index.js) and what the bundles read data beside.
//
// Every bundled file sits in dist/cli/, and each module's `import.meta.url` is rewritten to
// the URL of the module's own file in dist/, so the files a module finds relative to itself
// (word lists, packs, workers, the demo article) are the same bundled or not.
import { build } from 'esbuild';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

const OUT = path.resolve('dist/cli');
const ENTRIES = ['bin.js', 'check-worker.js', 'report-worker.js'].map((f) => path.join(OUT, f));

// Chunks of an earlier build.
for (const f of await readdir(OUT)) if (/^bundle-.*\.js$/.test(f)) await rm(path.join(OUT, f));

/** Rewrites `import.meta.url` in modules of dist/ to their own file's URL, from dist/cli/. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const rel = path.relative(OUT, args.path).split(path.sep).join('/');
      const own = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', own), loader: 'js' };
    });
  },
};

await build({
  entryPoints: ENTRIES,
  outdir: OUT,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022', // not 'node20': esbuild would rewrite every \p{...} regex literal as a new RegExp() call
  packages: 'external',
  entryNames: '[name]',
  chunkNames: 'bundle-[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [ownUrl],
});
console.log('bundled dist/cli/bin.js, check-worker.js, report-worker.js');
