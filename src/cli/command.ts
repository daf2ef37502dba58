import type { Logger } from '../logger.ts';

/** What every CLI command gets: its arguments, the environment, and where to write. */
export interface CliContext {
  readonly args: readonly string[];
  readonly env: Record<string, string | undefined>;
  /** Product output (JSON lines, tables). Nothing else may go to stdout. */
  readonly out: (line: string) => void;
  readonly logger: Logger;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly interactive: boolean;
}

/** A CLI command: one file in src/cli/commands/, named after the command. */
export interface CliCommand {
  readonly name: string;
  /** One line for `help`. */
  readonly summary: string;
  /** Usage lines shown by `help <command>` and on bad arguments. */
  readonly usage: string;
  /** Returns the process exit code. */
  run(ctx: CliContext): Promise<number>;
}

/** Bad command-line arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
