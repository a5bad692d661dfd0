"""Runs one errdex snippet as __main__ and records how it ended, without changing what it prints.

Usage: python3 run-python.py SNIPPET.py  (ERRDEX_OUTCOME_FD names the descriptor that receives the outcome JSON)
The traceback is printed from the snippet's own frames, so readers see what `python3 snippet.py` prints.
"""
import errno
import json
import os
import runpy
import sys

path = os.path.abspath(sys.argv[1])
# The sandbox hands over a descriptor that is open before the snippet runs (it may end by using up every
# file descriptor), used bare: a file object would be finalised at exit under the snippet's warning filters
# and print an "Exception ignored" line that `python3 snippet.py` never shows.
outcome = int(os.environ.pop("ERRDEX_OUTCOME_FD"))
sys.argv = [path]
sys.path[0] = os.path.dirname(path)


def write(data):
    try:
        os.write(outcome, json.dumps(data).encode() + b"\n")
    except OSError:
        pass  # the snippet closed our file; the runner reports how the process exited


def _qualified(cls):
    # Where the class is defined (requests.exceptions.ConnectionError is not the built-in ConnectionError);
    # built-ins and the snippet's own classes go by their bare name, as a traceback prints them.
    if cls.__module__ in ("builtins", "__main__"):
        return cls.__qualname__
    return cls.__module__ + "." + cls.__qualname__


def record(exc):
    data = {"kind": "raised", "name": type(exc).__name__, "qualname": _qualified(type(exc)), "mro": [c.__name__ for c in type(exc).__mro__]}
    number = getattr(exc, "errno", None)
    if isinstance(number, int):
        data["errno"] = number
        data["errnoNames"] = sorted(n for n in dir(errno) if n.startswith("E") and getattr(errno, n) == number)
    write(data)


try:
    runpy.run_path(path, run_name="__main__")
except SystemExit as exc:
    record(exc)
    raise
except BaseException as exc:
    record(exc)
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next  # drop this harness's and runpy's frames
    exc.__traceback__ = tb
    # The hook prints exc.__traceback__, so the trimmed traceback goes on the exception itself.
    sys.excepthook(type(exc), exc, tb)
    sys.exit(130 if isinstance(exc, KeyboardInterrupt) else 1)
else:
    write({"kind": "ok"})
