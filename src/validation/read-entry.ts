import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import type { Root } from 'mdast';
import type { Problem } from './problem.ts';
import { readContentFile } from './read-content-file.ts';

/** An entry file read from disk: its frontmatter data and MDX tree, or the problems that stopped reading. */
export interface ReadEntry {
  file: string;
  data: unknown;
  tree: Root | undefined;
  problems: Problem[];
}

const frontmatterRe = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Hints for MDX syntax that trips authors of an error reference, where errors are full of `<` and `{`. */
export function mdxSyntaxHint(message: string): string {
  // Brace problems are tested first: MDX tags every syntax error "mdx-jsx", brace ones included.
  if (/expression|brace|acorn/i.test(message)) {
    return 'MDX reads `{` as the start of a JavaScript expression. Put literal braces in backticks (`{}`), or escape them as `\\{`.';
  }
  if (/closing tag|before name|tag name/i.test(message)) {
    return 'MDX reads `<` as the start of a component tag. Put code like `List<String>` in backticks, or escape the bracket as `\\<`.';
  }
  return 'Check the MDX syntax around that line.';
}

/**
 * Reads one entry file, collecting problems instead of throwing: a file that cannot be read safely (see
 * readContentFile), YAML errors, an alias bomb, MDX syntax. `file` is relative to `root`.
 */
export async function readEntry(root: string, file: string): Promise<ReadEntry> {
  const read = readContentFile(root, file);
  if (read.text === undefined) return { file, data: undefined, tree: undefined, problems: read.problems };
  const source = read.text;
  const problems: Problem[] = [];
  const fm = frontmatterRe.exec(source);
  let data: unknown;
  if (!fm) {
    problems.push({ file, field: 'frontmatter', line: 1, message: 'missing: the file must start with a --- fenced YAML block (title, summary, language, ...)' });
  } else {
    const doc = parseDocument(fm[1]!, { prettyErrors: false });
    for (const err of doc.errors) {
      // +1 for the opening --- line; yaml reports offsets within the block.
      const line = fm[1]!.slice(0, err.pos[0]).split('\n').length + 1;
      problems.push({ file, field: 'frontmatter', line, message: `YAML error: ${err.message.split('\n')[0]}. Quote values that contain ': ' or start with [ { * & ! | > ' " % @ or a backtick.` });
    }
    if (doc.errors.length === 0) {
      try {
        // yaml refuses to expand aliases past a limit (a "billion laughs" bomb) by throwing.
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        problems.push({ file, field: 'frontmatter', line: 2, message: `YAML could not be read: ${why}. Entries need no anchors or aliases (& and *); write the values out` });
      }
    }
  }
  let tree: Root | undefined;
  try {
    tree = mdxToMdast(source) as Root;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /^(\d+):(\d+)(?:-\d+:\d+)?: /.exec(message);
    problems.push({
      file,
      field: 'MDX',
      ...(pos ? { line: Number(pos[1]) } : {}),
      message: `${message.replace(/^\d+:\d+(?:-\d+:\d+)?: /, '').replace(/ \(mdx[^)]*\)$/, '')}. ${mdxSyntaxHint(message)}`,
    });
  }
  return { file, data, tree, problems };
}
