import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { antiPatternLabels, bodyPartForHeading, fixLabels } from '../schema/parts.ts';
import { splitAt } from '../lib/mdast-sections.ts';
import { formatExpect, isSnippetFence, parseExpect, parseMeta, snippetRuntimes } from '../lib/snippet-meta.ts';
import type { EntryData } from '../schema/entry.ts';
import type { SnippetSnapshot } from '../lib/snapshot-format.ts';
import { snippetKey } from '../lib/snippet-key.ts';

/** A snippet as the API serves it: the code, what it declares, and the output captured when it ran. */
export interface ApiSnippet {
  lang: 'python' | 'node';
  expect: string;
  code: string;
  output: string | null;
  runtime: string | null;
  /** The same snippet on the language's other versions, oldest first. */
  versions: { version: string; runtime: string; output: string; fails?: string }[];
}

/** An entry's parts as structured data, for /api/<language>/<Name>.json and `errdex explain`. */
export interface EntryParts {
  meaning: string;
  causes: string[];
  reproduce: { text: string; snippets: ApiSnippet[] };
  fixes: { title: string; when: string; why: string; snippets: ApiSnippet[] }[];
  whatNotToDo: { title: string; why: string; snippets: ApiSnippet[] }[];
  whenHarmless: string | null;
}

/** Markdown source of nodes, cut from the file so inline code and links survive. */
const sourceOf = (src: string, nodes: RootContent[]) =>
  nodes
    .filter((n) => n.position)
    .map((n) => src.slice(n.position!.start.offset, n.position!.end.offset))
    .join('\n\n')
    .trim();

/** The text after a bold label such as **When:**, from the paragraph that starts with it. */
function labelled(src: string, nodes: RootContent[], label: string): string {
  const p = nodes.find((n) => n.type === 'paragraph' && n.children[0]?.type === 'strong' && toString(n.children[0]).trim() === label);
  return p ? sourceOf(src, [p]).replace(/^\*\*[^*]+\*\*\s*/, '') : '';
}

/**
 * Reads an entry body into its parts. `lookup` finds the captured output of a snippet by its key, so the
 * API serves exactly what the page shows.
 */
export function entryParts(body: string, lookup: (key: string) => SnippetSnapshot | undefined): EntryParts {
  const tree = mdxToMdast(body) as Root;
  const snippets = (nodes: RootContent[]): ApiSnippet[] =>
    nodes.flatMap((n) => {
      if (n.type !== 'code' || !isSnippetFence(n.lang)) return [];
      const parsed = parseExpect(parseMeta(n.meta).expect);
      if (typeof parsed === 'string') return [];
      const runtime = snippetRuntimes[n.lang];
      const expect = formatExpect(parsed);
      const snap = lookup(snippetKey(runtime, expect, n.value));
      return [{ lang: runtime, expect, code: n.value, output: snap?.output ?? null, runtime: snap?.runtime ?? null, versions: snap?.versions ?? [] }];
    });
  const parts = new Map(splitAt(tree.children, 2).groups.map((g) => [bodyPartForHeading(toString(g.heading))?.id ?? '', g.nodes]));
  const items = (id: string) => splitAt(parts.get(id) ?? [], 3).groups;
  const prose = (nodes: RootContent[]) => sourceOf(body, nodes.filter((n) => n.type !== 'code'));
  const causes = (parts.get('causes') ?? []).flatMap((n) => (n.type === 'list' ? n.children.map((li) => sourceOf(body, li.children as RootContent[])) : []));
  return {
    meaning: prose(parts.get('meaning') ?? []),
    causes,
    reproduce: { text: prose(parts.get('reproduce') ?? []), snippets: snippets(parts.get('reproduce') ?? []) },
    fixes: items('fixes').map((g) => ({ title: toString(g.heading), when: labelled(body, g.nodes, fixLabels.when), why: labelled(body, g.nodes, fixLabels.why), snippets: snippets(g.nodes) })),
    whatNotToDo: items('what-not-to-do').map((g) => ({ title: toString(g.heading), why: labelled(body, g.nodes, antiPatternLabels.why), snippets: snippets(g.nodes) })),
    whenHarmless: parts.has('when-harmless') ? prose(parts.get('when-harmless')!) : null,
  };
}

/** Everything the API says about one entry. */
export interface EntryDocument extends EntryData {
  id: string;
  url: string;
  parts: EntryParts;
}
