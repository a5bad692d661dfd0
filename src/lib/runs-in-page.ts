import type { Root, RootContent } from 'mdast';
import { mdxToMdast } from 'satteri';
import { browserRunnable } from './browser-safety.ts';
import { isSnippetFence, parseExpect, parseMeta } from './snippet-meta.ts';

/** Whether an entry body has a snippet the page offers to run (a Run button), decided as Snippet.astro does. */
export function runsInPage(body: string): boolean {
  const walk = (nodes: RootContent[]): boolean =>
    nodes.some((n) => {
      if (n.type === 'code' && isSnippetFence(n.lang)) {
        const meta = parseMeta(n.meta);
        const expect = parseExpect(meta.expect);
        return typeof expect !== 'string' && browserRunnable(n.lang, n.value, expect, meta.browser ?? '').ok;
      }
      return 'children' in n && walk(n.children as RootContent[]);
    });
  return walk((mdxToMdast(body) as Root).children);
}
