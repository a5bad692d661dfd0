/**
 * The errors errdex promises to cover, like Rust's list of error codes: the tidy test fails when one of
 * these has no entry, or an entry is not accounted for here. Python's built-in exceptions are not listed:
 * the test asks python3 for them, so a new CPython class shows up as missing by itself.
 */

/** Node.js system error codes with their own entry at /node/<CODE>/. */
export const nodeCodes = [
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EADDRINUSE', 'EADDRNOTAVAIL', 'ENOTFOUND',
  'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EACCES', 'EPERM', 'ENOENT', 'EEXIST', 'EISDIR', 'ENOTDIR',
  'ENOTEMPTY', 'EMFILE', 'EBADF', 'ENOSPC',
] as const;

/** Python built-in names that are aliases of another class; they get alias URLs on that class's entry, not entries. */
export const pythonAliases: Record<string, string> = { IOError: 'OSError', EnvironmentError: 'OSError' };
