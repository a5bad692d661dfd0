/**
 * The parts of an entry in reading order (../shared/CONTENT-GUIDE.md). Parts with a `heading` are
 * written as `## Heading` sections in the MDX body; the others come from frontmatter.
 */
export interface PartDefinition {
  /** Stable fragment id: `/python/X/#fixes` must land on the fixes for years. */
  id: string;
  /** The `##` heading an author writes in MDX; absent for parts drawn from frontmatter. */
  heading?: string;
  /** The label shown on the page. */
  label: string;
  /** Whether every entry must have this part. */
  required: boolean;
}

export const parts: readonly PartDefinition[] = [
  { id: 'message', label: 'The message', required: false },
  { id: 'messages', label: 'Messages', required: false },
  { id: 'common-messages', label: 'Common messages', required: false },
  { id: 'meaning', heading: 'Meaning', label: 'Meaning', required: true },
  { id: 'causes', heading: 'Causes', label: 'Causes', required: true },
  { id: 'reproduce', heading: 'Reproduce', label: 'Reproduce', required: true },
  { id: 'fixes', heading: 'Fixes', label: 'Fixes', required: true },
  { id: 'what-not-to-do', heading: 'What not to do', label: 'What not to do', required: true },
  { id: 'when-harmless', heading: 'When it is harmless', label: 'When it is harmless', required: false },
  { id: 'version-notes', label: 'Version notes', required: false },
  { id: 'related', label: 'Related', required: false },
  { id: 'sources', label: 'Sources', required: false },
];

/** The parts written in the MDX body, in the order they must appear. */
export const bodyParts = parts.filter((p): p is PartDefinition & { heading: string } => p.heading !== undefined);

/** Finds the body part an author's `## Heading` names, ignoring case and surrounding space. */
export function bodyPartForHeading(text: string): (PartDefinition & { heading: string }) | undefined {
  const wanted = text.trim().toLowerCase();
  return bodyParts.find((p) => p.heading.toLowerCase() === wanted);
}

/** Labels that open the paragraphs each fix and anti-pattern must carry. */
export const fixLabels = { when: 'When:', why: 'Why it works:' } as const;
export const antiPatternLabels = { why: 'Why it is wrong:' } as const;
