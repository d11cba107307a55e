import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, or CHROME_PATH. Browsers are never downloaded, and the tests install nothing:
 * .ci/run (and the README) install Debian's package.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/**
 * The browser `npm test` drives: CHROME_PATH, else Debian's headless shell of the same Chromium
 * (package chromium-headless-shell: the same engine without the desktop browser around it, which
 * is what Playwright itself runs headless; it loads and prints pages for about a third less CPU),
 * else Debian's Chromium. The benchmarks keep `chromiumPath`, the browser readers have.
 */
export function testChromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Flags that keep Chromium from reaching for the network on this closed machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
