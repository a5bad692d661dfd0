import type { ErrnoMention, PasteReader, ReaderResult } from '../reading.ts';
import { lastMatch, readMessageLine, type Sign } from './shared.ts';

/** .NET: `System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed ...`. */
const signs: Sign[] = [
  [/\bSystem\.(?:Net|IO|ComponentModel)\.[\w.]{1,100}Exception\b/, 8, '.NET exception classes'],
  [/\bSocketException \((?:\d{4,5}|0x[0-9A-Fa-f]{8})\)/, 10, "a .NET SocketException"],
  [/^\s{1,12}at [\w.`<>]{1,300}\(.{0,500}\) in .{1,500}:line \d{1,7}/m, 8, '.NET stack frames'],
  [/\bSocketError\.[A-Z]\w{2,40}|\bHttpRequestException\b|\bWin32Exception\b/, 6, '.NET error names'],
];

// System.Net.Sockets.SocketError members that name an errno (Microsoft's SocketError enum documentation).
const members: Record<string, string> = {
  ConnectionReset: 'ECONNRESET', ConnectionRefused: 'ECONNREFUSED', ConnectionAborted: 'ECONNABORTED', AddressAlreadyInUse: 'EADDRINUSE',
  AddressNotAvailable: 'EADDRNOTAVAIL', TimedOut: 'ETIMEDOUT', HostUnreachable: 'EHOSTUNREACH', NetworkUnreachable: 'ENETUNREACH',
  Shutdown: 'ESHUTDOWN', WouldBlock: 'EWOULDBLOCK', AccessDenied: 'EACCES',
};

export const dotnet: PasteReader = {
  language: 'dotnet',
  read(text, lines): ReaderResult {
    const result = readMessageLine(text, lines, signs, /Exception\b/);
    if (!result.final) return result;
    const errno: ErrnoMention = { ...result.final.errno };
    const code = lastMatch(/SocketException \((\d{4,5})\)/g, text);
    const member = lastMatch(/\bSocketError\.([A-Z]\w{2,40})/g, text)?.[1];
    if (code) Object.assign(errno, { number: Number(code[1]), platform: 'windows' });
    else if (member && members[member]) errno.symbol = members[member];
    if (errno.number !== undefined || errno.symbol !== undefined) result.final.errno = errno;
    return result;
  },
};
