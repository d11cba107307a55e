import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, or CHROME_PATH. Browsers are never downloaded, and the tests install nothing:
 * .ci/run (and the README) install Debian's package.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
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
