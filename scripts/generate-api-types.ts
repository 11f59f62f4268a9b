/**
 * Writes web/src/api/schema.d.ts from the server's OpenAPI document, so the web app's API client is typed
 * by the routes' schemas. Run `npm run gen:api-types` after changing any route or schema.
 */
import { writeFile } from 'node:fs/promises';
import { apiTypesFile, renderApiTypes } from './render-api-types.ts';

const { text, pathCount } = await renderApiTypes();
await writeFile(apiTypesFile, text);
console.log(`Wrote ${apiTypesFile} (${pathCount} paths).`);
