/** One thing wrong with one file, phrased so the author knows where to look and what to do. */
export interface Problem {
  /** Path relative to the project root, like content/errors/python/KeyError.mdx. */
  file: string;
  /** The frontmatter field (`sources[0].url`) or body part (`## Fixes`) at fault. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** Renders problems grouped by file, one per line, for terminals and build logs. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(([file, list]) => {
    const lines = list.map((p) => `  ${p.line ? `line ${p.line}, ` : ''}${p.field}: ${p.message}`);
    return `${file}\n${lines.join('\n')}`;
  });
  const n = problems.length;
  const files = byFile.size;
  return `${blocks.join('\n\n')}\n\n${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}
