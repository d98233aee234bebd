import { launchChromium } from '../../scripts/chromium.ts';

export const VIEWPORT = Object.freeze({ width: 1280, height: 900 });

export const launchBrowser = launchChromium;
