/**
 * The browser every script and test uses: Debian's Chromium (Playwright cannot download its own
 * here; scripts/ensure-system-deps.sh installs it). CHROMIUM_PATH overrides the path.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Launch options for Playwright: the machines have no network beyond the package registries, so keep Chromium quiet. */
export const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

/** Starts Chromium with LAUNCH_OPTIONS; close it when done. */
export const launchChromium = (): Promise<Browser> => chromium.launch(LAUNCH_OPTIONS);
