import type { EntryParts } from '../catalogue/entry-document.ts';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
}

export const plain: Style = { bold: (s) => s, dim: (s) => s };
export const ansi: Style = { bold: (s) => `\u001b[1m${s}\u001b[22m`, dim: (s) => `\u001b[2m${s}\u001b[22m` };

/** Markdown to terminal text: emphasis markers and link targets dropped, code spans kept as `code`. */
export function markdownToText(md: string): string {
  return md
    .split(/\n{2,}/)
    .map((para) =>
      para
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/\\([<{])/g, '$1')
        .replace(/\s*\n\s*/g, ' '),
    )
    .join('\n\n');
}

/** Wraps text to a width, keeping blank lines between paragraphs. */
function wrap(text: string, width = 78, indent = '  '): string {
  return text
    .split('\n\n')
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(/\s+/).filter(Boolean)) {
        if (line && line.length + word.length + 1 > width - indent.length) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.map((l) => indent + l).join('\n');
    })
    .join('\n\n');
}

/** An entry for the terminal, like `rustc --explain`: summary, meaning, the first fix with its code, the URL. */
export function formatEntry(doc: { title: string; summary: string; url: string; parts: EntryParts }, siteUrl: string, style: Style): string {
  const fix = doc.parts.fixes[0];
  const out = [style.bold(doc.title), wrap(doc.summary), '', style.bold('Meaning'), wrap(markdownToText(doc.parts.meaning))];
  if (fix) {
    out.push('', style.bold(`Fix: ${fix.title}`), wrap(`When: ${markdownToText(fix.when)}`));
    const code = fix.snippets[0]?.code;
    if (code) out.push('', code.split('\n').map((l) => `    ${l}`).join('\n'));
    out.push('', wrap(`Why it works: ${markdownToText(fix.why)}`));
  }
  out.push('', style.dim(`More fixes, causes and what not to do: ${new URL(doc.url, siteUrl)}`));
  return out.join('\n');
}
