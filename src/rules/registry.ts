/**
 * The built-in rules: every code rule (listed here explicitly, never loaded by name at run
 * time) and every pack in ./packs. Pack files ship beside the compiled code (see
 * scripts/copy-assets.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { AnyRule } from './engine.js';
import { loadPack, type PatternRule } from './pack.js';
import { codeRules } from './code/index.js';

const PACK_DIR = new URL('./packs/', import.meta.url);

export function builtinPackFiles(): string[] {
  return readdirSync(PACK_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

export function loadBuiltinPacks(): PatternRule[] {
  return builtinPackFiles().flatMap((f) => loadPack(readFileSync(new URL(f, PACK_DIR), 'utf8'), `packs/${f}`));
}

export function builtinRules(): AnyRule[] {
  return [...codeRules, ...loadBuiltinPacks()];
}
