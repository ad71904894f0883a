export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
};

/** Sends transactional mail. Embedded default: an outbox folder; production: SMTP. */
export interface Mailer {
  readonly kind: "outbox" | "smtp";
  send(message: MailMessage): Promise<void>;
}
