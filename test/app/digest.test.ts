import { describe, expect, it } from 'vitest';
import { composeDigest, shortenQuote } from '../../src/app/digest.ts';
import { buildTimelines } from '../../src/timeline/build.ts';
import { sourced } from '../helpers/claims.ts';
import { PLACES } from '../helpers/places.ts';

const K = PLACES.kupiansk;
const H = PLACES.huliaipole;

function timelinesOf(claims: ReturnType<typeof sourced>[]) {
  const map = buildTimelines(claims);
  return (id: string) => map.get(id);
}

describe('composeDigest', () => {
  const claims = [
    sourced(K, { controller: 'ua', claimant: 'ua', firstSeenAt: '2026-11-18T10:00:00.000Z', published: '2026-11-18', outlet: 'Kyiv Daily', source: 'General Staff' }),
    sourced(K, { controller: 'ru', claimant: 'ru', firstSeenAt: '2026-11-21T10:00:00.000Z', published: '2026-11-21', outlet: 'Moscow Wire', source: 'Defence Ministry' }),
    sourced(K, { controller: 'ru', claimant: 'ru', firstSeenAt: '2026-11-21T11:00:00.000Z', published: '2026-11-21', outlet: 'Moscow Wire' }),
    sourced(K, { controller: 'ru', claimant: 'ru', firstSeenAt: '2026-11-21T12:00:00.000Z', published: '2026-11-21', outlet: 'Other Agency' }),
    sourced(H, { controller: 'contested', claimant: 'independent', hedged: true, firstSeenAt: '2026-11-21T09:00:00.000Z', published: '2026-11-21', outlet: 'Monitor' }),
    sourced(H, { controller: 'ua', claimant: 'ua', historical: true, firstSeenAt: '2026-11-21T09:30:00.000Z', published: '2026-11-21', date: '2022-09-10' }),
  ];
  const timelineOf = timelinesOf(claims);
  const window = { since: '2026-11-20T00:00:00.000Z', until: '2026-11-22T08:00:00.000Z' };
  const followed = [{ placeId: K.id, since: '2026-11-01T00:00:00.000Z' }, { placeId: H.id, since: '2026-11-01T00:00:00.000Z' }];

  it('lists only events first seen in the window, grouped by place, outlets collapsed, with the contradicted claim', () => {
    const d = composeDigest(followed, timelineOf, window, { includeHedged: true });
    expect(d.places.map((p) => p.place)).toEqual(['Kupiansk', 'Huliaipole']);
    const [item] = d.places[0]!.items;
    expect(d.places[0]!.items).toHaveLength(1);
    expect(item!.event.controller).toBe('ru');
    expect(item!.sources.map((s) => s.outlet)).toEqual(['Moscow Wire', 'Other Agency']);
    expect(item!.contradicts.map((c) => [c.claimant, c.controller])).toEqual([['ua', 'ua']]);
    expect(d.itemCount).toBe(2); // the historical Huliaipole claim is never new
  });

  it('drops hedged claims when the chat does not want them', () => {
    const d = composeDigest(followed, timelineOf, window, { includeHedged: false });
    expect(d.places.map((p) => p.place)).toEqual(['Kupiansk']);
  });

  it('a first digest covers what arrived since the place was followed', () => {
    const late = [{ placeId: K.id, since: '2026-11-21T10:30:00.000Z' }];
    expect(composeDigest(late, timelineOf, { since: '', until: window.until }, { includeHedged: true }).itemCount).toBe(0);
    const early = [{ placeId: K.id, since: '2026-11-15T00:00:00.000Z' }];
    expect(composeDigest(early, timelineOf, { since: '', until: window.until }, { includeHedged: true }).itemCount).toBe(2);
  });

  it('marks a claim the other side confirmed', () => {
    const conf = [
      sourced(H, { controller: 'ru', claimant: 'ru', firstSeenAt: '2026-11-21T09:00:00.000Z', published: '2026-11-21', outlet: 'Moscow Wire' }),
      sourced(H, { controller: 'ru', claimant: 'ua', firstSeenAt: '2026-11-21T15:00:00.000Z', published: '2026-11-21', outlet: 'Kyiv Daily', quote: 'Ukrainian forces withdrew from the town.' }),
    ];
    const d = composeDigest([{ placeId: H.id, since: '' }], timelinesOf(conf), window, { includeHedged: true });
    const items = d.places[0]!.items;
    expect(items.some((i) => i.confirmedBy.length > 0)).toBe(true);
  });
});

describe('shortenQuote', () => {
  it('keeps short quotes and cuts long ones at a word with an ellipsis', () => {
    expect(shortenQuote('  Short   one. ', 50)).toBe('Short one.');
    const q = shortenQuote('word '.repeat(100), 40);
    expect(q.length).toBeLessThanOrEqual(40);
    expect(q.endsWith('…')).toBe(true);
  });
});
