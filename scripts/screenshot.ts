// `npm run screenshot -- /python/ConnectionResetError/ [out.png] [--dark] [--mobile]`: a look at a built page
// in Debian's Chromium, as a reader would see it.
import { chromium } from '@playwright/test';
import { serveStatic } from './lib/static-server.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [pagePath = '/', out = 'screenshot.png'] = args.filter((a) => !a.startsWith('--'));
const { url, server } = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({
    viewport: flags.has('--mobile') ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    colorScheme: flags.has('--dark') ? 'dark' : 'light',
  });
  await page.goto(url + pagePath);
  await page.screenshot({ path: out, fullPage: flags.has('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
