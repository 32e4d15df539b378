// Precomputes, at build time, what every run would otherwise build from the data files at
// start-up (run by `npm run build` after tsc and copy-assets). First the words the POS model's
// lexicon knows, sorted, one a line, in dist/nlp/lexicon.txt: a run tells a known word without
// loading the model (src/nlp/tagger.ts, lexiconList). Then the entity-name gazetteer,
// written next to its module as two lines of JSON, what every document needs and then the
// name forms, which a run parses only when a document first needs one. A run reads it in a
// fraction of the time building takes and falls back to building when it is missing or its
// data files changed (src/rules/code/entity-name/gazetteer.ts, loadGazetteer).
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LEXICON = fileURLToPath(new URL('../dist/nlp/lexicon.txt', import.meta.url));
rmSync(LEXICON, { force: true });
const { lexiconFile } = await import('../dist/nlp/tagger.js');
const lexicon = lexiconFile();
writeFileSync(LEXICON, lexicon);
console.log(`precomputed the POS model's lexicon (${(lexicon.length / 1e6).toFixed(1)} MB)`);

const CACHE = fileURLToPath(new URL('../dist/rules/code/entity-name/gazetteer.jsonl', import.meta.url));
// An earlier build's file must not be what the module loads while this one is made.
rmSync(CACHE, { force: true });
const { GAZETTEER, gazetteerFile } = await import('../dist/rules/code/entity-name/gazetteer.js');
const json = gazetteerFile(GAZETTEER);
writeFileSync(CACHE, json);
console.log(`precomputed the gazetteer (${(json.length / 1e6).toFixed(1)} MB)`);
