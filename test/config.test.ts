import { describe, expect, it } from 'vitest';
import { ConfigError, parseAppConfig, parseCliConfig } from '../src/config.ts';

describe('config', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = parseCliConfig({});
    expect(c.store.databasePath).toBe('data/frontline.sqlite');
    expect(c.store.contradictionWindowDays).toBe(45);
    expect(c.fetch.maxRedirects).toBe(5);
  });

  it('runs the CLI without a bot token', () => {
    expect(() => parseCliConfig({ BOT_TOKEN: undefined })).not.toThrow();
  });

  it('reports every problem at once', () => {
    try {
      parseAppConfig({ BOT_TOKEN: 'nope', FETCH_TIMEOUT_MS: '-3', ADMIN_IDS: '12,abc', WEBHOOK_URL: 'https://x.example/hook' });
      expect.unreachable('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/BOT_TOKEN/);
      expect(problems).toMatch(/FETCH_TIMEOUT_MS/);
      expect(problems).toMatch(/ADMIN_IDS/);
      expect(problems).toMatch(/WEBHOOK_SECRET/);
    }
  });

  it('parses comma-separated admin ids and treats empty strings as unset', () => {
    const c = parseAppConfig({ ADMIN_IDS: '1, 22 ,333', BOT_TOKEN: '', DATABASE_PATH: '' });
    expect(c.bot.adminIds).toEqual([1, 22, 333]);
    expect(c.bot.botToken).toBeUndefined();
    expect(c.store.databasePath).toBe('data/frontline.sqlite');
  });
});
