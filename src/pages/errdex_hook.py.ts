import { getCollection } from 'astro:content';
import { errnoLanguages } from '../errno/load-errno-languages';
import { errnoTable } from '../errno/load-errno-table';
import { site } from '../lib/site';
import { fillPythonHook, pythonHookIndex, readPythonHookTemplate } from '../python-hook/python-hook';
import { buildSearchData } from '../search/build-search-data';

/**
 * `/errdex_hook.py`: the Python crash hook (src/python-hook/errdex_hook.py) with the catalogue's names filled
 * in, so the copy people download works offline and is as current as the site.
 */
export async function GET(): Promise<Response> {
  const data = buildSearchData(await getCollection('errors'), errnoTable().rows, errnoLanguages());
  const hook = fillPythonHook(await readPythonHookTemplate(process.cwd()), pythonHookIndex(data, site.url));
  return new Response(hook, { headers: { 'content-type': 'text/x-python; charset=utf-8' } });
}
