"""Runs errdex snippets one after another in one Pyodide, each as if it were `python3 snippet.py` alone.

pyodide-batch.mjs loads Pyodide once per batch, runs this file, then calls _errdex_run(code) per snippet.
Each snippet gets a fresh folder, a fresh __main__ module (runpy), its own warning filters, and the
interpreter state it may change (argv, path, recursion limit, hooks, environment, its own modules) put
back afterwards. Output goes to the runner through _errdex_io.emit, stdout and stderr in one stream as
`2>&1` gives the native run.
"""
import atexit
import errno
import gc
import io
import json
import linecache
import os
import runpy
import shutil
import sys
import warnings

from _errdex_io import emit

WORKDIR = "/tmp/snippet"
SNIPPET = os.path.join(WORKDIR, "snippet.py")


class _Sink(io.RawIOBase):
    def writable(self):
        return True

    def write(self, data):
        emit(bytes(data).decode("utf-8", "replace"))
        return len(data)


def _stream():
    # Unbuffered like `python3 -u` (PYTHONUNBUFFERED in the native run); strict like a UTF-8 locale's stdout.
    return io.TextIOWrapper(_Sink(), encoding="utf-8", errors="strict", write_through=True)


def _qualified(cls):
    # Where the class is defined (requests.exceptions.ConnectionError is not the built-in ConnectionError);
    # built-ins and the snippet's own classes go by their bare name, as a traceback prints them.
    if cls.__module__ in ("builtins", "__main__"):
        return cls.__qualname__
    return cls.__module__ + "." + cls.__qualname__


def _record(exc):
    data = {"kind": "raised", "name": type(exc).__name__, "qualname": _qualified(type(exc)), "mro": [c.__name__ for c in type(exc).__mro__]}
    number = getattr(exc, "errno", None)
    if isinstance(number, int):
        data["errno"] = number
        data["errnoNames"] = sorted(n for n in dir(errno) if n.startswith("E") and getattr(errno, n) == number)
    return data


def _unraisable(args):
    # An object finalized when the harness collects (as the interpreter does at exit) reports from inside
    # _run; `python3 snippet.py` shows no frame there, so the harness's frames are dropped.
    tb = args.exc_traceback
    while tb is not None and tb.tb_frame.f_code.co_filename == "<exec>":
        tb = tb.tb_next
    sys.__unraisablehook__(type(args)((args.exc_type, args.exc_value, tb, args.err_msg, args.object)))


def _run(code):
    # Every snippet is written to the same path: a cached line of the last one must not show in this one's
    # tracebacks and warnings (the standard library's lines stay cached, as they are the same for all).
    linecache.cache.pop(SNIPPET, None)
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    os.chdir(WORKDIR)
    with open(SNIPPET, "w") as f:
        f.write(code)
    modules = set(sys.modules)
    finders = (list(sys.meta_path), list(sys.path_hooks), dict(sys.path_importer_cache))
    saved = (sys.stdout, sys.stderr, sys.stdin, sys.argv, list(sys.path), sys.getrecursionlimit(), sys.excepthook,
             sys.unraisablehook, sys.displayhook, dict(os.environ))
    digits = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else None
    sys.stdout, sys.stderr = _stream(), _stream()
    sys.unraisablehook = _unraisable
    sys.stdin = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")  # end of file at once, like < /dev/null
    sys.argv = [SNIPPET]
    sys.path.insert(0, WORKDIR)
    try:
        with warnings.catch_warnings():
            try:
                runpy.run_path(SNIPPET, run_name="__main__")
            except SystemExit as exc:
                outcome = _record(exc)
                # What the interpreter prints for `sys.exit("message")`; numbers and None print nothing.
                if exc.code is not None and not isinstance(exc.code, int):
                    print(exc.code, file=sys.stderr)
            except BaseException as exc:
                outcome = _record(exc)
                tb = exc.__traceback__
                while tb is not None and tb.tb_frame.f_code.co_filename != SNIPPET:
                    tb = tb.tb_next  # drop this harness's, runpy's and Pyodide's frames
                exc.__traceback__ = tb
                sys.excepthook(type(exc), exc, tb)
                # Frames held here would keep the snippet's objects alive past the collection below, so
                # their finalizers (an unclosed file's ResourceWarning) would print in the next snippet.
                exc.__traceback__ = None
                del tb, exc
            else:
                outcome = {"kind": "ok"}
            # What the interpreter does at exit: atexit handlers, then finalizers of what is left.
            atexit._run_exitfuncs()
            atexit._clear()
            gc.collect()
    finally:
        sys.stdout, sys.stderr, sys.stdin, sys.argv, sys.path[:], limit, sys.excepthook, sys.unraisablehook, sys.displayhook, env = saved
        sys.setrecursionlimit(limit)
        if digits is not None:
            sys.set_int_max_str_digits(digits)
        os.environ.clear()
        os.environ.update(env)
        sys.meta_path[:], sys.path_hooks[:] = finders[0], finders[1]
        sys.path_importer_cache.clear()
        sys.path_importer_cache.update(finders[2])
        # Every module the snippet imported goes, the standard library's too: a module keeps state between
        # snippets (logging's handlers after basicConfig, a cache), which `python3 snippet.py` never sees.
        for name in set(sys.modules) - modules:
            del sys.modules[name]
        # Pyodide loads logging itself, so it stays: its configuration goes back to a fresh interpreter's.
        log = sys.modules.get("logging")
        if log is not None:
            log.captureWarnings(False)
            for handler in list(log.root.handlers):
                log.root.removeHandler(handler)
            log.root.setLevel(log.WARNING)
            log.root.manager.loggerDict.clear()
            log.disable(log.NOTSET)
        os.chdir("/")
    return json.dumps(outcome)


_errdex_run = _run
