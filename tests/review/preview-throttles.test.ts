import { describe, expect, it } from "vitest";
import { registerUser, useTestApp } from "../helpers/app.ts";
import { freshIp, previewLink, siteWithTeam } from "./helpers.ts";

/**
 * Guessing slows down without locking out the honest: wrong passwords count per link and per
 * address, so a reviewer with the right password from another address still gets in; made-up
 * tokens count per address, and never stop a link that exists from opening.
 */
const { app, deps } = await useTestApp();
const owner = await registerUser(app, { name: "Olive Owner" });

async function get(path: string, ip: string, cookie?: string) {
  return app.inject({
    method: "GET",
    url: path,
    headers: { accept: "text/html", ...(cookie ? { cookie } : {}) },
    remoteAddress: ip,
  });
}

function givePassword(path: string, password: string, ip: string) {
  return app.inject({
    method: "POST",
    url: path,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: "http://localhost:3000",
    },
    payload: `password=${encodeURIComponent(password)}`,
    remoteAddress: ip,
  });
}

/** The cookie a right password sets, as the browser sends it back. */
function unlockCookie(answer: Awaited<ReturnType<typeof givePassword>>): string {
  const cookie = answer.cookies.find((c) => c.name === "pegasus_preview");
  if (!cookie) throw new Error(`no unlock cookie (${answer.statusCode})`);
  return `pegasus_preview=${cookie.value}`;
}

async function protectedLink(password: string) {
  const site = await siteWithTeam(app, deps, owner);
  return { site, link: await previewLink(app, owner, site.siteId, { password }) };
}

describe("preview throttles", () => {
  it("lets the right password in from a fresh address after many wrong ones from another", async () => {
    const { site, link } = await protectedLink("blue heron 42");
    const guesser = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await givePassword(link.path, `guess ${i}`, guesser)).statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // The guesser's own address waits, whatever it sends, the right password included.
    expect((await givePassword(link.path, "blue heron 42", guesser)).statusCode).toBe(429);

    const reviewer = freshIp();
    const right = await givePassword(link.path, "blue heron 42", reviewer);
    expect(right.statusCode).toBe(303);
    const page = await get(link.path, reviewer, unlockCookie(right));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(site.name);
  });

  it("slows down guessing on one link from many addresses, and still lets a fresh one try", async () => {
    const { link } = await protectedLink("correct horse");
    const addresses = Array.from({ length: 12 }, () => freshIp());
    // One wrong guess from each of 12 addresses: each is checked (and told it was wrong).
    for (const ip of addresses) {
      expect((await givePassword(link.path, `guess from ${ip}`, ip)).statusCode).toBe(401);
    }
    // The link is being guessed at: an address that already missed on it now waits...
    const again = await givePassword(link.path, "another guess", addresses[0]!);
    expect(again.statusCode).toBe(429);
    expect(Number(again.headers["retry-after"])).toBeGreaterThan(0);
    // ...while a reviewer who has not tried yet is let in with the right password.
    expect((await givePassword(link.path, "correct horse", freshIp())).statusCode).toBe(303);
  });

  it("counts a password before checking it, so a burst gets no more guesses than one at a time", async () => {
    const sequentialLink = (await protectedLink("sequential secret")).link;
    const burstLink = (await protectedLink("burst secret")).link;
    const one = freshIp();
    let sequential = 0;
    for (let i = 0; i < 20; i++) {
      if ((await givePassword(sequentialLink.path, `guess ${i}`, one)).statusCode !== 401) break;
      sequential += 1;
    }
    const sameAddress = freshIp();
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => givePassword(burstLink.path, `try ${i}`, sameAddress)),
    );
    expect(sequential).toBeGreaterThan(0);
    const guesses = burst.filter((a) => a.statusCode === 401).length;
    expect(guesses).toBeLessThanOrEqual(sequential);
    expect(burst.filter((a) => a.statusCode === 429)).toHaveLength(12 - guesses);
  });

  it("an address that guessed keeps every link it holds, and a valid link opens for anyone", async () => {
    const unlocked = await protectedLink("kept secret");
    const open = await previewLink(app, owner, unlocked.site.siteId);
    const guessedAt = await protectedLink("never guessed");
    const colleagues = await protectedLink("colleague secret");
    const office = freshIp();

    // The reviewer opens their link, then someone at the same address starts guessing.
    const cookie = unlockCookie(await givePassword(unlocked.link.path, "kept secret", office));
    const misses: number[] = [];
    for (let i = 0; i < 30; i++) {
      misses.push((await get(`/p/${String(i).padStart(22, "q")}/`, office)).statusCode);
    }
    expect(misses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(misses.at(-1)).toBe(429);
    for (let i = 0; i < 12; i++) await givePassword(guessedAt.link.path, `guess ${i}`, office);

    // What the address already holds still opens: the unlocked link, its reviewer API, an open link.
    expect((await get(unlocked.link.path, office, cookie)).statusCode).toBe(200);
    const state = await app.inject({
      method: "GET",
      url: `${unlocked.link.path}_review/state`,
      headers: { accept: "application/json", cookie },
      remoteAddress: office,
    });
    expect(state.statusCode).toBe(200);
    expect((await get(open.path, office)).statusCode).toBe(200);
    // A colleague's valid link opens at that address too, password page and password alike.
    const form = await get(colleagues.link.path, office);
    expect(form.statusCode).toBe(401);
    expect(form.body).toContain("This preview is protected");
    const colleague = await givePassword(colleagues.link.path, "colleague secret", office);
    expect(colleague.statusCode).toBe(303);
    expect((await get(colleagues.link.path, office, unlockCookie(colleague))).statusCode).toBe(200);
    // And from anywhere else.
    expect((await get(open.path, freshIp())).statusCode).toBe(200);
  });
});
