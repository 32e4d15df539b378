// Copies the non-TypeScript files the code reads at run time (word lists, data) next to the
// compiled output, keeping their paths relative to src/. Built-in rule packs are parsed here
// and written as JSON, so a run never loads the YAML parser for them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';

const ASSETS = /\.(ya?ml|txt|json)$/;
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : ASSETS.test(e.name) ? [join(dir, e.name)] : [],
  );
}
let n = 0;
for (const file of walk('src')) {
  let to = join('dist', relative('src', file));
  if (!existsSync(dirname(to))) mkdirSync(dirname(to), { recursive: true });
  if (/[\\/]rules[\\/]packs[\\/][^\\/]+\.ya?ml$/.test(file)) {
    to = to.replace(/\.ya?ml$/, '.json');
    writeFileSync(to, JSON.stringify(parse(readFileSync(file, 'utf8'), { uniqueKeys: true })));
  } else cpSync(file, to);
  n++;
}
console.log(`copied ${n} asset files to dist/`);
