// Copies the non-TypeScript files the code reads at run time (rule packs, word lists)
// next to the compiled output, keeping their paths relative to src/.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ASSETS = /\.(ya?ml|txt|json)$/;
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : ASSETS.test(e.name) ? [join(dir, e.name)] : [],
  );
}
let n = 0;
for (const file of walk('src')) {
  const to = join('dist', relative('src', file));
  if (!existsSync(dirname(to))) mkdirSync(dirname(to), { recursive: true });
  cpSync(file, to);
  n++;
}
console.log(`copied ${n} asset files to dist/`);
