import { z } from 'astro/zod';
import { errnoSymbol } from './entry.ts';

/**
 * The errno hubs' "In other languages" data: content/errno/languages.yaml (written by people), the programs
 * in content/errno/programs/, what they printed in content/errno/captures/<language>.json (written by
 * `npm run snippets -- --update`), and glibc's translated messages in content/errno/translations.json
 * (written by `npm run errno:sync`).
 */

/** The languages and tools whose programs run here, in the order the hub shows them (.NET sits among them). */
export const programLanguages = ['go', 'java', 'rust', 'ruby', 'php', 'curl', 'git', 'ssh', 'psql'] as const;
export type ProgramLanguageId = (typeof programLanguages)[number];

/** Every section of a hub, in page order; each is also the section's #fragment. */
export const hubLanguages = ['go', 'java', 'rust', 'ruby', 'dotnet', 'php', 'curl', 'git', 'ssh', 'psql'] as const;
export type HubLanguageId = (typeof hubLanguages)[number];

/** Every symbol needs a captured program in these; the tools are there where the error has a form of theirs. */
export const requiredLanguages: readonly ProgramLanguageId[] = ['go', 'java', 'rust', 'ruby', 'php'];

/** The resolver's failures, which are not errno values but get a hub of their own. */
export const resolverSymbols = ['EAI_NONAME', 'EAI_AGAIN'] as const;

/**
 * The numbers Python shows for them, as `[Errno N]`: glibc's on Linux (socket.EAI_NONAME is -2, EAI_AGAIN -3,
 * checked here), macOS's <netdb.h> (8 and 2), and on Windows the WSAHOST_NOT_FOUND and WSATRY_AGAIN codes
 * getaddrinfo returns there (11001 and 11002).
 */
export const resolverNumbers: Record<(typeof resolverSymbols)[number], Record<'linux' | 'macos' | 'windows', readonly number[]>> = {
  // glibc's EAI_NODATA (-5, "No address associated with hostname") is the same failure for a name that exists
  // without an address; Node reports both as ENOTFOUND, and the EAI_NONAME hub covers both.
  EAI_NONAME: { linux: [-2, -5], macos: [8], windows: [11001] },
  EAI_AGAIN: { linux: [-3], macos: [2], windows: [11002] },
};

/** The locales the translated messages are read for, as glibc names them. */
export const translationLocales = ['zh_CN', 'zh_TW', 'ja_JP', 'ko_KR', 'de_DE', 'fr_FR', 'es_ES', 'it_IT', 'pt_BR', 'ru_RU', 'tr_TR', 'pl_PL'] as const;
export type TranslationLocale = (typeof translationLocales)[number];

const oneLine = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[^\n]*$/, 'one line');

/** Code as a reader writes it: one test per line; each line must appear in the program. */
const catchCode = z.string().min(3).max(400);

const captured = z
  .object({
    /** The idiomatic test, as code. Every line of it appears in the program, which exits 0 only when it holds. */
    catch: catchCode,
    /** What a reader needs to know about this language's form of the error. */
    note: oneLine(10, 400).optional(),
    /** Where the fix starts, in one line. */
    fix: oneLine(10, 240),
    /** Shell lines run before this language's program instead of the symbol's `setup`. */
    setup: z.string().min(3).optional(),
  })
  .strict();

const sourceKey = z.string().regex(/^[a-z][A-Za-z]+$/, 'a source key from `sources`, like dotnetSocketError');

/** .NET cannot run here: everything in it is sourced. */
const dotnet = z
  .object({
    /** The exception type, fully qualified. */
    exception: z.string().regex(/^System\.[A-Za-z.]+$/, 'a .NET type name, like System.Net.Sockets.SocketException'),
    /** The idiomatic test, as code. */
    catch: catchCode,
    /** The SocketError member that names it, for socket errors. */
    member: z.string().regex(/^[A-Z][A-Za-z]+$/).optional(),
    /** That member's value (the Windows Sockets code). */
    code: z.int().min(10000).max(11999).optional(),
    /** Quoted from a source: a member's documented description, or the message template ({0} is the path). */
    says: oneLine(10, 200),
    note: oneLine(10, 400).optional(),
    /** Keys of `sources` the facts above come from. */
    sources: z.array(sourceKey).min(1),
    fix: oneLine(10, 240),
  })
  .strict()
  .refine((d) => (d.member === undefined) === (d.code === undefined), { message: 'member and code come together', path: ['code'] });

const symbolEntry = z
  .object({
    /** The resolver's failures only (they are not in meanings.yaml): what it means, in one line. */
    meaning: oneLine(10, 200).optional(),
    /** The resolver's failures only: the code Node.js reports for it (ENOTFOUND for EAI_NONAME). */
    node: errnoSymbol.optional(),
    /** The situation every program stages, one sentence or two, shown above the sections. */
    situation: oneLine(20, 400),
    /** Shell lines run in each program's sandbox before it (a route, a limit); shown to the reader. */
    setup: z.string().min(3).optional(),
    /** How long the programs may take, when longer than the usual 2 s is the point (a timeout). */
    timeoutMs: z.int().min(2000).max(15000).optional(),
    go: captured,
    java: captured,
    rust: captured,
    ruby: captured,
    php: captured,
    curl: captured.optional(),
    git: captured.optional(),
    ssh: captured.optional(),
    psql: captured.optional(),
    dotnet: dotnet.optional(),
  })
  .strict();

const source = z.object({ title: z.string().min(5), url: z.url({ protocol: /^https$/, error: 'an https:// URL' }) }).strict();

/** content/errno/languages.yaml */
export const errnoLanguagesSchema = z
  .object({
    sources: z.record(sourceKey, source),
    symbols: z.record(errnoSymbol, symbolEntry),
  })
  .strict();

/** content/errno/captures/<language>.json: written by `npm run snippets -- --update`, never by hand. */
export const programCapturesSchema = z
  .object({
    language: z.enum(programLanguages),
    /** The runtime every capture in the file was made with: `Go 1.19.8 · Linux x86_64`. */
    runtime: z.string().min(5),
    captures: z.record(
      errnoSymbol,
      z
        .object({
          /** A hash of the program and its setup: a capture of another program is stale. */
          key: z.string().regex(/^[0-9a-f]{16}$/),
          /** What it printed (stdout and stderr as a terminal shows them), normalised. */
          output: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

/** content/errno/translations.json: written by `npm run errno:sync` from this machine's glibc. */
export const errnoTranslationsSchema = z
  .object({
    /** Where the texts were read. */
    source: z.string().min(10),
    locales: z.array(z.enum(translationLocales)),
    symbols: z.record(
      errnoSymbol,
      z
        .object({
          /** The errno value, or the getaddrinfo code for the resolver's failures. */
          number: z.int(),
          /** The untranslated text (the C locale's). */
          text: z.string().min(3),
          /** Per locale, glibc's translation; a locale whose text is the untranslated one is left out. */
          translations: z.partialRecord(z.enum(translationLocales), z.string().min(1)),
        })
        .strict(),
    ),
  })
  .strict();

export type ErrnoLanguagesFile = z.infer<typeof errnoLanguagesSchema>;
export type ProgramCapturesFile = z.infer<typeof programCapturesSchema>;
export type ErrnoTranslationsFile = z.infer<typeof errnoTranslationsSchema>;
export type CapturedLanguageData = z.infer<typeof captured>;
export type DotnetData = z.infer<typeof dotnet>;
