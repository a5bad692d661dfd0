import { engines, qualifiedNamePattern, slugPattern, type EntryData, type Kind } from '../schema/entry.ts';
import { expectedFolder, expectedName, idSegments, isQualified, kindOf, kindsByLanguage, reservedNames, shortName, slugKinds, templateKinds, templatesOf } from '../schema/entry-path.ts';
import { parseTemplate } from '../search/templates.ts';
import type { Problem } from './problem.ts';

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
const nodeCode = /^[A-Z][A-Z0-9_]*$/;

/** The engine whose versions a template of this language names when it says none. */
export const defaultEngine = (language: string): (typeof engines)[number] => (language === 'python' ? 'cpython' : 'node');

/** What each kind's title looks like, for the messages. */
const titleShapes: Partial<Record<Kind, { test: (title: string, data: EntryData) => boolean; want: string }>> = {
  class: {
    test: (t, d) => (d.language === 'python' ? qualifiedNamePattern : identifier).test(t),
    want: 'the class name as the runtime prints it: KeyError, or for a class outside builtins its documented import path, json.JSONDecodeError',
  },
  code: { test: (t) => nodeCode.test(t), want: 'the code as Node prints it, in capitals: ECONNRESET, ERR_REQUIRE_ESM, MODULE_NOT_FOUND' },
  warning: { test: (t) => identifier.test(t), want: 'the warning name or code as Node prints it: MaxListenersExceededWarning, DEP0040' },
};

/**
 * Checks the text of each template (`templates[i].text`) for what would make it unusable: unbalanced braces,
 * unnamed or touching holes, too little literal text. Takes the frontmatter's raw value, so the problems are
 * found even when another field fails the schema.
 */
export function checkTemplateTexts(file: string, templates: unknown): Problem[] {
  if (!Array.isArray(templates)) return [];
  return templates.flatMap((t: unknown, i) => {
    const text = typeof t === 'object' && t !== null ? (t as { text?: unknown }).text : undefined;
    return typeof text === 'string' ? parseTemplate(text).problems.map((p) => ({ file, field: `templates[${i}].text`, message: p.message })) : [];
  });
}

/**
 * Checks what an entry's kind asks of its file and fields: where it lives, what its title looks like,
 * the fields it needs or must leave out, and that every template is well formed. `id` is the file's path
 * under content/errors without `.mdx`.
 */
export function checkKind(file: string, id: string, data: EntryData): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const kind = kindOf(data);
  const templates = templatesOf(data);
  const explicit = data.kind !== undefined;
  const kindField = explicit ? 'kind' : 'language';
  if (!kindsByLanguage[data.language].includes(kind)) {
    add(kindField, `${explicit ? `kind ${kind}` : `an entry without a kind is a ${kind}, which`} is not one of ${data.language}'s kinds; use one of ${kindsByLanguage[data.language].join(', ')}`);
    return problems;
  }

  // Where the file lives.
  const at = idSegments(id);
  if (at.folder !== undefined && !slugKinds.includes(kind)) {
    add(kindField, `${explicit ? `a ${kind} entry` : 'an entry without a kind'} cannot live in the folder ${at.language}/${at.folder}/; a file there is a message page of the class ${at.folder} (kind: message, class: ${at.folder}) or a page of the tool ${at.folder} (kind: tool, package: ${at.folder})`);
    return problems;
  }
  const folder = expectedFolder(data);
  const name = expectedName(data);
  if (name !== undefined) {
    const want = `${folder}/${name}`;
    if (id !== want) add('title', `a ${kind} entry titled ${data.title} in language ${data.language} must live at content/errors/${want}.mdx; rename the file or fix the title/language`);
  } else {
    const actualFolder = at.folder ? `${at.language}/${at.folder}` : at.language;
    if (kind === 'message' && data.class !== undefined && at.folder !== undefined && at.folder !== data.class) {
      add('class', `says ${data.class}, but the file is in the folder of ${at.folder}; a message page lives in its class's folder: move it to content/errors/${folder}/${at.name}.mdx, or fix class`);
    } else if (actualFolder !== folder && !folder.includes('<')) {
      add('file name', `a ${kind} page must live at content/errors/${folder}/<slug>.mdx; move it there`);
    }
    if (!slugPattern.test(at.name)) add('file name', `${at.name}.mdx: a ${kind} page's file name is a slug, lower-case words joined by hyphens, like not-subscriptable.mdx`);
  }
  if ((reservedNames[data.language] ?? []).includes(at.folder ?? at.name)) {
    add('file name', `/${data.language}/${at.folder ?? at.name}/ is a page of the site itself; choose another name`);
  }

  // The title.
  const shape = titleShapes[kind];
  if (shape && !shape.test(data.title, data)) add('title', `expected ${shape.want}`);
  if (kind === 'message' && templates.length > 0 && !templates.some((t) => t.text === data.title)) {
    add('title', `a message page is titled by its message: use the text of one of its templates (${JSON.stringify(templates[0]!.text)})`);
  }

  // Fields each kind needs or must leave out.
  const forbid = (field: keyof EntryData, why: string) => {
    if (data[field] !== undefined) add(field, `remove it: ${why}`);
  };
  const need = (field: keyof EntryData, what: string) => {
    if (data[field] === undefined) add(field, `missing; ${what}`);
  };
  if (kind !== 'message') forbid('class', `only message pages name their class (this is a ${kind} entry)`);
  if (kind === 'class' && isQualified(data)) {
    need('module', `a class outside builtins names the module of its documented import path (module: ${data.title.slice(0, data.title.lastIndexOf('.'))})`);
    need('package', 'a class outside builtins says where it comes from: package: stdlib, or the distribution name (requests)');
    need('mro', `a class outside builtins lists its __mro__ after itself, without object (print(${shortName(data.title)}.__mro__) to read it)`);
    if (data.module !== undefined && data.title !== `${data.module}.${shortName(data.title)}`) {
      add('module', `${data.module} is not the module of ${data.title}; the title is the module and the class name joined by a dot`);
    }
    if (data.package !== undefined && data.package !== 'stdlib') need('packageVersion', `say which version of ${data.package} the captured output came from (python3 -c "import importlib.metadata as m; print(m.version('${data.package}'))")`);
    if (data.package === 'stdlib') forbid('packageVersion', 'standard-library captures are labelled with the Python version that ran them');
  } else if (kind === 'class') {
    const what = data.language === 'python' ? 'a built-in class needs no module, package or mro (the catalogue and the tidy check follow its parent)' : 'a JavaScript class is a global of the engine';
    for (const f of ['module', 'package', 'packageVersion', 'mro'] as const) forbid(f, what);
  } else {
    forbid('module', `only classes outside builtins name a module (this is a ${kind} entry)`);
    forbid('mro', `only classes outside builtins list an mro (this is a ${kind} entry)`);
  }
  if (kind === 'message') {
    need('class', `a message page names the class whose message it is (class: ${at.folder ?? 'TypeError'}), the same as its folder`);
    forbid('package', 'a message page takes its package from its class');
    forbid('parent', 'a message page names its class in class, not parent');
  }
  if (kind === 'tool') {
    need('package', `a tool page names the tool's distribution (package: ${at.folder ?? 'pip'}), the same as its folder`);
    need('packageVersion', 'say which version of the tool the captured output came from');
  }
  if (data.mro !== undefined && data.mro.length > 0 && data.parent !== data.mro[0]) {
    add('parent', `is ${data.parent ?? 'missing'}, but mro starts with ${data.mro[0]}; parent is the first class of the mro`);
  }
  // A class with a second base (urllib.error.HTTPError is also a response) lists that base's classes after
  // BaseException, as __mro__ does; every exception's __mro__ holds BaseException.
  if (data.mro !== undefined && data.language === 'python' && !data.mro.includes('BaseException')) {
    add('mro', `does not reach BaseException; list the classes of __mro__ after the class itself, through BaseException (leave out object)`);
  }

  // Templates.
  if (templateKinds.includes(kind) && templates.length === 0) {
    add('templates', `missing; a ${kind} page declares the message it is about, like templates: [{ text: "'{type}' object is not subscriptable", versions: "*" }]`);
  }
  if (kind === 'class' && templates.length > 0) {
    add('templates', 'a class page lists no templates; give each message its own page in the class folder (content/errors/<language>/<Class>/<slug>.mdx)');
  }
  const own = defaultEngine(data.language);
  problems.push(...checkTemplateTexts(file, templates));
  templates.forEach((t, i) => {
    const prefix = kind === 'message' ? [data.class, data.class && shortName(data.class)].find((c) => c && t.text.startsWith(`${c}: `)) : undefined;
    if (prefix) add(`templates[${i}].text`, `starts with "${prefix}: "; write the message without the class name, which the page's class already says`);
    if (t.sourced && t.source === undefined) add(`templates[${i}].source`, 'missing; a sourced template says where its wording comes from: source: { title: ..., url: https://... }');
    const engine = t.engine ?? own;
    if (engine !== own && !t.sourced) add(`templates[${i}].sourced`, `${engine}'s wording cannot be captured here; set sourced: true and give its source`);
    if ((data.language === 'python') !== (engine === 'cpython' || engine === 'pypy')) {
      add(`templates[${i}].engine`, `${engine} does not run ${data.language}; use ${data.language === 'python' ? 'cpython or pypy' : 'node, chrome, firefox, safari, deno or bun'}`);
    }
  });
  const texts = templates.map((t) => `${t.engine ?? own}\n${t.text}`);
  texts.forEach((t, i) => {
    if (texts.indexOf(t) !== i) add(`templates[${i}]`, `repeats templates[${texts.indexOf(t)}]; one template per wording, with all the versions that print it`);
  });
  return problems;
}
