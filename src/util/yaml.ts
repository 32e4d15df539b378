/**
 * YAML, loaded on first use: the built-in packs ship as JSON (scripts/copy-assets.mjs), so a
 * plain `check` never pays for the YAML parser; desk packs and YAML configs do.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/** Parses YAML (JSON too); a syntax error becomes `file[:line:col]: message`, one line. */
export function parseYamlText(text: string, file: string, makeError: (message: string) => Error): unknown {
  const lib = yamlLib();
  try {
    return lib.parse(text, { uniqueKeys: true });
  } catch (e) {
    if (e instanceof lib.YAMLParseError) {
      const pos = e.linePos?.[0];
      throw makeError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${e.message.split('\n')[0]}`);
    }
    throw e;
  }
}
