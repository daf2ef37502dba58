import { describe, expect, it } from 'vitest';
import { memoryTimelines, sourced } from '../helpers/claims.ts';
import { PLACES } from '../helpers/places.ts';
import { buttons, makeTestBot } from '../helpers/test-bot.ts';
import { callbackUpdate, textUpdate } from '../helpers/updates.ts';

const K = PLACES.kupiansk;

function withKupiansk() {
  return memoryTimelines([
    sourced(K, { controller: 'ua', claimant: 'ua', firstSeenAt: '2026-11-18T10:00:00.000Z', published: '2026-11-18', outlet: 'Kyiv Daily', source: 'General Staff' }),
    sourced(K, { controller: 'ru', claimant: 'ru', firstSeenAt: '2026-11-21T10:00:00.000Z', published: '2026-11-21', outlet: 'Moscow <Wire>', source: 'Defence Ministry', quote: 'Troops "took" the town & more.' }),
  ]);
}

describe('/subscribe and /unsubscribe', () => {
  it('follows a place by any spelling or script', async () => {
    const t = makeTestBot();
    await t.send(textUpdate('/subscribe Kupyansk', { id: 1 }));
    expect(t.last().payload.text).toContain('You now follow <b>Kupiansk</b> (Kharkiv)');
    await t.send(textUpdate('/subscribe Купʼянськ', { id: 1 }));
    expect(t.last().payload.text).toContain('already follow');
    await t.send(textUpdate('/subscribe Покровськ', { id: 2, lang: 'uk' }));
    expect(t.last().payload.text).toContain('Ви стежите за <b>Pokrovsk</b>');
  });

  it('offers buttons when several places match, and follows the one pressed', async () => {
    const t = makeTestBot();
    const [choice] = await t.send(textUpdate('/subscribe Pokrovske', { id: 1 }));
    expect(choice!.payload.text).toContain('Several places match “Pokrovske”');
    const options = buttons(choice!);
    expect(options.map(([text]) => text)).toEqual(['Pokrovske, Dnipropetrovsk (Synelnykove)', 'Pokrovske, Donetsk (Bakhmut)']);
    await t.send(callbackUpdate(options[1]![1], { id: 1 }));
    expect(t.last().payload.text).toContain('You now follow <b>Pokrovske</b> (Donetsk)');
    expect(t.app.followed(1).map((f) => f.place.id)).toEqual([PLACES.pokrovskeDo.id]);
  });

  it('suggests the closest places for an unknown name, and explains usage without one', async () => {
    const t = makeTestBot();
    const [unknown] = await t.send(textUpdate('/subscribe Kupiansx', { id: 1 }));
    expect(unknown!.payload.text).toContain('I don\'t know a settlement called “Kupiansx”');
    expect(buttons(unknown!)[0]).toEqual(['Kupiansk, Kharkiv (Kupiansk)', `sub:${K.id}`]);
    await t.send(textUpdate('/subscribe Qwertyuiop', { id: 1 }));
    expect(t.last().payload.reply_markup).toBeUndefined();
    await t.send(textUpdate('/subscribe', { id: 1 }));
    expect(t.last().payload.text).toContain('<code>/subscribe Kupiansk</code>');
    await t.send(textUpdate('/unsubscribe', { id: 2, lang: 'uk' }));
    expect(t.last().payload.text).toContain('Яке місце?');
  });

  it('unfollows, and says so when the place was not followed', async () => {
    const t = makeTestBot();
    await t.send(textUpdate('/subscribe Kupiansk', { id: 1 }));
    await t.send(textUpdate('/unsubscribe kupiansk', { id: 1 }));
    expect(t.last().payload.text).toContain('no longer follow <b>Kupiansk</b>');
    await t.send(textUpdate('/unsubscribe Kupiansk', { id: 1 }));
    expect(t.last().payload.text).toContain('don\'t follow');
  });

  it('lets only group admins subscribe a group (commands addressed with @botname)', async () => {
    const t = makeTestBot({ memberStatus: { 8: 'creator' } });
    await t.send(textUpdate('/subscribe@frontline_test_bot Kupiansk', { id: 5, chatType: 'group', chatId: -7 }));
    expect(t.last().payload.text).toContain('Only the group\'s admins');
    await t.send(textUpdate('/subscribe@frontline_test_bot Kupiansk', { id: 8, chatType: 'group', chatId: -7 }));
    expect(t.app.followed(-7)).toHaveLength(1);
    expect(await t.send(textUpdate('/subscribe@another_bot Kupiansk', { id: 8, chatType: 'group', chatId: -7 }))).toEqual([]);
    // Plain text in a group is not for the bot.
    expect(await t.send(textUpdate('Kupiansk', { id: 8, chatType: 'group', chatId: -7 }))).toEqual([]);
  });

  it('answers a stale button that names an unknown place', async () => {
    const t = makeTestBot();
    const calls = await t.send(callbackUpdate('sub:UA000', { id: 1 }));
    expect(calls[0]!.method).toBe('answerCallbackQuery');
    expect(t.last().payload.text).toContain('expired');
    await t.send(callbackUpdate('garbage:%%', { id: 1 }));
    expect(t.calls.at(-1)!.method).toBe('answerCallbackQuery');
  });
});

describe('/list, /status, /history and bare place names', () => {
  it('lists followed places with their status', async () => {
    const t = makeTestBot({ timelines: withKupiansk() });
    await t.send(textUpdate('/list', { id: 1 }));
    expect(t.last().payload.text).toContain('You don\'t follow any place yet');
    await t.send(textUpdate('/subscribe Kupiansk', { id: 1 }));
    await t.send(textUpdate('/subscribe Huliaipole', { id: 1 }));
    await t.send(textUpdate('/list', { id: 1 }));
    expect(t.last().payload.text).toMatch(/Kupiansk<\/b>, Kharkiv: disputed.*\(2026-11-21\) ⚠️/);
    expect(t.last().payload.text).toContain('Huliaipole</b>, Zaporizhzhia: no claims yet');
  });

  it('shows each side’s latest claim with source and date, consensus and open contradictions, escaped', async () => {
    const t = makeTestBot({ timelines: withKupiansk() });
    const [status] = await t.send(textUpdate('/status Kupiansk', { id: 1 }));
    const text = String(status!.payload.text);
    expect(text).toContain('📍 <b>Kupiansk</b>, Kharkiv oblast');
    expect(text).toContain('Status: <b>disputed: the sides disagree</b>');
    expect(text).toContain('🇷🇺 Russia: Russian control — Defence Ministry, 2026-11-21');
    expect(text).toContain('🇺🇦 Ukraine: Ukrainian control — General Staff, 2026-11-18');
    expect(text).toContain('⚠️ Open contradictions: 1');
    expect(buttons(status!).map(([, d]) => d)).toEqual([`sub:${K.id}`, `h:0:${K.id}`]);
    const [uk] = await t.send(textUpdate('/status Купʼянськ', { id: 2, lang: 'uk' }));
    expect(uk!.payload.text).toContain('🇷🇺 Росія: під контролем Росії');
  });

  it('says when nothing is known, and answers a bare place name with status and a Follow button', async () => {
    const t = makeTestBot({ timelines: withKupiansk() });
    await t.send(textUpdate('/status Huliaipole', { id: 1 }));
    expect(t.last().payload.text).toContain('Nothing is known about <b>Huliaipole</b> yet');
    const [bare] = await t.send(textUpdate('Kupyansk', { id: 1 }));
    expect(bare!.payload.text).toContain('Kupiansk');
    await t.send(callbackUpdate(buttons(bare!)[0]![1], { id: 1 }));
    expect(t.last().payload.text).toContain('You now follow <b>Kupiansk</b>');
    const [again] = await t.send(textUpdate('/status Kupiansk', { id: 1 }));
    expect(buttons(again!)[0]![1]).toBe(`uns:${K.id}`);
  });

  it('pages the history with buttons that edit the message in place', async () => {
    // Claims ten days apart, so each is its own event.
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i * 10)).toISOString();
    const claims = Array.from({ length: 12 }, (_, i) =>
      sourced(K, { controller: i % 2 ? 'ru' : 'ua', claimant: i % 2 ? 'ru' : 'ua', firstSeenAt: day(i), published: day(i).slice(0, 10), outlet: `Outlet ${i}` }),
    );
    const t = makeTestBot({ timelines: memoryTimelines(claims) });
    const [first] = await t.send(textUpdate('/history Kupiansk', { id: 1 }));
    expect(first!.payload.text).toMatch(/Kupiansk<\/b> — claims, newest first \(1\/\d\)/);
    expect(first!.payload.text).toContain(day(11).slice(0, 10));
    const older = buttons(first!).find(([text]) => text.includes('Older'))!;
    const calls = await t.send(callbackUpdate(older[1], { id: 1 }));
    const edit = calls.find((c) => c.method === 'editMessageText')!;
    expect(edit.payload.text).toMatch(/\(2\/\d\)/);
    expect(buttons(edit).map(([text]) => text)).toContain('Newer ▶');
    await t.send(textUpdate('/history Huliaipole', { id: 1 }));
    expect(t.last().payload.text).toContain('No claims about <b>Huliaipole</b> yet');
  });

  it('follows the first history page with a timeline chart whose caption is the text timeline', async () => {
    const t = makeTestBot({ timelines: withKupiansk() });
    const calls = await t.send(textUpdate('/history Kupiansk', { id: 1, lang: 'uk' }));
    expect(calls.map((c) => c.method)).toEqual(['sendMessage', 'sendPhoto']);
    const photo = calls[1]!.payload as { photo: { fileData: Uint8Array }; caption: string; parse_mode?: string };
    expect(Buffer.from(photo.photo.fileData).subarray(1, 4).toString('latin1')).toBe('PNG');
    // Plain text (no parse mode), so the quote's markup characters come through unescaped.
    expect(photo.parse_mode).toBeUndefined();
    expect(photo.caption).toContain('Kupiansk');
    expect(photo.caption).toContain('Troops "took" the town & more.');
    expect(photo.caption).not.toMatch(/<\/?b>|&amp;/);
    expect(photo.caption.length).toBeLessThanOrEqual(1024);
    // A place without claims gets its text answer and no chart.
    const none = await t.send(textUpdate('/history Huliaipole', { id: 1 }));
    expect(none.map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('unknown commands get a pointer to /help', async () => {
    const t = makeTestBot();
    await t.send(textUpdate('/frobnicate', { id: 1 }));
    expect(t.last().payload.text).toContain('/help');
    await t.send(textUpdate('/frobnicate', { id: 2, lang: 'uk' }));
    expect(t.last().payload.text).toContain('Я не знаю такої команди');
  });

  it('Unfollow and Status buttons work from status and history messages, in Ukrainian too', async () => {
    const t = makeTestBot({ timelines: withKupiansk() });
    await t.send(textUpdate('/subscribe Kupiansk', { id: 4, lang: 'uk' }));
    const [status] = await t.send(textUpdate('/status Kupiansk', { id: 4, lang: 'uk' }));
    expect(buttons(status!).map(([text]) => text)).toEqual(['🔕 Не стежити', '📜 Хронологія']);
    await t.send(callbackUpdate(`uns:${K.id}`, { id: 4, lang: 'uk' }));
    expect(t.last().payload.text).toBe('Ви більше не стежите за <b>Kupiansk</b>.');
    const [history] = await t.send(callbackUpdate(`h:0:${K.id}`, { id: 4, lang: 'uk' }));
    expect(history!.method).toBe('answerCallbackQuery');
    expect(t.last().payload.text).toContain('заяви, нові спершу');
    expect(t.last().method).toBe('sendMessage');
    await t.send(callbackUpdate(`st:${K.id}`, { id: 4, lang: 'uk' }));
    expect(t.last().payload.text).toContain('Стан: <b>спірно: сторони не згодні</b>');
  });
});
