import type { z } from 'astro/zod';
import { entrySchema, type EntryData } from '../schema/entry.ts';
import type { Problem } from './problem.ts';

/** Where an entry file must live for its frontmatter: content/errors/<language>/<title>.mdx. */
export function expectedPath(language: string, title: string): string {
  return `content/errors/${language}/${title}.mdx`;
}

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

/** Validates frontmatter against the schema and the file's location; returns the parsed data when valid. */
export function checkFrontmatter(file: string, data: unknown): { entry?: EntryData; problems: Problem[] } {
  const result = entrySchema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ file, field: fieldName(issue.path), message: describeIssue(issue) }));
    return { problems };
  }
  const entry = result.data;
  const problems: Problem[] = [];
  const want = expectedPath(entry.language, entry.title);
  if (file !== want) {
    problems.push({ file, field: 'title', message: `an entry titled ${entry.title} in language ${entry.language} must live at ${want}; rename the file or fix the title/language` });
  }
  return { entry, problems };
}
