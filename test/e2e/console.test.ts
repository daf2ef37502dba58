// `npm start` without BOT_TOKEN: the console chat, driven by piped lines, exits when input ends.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runConsole(input: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'error' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

describe('console chat', () => {
  it('runs the real bot on piped commands over the sample store and exits at end of input', async () => {
    const { code, out } = await runConsole('/start\n/subscribe Pokrovsk\n/status Kupyansk\n2\n:news\n/digest\n/settings times 9 21\n');
    expect(code).toBe(0);
    expect(out).toContain('To connect a real bot');
    expect(out).toContain('BOT_TOKEN');
    expect(out).toContain('> /subscribe Pokrovsk');
    expect(out).toContain('You now follow Pokrovsk');
    expect(out).toMatch(/Kupiansk, Kharkiv oblast/);
    expect(out).toMatch(/\[1\] 🔔 Follow Kupiansk/);
    expect(out).toContain('claims, newest first'); // button 2 (History) pressed by number
    expect(out).toContain('Digest');
    expect(out).toContain('Digests: 09:00, 21:00');
    expect(out).not.toMatch(/<b>|&lt;/);
  }, 90_000);
});
