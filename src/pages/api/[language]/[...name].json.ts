import type { APIContext } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryParts } from '../../../catalogue/entry-document';
import { findSnapshot } from '../../../lib/snapshot-store';
import { kindOf } from '../../../schema/entry-path';
import { entryDocumentSchema } from '../../../schema/api';

// /api/<id>.json for every entry: /api/python/KeyError.json, /api/python/json.JSONDecodeError.json,
// /api/python/TypeError/not-subscriptable.json.
export async function getStaticPaths() {
  const entries = await getCollection('errors');
  return entries.map((entry) => {
    const [language, ...name] = entry.id.split('/');
    return { params: { language, name: name.join('/') }, props: { entry } };
  });
}

/** One entry as data: frontmatter, URL, and its parts with every verified snippet and its captured output. */
export function GET({ props }: APIContext<{ entry: CollectionEntry<'errors'> }>): Response {
  const { entry } = props;
  const doc = entryDocumentSchema.parse({
    $schema: '/api/schema/entry.json',
    id: entry.id,
    url: `/${entry.id}/`,
    ...entry.data,
    kind: kindOf(entry.data),
    parts: entryParts(entry.body ?? '', findSnapshot),
  });
  const { $schema, id, url, ...rest } = doc; // identity first, for people reading the file
  return new Response(JSON.stringify({ $schema, id, url, ...rest }, null, 1), { headers: { 'content-type': 'application/json' } });
}
