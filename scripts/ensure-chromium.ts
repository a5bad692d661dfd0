// Makes sure Debian's Chromium is installed for the browser tests; Playwright cannot download its own here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './lib/chromium.ts';

if (existsSync(chromiumPath)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
console.log(`Chromium is missing at ${chromiumPath}; installing Debian's chromium package (about 30 s)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(chromiumPath)) {
  console.error(`apt-get finished but ${chromiumPath} is still missing.`);
  process.exit(1);
}
