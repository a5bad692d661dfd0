import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entrySchema } from './schema/entry.ts';

export const collections = {
  errors: defineCollection({
    // Ids keep their case (`python/ConnectionResetError`): they are the URL path, and names are case-sensitive.
    loader: glob({ pattern: '**/*.mdx', base: './content/errors', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: entrySchema,
  }),
};
