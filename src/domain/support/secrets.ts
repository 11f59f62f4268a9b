/** Password hashing (Argon2id) and random tokens stored only as hashes. */
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, spelled out for isolatedModules)

/** Hashes a password with Argon2id at OWASP's recommended cost (19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A random, URL-safe secret with a prefix saying what it is (helps people spot a leaked token). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored as SHA-256 hashes: a stolen database does not yield working sessions or tokens. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A hash computed once, to verify against when an email is unknown so both paths take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('yellowpad-timing-equaliser');
  return dummyHash;
}
