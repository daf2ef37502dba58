import { describe, expect, it } from 'vitest';
import { buttons, makeTestBot } from '../helpers/test-bot.ts';
import { callbackUpdate, textUpdate } from '../helpers/updates.ts';

describe('/start, /help, /language', () => {
  it('greets in English or Ukrainian from Telegram’s language_code, with HTML per call', async () => {
    const t = makeTestBot();
    const [en] = await t.send(textUpdate('/start', { id: 1, lang: 'en-GB' }));
    expect(en!.payload.text).toContain('follows who holds which town');
    expect(en!.payload.parse_mode).toBe('HTML');
    const [uk] = await t.send(textUpdate('/start', { id: 2, lang: 'uk' }));
    expect(uk!.payload.text).toContain('стежить, хто контролює');
  });

  it('shows admin commands in /help only to admins', async () => {
    const t = makeTestBot({ adminIds: [9] });
    const [user] = await t.send(textUpdate('/help', { id: 1 }));
    const [admin] = await t.send(textUpdate('/help', { id: 9 }));
    expect(user!.payload.text).not.toContain('/addfeed');
    expect(admin!.payload.text).toContain('/addfeed');
  });

  it('changes the language with a button and keeps it', async () => {
    const t = makeTestBot();
    const [menu] = await t.send(textUpdate('/language', { id: 3 }));
    expect(buttons(menu!).map(([, d]) => d)).toEqual(['lang:en', 'lang:uk']);
    const calls = await t.send(callbackUpdate('lang:uk', { id: 3 }));
    expect(calls[0]!.method).toBe('answerCallbackQuery');
    expect(t.last().payload.text).toBe('Мова: українська.');
    const [help] = await t.send(textUpdate('/help', { id: 3, lang: 'en' }));
    expect(help!.payload.text).toContain('Команди');
  });
});

describe('/settings', () => {
  it('shows the settings with buttons, in the chat’s language', async () => {
    const t = makeTestBot();
    const [en] = await t.send(textUpdate('/settings', { id: 1 }));
    expect(en!.payload.text).toContain('Digests: <b>08:00</b> (Europe/Kyiv)');
    expect(buttons(en!).map(([, d]) => d)).toEqual(['ask:times', 'ask:zone', 'ask:language', 'tog:alerts', 'tog:includeHedged', 'tog:emptyNote']);
    const [uk] = await t.send(textUpdate('/settings', { id: 2, lang: 'uk' }));
    expect(uk!.payload.text).toContain('Дайджести');
  });

  it('sets digest times and time zone from text, and says what it could not read', async () => {
    const t = makeTestBot();
    await t.send(textUpdate('/settings times 07:30 19:00', { id: 1 }));
    expect(t.last().payload.text).toContain('07:30, 19:00');
    await t.send(textUpdate('/settings zone Berlin', { id: 1 }));
    expect(t.last().payload.text).toContain('Europe/Berlin');
    await t.send(textUpdate('/settings zone UTC+3', { id: 1 }));
    expect(t.app.chats.get(1)?.timeZone).toBe('Etc/GMT-3');
    await t.send(textUpdate('/settings times 31:00', { id: 1 }));
    expect(t.last().payload.text).toContain('couldn\'t read “31:00”');
    await t.send(textUpdate('/settings zone Atlantis<b>', { id: 1 }));
    expect(t.last().payload.text).toContain('“Atlantis&lt;b&gt;”');
    await t.send(textUpdate('/settings times off', { id: 1 }));
    expect(t.app.chats.get(1)?.digestTimes).toEqual([]);
    expect(t.last().payload.text).toContain('no digests');
    await t.send(textUpdate('/settings час 9', { id: 2, lang: 'uk' }));
    expect(t.app.chats.get(2)?.digestTimes).toEqual(['09:00']);
  });

  it('toggles alerts, hedged claims and the empty note in place; ask buttons explain the syntax', async () => {
    const t = makeTestBot();
    await t.send(textUpdate('/settings', { id: 1 }));
    const calls = await t.send(callbackUpdate('tog:alerts', { id: 1 }));
    const edit = calls.find((c) => c.method === 'editMessageText')!;
    expect(edit.payload.text).toContain('Alerts for new contradictions: <b>off</b>');
    expect(t.app.chats.get(1)?.alerts).toBe(false);
    await t.send(callbackUpdate('tog:includeHedged', { id: 1 }));
    await t.send(callbackUpdate('tog:emptyNote', { id: 1 }));
    expect(t.app.chats.get(1)).toMatchObject({ includeHedged: false, emptyNote: true });
    await t.send(callbackUpdate('ask:zone', { id: 1 }));
    expect(t.last().payload.text).toContain('/settings zone Kyiv');
    await t.send(callbackUpdate('ask:times', { id: 1 }));
    expect(t.last().payload.text).toContain('/settings times 08:00 20:00');
  });

  it('lets only group admins change a group’s settings', async () => {
    const t = makeTestBot({ memberStatus: { 7: 'administrator' } });
    await t.send(textUpdate('/settings@frontline_test_bot times 10:00', { id: 5, chatType: 'supergroup', chatId: -100 }));
    expect(t.last().payload.text).toContain('Only the group\'s admins');
    expect(t.calls.some((c) => c.method === 'getChatMember')).toBe(true);
    await t.send(textUpdate('/settings@frontline_test_bot times 10:00', { id: 7, chatType: 'supergroup', chatId: -100 }));
    expect(t.app.chats.get(-100)?.digestTimes).toEqual(['10:00']);
  });
});
