/** One tagger per test file: the model loads once. */
import { createWinkTagger, type Tagger } from '../../src/nlp/tagger.js';

let tagger: Tagger | undefined;
export function sharedTagger(): Tagger {
  tagger ??= createWinkTagger();
  return tagger;
}
