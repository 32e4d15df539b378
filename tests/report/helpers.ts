/** A scratch copy of tests/fixtures/report/wire plus the files git should not hold: hostile names, bad bytes. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/report/wire', import.meta.url));
/** A file name that is markup. */
export const HOSTILE_NAME = '"><img src=x onerror=alert(1)><script>x.txt';

/** A temp folder with wire/ (the fixtures, a hostile file name, and two unreadable files). */
export function scratch(prefix = 'mtaudit-report-'): { dir: string; wire: string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const wire = path.join(dir, 'wire');
  cpSync(FIXTURES, wire, { recursive: true });
  writeFileSync(path.join(wire, HOSTILE_NAME), 'One country has no right to exert the influence space <img src=x onerror=alert(2)> in its neighbourhood.\n');
  writeFileSync(path.join(wire, 'bad-utf8.txt'), Buffer.from([0x41, 0x0a, 0x42, 0xff, 0x43, 0x0a]));
  writeFileSync(path.join(wire, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0x50, 0x4b, 0x03, 0x04]));
  return { dir, wire };
}
