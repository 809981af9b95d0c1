// Finds a Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download. Prints the path, or says exactly how to get one and exits 1.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (found) {
    console.log(`Browser tests use ${found}`);
  } else {
    console.error(
      [
        'No Chromium found for the browser tests. Install one, then run npm test again:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
        '  elsewhere:      npx playwright install chromium',
        'or point CHROME_PATH at an existing Chrome/Chromium binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
