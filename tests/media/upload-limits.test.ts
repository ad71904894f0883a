import { describe, expect, it } from "vitest";
import { registerUser, useTestApp } from "../helpers/app.ts";
import { createSite, upload } from "./helpers.ts";
import { photo } from "./images.ts";

/**
 * Image processing is the heaviest work the server does: a person (and a site) may have only so
 * many uploads processing at once, and start only so many a minute; past that an upload gets 429
 * with a message that says why and a Retry-After, and nothing is stored.
 */
const { app, deps } = await useTestApp({
  env: { MEDIA_UPLOADS_AT_ONCE: "1", MEDIA_UPLOADS_PER_MINUTE: "2" },
});

/** A distinct picture (its own bytes) big enough to take a while to process. */
let made = 0;
async function bigPhoto() {
  made += 1;
  return photo(1200 + made, 900);
}

describe("upload limits", () => {
  it("refuses a person's upload while their last one is processing, and past the rate a minute", async () => {
    const maya = await registerUser(app);
    const { siteId } = await createSite(app, maya.cookie);

    const first = await upload(app, maya.cookie, siteId, await bigPhoto(), "first.jpg");
    expect(first.status).toBe(202);
    const rows = await deps.db.prisma.media.count({ where: { siteId } });
    const second = await upload(app, maya.cookie, siteId, await bigPhoto(), "second.jpg");
    expect(second.status).toBe(429);
    expect(second.error?.message).toBe(
      "You have 1 image still being processed. Wait until one is ready, then upload again.",
    );
    expect(Number(second.headers["retry-after"])).toBeGreaterThan(0);
    expect(await deps.db.prisma.media.count({ where: { siteId } })).toBe(rows);

    // Someone else, on another site, is not held up meanwhile.
    const other = await registerUser(app);
    const elsewhere = await createSite(app, other.cookie);
    const theirs = await upload(app, other.cookie, elsewhere.siteId, await bigPhoto(), "own.jpg");
    expect(theirs.status).toBe(202);

    // Once it is ready, the next one goes (the refused one did not count against the minute)...
    await deps.media.whenProcessed(first.media!.id);
    const third = await upload(app, maya.cookie, siteId, await bigPhoto(), "third.jpg");
    expect(third.status).toBe(202);
    await deps.media.whenProcessed(third.media!.id);
    // ...and then the minute's two are used up.
    const fourth = await upload(app, maya.cookie, siteId, await bigPhoto(), "fourth.jpg");
    expect(fourth.status).toBe(429);
    expect(fourth.error?.message).toMatch(
      /^You uploaded 2 images in the last minute\. Try again in \d+ seconds?\.$/,
    );
    const retryAfter = Number(fourth.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await deps.media.whenIdle();
  });

  it("refuses a site's upload while three of its people's are processing", async () => {
    const owner = await registerUser(app);
    const { siteId } = await createSite(app, owner.cookie);
    const team = [owner];
    for (let i = 0; i < 3; i++) {
      const editor = await registerUser(app);
      await deps.db.prisma.siteMember.create({
        data: { siteId, userId: editor.user.id, role: "editor" },
      });
      team.push(editor);
    }
    const photos = await Promise.all(team.map(() => bigPhoto()));
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<typeof upload>> | undefined;
    for (const [i, person] of team.entries()) {
      const answer = await upload(app, person.cookie, siteId, photos[i]!, `team-${i}.jpg`);
      statuses.push(answer.status);
      if (answer.status === 429) refusal = answer;
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(refusal?.error?.message).toBe(
      "This site has 3 images still being processed. Wait until one is ready, then upload again.",
    );
    await deps.media.whenIdle();
    // Processing done, the site takes uploads again.
    expect((await upload(app, team[3]!.cookie, siteId, photos[3]!, "later.jpg")).status).toBe(202);
    await deps.media.whenIdle();
  });
});
