# frontline — English. Values in { $… } arrive already HTML-escaped by the bot.

start-welcome =
    👋 <b>frontline</b> follows who holds which town on the front line, claim by claim.
    Both sides announce captures and denials every day; I line the claims up per place and mark where they contradict each other or where the other side confirms them.

    Try: /subscribe Pokrovsk — then /status Pokrovsk, /digest, /settings.
    /help lists everything.
help =
    <b>Commands</b>
    /subscribe <i>place</i> — follow a place (any spelling or script)
    /unsubscribe <i>place</i> — stop following it
    /list — the places you follow and their status
    /status <i>place</i> — the latest claim of each side
    /history <i>place</i> — the timeline of claims
    /map — a map of your places, coloured by status
    /digest — what is new since your last digest
    /settings — digest times, time zone, language, alerts
    /language — English or Ukrainian

    Type a place name on its own to see its status.
    ⚠️ marks a claim that contradicts an earlier one, ✅ one the other side confirmed, ❔ one the text itself doubts.
help-admin =
    <b>Admin</b>
    /addfeed <i>URL</i> · /removefeed <i>id or URL</i> · /feeds · /ingest <i>URL</i> · /stats
    Forward a channel post to me to add it as an article.
language-choose = Choose the language:
language-set = Language: English.

place-usage-subscribe = Which place? For example: <code>/subscribe Kupiansk</code>
place-usage-unsubscribe = Which place? For example: <code>/unsubscribe Kupiansk</code>
place-usage-status = Which place? For example: <code>/status Kupiansk</code>
place-usage-history = Which place? For example: <code>/history Kupiansk</code>
place-choose = Several places match “{ $query }”. Which one?
place-unknown = I don't know a settlement called “{ $query }”.
place-suggest = Did you mean one of these?
place-gone = That choice has expired; please type the place again.
subscribed = ✅ You now follow <b>{ $place }</b> ({ $oblast }). It will be in your digests.
subscribed-already = You already follow <b>{ $place }</b>.
unsubscribed = You no longer follow <b>{ $place }</b>.
unsubscribed-not = You don't follow <b>{ $place }</b>.
list-empty = You don't follow any place yet. Try <code>/subscribe Pokrovsk</code>.
list-header = <b>Your places</b>
list-no-status = no claims yet
button-subscribe = 🔔 Follow { $place }
button-unsubscribe = 🔕 Unfollow
button-history = 📜 History
button-status = 📍 Status
button-older = ◀ Older
button-newer = Newer ▶

side-ru = 🇷🇺 Russia
side-ua = 🇺🇦 Ukraine
side-independent = 🔎 Independent
holds-ru-full = Russian control
holds-ru-partial = Russian control of part
holds-ua-full = Ukrainian control
holds-ua-partial = Ukrainian control of part
holds-contested = fighting for it
consensus-ru = held by Russia (claims agree)
consensus-ua = held by Ukraine (claims agree)
consensus-contested = contested
consensus-disputed = disputed: the sides disagree
consensus-unknown = unclear
confirmed-both = ✅ confirmed by both sides
status-none = Nothing is known about <b>{ $place }</b> yet.
status-title = 📍 <b>{ $place }</b>, { $oblast } oblast
status-consensus = Status: <b>{ $consensus }</b>
status-claim = { $side }: { $holds } — { $who }, { $date }
status-last-change = Last change: { $to } since { $date }
status-open = ⚠️ Open contradictions: { $count }
status-as-of = As of { $date }.
hedged-mark = ❔ unconfirmed
history-title = 📜 <b>{ $place }</b> — claims, newest first ({ $page }/{ $pages })
history-empty = No claims about <b>{ $place }</b> yet.

digest-title = 🗞 <b>Digest</b> — new since { $since }
digest-title-first = 🗞 <b>Digest</b>
digest-nothing = Nothing new for your places since { $since }.
digest-nothing-first = Nothing new for your places yet.
digest-no-places = You don't follow any place yet. Try <code>/subscribe Pokrovsk</code>.
digest-sources = Sources: { $sources }
digest-contradicts = ⚠️ contradicts { $side }: { $holds }, { $date } ({ $source })
digest-confirmed = ✅ confirmed by { $side } ({ $source }, { $date })
digest-more-sources = and { $count } more
alert-title = ⚠️ <b>New contradiction</b> about <b>{ $place }</b>
alert-body =
    { $earlierSide }: { $earlierHolds }, { $earlierDate } ({ $earlierSource })
    { $laterSide }: { $laterHolds }, { $laterDate } ({ $laterSource })

settings-title = ⚙️ <b>Settings</b>
settings-body =
    Digests: <b>{ $times }</b> ({ $zone })
    Language: <b>{ $language }</b>
    Alerts for new contradictions: <b>{ $alerts }</b>
    Include unconfirmed claims: <b>{ $hedged }</b>
    Note when nothing is new: <b>{ $empty }</b>
settings-off = off
settings-on = on
settings-times-off = no digests
settings-button-times = 🕗 Digest times
settings-button-zone = 🌍 Time zone
settings-button-language = 🌐 Language
settings-button-alerts = ⚠️ Alerts: { $value }
settings-button-hedged = ❔ Unconfirmed: { $value }
settings-button-empty = 📭 Empty note: { $value }
settings-ask-times = Send digest times as <code>/settings times 08:00 20:00</code>, or <code>/settings times off</code>.
settings-ask-zone = Send your city or UTC offset: <code>/settings zone Kyiv</code>, <code>/settings zone UTC+2</code>, <code>/settings zone Europe/Warsaw</code>.
settings-times-bad = I couldn't read “{ $input }” as times. Use 24-hour times like <code>08:00 20:30</code>, or <code>off</code>.
settings-zone-bad = I don't know the time zone “{ $input }”. Try a big city near you, an offset like <code>UTC+2</code>, or an IANA name like <code>Europe/Berlin</code>.
settings-saved = Saved.

admin-only = This command is for frontline's admins.
group-admin-only = Only the group's admins can change what this group follows.
url-usage = Send a link: <code>{ $command } https://example.org/article</code>
url-refused = I can only fetch public http(s) addresses.
feeds-empty = No feeds yet. Add one with <code>/addfeed URL</code>.
feeds-header = <b>Feeds</b>
feed-added = Feed added: { $url }
feed-removed = Feed removed.
feed-not-found = No such feed.
ingest-added = Added “{ $title }”.
ingest-duplicate = Already in the store: “{ $title }”.
ingest-failed = Couldn't ingest it: { $error }
ingest-unavailable = Ingest is not available in this deployment.
stats-header = <b>Stats</b>
forward-added = Added the post from { $outlet }.
forward-added-claims = Added the post from { $outlet }: { $claims } claims found.
forward-duplicate = I already have that post.
forward-refused = Forwarded posts are ingested only from admins.
forward-not-channel = Forward a post from a public channel.
unknown-command = I don't know that command. /help lists what I can do.
error-generic = Sorry, something went wrong. Please try again in a moment.
