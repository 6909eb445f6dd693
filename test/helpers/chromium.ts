// Debian's Chromium for every browser test, launched the one way this machine allows: no sandbox
// (root), and no background networking (the network is closed and Chromium would keep retrying).
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Why browser tests skip here, or undefined when Chromium is installed. */
export const noChromium = existsSync(CHROMIUM)
  ? undefined
  : `SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;

/** A headless Chromium with the flags this closed, root-run machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
