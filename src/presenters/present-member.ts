/** Members and firms as the API shows them; the password hash never leaves the database layer. */
import type { firms, members } from '../db/schema.ts';
import { iso } from './iso.ts';

export function presentMember(m: Pick<typeof members.$inferSelect, 'id' | 'name' | 'email' | 'role'> & { createdAt?: Date }) {
  return { id: m.id, name: m.name, email: m.email, role: m.role, ...(m.createdAt ? { createdAt: iso(m.createdAt) } : {}) };
}

export function presentFirm(f: Pick<typeof firms.$inferSelect, 'id' | 'name' | 'slug'>) {
  return { id: f.id, name: f.name, slug: f.slug };
}
