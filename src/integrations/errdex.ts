import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../validation/problem.ts';
import { validateCatalogue } from '../validation/validate-catalogue.ts';
import { catalogueOnce } from '../catalogue/catalogue-once.ts';
import { copyPyodide, servePyodide } from './pyodide-assets.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeHostFiles } from './host-files.ts';
import { precompress } from './precompress.ts';
import { writeExactPolicies } from './exact-policy.ts';
import { errnoTable } from '../errno/load-errno-table.ts';
import { servePreviewImages, writePreviewImages } from './preview-images.ts';

/**
 * errdex's build hooks: the catalogue is validated before anything renders (Astro alone stops at the
 * first bad file and only logs a broken reference); after the build, each page's policy keeps only the hashes of its own inline code, Pyodide is copied in, the link preview
 * cards, search index and host files are written, and everything is precompressed.
 */
export function errdex(): AstroIntegration {
  let root = process.cwd();
  // Validation reads and parses every entry; the build's last step reuses what it read.
  let catalogue: Awaited<ReturnType<typeof validateCatalogue>> | undefined;
  return {
    name: 'errdex',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // Shared with the markdown plugin that links error names, so the catalogue is still read once.
        catalogue = await catalogueOnce(root);
        const { problems } = catalogue;
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        // Only a build stops; dev keeps serving so the author can fix files while it watches.
        if (command !== 'build') logger.error(`\n${report}`);
        else throw new Error(`The catalogue has problems; fix them and build again.\n\n${report}`);
      },
      'astro:server:setup': ({ server }) => {
        servePyodide(server);
        servePreviewImages(server);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`exact policies: ${await writeExactPolicies(fileURLToPath(dir))} pages`);
        await copyPyodide(fileURLToPath(dir));
        await writeHostFiles(fileURLToPath(dir), (catalogue ?? (await validateCatalogue(root))).entries, errnoTable(root));
        logger.info(`link preview images: ${await writePreviewImages(fileURLToPath(dir))}`);
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${pages} pages`);
        // Last, so the search index and host files get their compressed copies too.
        logger.info(`precompressed: ${await precompress(fileURLToPath(dir))} files (.br and .gz beside each)`);
      },
    },
  };
}
