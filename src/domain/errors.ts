/** An error whose message is safe and useful to show to a person as is (CLI user or chat user). */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  constructor(
    readonly userText: string,
    options?: ErrorOptions,
  ) {
    super(userText, options);
  }
}
