import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs go to stderr: stdout belongs to the CLI's product output (JSON lines). */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, redact: ['token', 'botToken', '*.token', '*.botToken'] }, pino.destination(2));
}
