/**
 * Why one item could not be ingested. Every failure of a file, page or feed becomes an
 * IngestError with a reason code, is reported, and the run goes on with the next item.
 */
export type IngestReason =
  | 'bad-url'
  | 'not-found'
  | 'blocked-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'too-large'
  | 'binary'
  | 'empty'
  | 'no-article'
  | 'malformed-feed'
  | 'unreadable'
  | 'store-failed';

/** A failed item: `reason` is a stable code, `target` the path or URL, `message` for people. */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly reason: IngestReason,
    readonly target: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Any thrown value as an IngestError about `target` (unknown errors become `fallback`). */
export function toIngestError(err: unknown, target: string, fallback: IngestReason = 'unreadable'): IngestError {
  if (err instanceof IngestError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new IngestError('not-found', target, 'no such file or directory', { cause: err });
  if (code === 'EACCES' || code === 'EISDIR') return new IngestError('unreadable', target, message, { cause: err });
  return new IngestError(fallback, target, message, { cause: err });
}
