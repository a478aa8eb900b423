/** W2: admin (everything), supervisor (sees all, transfers any session), agent (own sessions). */
export const roles = ['admin', 'supervisor', 'agent'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { agent: 0, supervisor: 1, admin: 2 };

export const roleAtLeast = (role: Role, needed: Role) => rank[role] >= rank[needed];
