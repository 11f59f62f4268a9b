/** The server's shared vocabularies and limits (channels, note facets, field limits), defined once. */
export * from '../../../src/shared/limits.ts';
