import type { Heading, RootContent } from 'mdast';

/** Splits a node list at headings of one depth; nodes before the first heading are returned as `lead`. */
export function splitAt<T extends RootContent>(nodes: T[], depth: number): { lead: T[]; groups: { heading: Heading; nodes: T[] }[] } {
  const lead: T[] = [];
  const groups: { heading: Heading; nodes: T[] }[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === depth) groups.push({ heading: node, nodes: [] });
    else if (groups.length > 0) groups[groups.length - 1]!.nodes.push(node);
    else lead.push(node);
  }
  return { lead, groups };
}
