import { execFileSync } from 'node:child_process';

/**
 * Debian's python3, the one that sees Debian's Python libraries (python3-requests, python3-urllib3,
 * python3-aiohttp, python3-httpx, python3-pip); the python3 first on PATH may be another build without them.
 */
export const debianPython = process.env.ERRDEX_DEBIAN_PYTHON ?? '/usr/bin/python3';

/** What Python says about one dotted name, resolved the way an import statement would. */
export interface ResolvedName {
  name: string;
  /** Why it could not be resolved, when it could not. */
  error?: string;
  /** The id of the object it names, to compare names that are the same class. */
  id?: number;
  /** For a class: `__module__.__qualname__` (the path tracebacks print), or the bare name for builtins. */
  printed?: string;
  isException?: boolean;
  /** `__bases__[0]` and `__mro__` without the class itself and `object`, as printed names. */
  base?: string | null;
  mro?: string[];
  /** The ids of the classes of `__mro__` (without itself and `object`), to compare with resolved names. */
  mroIds?: number[];
  baseId?: number | null;
}

export interface PythonFacts {
  version: string;
  names: Record<string, ResolvedName>;
  /** Installed version of each distribution asked about, or null. */
  distributions: Record<string, string | null>;
  /** Top-level module to the distributions that provide it. */
  providers: Record<string, string[]>;
  /** sys.stdlib_module_names. */
  stdlib: string[];
}

// Resolves each name by importing its longest importable module prefix and following attributes from there.
const probe = String.raw`
import builtins, importlib, importlib.metadata as md, json, sys
request = json.loads(sys.stdin.read())
def printed(c):
    return c.__name__ if c.__module__ == 'builtins' else c.__module__ + '.' + c.__qualname__
def resolve(name):
    parts = name.split('.')
    if len(parts) == 1:
        if hasattr(builtins, name): return getattr(builtins, name)
        raise LookupError('no built-in named ' + name)
    for i in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module('.'.join(parts[:i]))
        except ImportError as e:
            last = e
            continue
        for attr in parts[i:]:
            obj = getattr(obj, attr)
        return obj
    raise last
names = {}
for name in request['names']:
    try:
        obj = resolve(name)
    except Exception as e:
        names[name] = {'name': name, 'error': type(e).__name__ + ': ' + str(e)}
        continue
    out = {'name': name, 'id': id(obj)}
    if isinstance(obj, type):
        mro = obj.__mro__[1:-1]
        out.update(printed=printed(obj), isException=issubclass(obj, BaseException), base=printed(obj.__bases__[0]) if obj.__bases__ and obj.__bases__[0] is not object else None,
                   baseId=id(obj.__bases__[0]) if obj.__bases__ and obj.__bases__[0] is not object else None, mro=[printed(c) for c in mro], mroIds=[id(c) for c in mro])
    names[name] = out
dists = {}
for d in request['distributions']:
    try: dists[d] = md.version(d)
    except md.PackageNotFoundError: dists[d] = None
print(json.dumps({'version': '%d.%d.%d' % sys.version_info[:3], 'names': names, 'distributions': dists,
                  'providers': md.packages_distributions(), 'stdlib': sorted(sys.stdlib_module_names)}))
`;

/** Asks Debian's python3 about `names` (dotted or built-in) and the installed versions of `distributions`. */
export function pythonFacts(names: readonly string[], distributions: readonly string[]): PythonFacts {
  const out = execFileSync(debianPython, ['-c', probe], { input: JSON.stringify({ names: [...new Set(names)], distributions: [...new Set(distributions)] }), encoding: 'utf8' });
  return JSON.parse(out) as PythonFacts;
}
