/**
 * The scan two rules share: a subject pronoun right after a comma and followed by a word
 * ("The minister, he said", "The exam which was held on Sunday, it will"), the shape of a
 * subject taken up again by a pronoun.
 */
import type { Doc, Token } from '../../../../text/document.js';

export interface CommaPronoun {
  readonly comma: Token;
  readonly pron: Token;
  readonly verb: Token;
}

/** Each pronoun of `pronouns` with a comma before it and a word after it, in text order. */
export function* commaPronouns(doc: Doc, pronouns: ReadonlySet<string>): Generator<CommaPronoun> {
  for (const pron of doc.tokensWith(pronouns)) {
    if (!pronouns.has(pron.norm)) continue;
    const comma = doc.prev(pron);
    if (comma?.text !== ',') continue;
    const verb = doc.next(pron);
    if (!verb || verb.kind !== 'word') continue;
    yield { comma, pron, verb };
  }
}
