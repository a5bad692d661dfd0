import type { z } from 'astro/zod';
import { entrySchema, type EntryData } from '../schema/entry.ts';
import { checkKind, checkTemplateTexts } from './check-kind.ts';
import type { Problem } from './problem.ts';

/** Turns a Zod issue path into the field name an author sees in YAML: `fixes[1].why`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || 'frontmatter';
}

const knownFields = Object.keys(entrySchema.shape).join(', ');

/** Phrases a Zod issue as what was expected, in the author's terms. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; check the spelling (fields are: ${knownFields})`;
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return `missing; expected ${issue.expected}`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  // Our own messages start lower-case and name what is wanted; Zod's defaults are full sentences.
  return /^[a-z]/.test(issue.message) ? `expected ${issue.message}` : issue.message.replace(/^Invalid input: /, '');
}

/**
 * Validates frontmatter against the schema, then what its kind asks of the file's location and fields;
 * returns the parsed data when the schema accepts it. `file` is root-relative: content/errors/<id>.mdx.
 */
export function checkFrontmatter(file: string, data: unknown): { entry?: EntryData; problems: Problem[] } {
  const result = entrySchema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ file, field: fieldName(issue.path), message: describeIssue(issue) }));
    // The templates' own syntax is checked even so, so one run lists every problem of the file.
    const templates = typeof data === 'object' && data !== null ? (data as { templates?: unknown }).templates : undefined;
    return { problems: [...problems, ...checkTemplateTexts(file, templates)] };
  }
  const entry = result.data;
  const id = file.replace(/^content\/errors\//, '').replace(/\.mdx$/, '');
  return { entry, problems: checkKind(file, id, entry) };
}
