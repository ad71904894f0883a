import { createHmac } from "node:crypto";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { hashToken, newToken, safeEqual } from "../auth/tokens.ts";
import type { AppDeps } from "../deps.ts";
import type { PreviewLink } from "../db/generated/client.ts";

/** 128 bits: the token is the only secret of a link without a password. */
export const PREVIEW_TOKEN_BYTES = 16;
/** base64url of 16 bytes, no padding. Anything else is a made-up token (and answered as such). */
export const PREVIEW_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const DEFAULT_PREVIEW_DAYS = 7;
export const MAX_PREVIEW_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PreviewLinkStatus = "active" | "expired" | "revoked";

export type NewPreviewLink = {
  siteId: string;
  createdById: string;
  label?: string;
  versionId?: string | null;
  expiresInDays?: number;
  password?: string | null;
  allowComments?: boolean;
};

/** Makes a link. Returns the row and the token, which is never stored and cannot be shown again. */
export async function createPreviewLink(
  deps: Pick<AppDeps, "db" | "now">,
  input: NewPreviewLink,
): Promise<{ link: PreviewLink; token: string }> {
  const token = newToken(PREVIEW_TOKEN_BYTES);
  const days = input.expiresInDays ?? DEFAULT_PREVIEW_DAYS;
  const link = await deps.db.prisma.previewLink.create({
    data: {
      siteId: input.siteId,
      tokenHash: hashToken(token),
      label: input.label ?? "",
      versionId: input.versionId ?? null,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      allowComments: input.allowComments ?? false,
      expiresAt: new Date(deps.now().getTime() + days * DAY_MS),
      createdById: input.createdById,
    },
  });
  return { link, token };
}

export function previewLinkStatus(
  link: Pick<PreviewLink, "expiresAt" | "revokedAt">,
  now: Date,
): PreviewLinkStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt <= now) return "expired";
  return "active";
}

/**
 * The live link a token opens, or null: made-up, malformed, expired, revoked and deleted-site
 * tokens all give the same null, so callers cannot tell them apart and neither can a guesser.
 * The row is found by the token's hash and the hash compared again in constant time.
 */
export async function findLivePreviewLink(
  deps: Pick<AppDeps, "db" | "now">,
  token: string,
): Promise<(PreviewLink & { site: { slug: string; name: string } }) | null> {
  if (!PREVIEW_TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  const link = await deps.db.prisma.previewLink.findUnique({
    where: { tokenHash },
    include: { site: { select: { slug: true, name: true, deletedAt: true } } },
  });
  if (!link || !safeEqual(link.tokenHash, tokenHash)) return null;
  if (link.site.deletedAt || previewLinkStatus(link, deps.now()) !== "active") return null;
  return link;
}

/** Checks a reviewer's password for a link (argon2id; a link without one accepts nothing). */
export function checkPreviewPassword(link: Pick<PreviewLink, "passwordHash">, password: string) {
  return verifyPassword(link.passwordHash, password);
}

/**
 * The value of the cookie that says "this browser gave the link's password". Derived from the
 * token and the password hash, so it cannot be made without both, and a new password (a new hash)
 * or a revoked link invalidates it. Nothing is stored per browser.
 */
export function unlockProof(link: Pick<PreviewLink, "passwordHash">, token: string): string {
  return createHmac("sha256", link.passwordHash ?? "")
    .update(`preview-unlock:${token}`)
    .digest("base64url");
}

export function hasUnlocked(
  link: Pick<PreviewLink, "passwordHash">,
  token: string,
  cookie: string | undefined,
): boolean {
  if (!link.passwordHash) return true;
  return typeof cookie === "string" && safeEqual(cookie, unlockProof(link, token));
}

/** Logs one page served through a link: when, which link, which path. */
export async function recordPreviewView(
  deps: Pick<AppDeps, "db" | "now">,
  linkId: string,
  path: string,
): Promise<void> {
  const at = deps.now();
  await deps.db.prisma.$transaction([
    deps.db.prisma.previewView.create({ data: { linkId, at, path: path.slice(0, 500) } }),
    deps.db.prisma.previewLink.update({
      where: { id: linkId },
      data: { lastViewedAt: at, viewCount: { increment: 1 } },
    }),
  ]);
}
