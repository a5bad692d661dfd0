import { z } from 'astro/zod';
import { parseVersionRange } from '../lib/version-range.ts';

/** A language the catalogue covers; also the first segment of an entry's URL. */
export const languages = ['python', 'javascript', 'node'] as const;
export type Language = (typeof languages)[number];

/**
 * What an entry is about; it decides where the file lives and which fields it needs (the validator explains
 * each rule, src/schema/entry-path.ts says where each kind lives):
 * - `class`: an exception class. Python built-ins (`python/KeyError`), standard-library and library classes
 *   under their documented import path (`python/json.JSONDecodeError`), JavaScript classes (`javascript/TypeError`).
 * - `message`: one message of a broad class, in the class's folder: `python/TypeError/not-subscriptable`.
 * - `tool`: a tool's own error, in the tool's folder: `python/pip/externally-managed-environment`.
 * - `code`: a Node.js error code, errno (`node/ECONNRESET`) or Node's own (`node/ERR_REQUIRE_ESM`).
 * - `fatal`: what a runtime prints as it dies, with no class or code: `node/heap-out-of-memory`.
 * - `warning`: a warning the runtime prints and goes on: `node/MaxListenersExceededWarning`, `node/DEP0040`.
 * Left out, it is `code` under node/ and `class` elsewhere (see kindOf in entry-path.ts).
 */
export const kinds = ['class', 'message', 'tool', 'code', 'fatal', 'warning'] as const;
export type Kind = (typeof kinds)[number];

/**
 * Engines a template's versions refer to. `cpython` is the default for Python entries and `node` for
 * JavaScript and Node entries; the others cannot run here, so their templates are always `sourced`.
 */
export const engines = ['cpython', 'pypy', 'node', 'chrome', 'firefox', 'safari', 'deno', 'bun'] as const;

/** An errno symbol as C, Python and Node spell it: `ECONNRESET`, `EAI_AGAIN`, `WSAECONNRESET`. */
export const errnoSymbol = z
  .string()
  .regex(/^(WSA)?E[A-Z0-9_]+$/, 'an errno symbol in capitals, like ECONNRESET or WSAECONNRESET');

/** A dotted Python or JavaScript name: `KeyError`, `json.JSONDecodeError`, `requests.exceptions.RequestException`. */
export const qualifiedNamePattern = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** A message or tool page's file name: lower-case words joined by hyphens, like `not-subscriptable`. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An entry id, `<language>/<Name>` or `<language>/<Class or tool>/<slug>`: its file path under content/errors without `.mdx`. */
export const entryIdPattern = /^(python|javascript|node)\/([A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*|[a-z0-9]+(-[a-z0-9]+)*)(\/[a-z0-9]+(-[a-z0-9]+)*)?$/;
export const entryId = z
  .string()
  .regex(entryIdPattern, 'an entry id like python/ConnectionResetError, python/json.JSONDecodeError or python/TypeError/not-subscriptable');

/** Platforms a message can be shown for; `any` when every platform prints the same text. */
export const platforms = ['linux', 'macos', 'windows', 'any'] as const;

const version = z.string().regex(/^\d+(\.\d+){0,2}$/, 'a version like 3.10');

const message = z.object({
  /** Where this exact text is printed. */
  platform: z.enum(platforms),
  /** The line exactly as the runtime prints it, errno number included: `[Errno 104] Connection reset by peer`. */
  text: z.string().min(1, 'the exact text the runtime prints'),
});

const versionChange = z.object({
  /** The runtime version the change shipped in, like `3.10`. */
  version,
  /** What changed, in one or two sentences. */
  note: z.string().min(10, 'a sentence saying what changed'),
});

const source = z.object({
  /** What the reader will find there: `Python docs: Built-in Exceptions`. */
  title: z.string().min(3, 'a title of at least 3 characters'),
  /** Link to official documentation or the source file that defines the behaviour. */
  url: z.url({ protocol: /^https$/, error: 'an https:// URL' }),
});

/** One wording of a message, with the parts that vary as named holes (syntax: src/search/templates.ts). */
export const templateSchema = z
  .object({
    /** The message as printed, without the class name, holes in braces: `'{type}' object is not subscriptable`; `{{` is a literal brace. */
    text: z.string().min(1, 'the message with its holes, like {type} object is not subscriptable'),
    /** The versions of `engine` that print this wording: `*`, `>=3.11`, `<=3.10`, `3.3 - 3.10`, `>=16.9, <22`. */
    versions: z.string().refine((v) => typeof parseVersionRange(v) !== 'string', 'a version range: *, 3.11, >=3.11, <3.11, 3.3 - 3.10'),
    /** Whose wording it is, when not the entry's own runtime (CPython, or Node for JavaScript): `firefox`, `safari`, `pypy`. */
    engine: z.enum(engines).optional(),
    /** True when no runtime here prints it (another engine, a version not installed); then `source` is required and the runner does not look for it. */
    sourced: z.boolean().default(false),
    /** Where this wording is documented or defined: required when `sourced`, welcome otherwise. */
    source: source.optional(),
  })
  .strict();

export type Template = z.infer<typeof templateSchema>;

/** The frontmatter of one entry; the five required prose parts live in the MDX body (see parts.ts). */
export const entrySchema = z
  .object({
    /** What kind of entry this is (see `kinds` above); decides where the file lives and which fields it needs. */
    kind: z.enum(kinds).optional(),
    /** The exact name the runtime prints (`ConnectionResetError`, `json.JSONDecodeError`, `ECONNRESET`); for message, tool and fatal pages, the message itself (one of `templates`, or pip's own word). */
    title: z.string().min(3, 'a title of 3 to 160 characters').max(160, 'a title of 3 to 160 characters'),
    /** One plain-language sentence for the header, search results and link previews. */
    summary: z.string().min(20, 'one sentence of 20 to 200 characters').max(200, 'one sentence of 20 to 200 characters'),
    /** The runtime this entry belongs to. */
    language: z.enum(languages),
    /** The direct base class as the runtime names it: `OSError`, `requests.exceptions.RequestException`, `Error`; omitted only for roots like `BaseException`. */
    parent: z.string().regex(qualifiedNamePattern, 'a class name like OSError or requests.exceptions.RequestException').optional(),
    /** Python classes outside builtins: every class in `__mro__` after this one, nearest first, without `object` (`[ValueError, Exception, BaseException]`). */
    mro: z.array(z.string().regex(qualifiedNamePattern, 'a class name like ValueError or requests.exceptions.RequestException')).optional(),
    /** Python classes outside builtins: the module of the documented import path, `json` for `json.JSONDecodeError`. */
    module: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'a module path like json or requests.exceptions').optional(),
    /** Where the class or tool comes from: `stdlib`, or the distribution's name as pip knows it (`requests`, `pip`). */
    package: z.string().regex(/^(stdlib|[A-Za-z0-9][A-Za-z0-9._-]*)$/, 'stdlib, or a distribution name like requests').optional(),
    /** The version of `package` the captured output came from (`2.28.1`); omitted for `stdlib`, whose captures name the Python version. */
    packageVersion: z.string().regex(/^\d+(\.\d+)*([a-z0-9.+-]*)$/, 'a version like 2.28.1').optional(),
    /** Message pages: the class whose message this is, as its entry is titled (`TypeError`, `json.JSONDecodeError`); it is also the folder. */
    class: z.string().regex(qualifiedNamePattern, 'the class entry title, like TypeError').optional(),
    /** Message, tool, fatal and warning pages (and code pages, which may then reproduce by printing): each wording of the message, with the versions that print it. */
    templates: z.array(templateSchema).optional(),
    /** Errno symbols this error stands for, most typical first. */
    errno: z.array(errnoSymbol).default([]),
    /** What the runtime prints, per platform, with the number it shows. */
    messages: z.array(message).default([]),
    /** When the error appeared and how it changed since. */
    versions: z
      .object({
        /** The version that introduced the name, like `3.3`; leave it out rather than guess for very old names. */
        since: version.optional(),
        /** The version that removed the name (a Node code Node no longer has): the entry is then legacy. */
        removed: version.optional(),
        /** Later changes, oldest first. */
        changed: z.array(versionChange).default([]),
      })
      .refine((v) => v.since !== undefined || v.removed !== undefined || v.changed.length > 0, 'a version it appeared in or was removed in, or at least one change; otherwise leave versions out')
      .optional(),
    /** Entries worth reading next, as entry ids (`python/ConnectionError`, `python/TypeError/not-subscriptable`). */
    related: z.array(entryId).default([]),
    /** Official documentation and source files the facts rest on. */
    sources: z.array(source).min(1, 'at least one official source'),
    /** Other URL paths that lead here: earlier ones, and other names of the same class (`/python/IOError`, `/python/json.decoder.JSONDecodeError`); they keep leading here forever. */
    aliases: z.array(z.string().regex(/^\/[a-z]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)?$/, 'a path like /python/OldName or /python/json.decoder.JSONDecodeError')).default([]),
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
