/**
 * The built-in rules: every code rule (listed here explicitly, never loaded by name at run
 * time) and every pack in ./packs. Pack files ship beside the compiled code (see
 * scripts/copy-assets.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { AnyRule } from './engine.js';
import { compilePack, loadPack, type PatternRule } from './pack.js';
import { codeRules } from './code/index.js';

const PACK_DIR = new URL('./packs/', import.meta.url);

/** Pack names; in dist/ each is a .json the build wrote from the .yaml, in src/ the .yaml itself. */
export function builtinPackFiles(): string[] {
  const files = readdirSync(PACK_DIR).filter((f) => f.endsWith('.yaml') || f.endsWith('.json'));
  // A stale .yaml beside its .json (an old build) must not load the pack twice.
  return files.filter((f) => !(f.endsWith('.yaml') && files.includes(f.replace(/\.yaml$/, '.json')))).sort();
}

export function loadBuiltinPacks(): PatternRule[] {
  return builtinPackFiles().flatMap((f) => {
    const text = readFileSync(new URL(f, PACK_DIR), 'utf8');
    const shown = `packs/${f.replace(/\.json$/, '.yaml')}`;
    return f.endsWith('.json') ? compilePack(JSON.parse(text), shown) : loadPack(text, shown);
  });
}

export function builtinRules(): AnyRule[] {
  return [...codeRules, ...loadBuiltinPacks()];
}
