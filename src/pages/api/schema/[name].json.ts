import type { APIContext } from 'astro';
import { z } from 'astro/zod';
import { catalogSchema, entryDocumentSchema } from '../../../schema/api';

const schemas = { catalog: catalogSchema, entry: entryDocumentSchema } as const;

export function getStaticPaths() {
  return Object.keys(schemas).map((name) => ({ params: { name } }));
}

/** JSON Schema for the API's documents, generated from the same Zod schemas that check them at build time. */
export function GET({ params }: APIContext): Response {
  const schema = z.toJSONSchema(schemas[params.name as keyof typeof schemas], { io: 'output' });
  return new Response(JSON.stringify(schema, null, 1), { headers: { 'content-type': 'application/schema+json' } });
}
