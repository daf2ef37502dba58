import { describe, expect, it } from 'vitest';
import { buildPlaceTimeline } from '../../src/timeline/build.ts';
import { describeStatus } from '../../src/timeline/describe.ts';
import { claims } from './fixtures.ts';

describe('describeStatus', () => {
  it('says the last change of control in words, with the holder before it', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2025-11-20', 'ru/full/ru', '2025-11-20'],
        ['2', '2025-11-21', 'ua/full/ua', '2025-11-21'],
      ]),
    );
    expect(describeStatus(t.status)).toContain(
      'Last change of control: under Russian control -> under Ukrainian control on 2025-11-21 (said by Ukraine)',
    );
  });

  it('names only the holder when nothing was claimed before', () => {
    const t = buildPlaceTimeline(claims([['1', '2025-11-20', 'ru/full/ru', '2025-11-20']]));
    expect(describeStatus(t.status)).toContain('Last change of control: under Russian control on 2025-11-20 (said by Russia)');
  });
});
