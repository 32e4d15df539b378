/**
 * What the counting scripts share (count-*.mjs, preposition-head-candidates.mjs): the repository
 * root, the built dist/ (its tagger and the rules' own code, so that a count reads text as the
 * rules do: run `npm run build` first), the folder of clean English a script counts in, and its
 * files as tagged documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A module of the built dist/, by its path there ("nlp/tagger.js"). */
export function fromDist(path) {
  return import(pathToFileURL(join(ROOT, 'dist', path)).href);
}

export const { Doc } = await fromDist('text/document.js');
export const { createWinkTagger } = await fromDist('nlp/tagger.js');

/** The folder of clean English given as the first argument; without one, the usage and exit 2. */
export function corpusArg(usage) {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--')) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return dir;
}

/** The .txt files of a folder, sorted, so that counts do not depend on the file system's order. */
export function cleanFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/** Each file of cleanFiles(dir) as a Doc over the tagger. */
export function* cleanDocs(dir, tagger) {
  for (const f of cleanFiles(dir)) yield new Doc(readFileSync(join(dir, f), 'utf8'), tagger);
}

/** The path of a file of src/data. */
export function dataPath(file) {
  return join(ROOT, 'src/data', file);
}
