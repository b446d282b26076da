/** A document that cannot be read at all; the message is one line naming the file and the reason. */
export class ReadError extends Error {
  constructor(
    public file: string,
    public reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ReadError';
  }
}
