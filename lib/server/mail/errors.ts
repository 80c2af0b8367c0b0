/** A mail could not be handed to the mail server. The message names the recipient, never the SMTP credentials. */
export class MailDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MailDeliveryError";
  }
}
