import type { Role } from '../common/limits.ts';

/** Who is acting, and for which firm: every use case that touches tenant data takes one. */
export interface Actor {
  firmId: string;
  memberId: string;
  role: Role;
}
