import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Mailer, MailMessage } from "./port.ts";

export type OutboxMail = MailMessage & { id: string; from: string; sentAt: string };

/** Writes each message as a JSON file under DATA_DIR/outbox, newest readable in the app. */
export class OutboxMailer implements Mailer {
  readonly kind = "outbox";

  constructor(
    private readonly directory: string,
    private readonly from: string,
  ) {}

  async send(message: MailMessage): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const sentAt = new Date().toISOString();
    const id = `${sentAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
    const mail: OutboxMail = { id, from: this.from, sentAt, ...message };
    await writeFile(path.join(this.directory, `${id}.json`), JSON.stringify(mail, null, 2));
  }

  /** Newest first. */
  async list(limit = 50): Promise<OutboxMail[]> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch {
      return [];
    }
    const newest = names
      .filter((name) => name.endsWith(".json"))
      .sort()
      .reverse()
      .slice(0, limit);
    return Promise.all(
      newest.map(
        async (name) =>
          JSON.parse(await readFile(path.join(this.directory, name), "utf8")) as OutboxMail,
      ),
    );
  }
}
