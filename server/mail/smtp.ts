import nodemailer, { type Transporter } from "nodemailer";
import type { Mailer, MailMessage } from "./port.ts";

export class SmtpMailer implements Mailer {
  readonly kind = "smtp";
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }
}
