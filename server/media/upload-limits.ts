import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { DomainError } from "../errors.ts";
import { admit, waitInWords, type RateLimits } from "../limits/rate-limits.ts";

/** A site takes this many times one person's uploads (several people may upload to it). */
const SITE_FACTOR = 3;
/** A count of uploads in processing that lost track (a process died mid-job) heals after this. */
const PROCESSING_WINDOW_SECONDS = 10 * 60;
/** What Retry-After says when uploads are still being processed: a guess at one finishing. */
const PROCESSING_RETRY_MS = 10_000;

/** An upload refused because the person or the site is uploading too much at once. */
export class TooManyUploads extends DomainError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super("TOO_MANY_REQUESTS", message);
    this.name = "TooManyUploads";
  }
}

type Counter = { limiter: RateLimiterAbstract; key: string; refusal: (waitMs: number) => string };

/**
 * How many uploads a person, and a site, may have being processed at once, and may start in a
 * minute (`MEDIA_UPLOADS_AT_ONCE`, `MEDIA_UPLOADS_PER_MINUTE`; a site takes three times a
 * person's). Image processing is the heaviest work the server does, so this keeps one person
 * or one site from queueing up minutes of it while shoppers wait.
 */
export class UploadLimits {
  private readonly busyPerson;
  private readonly busySite;
  private readonly ratePerson;
  private readonly rateSite;

  constructor(
    limits: RateLimits,
    private readonly settings: { uploadsPerMinute: number; uploadsAtOnce: number },
  ) {
    const { uploadsAtOnce: atOnce, uploadsPerMinute: perMinute } = settings;
    const busy = (name: string, points: number) =>
      limits.limiter({ name, points, seconds: PROCESSING_WINDOW_SECONDS });
    this.busyPerson = busy("upload-busy-person", atOnce);
    this.busySite = busy("upload-busy-site", atOnce * SITE_FACTOR);
    this.ratePerson = limits.limiter({ name: "upload-person", points: perMinute, seconds: 60 });
    this.rateSite = limits.limiter({
      name: "upload-site",
      points: perMinute * SITE_FACTOR,
      seconds: 60,
    });
  }

  /**
   * Counts one upload starting to process, or throws TooManyUploads saying why and for how long
   * (a refused upload is not counted). Call the answered `release` when its processing ends.
   */
  async start(userId: string, siteId: string): Promise<() => Promise<void>> {
    const { uploadsAtOnce: atOnce, uploadsPerMinute: perMinute } = this.settings;
    const siteAtOnce = atOnce * SITE_FACTOR;
    const counters: Counter[] = [
      {
        limiter: this.busyPerson,
        key: userId,
        refusal: () =>
          `You have ${atOnce} ${atOnce === 1 ? "image" : "images"} still being processed. Wait until one is ready, then upload again.`,
      },
      {
        limiter: this.busySite,
        key: siteId,
        refusal: () =>
          `This site has ${siteAtOnce} images still being processed. Wait until one is ready, then upload again.`,
      },
      {
        limiter: this.ratePerson,
        key: userId,
        refusal: (wait) =>
          `You uploaded ${perMinute} ${perMinute === 1 ? "image" : "images"} in the last minute. Try again in ${waitInWords(wait)}.`,
      },
      {
        limiter: this.rateSite,
        key: siteId,
        refusal: (wait) =>
          `This site took ${perMinute * SITE_FACTOR} uploads in the last minute. Try again in ${waitInWords(wait)}.`,
      },
    ];
    const counted: Counter[] = [];
    for (const counter of counters) {
      const answer = await admit(counter.limiter, counter.key);
      if (!answer.allowed) {
        // Not started after all: nothing it counted stays counted.
        await Promise.all([...counted, counter].map(({ limiter, key }) => limiter.reward(key)));
        const busy = counter.limiter === this.busyPerson || counter.limiter === this.busySite;
        const wait = busy ? PROCESSING_RETRY_MS : answer.retryAfterMs;
        throw new TooManyUploads(counter.refusal(wait), wait);
      }
      counted.push(counter);
    }
    return () => this.finished(userId, siteId);
  }

  private async finished(userId: string, siteId: string): Promise<void> {
    await Promise.all([release(this.busyPerson, userId), release(this.busySite, siteId)]);
  }
}

/** Gives back a processing slot, unless its window already ended (a count never goes below 0). */
async function release(limiter: RateLimiterAbstract, key: string): Promise<void> {
  const current = await limiter.get(key);
  if (current && current.consumedPoints > 0) await limiter.reward(key);
}
