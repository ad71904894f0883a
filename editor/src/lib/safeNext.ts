/**
 * Where to go after logging in. Only paths inside the app are followed, so a crafted link
 * (`/login?next=https://evil.example`) cannot send the merchant elsewhere.
 */
export function safeNext(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return fallback;
  }
  return next;
}

export function loginPath(next: string | null | undefined): string {
  const target = safeNext(next, "");
  return target && target !== "/" ? `/login?next=${encodeURIComponent(target)}` : "/login";
}
