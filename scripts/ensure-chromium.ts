// Makes sure Debian's Chromium is installed for the browser tests; Playwright cannot download its own here.
import { chromiumPath } from './lib/chromium.ts';
import { ensureDebianTool } from './lib/debian-package.ts';

await ensureDebianTool({ path: chromiumPath, pkg: 'chromium', purpose: 'the browser tests run in Debian\'s Chromium', alternative: '(or set CHROMIUM_PATH)' });
