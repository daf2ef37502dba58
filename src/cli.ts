/**
 * `npm run --silent cli -- <command> [args]`: the command-line entry point.
 * Commands are the files of src/cli/commands/, loaded on demand so a command never pays for
 * another's start-up (the gazetteer, the lexicons, the database).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './config.ts';
import { loadDotEnv } from './env-file.ts';
import { createLogger } from './logger.ts';
import { UserFacingError } from './domain/errors.ts';
import { UsageError, type CliCommand } from './cli/command.ts';

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'cli', 'commands');

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!/^[a-z][a-z-]*$/.test(name) || !commandNames().includes(name)) return undefined;
  const mod = (await import(join(commandsDir, `${name}.ts`))) as { command: CliCommand };
  return mod.command;
}

async function printHelp(): Promise<void> {
  console.log('Usage: npm run --silent cli -- <command> [options]\n\nCommands:');
  for (const name of commandNames()) {
    const cmd = await loadCommand(name);
    if (cmd) console.log(`  ${name.padEnd(16)}${cmd.summary}`);
  }
  console.log('\n`help <command>` shows the usage of one command.');
}

async function main(argv: readonly string[]): Promise<number> {
  loadDotEnv();
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const cmd = args[0] ? await loadCommand(args[0]) : undefined;
    if (cmd) console.log(cmd.usage);
    else await printHelp();
    return 0;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    console.error(`unknown command "${name}"; run "help" for the list`);
    return 2;
  }
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  try {
    return await cmd.run({
      args,
      env: process.env,
      out: (line) => process.stdout.write(`${line}\n`),
      logger,
      interactive: Boolean(process.stderr.isTTY),
    });
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${name}: ${err.message}\n\n${cmd.usage}`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof UserFacingError) {
      console.error(`${name}: ${err.message}`);
      return 1;
    }
    logger.error({ err }, `${name} failed`);
    console.error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
