import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Raw text of a progress fixture. */
export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}
