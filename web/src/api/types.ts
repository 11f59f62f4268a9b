/** The API's shapes, read from the generated OpenAPI types so they follow the server's schemas. */
import type { paths } from './schema';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Responses<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? R : never;
/** The JSON body of a successful (200 or 201) response. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> =
  Responses<P, M> extends { 200: infer R } ? Json<R> : Responses<P, M> extends { 201: infer R } ? Json<R> : never;
/** The JSON body a request sends. */
export type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type Session = Ok<'/api/v1/auth/session', 'get'>;
export type Member = Session['member'];
export type Meta = Ok<'/api/v1/meta', 'get'>;
export type Person = Ok<'/api/v1/people/{id}', 'get'>;
export type PersonInput = Body<'/api/v1/people', 'post'>;
export type PersonPatch = Body<'/api/v1/people/{id}', 'patch'>;
export type Invitation = Ok<'/api/v1/invitations', 'post'>;

/** A page of a list, as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Organization = Ok<'/api/v1/organizations/{id}', 'get'>;
export type OrganizationInput = Body<'/api/v1/organizations', 'post'>;
export type OrganizationPatch = Body<'/api/v1/organizations/{id}', 'patch'>;
export type Conversation = Ok<'/api/v1/conversations/{id}', 'get'>;
export type ConversationInput = Body<'/api/v1/conversations', 'post'>;
export type ConversationPatch = Body<'/api/v1/conversations/{id}', 'patch'>;
export type TimelineItem = Ok<'/api/v1/people/{id}/timeline', 'get'>['items'][number];
/** What a conversation card needs: a conversation on its own or as a timeline event. */
export type ConversationSummary = Pick<Conversation, 'id' | 'occurredAt' | 'channel' | 'summary' | 'notes' | 'people' | 'members'>;
