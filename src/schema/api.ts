import { z } from 'astro/zod';
import { entrySchema, errnoSymbol, kinds, languages } from './entry.ts';

/** One row of /api/catalog.json: an entry or an errno symbol page. */
export const catalogItemSchema = z.object({
  /** `python/KeyError`, `python/TypeError/not-subscriptable`, `node/ECONNRESET` or `errno/ECONNRESET`. */
  id: z.string(),
  /** Canonical URL path, with trailing slash. */
  url: z.string().regex(/^\/.*\/$/),
  /** The name as the runtime prints it. */
  title: z.string(),
  /** One plain-language line. */
  summary: z.string(),
  /** `python`, `javascript`, `node`, or `errno` for the errno table's pages. */
  language: z.enum([...languages, 'errno']),
  /** What the entry is about (`class`, `message`, `tool`, `code`, `fatal`, `warning`), or `errno` for an errno symbol. */
  kind: z.enum([...kinds, 'errno']),
  /** Errno symbols it stands for. */
  errno: z.array(errnoSymbol),
  /** The base class, for Python entries; null otherwise. */
  parent: z.string().nullable(),
  /** For a message page, the class whose message it is; null otherwise. */
  class: z.string().nullable(),
});

/** /api/catalog.json: every entry and every errno symbol. */
export const catalogSchema = z.object({
  /** Where the JSON Schema of this document lives. */
  $schema: z.string(),
  items: z.array(catalogItemSchema),
});

/** A snippet with what it declares and the output captured when the test suite ran it. */
export const apiSnippetSchema = z.object({
  /** The runtime that runs it. */
  lang: z.enum(['python', 'node']),
  /** `raises:<Name>[:<code>]`, `ok` or `norun:<reason>`. */
  expect: z.string(),
  /** The source code. */
  code: z.string(),
  /** What it printed, normalised; null for snippets that are not run. */
  output: z.string().nullable(),
  /** Interpreter, version and platform the output came from. */
  runtime: z.string().nullable(),
  /** The same snippet on the language's other versions (Python 3.10 to 3.14, Node.js 20 to 24), oldest first. */
  versions: z.array(
    z.object({
      /** The version as the page names it: `3.13`, `20`. */
      version: z.string(),
      /** Interpreter, version and platform. */
      runtime: z.string(),
      /** What it printed there, normalised. */
      output: z.string(),
      /** For a version older than the snippet needs: how it failed. */
      fails: z.string().optional(),
    }),
  ),
});

/** /api/<language>/<Name>.json: an entry's frontmatter, its URL, and its parts as data. */
export const entryDocumentSchema = entrySchema.safeExtend({
  /** What the entry is about, with the default filled in (`code` under node/, `class` elsewhere). */
  kind: z.enum(kinds),
  /** Entry id, `<language>/<Name>`. */
  id: z.string(),
  /** Canonical URL path. */
  url: z.string(),
  /** Where the JSON Schema of this document lives. */
  $schema: z.string(),
  parts: z.object({
    /** What the error means, as Markdown. */
    meaning: z.string().min(1),
    /** The situations that produce it, most common first, as Markdown. */
    causes: z.array(z.string()).min(1),
    /** The reproduction: its explanation and its snippets. */
    reproduce: z.object({ text: z.string(), snippets: z.array(apiSnippetSchema).min(1) }),
    /** Each fix: when it applies, why it works, and its code. */
    fixes: z.array(z.object({ title: z.string(), when: z.string().min(1), why: z.string().min(1), snippets: z.array(apiSnippetSchema) })).min(1),
    /** Each anti-pattern and why it is wrong. */
    whatNotToDo: z.array(z.object({ title: z.string(), why: z.string().min(1), snippets: z.array(apiSnippetSchema) })).min(1),
    /** When the error is expected and can be logged quietly, if the entry says. */
    whenHarmless: z.string().nullable(),
  }),
});
