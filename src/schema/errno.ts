import { z } from 'astro/zod';
import { errnoSymbol } from './entry.ts';

const source = z.object({
  /** What the source is: `Apple xnu: bsd/sys/errno.h`. */
  title: z.string().min(3),
  /** Where to read it. */
  url: z.url({ protocol: /^https$/, error: 'an https:// URL' }),
});

/** content/errno/platforms.yaml: every number that cannot be read off a Linux machine, per platform. */
export const errnoPlatformsSchema = z
  .object({
    /** The source of each column below. */
    sources: z.object({ macos: source, windowsCrt: source, wsa: source, wsaMessages: source, nodeWindows: source, pythonWindows: source }).strict(),
    /** Symbol to its number on macOS, macOS-only symbols and alias spellings included. */
    macos: z.record(errnoSymbol, z.int().positive()),
    /** Symbol to its number in the Windows C runtime. */
    windowsCrt: z.record(errnoSymbol, z.int().positive()),
    /** Symbol to its Windows Sockets code and the message Windows prints (without the final full stop, as Python shows it). */
    wsa: z.record(errnoSymbol, z.object({ code: z.int().min(10000).max(11999), message: z.string().min(5).regex(/[^.]$/, 'no final full stop') }).strict()),
    /** Symbol to Node's err.errno on Windows (libuv's own numbers). */
    nodeWindows: z.record(errnoSymbol, z.int().negative()),
    /** Symbols whose value in Python's errno module on Windows is the Windows Sockets code rather than the C runtime's. */
    pythonPrefersWsa: z.array(errnoSymbol),
  })
  .strict();

/** content/errno/meanings.yaml: symbol to one plain-language line. */
export const errnoMeaningsSchema = z.record(errnoSymbol, z.string().min(10).max(200));

/** content/errno/briefs.yaml: causes and fixes in brief for the common symbols. */
export const errnoBriefsSchema = z.record(
  errnoSymbol,
  z
    .object({
      /** Concrete situations that produce the error, most common first. */
      causes: z.array(z.string().min(10)).min(1),
      /** What to do about it, one line each. */
      fixes: z.array(z.string().min(10)).min(1),
    })
    .strict(),
);

/** content/errno/linux.json: written by `npm run errno:sync` from python3 and Node on Linux; never edited by hand. */
export const linuxErrnoSchema = z
  .object({
    /** Which interpreters the columns were read from. */
    source: z.string(),
    symbols: z.array(
      z
        .object({
          symbol: errnoSymbol,
          number: z.int().positive(),
          message: z.string(),
          python: z.string(),
          aliases: z.array(errnoSymbol),
          node: z.int().negative().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export type ErrnoPlatforms = z.infer<typeof errnoPlatformsSchema>;
export type ErrnoBriefs = z.infer<typeof errnoBriefsSchema>;
export type LinuxErrnoFile = z.infer<typeof linuxErrnoSchema>;
