import type { ErrnoMention, PasteReader, ReaderResult } from '../reading.ts';
import { lastMatch, readMessageLine, type Sign } from './shared.ts';

/** Rust: `Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }`, `(os error 104)`. */
const signs: Sign[] = [
  [/\bOs \{ code: -?\d{1,6}, kind: [A-Z]\w{1,40}/, 10, "Rust's io::Error"],
  [/\(os error \d{1,6}\)/, 8, "Rust's os error suffix"],
  [/thread '[^'\n]{1,200}' panicked at|called `Result::unwrap\(\)` on an `Err` value|\.rs:\d{1,7}:\d{1,7}/, 6, 'a Rust panic'],
  [/\bkind: [A-Z]\w{1,40}\b/, 2, "an io::ErrorKind"],
];

// std::io::ErrorKind names and the errno each stands for on Linux (library/std/src/sys/pal/unix/mod.rs,
// decode_error_kind).
const kinds: Record<string, string> = {
  ConnectionRefused: 'ECONNREFUSED', ConnectionReset: 'ECONNRESET', ConnectionAborted: 'ECONNABORTED', AddrInUse: 'EADDRINUSE',
  AddrNotAvailable: 'EADDRNOTAVAIL', BrokenPipe: 'EPIPE', NotFound: 'ENOENT', PermissionDenied: 'EACCES', AlreadyExists: 'EEXIST',
  TimedOut: 'ETIMEDOUT', WouldBlock: 'EAGAIN', HostUnreachable: 'EHOSTUNREACH', NetworkUnreachable: 'ENETUNREACH',
  IsADirectory: 'EISDIR', NotADirectory: 'ENOTDIR', DirectoryNotEmpty: 'ENOTEMPTY', ReadOnlyFilesystem: 'EROFS',
  FilesystemLoop: 'ELOOP', CrossesDevices: 'EXDEV', InvalidFilename: 'ENAMETOOLONG', StorageFull: 'ENOSPC', Interrupted: 'EINTR',
};

export const rust: PasteReader = {
  language: 'rust',
  read(text, lines): ReaderResult {
    const result = readMessageLine(text, lines, signs, /\bOs \{ code:|\(os error \d/);
    if (!result.final) return result;
    const code = lastMatch(/\bOs \{ code: (-?\d{1,6}), kind: ([A-Z]\w{1,40})/g, text);
    const kind = code?.[2] ?? lastMatch(/\bkind: ([A-Z]\w{1,40})/g, text)?.[1];
    const errno: ErrnoMention = { ...result.final.errno };
    if (code) Object.assign(errno, { number: Number(code[1]), platform: Number(code[1]) >= 10000 ? 'windows' : 'linux' });
    if (kind && kinds[kind] && errno.number === undefined) errno.symbol = kinds[kind];
    if (errno.number !== undefined || errno.symbol !== undefined) result.final.errno = errno;
    return result;
  },
};
