// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { errdex } from './src/integrations/errdex.ts';
import { entryPartsPlugin } from './src/markdown/entry-parts-plugin.ts';
import { errorLinksPlugin } from './src/markdown/error-links-plugin.ts';
import { pageDirectives } from './src/lib/security-policy.ts';
import { themeScriptHash } from './src/lib/theme-script.ts';
import { site } from './src/lib/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  security: {
    csp: {
      directives: [...pageDirectives],
      scriptDirective: { hashes: [themeScriptHash] },
    },
  },
  markdown: {
    // Inline code naming an error links to its page (the linker behind `errdex/remark`); never to the page itself.
    processor: satteri({ mdastPlugins: [entryPartsPlugin, errorLinksPlugin(fileURLToPath(new URL('.', import.meta.url)))] }),
    // Plain <pre><code>: no inline colour styles to weigh down pages or loosen the CSP.
    syntaxHighlight: false,
  },
  integrations: [errdex(), mdx()],
  // One line per phase and the problems, not a line per page (src/build/quiet-log.mjs).
  logger: { entrypoint: fileURLToPath(new URL('./src/build/quiet-log.mjs', import.meta.url)) },
  vite: {
    build: {
      // Scripts go out as files, never inlined: they are not needed to paint, the HTML stays small, caches
      // keep them across pages, and the CSP lists fewer hashes.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module carries a directive Rollup warns about; at thousands of entries it floods the log.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
