import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../node/machine.ts';

// As tests/browser/browser.ts launches it: without the background-networking flags Chromium keeps
// dialling Google's hosts, which this machine's closed network refuses.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = Object.freeze({ width: 1280, height: 900 });

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}
