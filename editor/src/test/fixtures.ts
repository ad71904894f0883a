import type { Member, Role, Site, User } from "../api/types.ts";

export const ANA: User = {
  id: "11111111-1111-4111-8111-111111111111",
  email: "ana@example.com",
  name: "Ana Lima",
  locale: null,
  createdAt: "2026-01-10T09:00:00.000Z",
};

export function site(overrides: Partial<Site> = {}): Site {
  return {
    id: "22222222-2222-4222-8222-222222222222",
    name: "Blue Bottle",
    slug: "blue-bottle",
    customDomain: null,
    role: "owner",
    createdAt: "2026-05-01T09:00:00.000Z",
    updatedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    deletedAt: null,
    ...overrides,
  };
}

export function member(name: string, role: Role, userId: string): Member {
  const email = `${name.toLowerCase().replace(/\s+/g, ".")}@example.com`;
  return { userId, name, email, role, since: "2026-05-01T09:00:00.000Z" };
}
