import type { Code, Heading, Root, RootContent } from 'mdast';
import { splitAt } from '../lib/mdast-sections.ts';
import { toString } from 'mdast-util-to-string';
import { bodyParts, bodyPartForHeading, fixLabels, antiPatternLabels } from '../schema/parts.ts';
import { browserMetaProblem, fenceSpellings, isSnippetFence, parseExpect, parseMeta, parseVersionMeta, snippetRuntimes, type Expectation, type VersionMeta } from '../lib/snippet-meta.ts';
import type { Problem } from './problem.ts';

/** A snippet found in an entry body, with the part it sits in. */
export interface FoundSnippet {
  part: string;
  lang: string;
  expect: Expectation;
  code: string;
  line: number | undefined;
  /** `browser=` from the fence, or empty to decide from the code. */
  browser: string;
  /** `since=` and `skip=` from the fence: which runtime versions it is for. */
  versions: VersionMeta;
}

interface Section {
  id: string;
  heading: Heading;
  nodes: RootContent[];
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;
const partList = bodyParts.map((p) => `## ${p.heading}`).join(', ');

/** True when some paragraph among `nodes` opens with `label` in bold, like **When:**. */
function hasLabel(nodes: RootContent[], label: string): boolean {
  return nodes.some((n) => n.type === 'paragraph' && n.children[0]?.type === 'strong' && toString(n.children[0]).trim() === label && toString(n).trim().length > label.length + 3);
}

const isProse = (n: RootContent) => n.type !== 'yaml' && n.type !== 'mdxjsEsm';

/** Checks that each `###` item of a part carries the labelled paragraphs (and code) it needs. */
function checkItems(file: string, section: Section, labels: string[], needCode: boolean, problems: Problem[]): void {
  const { lead, groups } = splitAt(section.nodes, 3);
  const what = section.id === 'fixes' ? 'fix' : 'anti-pattern';
  if (groups.length === 0) {
    problems.push({ file, field: `## ${toString(section.heading)}`, line: lineOf(section.heading), message: `needs at least one ${what}, each under its own ### heading` });
  }
  if (lead.some((n) => n.type === 'code')) {
    problems.push({ file, field: `## ${toString(section.heading)}`, line: lineOf(lead.find((n) => n.type === 'code')!), message: `code before the first ### heading; put each ${what} under its own ### heading` });
  }
  for (const g of groups) {
    const field = `### ${toString(g.heading)}`;
    for (const label of labels) {
      if (!hasLabel(g.nodes, label)) {
        problems.push({ file, field, line: lineOf(g.heading), message: `missing a paragraph that starts with **${label}** followed by the explanation` });
      }
    }
    if (needCode && !g.nodes.some((n) => n.type === 'code' && isSnippetFence(n.lang))) {
      problems.push({ file, field, line: lineOf(g.heading), message: 'missing the fix itself: a ```python or ```js code block with expect=ok (or what it raises)' });
    }
  }
}

/** Collects every fenced code block under a list of nodes, however deeply nested. */
function codeBlocks(nodes: readonly RootContent[]): Code[] {
  const out: Code[] = [];
  const walk = (list: readonly RootContent[]) => {
    for (const n of list) {
      if (n.type === 'code') out.push(n);
      else if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(nodes);
  return out;
}

/**
 * Checks the MDX body: the parts, their order, their contents and every snippet's declaration. A
 * reproduction must raise the error, unless `mustRaise` is false (pages about what a tool or a dying
 * runtime prints, whose output the runner checks against the templates): then it must at least run.
 */
export function checkBody(file: string, tree: Root, { mustRaise = true }: { mustRaise?: boolean } = {}): { problems: Problem[]; snippets: FoundSnippet[] } {
  const problems: Problem[] = [];
  const snippets: FoundSnippet[] = [];
  const { lead, groups } = splitAt(tree.children, 2);
  for (const node of lead.filter(isProse)) {
    const msg = node.type === 'heading' && node.depth === 1 ? 'remove the # heading: the title comes from frontmatter' : `content before the first part; start the body with ## Meaning`;
    problems.push({ file, field: 'body', line: lineOf(node), message: msg });
  }
  const sections: Section[] = [];
  let lastOrder = -1;
  for (const g of groups) {
    const part = bodyPartForHeading(toString(g.heading));
    if (!part) {
      problems.push({ file, field: `## ${toString(g.heading)}`, line: lineOf(g.heading), message: `not a part of an entry; use these headings in this order: ${partList}` });
      continue;
    }
    const order = bodyParts.indexOf(part);
    if (sections.some((s) => s.id === part.id)) {
      problems.push({ file, field: `## ${part.heading}`, line: lineOf(g.heading), message: 'appears twice; merge the two sections' });
      continue;
    }
    if (order < lastOrder) {
      problems.push({ file, field: `## ${part.heading}`, line: lineOf(g.heading), message: `out of order; parts go in this order: ${partList}` });
    }
    lastOrder = Math.max(lastOrder, order);
    sections.push({ id: part.id, heading: g.heading, nodes: g.nodes });
  }
  for (const part of bodyParts) {
    const section = sections.find((s) => s.id === part.id);
    if (!section) {
      if (part.required) problems.push({ file, field: `## ${part.heading}`, message: `missing; every entry needs ${partList.replace(', ## When it is harmless', '')}` });
      continue;
    }
    const field = `## ${part.heading}`;
    if (section.nodes.filter(isProse).every((n) => toString(n).trim() === '' && n.type !== 'code')) {
      problems.push({ file, field, line: lineOf(section.heading), message: 'is empty; write the part or, if it is optional, remove the heading' });
      continue;
    }
    if (part.id === 'causes' && !section.nodes.some((n) => n.type === 'list' && n.children.length > 0)) {
      problems.push({ file, field, line: lineOf(section.heading), message: 'needs a list of concrete situations, most common first' });
    }
    if (part.id === 'fixes') checkItems(file, section, [fixLabels.when, fixLabels.why], true, problems);
    if (part.id === 'what-not-to-do') checkItems(file, section, [antiPatternLabels.why], false, problems);
    for (const code of codeBlocks(section.nodes)) {
      const line = lineOf(code);
      const spelled = code.lang ? fenceSpellings[code.lang] : undefined;
      if (spelled) {
        problems.push({ file, field: `${field} code block`, line, message: `write \`\`\`${spelled} instead of \`\`\`${code.lang} so the snippet is run and checked` });
        continue;
      }
      if (!isSnippetFence(code.lang)) continue;
      const meta = parseMeta(code.meta);
      const browserProblem = browserMetaProblem(meta.browser);
      if (browserProblem) problems.push({ file, field: `${field} code block`, line, message: browserProblem });
      const versions = parseVersionMeta(snippetRuntimes[code.lang], meta);
      if (typeof versions === 'string') problems.push({ file, field: `${field} code block`, line, message: versions });
      const expect = parseExpect(meta.expect);
      if (typeof expect === 'string') {
        problems.push({ file, field: `${field} code block`, line, message: expect });
        continue;
      }
      if (typeof versions === 'string') continue;
      snippets.push({ part: part.id, lang: code.lang, expect, code: code.value, line, browser: meta.browser ?? '', versions });
    }
    if (part.id === 'reproduce' && mustRaise && !snippets.some((s) => s.part === 'reproduce' && s.expect.kind === 'raises')) {
      problems.push({ file, field, line: lineOf(section.heading), message: 'needs a ```python or ```js snippet declared expect=raises:<Name> that really raises the error' });
    }
    if (part.id === 'reproduce' && !mustRaise && !snippets.some((s) => s.part === 'reproduce' && s.expect.kind !== 'norun')) {
      problems.push({ file, field, line: lineOf(section.heading), message: 'needs a ```python or ```js snippet that runs (expect=raises:<Name> or expect=ok) and prints the message, so its output can be checked against the templates' });
    }
  }
  return { problems, snippets };
}
