import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';

/** The real catalogue's entries as the validator reads them, for tests that must cover every entry. */
export const catalogue = (await validateCatalogue(process.cwd())).entries;
