import { describe, expect, it } from 'vitest';
import { createPublicUrlGuard, isPublicAddress } from '../../src/app/url-guard.ts';

describe('isPublicAddress', () => {
  it.each([
    ['93.184.216.34', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fc00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:93.184.216.34', true],
    ['64:ff9b::7f00:1', false],
    ['2002:7f00:1::', false],
    ['not-an-ip', false],
  ])('%s → %s', (ip, expected) => expect(isPublicAddress(ip)).toBe(expected));
});

describe('createPublicUrlGuard', () => {
  const lookup = async (host: string) =>
    host === 'public.example' ? [{ address: '93.184.216.34' }] : host === 'mixed.example' ? [{ address: '93.184.216.34' }, { address: '10.0.0.5' }] : [{ address: '127.0.0.1' }];
  const guard = createPublicUrlGuard({ lookup });

  it.each([
    ['https://public.example/a', true],
    ['http://public.example:8080/a', true],
    ['https://mixed.example/', false],
    ['https://rebound.example/', false],
    ['http://127.0.0.1/', false],
    ['http://[::1]/', false],
    ['http://[::ffff:7f00:1]/', false],
    ['http://169.254.169.254/latest/meta-data/', false],
    ['http://localhost/', false],
    ['http://intranet/', false],
    ['ftp://public.example/', false],
    ['file:///etc/passwd', false],
    ['https://user:pw@public.example/', false],
    ['not a url', false],
  ])('%s → %s', async (url, expected) => expect(await guard(url)).toBe(expected));

  it('lets tests reach 127.0.0.1 only when they pass the test policy', async () => {
    expect(await createPublicUrlGuard({ allowPrivateForTests: true })('http://127.0.0.1:8080/')).toBe(true);
    expect(await createPublicUrlGuard({ allowPrivateForTests: true })('ftp://127.0.0.1/')).toBe(false);
  });
});
