// Fails early, with instructions instead of a stack trace, when no Chromium is available.
import { findChromium } from './chromium-path.mjs';

const path = findChromium();
if (!path) {
  const asked = process.env.CHROMIUM_PATH;
  console.error(
    [
      asked ? `CHROMIUM_PATH is set to "${asked}", but no browser is there.` : 'No Chromium found for the browser tests.',
      '',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium   (Ubuntu may name it chromium-browser)',
      '  macOS:          install Google Chrome or Chromium, or set CHROMIUM_PATH',
      '  elsewhere:      set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser tests will use ${path}`);
