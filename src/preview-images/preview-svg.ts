/** What a link preview card shows. */
export interface PreviewCard {
  /** The headline, in large monospace: `Python`, `errdex`. */
  title: string;
  /** What follows the site's name in the top line: `errors`. */
  label: string;
  /** A sentence or two under the headline. */
  summary: string;
  /** The address shown at the bottom, without the scheme: `errdex.dev/python`. */
  address: string;
}

export const previewSize = { width: 1200, height: 630 } as const;

/** The fonts the card names; they come from the `dejavu-fonts-ttf` package, never from the system. */
export const previewFonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono-Bold.ttf'];

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Widths are estimated from character counts (no layout engine here), with DejaVu's generous averages.
const sansWidth = 0.54;
const monoWidth = 0.602;

/** Splits text into at most `maxLines` lines of about `perLine` characters; the last ends in … if cut. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) {
      line = next.length > perLine ? `${next.slice(0, perLine - 1)}…` : next;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, `${line.slice(0, perLine - 1).replace(/[\s,;:.]+$/, '')}…`];
    lines.push(line);
    line = word;
  }
  return line ? [...lines, line] : lines;
}

/** The 1200×630 card as SVG: headline, summary and address on the site's colours. */
export function previewSvg(card: PreviewCard): string {
  const { width, height } = previewSize;
  const margin = 80;
  const inner = width - 2 * margin;
  // The headline is the card's point: as large as fits on one line, up to 88px.
  const titleSize = Math.min(88, Math.floor(inner / (card.title.length * monoWidth)));
  const summarySize = 36;
  const summary = wrapText(card.summary, Math.floor(inner / (summarySize * sansWidth)), 4);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="14" fill="#b42318"/>`,
    `<text x="${margin}" y="100" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#b42318">errdex<tspan font-weight="normal" fill="#4b5563">\u00a0·\u00a0${escapeXml(card.label)}</tspan></text>`,
    `<text x="${margin}" y="${180 + titleSize * 0.8}" font-family="DejaVu Sans Mono" font-weight="bold" font-size="${titleSize}" fill="#1b1f24">${escapeXml(card.title)}</text>`,
    ...summary.map((line, i) => `<text x="${margin}" y="${330 + i * summarySize * 1.3}" font-family="DejaVu Sans" font-size="${summarySize}" fill="#4b5563">${escapeXml(line)}</text>`),
    `<text x="${margin}" y="${height - 40}" font-family="DejaVu Sans" font-size="26" fill="#4b5563">${escapeXml(card.address)}</text>`,
    '</svg>',
  ].join('\n');
}
