/** The server's shared vocabularies and limits (channels, note facets, field limits), defined once. */
export * from '../../../src/common/limits.ts';
