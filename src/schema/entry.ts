import { z } from 'astro/zod';

/** A language the catalogue covers; also the first segment of an entry's URL. */
export const languages = ['python', 'node'] as const;
export type Language = (typeof languages)[number];

/** An errno symbol as C, Python and Node spell it: `ECONNRESET`, `EAI_AGAIN`, `WSAECONNRESET`. */
export const errnoSymbol = z
  .string()
  .regex(/^(WSA)?E[A-Z0-9_]+$/, 'an errno symbol in capitals, like ECONNRESET or WSAECONNRESET');

/** An entry id, `<language>/<Name>`, the same as its file path under content/errors without `.mdx`. */
export const entryId = z
  .string()
  .regex(/^(python|node)\/[A-Za-z_][A-Za-z0-9_]*$/, 'an entry id like python/ConnectionResetError');

/** Platforms a message can be shown for; `any` when every platform prints the same text. */
export const platforms = ['linux', 'macos', 'windows', 'any'] as const;

const message = z.object({
  /** Where this exact text is printed. */
  platform: z.enum(platforms),
  /** The line exactly as the runtime prints it, errno number included: `[Errno 104] Connection reset by peer`. */
  text: z.string().min(1, 'the exact text the runtime prints'),
});

const versionChange = z.object({
  /** The runtime version the change shipped in, like `3.10`. */
  version: z.string().regex(/^\d+(\.\d+){0,2}$/, 'a version like 3.10'),
  /** What changed, in one or two sentences. */
  note: z.string().min(10, 'a sentence saying what changed'),
});

const source = z.object({
  /** What the reader will find there: `Python docs: Built-in Exceptions`. */
  title: z.string().min(3, 'a title of at least 3 characters'),
  /** Link to official documentation or the source file that defines the behaviour. */
  url: z.url({ protocol: /^https$/, error: 'an https:// URL' }),
});

/** The frontmatter of one entry; the five required prose parts live in the MDX body (see parts.ts). */
export const entrySchema = z
  .object({
    /** The exact name the runtime prints: `ConnectionResetError`, or a Node code like `ECONNRESET`. */
    title: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the exact error name, letters, digits and _ only'),
    /** One plain-language sentence for the header, search results and link previews. */
    summary: z.string().min(20, 'one sentence of 20 to 200 characters').max(200, 'one sentence of 20 to 200 characters'),
    /** The runtime this entry belongs to. */
    language: z.enum(languages),
    /** The direct base class as the runtime names it (`OSError`); omitted only for roots like `BaseException`. */
    parent: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a class name like OSError').optional(),
    /** Errno symbols this error stands for, most typical first. */
    errno: z.array(errnoSymbol).default([]),
    /** What the runtime prints, per platform, with the number it shows. */
    messages: z.array(message).default([]),
    /** When the error appeared and how it changed since. */
    versions: z
      .object({
        /** The version that introduced the name, like `3.3`; leave it out rather than guess for very old names. */
        since: z.string().regex(/^\d+(\.\d+){0,2}$/, 'a version like 3.3').optional(),
        /** Later changes, oldest first. */
        changed: z.array(versionChange).default([]),
      })
      .refine((v) => v.since !== undefined || v.changed.length > 0, 'a version it appeared in, or at least one change; otherwise leave versions out')
      .optional(),
    /** Entries worth reading next, as `<language>/<Name>` ids. */
    related: z.array(entryId).default([]),
    /** Official documentation and source files the facts rest on. */
    sources: z.array(source).min(1, 'at least one official source'),
    /** Earlier URL paths of this entry, like `/python/ConnectionReset`; they keep leading here forever. */
    aliases: z.array(z.string().regex(/^\/[a-z]+\/[A-Za-z0-9_.-]+$/, 'a path like /python/OldName')).default([]),
    /** `active`, or `retired`: kept so links keep working, shown with `retiredNote`. */
    status: z.enum(['active', 'retired']).default('active'),
    /** Why a retired entry was retired and where to look instead. */
    retiredNote: z.string().min(10, 'a sentence saying where to look instead').optional(),
  })
  .strict()
  .refine((e) => e.status !== 'retired' || e.retiredNote !== undefined, {
    message: 'a retired entry needs a retiredNote that says where to look instead',
    path: ['retiredNote'],
  });

export type EntryData = z.infer<typeof entrySchema>;
