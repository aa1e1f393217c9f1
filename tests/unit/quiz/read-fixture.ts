import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a fixture bank from tests/fixtures/banks. */
export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/banks/${name}`, import.meta.url)), 'utf8');
}
