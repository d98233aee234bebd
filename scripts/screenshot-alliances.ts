// The Alliances view on the seed, photographed at 1280 px and at a 680 px blog column, light and
// dark, with the Russia–Israel pair selected. Run `npm run build` first.
// Usage: npx tsx scripts/screenshot-alliances.ts [out-folder]

import { preview } from 'vite';
import { launchChromium } from './chromium.ts';

const outDir = process.argv[2] ?? '/tmp';
const server = await preview({ preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'warn' });
const browser = await launchChromium();
try {
  for (const [width, scheme] of [
    [1280, 'light'],
    [680, 'light'],
    [1280, 'dark'],
    [680, 'dark'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 1000 }, colorScheme: scheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.getByRole('row').nth(5).waitFor();
    await page.getByRole('button', { name: 'Alliances' }).click();
    await page.getByRole('button', { name: /Russia and Israel/ }).waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: /Russia and Israel/ }).click();
    await page.waitForTimeout(500);
    await page.locator('actor-graph-alliances .surface').scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${outDir}/alliances-${width}-${scheme}.png`, fullPage: width === 680 });
    if (width === 1280) {
      // The Export menu's PNG of the same view, as a reader downloads it.
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('button', { name: 'PNG image…', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PNG', exact: true }).click(),
      ]);
      await download.saveAs(`${outDir}/alliances-export-${scheme}.png`);
    }
    console.log(width, scheme, errors);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
