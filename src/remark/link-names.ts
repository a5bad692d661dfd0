import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { indexSearchData, resolvePaste, type ExactHit, type ResolverIndex } from '../search/resolve.ts';
import type { SearchData, SearchEntry } from '../search/search-data.ts';
import { pageUrl } from '../package/data-file.ts';

/** Where a name in inline code links: the page's URL and its summary, for the link's title. */
export interface NameLink {
  url: string;
  title: string;
  /** The page's path on the site (`/python/KeyError/`), to tell a page from the one being written. */
  page: string;
}

export interface LinkerOptions {
  /** The site the links point to: an origin (`https://errdex.dev`), one with a path, or a path (`/`). */
  base: string;
}

/** What may be a name at all: a class, a dotted class or a code (`json.JSONDecodeError`, `ERR_REQUIRE_ESM`). */
const nameLike = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The names a hit's page answers to exactly: an entry's title and aliases, an errno symbol and its spellings. */
function namesOf(index: ResolverIndex, hit: ExactHit): string[] {
  if (hit.language === 'errno') {
    const row = index.data.errno.find((r) => `/errno/${r.s}/` === hit.url);
    if (row) return [row.s, ...row.a];
    const gai = index.data.gai?.find((r) => `/errno/${r.s}/` === hit.url);
    return gai ? [gai.s] : [];
  }
  const entry = index.data.entries.find((e) => `/${e.id}/` === hit.url);
  return entry ? namesOfEntry(entry) : [];
}

/** An entry's own names: its title and the last segment of each alias path. */
const namesOfEntry = (e: SearchEntry) => [e.t, ...e.a.map((a) => a.replace(/\/$/, '').split('/').pop()!)];

/**
 * Looks inline code up as an error name, with the site's own resolver: a name links only when the resolver
 * reads it as exactly that name (never a message or a corrected typo) and the page is the one called that,
 * with the same spelling and case. `language` prefers that language's page where several are called the
 * same (`ECONNRESET` is Node's page and the errno page); `self` is the page being written, never linked.
 */
export function createNameLinker(data: SearchData, options: LinkerOptions): (code: string, context?: { language?: string; self?: string }) => NameLink | undefined {
  const index = indexSearchData(data);
  const cache = new Map<string, ExactHit[]>();
  // A link needs a page called exactly this, so text that is no page's name is never worth resolving.
  const pageNames = new Set([...data.entries.flatMap((e) => namesOfEntry(e)), ...data.errno.flatMap((r) => [r.s, ...r.a]), ...(data.gai ?? []).map((r) => r.s)]);
  return (code, context = {}) => {
    const name = code.trim();
    if (!pageNames.has(name) || !nameLike.test(name)) return undefined;
    let named = cache.get(name);
    if (!named) {
      named = resolvePaste(name, index).hits.filter((h) => h.match === 'exact' && namesOf(index, h).includes(name));
      cache.set(name, named);
    }
    // For a bare name the resolver answers with one language's page (Python's first); a page of the
    // preferred language called exactly the same comes from the resolver's own table of names.
    const own = context.language ? index.entryByName.get(name.toLowerCase())?.find((e) => e.l === context.language && namesOfEntry(e).includes(name)) : undefined;
    const hit = named.find((h) => h.language === context.language) ?? (own && { url: `/${own.id}/`, summary: own.s }) ?? named[0];
    if (!hit || hit.url === context.self) return undefined;
    return { url: pageUrl(options.base, hit.url), title: hit.summary, page: hit.url };
  };
}

/** Elements whose inline code stays as it is: links already, and headings (their text is the section's name). */
const leaveAlone = new Set(['link', 'linkReference', 'heading', 'definition']);

/** JSX elements that are links themselves (`<a href>` in MDX). */
const isJsxLink = (node: { type: string; name?: unknown }) => node.type.startsWith('mdxJsx') && node.name === 'a';

/**
 * Turns inline code that names an error into a link to its page, in place. Code blocks are `code` nodes, not
 * inline code, so they are never touched; nor is inline code inside a link or a heading. Returns how many
 * it linked.
 */
export function linkInlineCode(tree: Root, linkFor: (code: string) => NameLink | undefined): number {
  let linked = 0;
  const walk = (parent: Parents) => {
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'inlineCode') {
        const link = linkFor(node.value);
        if (!link) continue;
        children[i] = { type: 'link', url: link.url, title: link.title, children: [node as PhrasingContent] };
        linked++;
      } else if ('children' in node && !leaveAlone.has(node.type) && !isJsxLink(node)) walk(node);
    }
  };
  walk(tree);
  return linked;
}
