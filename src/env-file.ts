import { existsSync } from 'node:fs';

/** Loads `.env` into process.env when the file exists; real environment variables win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
