import { UsageError } from './command.ts';

/** Parsed `--flag value`, `--flag=value` and `--switch` options plus positional arguments. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/**
 * Splits arguments into positionals and options. `valued` names the options that take a value;
 * any other `--name` is a switch. Unknown options are a UsageError.
 */
export function parseArgs(
  args: readonly string[],
  spec: { valued?: readonly string[]; switches?: readonly string[] },
): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const switches = new Set(spec.switches ?? []);
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (valued.has(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else if (switches.has(name) && eq === -1) {
      options.set(name, true);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positional, options };
}

/** The string value of a valued option, or undefined. */
export function optionValue(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
