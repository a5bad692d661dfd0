/** One snippet's captured run, as stored in content/snapshots/<language>/<Name>.json. */
export interface SnippetSnapshot {
  /** snippetKey() of the code that produced this output. */
  key: string;
  /** Which part of the entry the snippet sits in, like `reproduce`. */
  part: string;
  /** The declaration, as in data-snippet-expect. */
  expect: string;
  /** Interpreter, version and platform, like `CPython 3.11.7 · Linux x86_64`. */
  runtime: string;
  /** What the interpreter printed (stdout then stderr), with temp paths, ports and addresses normalised. */
  output: string;
}

/** All snapshots of one entry, in the order the snippets appear. */
export interface EntrySnapshots {
  entry: string;
  snippets: SnippetSnapshot[];
}
