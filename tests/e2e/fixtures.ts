import { test as base, expect } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught page error, or a request that leaves the site's
 * origin: errdex promises all three never happen.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (msg) => {
        // The 404 page is meant to answer with status 404; Chromium logs that as a resource error.
        if (msg.type() === 'error' && !/status of 404/.test(msg.text())) problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`off-origin request: ${req.url()}`);
      });
      await use(problems);
      expect(problems, 'the page logged errors or left its origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
