import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesFile, renderApiTypes } from '../../scripts/render-api-types.ts';

describe('the web app’s API types', () => {
  it('match the OpenAPI document the routes generate (run `npm run gen:api-types` if not)', async () => {
    const { text } = await renderApiTypes();
    expect(readFileSync(apiTypesFile, 'utf8') === text, 'web/src/api/schema.d.ts is stale: run `npm run gen:api-types`').toBe(true);
  });
});
