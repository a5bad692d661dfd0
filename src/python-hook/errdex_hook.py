"""errdex_hook: after a Python program's uncaught traceback, one line with the errdex page for the error.

    ConnectionRefusedError: [Errno 111] Connection refused
    → errdex: https://errdex.dev/python/ConnectionRefusedError/#fixes

The traceback, the exit status and everything printed before stay exactly as they were: the hook calls the
excepthook that was installed before it (Python's own, or another tool's) and then adds the line.

Get it from https://errdex.dev/errdex_hook.py: that copy carries the names of every error errdex covers,
so it needs no network, no Node and no other package when a program crashes. (The copy in errdex's
repository, src/python-hook/errdex_hook.py, is the template the site fills in; with no names filled in it
links to errdex's search for the error instead.)

Use it for one run:          python -c "import errdex_hook, runpy; runpy.run_path('app.py', run_name='__main__')"
Use it for every program:    put this file on the path (site-packages, or the folder `python -m site --user-site`
                             prints) and add `import errdex_hook` to sitecustomize.py (or usercustomize.py) there.

ERRDEX_HOOK=0 turns it off; ERRDEX_URL sends the links to another errdex (a mirror, a local preview).
"""

import errno as _errno
import os as _os
import sys as _sys

__all__ = ["page_for", "line_for", "install"]

# errdex:index-begin (the site fills this in from its catalogue; empty in the repository)
_INDEX = {}
# errdex:index-end

_BASE = _os.environ.get("ERRDEX_URL") or _INDEX.get("base") or "https://errdex.dev"
_NAMES = _INDEX.get("names", {})
_ERRNO = _INDEX.get("errno", {})
_WINERROR = _INDEX.get("winerror", {})
_GAI = _INDEX.get("gai", {})


def _printed_names(exc_type):
    """The names a traceback prints for the class, and its documented import path (json.JSONDecodeError)."""
    module = getattr(exc_type, "__module__", "") or ""
    name = getattr(exc_type, "__qualname__", exc_type.__name__)
    if module in ("builtins", "__main__", ""):
        return [name]
    names = [module + "." + name]
    top = module.split(".")[0]
    if top != module:
        names.append(top + "." + name)
    return names


def _chain(exc):
    """The exception and the ones behind it, as a traceback shows them: the final error first."""
    seen, out = set(), []
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        out.append(exc)
        exc = exc.__cause__ if exc.__cause__ is not None else (None if exc.__suppress_context__ else exc.__context__)
    return out


def _errno_symbol(exc):
    """The errno symbol an OSError carries, in this platform's own numbering (or Windows' socket codes)."""
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and str(winerror) in _WINERROR:
        return _WINERROR[str(winerror)]
    number = getattr(exc, "errno", None)
    return _errno.errorcode.get(number) if isinstance(number, int) else None


def page_for(exc):
    """The errdex page path for an exception, ranked like errdex's search ranks its traceback: the final
    error's own page, then the pages of the errors behind it (the root cause first), then the page of the
    errno it carries. None when errdex has no page for any of them."""
    chain = _chain(exc)
    if not _NAMES:
        # No catalogue filled in: errdex's search takes the error's name and finds its page.
        from urllib.parse import quote

        return "/search/?q=" + quote(_printed_names(type(exc))[0])
    for e in [chain[0]] + chain[:0:-1]:
        for name in _printed_names(type(e)):
            if name in _NAMES:
                return _NAMES[name]
    for e in chain:
        number = getattr(e, "errno", None)
        if type(e).__name__ == "gaierror" and str(number) in _GAI:
            # socket.gaierror carries getaddrinfo's code (-2), not an errno.
            return _GAI[str(number)]
        symbol = _errno_symbol(e)
        if symbol and symbol in _ERRNO:
            return _ERRNO[symbol]
    return None


def line_for(exc):
    """The line printed under the traceback, or None."""
    page = page_for(exc)
    if page is None:
        return None
    fragment = "#fixes" if not page.startswith(("/errno/", "/search/")) else ""
    return "\u2192 errdex: " + _BASE.rstrip("/") + page + fragment


def _hook(previous):
    def errdex_excepthook(exc_type, exc, tb):
        previous(exc_type, exc, tb)
        # Ctrl-C is not an error to look up.
        if exc is None or isinstance(exc, KeyboardInterrupt):
            return
        try:
            line = line_for(exc)
            if line:
                stream = _sys.stderr
                try:
                    stream.write(line + "\n")
                except UnicodeEncodeError:
                    stream.write(line.replace("\u2192", "->") + "\n")
                stream.flush()
        except Exception:
            pass  # a hint must never change how a program dies

    errdex_excepthook.errdex = True
    return errdex_excepthook


def install():
    """Wraps the current sys.excepthook (once)."""
    if _os.environ.get("ERRDEX_HOOK") == "0" or getattr(_sys.excepthook, "errdex", False):
        return
    _sys.excepthook = _hook(_sys.excepthook)


install()
