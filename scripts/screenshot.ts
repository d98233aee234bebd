// Makes the README's screenshot of the explorer on the seed graph: builds nothing itself (run
// `npm run build` first), serves dist/ with Vite's preview server and photographs it in Debian
// Chromium. Usage: npx tsx scripts/screenshot.ts [out.png] [width] [height]
import { preview } from 'vite';
import { launchChromium } from './chromium.ts';

const [out = 'docs/explorer.png', width = '1280', height = '860'] = process.argv.slice(2);
const server = await preview({ preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'warn' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.getByRole('row').nth(5).waitFor();
  // Show the evidence of one relation, as a reader would: by clicking its row in the table.
  await page.getByRole('row', { name: /Condemnation Russia Israel/ }).click();
  await page.mouse.move(0, 0);
  await page.evaluate(() => scrollTo(0, 0));
  await page
    .getByText(/condemned Israel/)
    .first()
    .waitFor();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
