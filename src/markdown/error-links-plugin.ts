import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineCode, Parents } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition, type MdastVisitorContext, type PluginFactoryContext } from 'satteri';
import { catalogueSearchData } from '../catalogue/catalogue-once.ts';
import { entryUrl } from '../lib/site.ts';
import { createNameLinker, type NameLink } from '../remark/link-names.ts';
import { entriesDir } from '../validation/validate-catalogue.ts';

type LinkFor = ReturnType<typeof createNameLinker>;

/** Nodes whose inline code stays as it is (the same as the remark plugin's). */
const leaveAlone = new Set(['link', 'linkReference', 'heading', 'definition']);

function insideLinkOrHeading(node: Readonly<InlineCode>, ctx: MdastVisitorContext): boolean {
  for (let p: Readonly<Parents> | undefined = ctx.parent(node); p; p = p.type === 'root' ? undefined : ctx.parent(p)) {
    if (leaveAlone.has(p.type)) return true;
    if (p.type.startsWith('mdxJsx') && (p as { name?: unknown }).name === 'a') return true;
  }
  return false;
}

/**
 * errdex's own pages through the same linker as `errdex/remark` (the site's markdown runs on Sätteri, which
 * takes its own plugin shape rather than remark's): inline code naming an error links to its page, with
 * site-relative URLs, over the catalogue being built. An entry never links to itself, and prefers pages of
 * its own language (`ECONNRESET` on a Node page is Node's page, on a Python page the errno page).
 */
export function errorLinksPlugin(root: string) {
  let linker: Promise<LinkFor> | undefined;
  const load = () => (linker ??= catalogueSearchData(root).then((data) => createNameLinker(data, { base: '/' })));
  const errorsDir = path.join(root, entriesDir);
  return (factory: PluginFactoryContext): MdastPluginDefinition => {
    const file = factory.fileURL ? fileURLToPath(factory.fileURL) : undefined;
    const rel = file ? path.relative(errorsDir, file) : '..';
    const id = !rel.startsWith('..') && !path.isAbsolute(rel) && rel.endsWith('.mdx') ? rel.slice(0, -'.mdx'.length).split(path.sep).join('/') : undefined;
    const context = id ? { self: entryUrl(id), language: id.split('/')[0] } : {};
    let linkFor: LinkFor | undefined;
    return defineMdastPlugin({
      name: 'errdex-error-links',
      async before() {
        linkFor = await load();
      },
      inlineCode(node, ctx) {
        const link: NameLink | undefined = linkFor?.(node.value, context);
        if (!link || insideLinkOrHeading(node, ctx)) return undefined;
        return { type: 'link', url: link.url, title: link.title, children: [{ type: 'inlineCode', value: node.value }] };
      },
    });
  };
}
