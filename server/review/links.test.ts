import { describe, expect, it } from "vitest";
import { hasUnlocked, PREVIEW_TOKEN_PATTERN, previewLinkStatus, unlockProof } from "./links.ts";
import { newToken } from "../auth/tokens.ts";
import { COMMENT_MATRIX, mayComment, mayEditComment } from "./permissions.ts";

describe("preview links", () => {
  it("use 128-bit tokens that the route pattern accepts", () => {
    const token = newToken(16);
    expect(Buffer.from(token, "base64url")).toHaveLength(16);
    expect(PREVIEW_TOKEN_PATTERN.test(token)).toBe(true);
    expect(PREVIEW_TOKEN_PATTERN.test(newToken(32))).toBe(false);
  });

  it("are revoked before they are expired", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const later = new Date("2026-12-01T12:00:00Z");
    expect(previewLinkStatus({ expiresAt: later, revokedAt: null }, now)).toBe("active");
    expect(previewLinkStatus({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(previewLinkStatus({ expiresAt: now, revokedAt: now }, now)).toBe("revoked");
  });

  it("unlock with a proof bound to the token and the password hash", () => {
    const link = { passwordHash: "$argon2id$v=19$one" };
    const proof = unlockProof(link, "token-a");
    expect(hasUnlocked(link, "token-a", proof)).toBe(true);
    expect(hasUnlocked(link, "token-b", proof)).toBe(false);
    expect(hasUnlocked({ passwordHash: "$argon2id$v=19$two" }, "token-a", proof)).toBe(false);
    expect(hasUnlocked(link, "token-a", undefined)).toBe(false);
    expect(hasUnlocked({ passwordHash: null }, "token-a", undefined)).toBe(true);
  });
});

describe("the comment permission table", () => {
  it("lets reviewers only read, start and reply, and only through a link that allows comments", () => {
    const open = { kind: "reviewer", linkId: "l", allowComments: true } as const;
    const closed = { ...open, allowComments: false };
    expect(
      Object.entries(COMMENT_MATRIX.reviewer)
        .filter(([, ok]) => ok)
        .map(([a]) => a),
    ).toEqual(["read", "create", "reply"]);
    expect(mayComment(closed, "create")).toBe(false);
    expect(mayComment(closed, "read")).toBe(false);
    expect(mayEditComment(open, { authorId: null })).toBe(false);
  });

  it("lets members edit their own comments, and only owners and admins anyone's", () => {
    const viewer = { kind: "member", userId: "v", role: "viewer" } as const;
    const admin = { kind: "member", userId: "a", role: "admin" } as const;
    expect(mayEditComment(viewer, { authorId: "v" })).toBe(true);
    expect(mayEditComment(viewer, { authorId: "someone" })).toBe(false);
    expect(mayEditComment(admin, { authorId: "someone" })).toBe(true);
    expect(mayEditComment(admin, { authorId: null })).toBe(true);
  });
});
