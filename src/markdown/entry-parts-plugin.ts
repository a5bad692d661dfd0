import GithubSlugger from 'github-slugger';
import type { Heading, Link, RootContent } from 'mdast';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { bodyPartForHeading, parts } from '../schema/parts.ts';
import { isSnippetFence, parseMeta } from '../lib/snippet-meta.ts';

/** A visible "link to this section" control appended to a heading. */
function anchor(id: string, title: string): Link {
  return {
    type: 'link',
    url: `#${id}`,
    children: [{ type: 'text', value: '#' }],
    data: { hProperties: { className: ['anchor'], ariaLabel: `Link to ${title}`, dataPagefindIgnore: '' } },
  };
}

/** Gives a heading an explicit id and an anchor link; explicit ids keep Astro from slugging it again. */
function withId(heading: Heading, id: string, ctx: MdastVisitorContext): Heading {
  const title = ctx.textContent(heading);
  return { ...heading, children: [...heading.children, anchor(id, title)], data: { hProperties: { id } } };
}

/**
 * Shapes an entry body for the page: each `## Part` becomes `<section id="part">` (so `#fixes` lands on the
 * fixes and `#reproduce` holds the reproductions), sub-headings get stable ids and anchors, and every
 * declared code fence becomes a `<Snippet>` component.
 */
export const entryPartsPlugin = defineMdastPlugin({
  name: 'errdex-entry-parts',
  before(root, ctx) {
    const slugger = new GithubSlugger();
    for (const p of parts) slugger.slug(p.id); // reserve the part ids so no sub-heading can take one
    const out: RootContent[] = [];
    let section: (RootContent & { children: RootContent[] }) | undefined;
    for (const child of root.children) {
      const part = child.type === 'heading' && child.depth === 2 ? bodyPartForHeading(ctx.textContent(child)) : undefined;
      if (part && child.type === 'heading') {
        const titleId = `${part.id}-title`;
        section = {
          type: 'mdxJsxFlowElement',
          name: 'section',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'id', value: part.id },
            { type: 'mdxJsxAttribute', name: 'aria-labelledby', value: titleId },
            { type: 'mdxJsxAttribute', name: 'class', value: `part part-${part.id}` },
          ],
          children: [{ ...child, children: [...child.children, anchor(part.id, part.label)], data: { hProperties: { id: titleId } } }],
        } as RootContent & { children: RootContent[] };
        out.push(section);
        continue;
      }
      const node = child.type === 'heading' && child.depth > 2 ? withId(child, slugger.slug(ctx.textContent(child)), ctx) : child;
      if (section) section.children.push(node);
      else out.push(node);
    }
    ctx.replaceNode(root, { type: 'root', children: out });
  },
  code(node) {
    if (!isSnippetFence(node.lang)) return undefined;
    const meta = parseMeta(node.meta);
    const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
    return {
      type: 'mdxJsxFlowElement',
      name: 'Snippet',
      attributes: [attr('lang', node.lang), attr('expect', meta.expect ?? ''), attr('browser', meta.browser ?? ''), attr('code', node.value)],
      children: [],
    };
  },
});
