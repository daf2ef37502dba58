# frontline — українська. Значення в { $… } бот уже екранує для HTML.

start-welcome =
    👋 <b>frontline</b> стежить, хто контролює які населені пункти на фронті, заява за заявою.
    Обидві сторони щодня оголошують захоплення і спростування; я вишиковую заяви для кожного місця й позначаю, де вони суперечать одна одній або де інша сторона їх підтверджує.

    Спробуйте: /subscribe Покровськ — потім /status Покровськ, /digest, /settings.
    /help — усі команди.
help =
    <b>Команди</b>
    /subscribe <i>місце</i> — стежити за місцем (будь-яке написання)
    /unsubscribe <i>місце</i> — припинити стежити
    /list — ваші місця та їхній стан
    /status <i>місце</i> — остання заява кожної сторони
    /history <i>місце</i> — хронологія заяв
    /map — мапа ваших місць за станом
    /digest — що нового від останнього дайджесту
    /settings — час дайджесту, часовий пояс, мова, сповіщення
    /language — українська або англійська

    Напишіть назву місця окремим повідомленням, щоб побачити його стан.
    ⚠️ — заява суперечить попередній, ✅ — інша сторона підтвердила, ❔ — сам текст у ній сумнівається.
help-admin =
    <b>Адміністрування</b>
    /addfeed <i>URL</i> · /removefeed <i>id або URL</i> · /feeds · /ingest <i>URL</i> · /stats
    Перешліть мені допис із каналу, щоб додати його як статтю.
language-choose = Оберіть мову:
language-set = Мова: українська.

place-usage-subscribe = Яке місце? Наприклад: <code>/subscribe Купʼянськ</code>
place-usage-unsubscribe = Яке місце? Наприклад: <code>/unsubscribe Купʼянськ</code>
place-usage-status = Яке місце? Наприклад: <code>/status Купʼянськ</code>
place-usage-history = Яке місце? Наприклад: <code>/history Купʼянськ</code>
place-choose = Назві «{ $query }» відповідають кілька місць. Яке саме?
place-unknown = Я не знаю населеного пункту «{ $query }».
place-suggest = Можливо, ви мали на увазі одне з цих?
place-gone = Цей вибір застарів; напишіть назву ще раз.
subscribed = ✅ Ви стежите за <b>{ $place }</b> ({ $oblast }). Воно буде у ваших дайджестах.
subscribed-already = Ви вже стежите за <b>{ $place }</b>.
unsubscribed = Ви більше не стежите за <b>{ $place }</b>.
unsubscribed-not = Ви не стежите за <b>{ $place }</b>.
list-empty = Ви ще ні за чим не стежите. Спробуйте <code>/subscribe Покровськ</code>.
list-header = <b>Ваші місця</b>
list-no-status = заяв ще немає
button-subscribe = 🔔 Стежити: { $place }
button-unsubscribe = 🔕 Не стежити
button-history = 📜 Хронологія
button-status = 📍 Стан
button-older = ◀ Давніші
button-newer = Новіші ▶

side-ru = 🇷🇺 Росія
side-ua = 🇺🇦 Україна
side-independent = 🔎 Незалежні
holds-ru-full = під контролем Росії
holds-ru-partial = частково під контролем Росії
holds-ua-full = під контролем України
holds-ua-partial = частково під контролем України
holds-contested = тривають бої
consensus-ru = під контролем Росії (заяви збігаються)
consensus-ua = під контролем України (заяви збігаються)
consensus-contested = тривають бої
consensus-disputed = спірно: сторони не згодні
consensus-unknown = невідомо
confirmed-both = ✅ підтверджено обома сторонами
status-none = Про <b>{ $place }</b> поки нічого не відомо.
status-title = 📍 <b>{ $place }</b>, { $oblast } обл.
status-consensus = Стан: <b>{ $consensus }</b>
status-claim = { $side }: { $holds } — { $who }, { $date }
status-last-change = Остання зміна: { $to } з { $date }
status-open = ⚠️ Відкриті суперечності: { $count }
status-as-of = Станом на { $date }.
hedged-mark = ❔ не підтверджено
history-title = 📜 <b>{ $place }</b> — заяви, нові спершу ({ $page }/{ $pages })
history-empty = Про <b>{ $place }</b> заяв ще немає.

digest-title = 🗞 <b>Дайджест</b> — нове від { $since }
digest-title-first = 🗞 <b>Дайджест</b>
digest-nothing = Від { $since } для ваших місць нічого нового.
digest-nothing-first = Для ваших місць поки нічого нового.
digest-no-places = Ви ще ні за чим не стежите. Спробуйте <code>/subscribe Покровськ</code>.
digest-sources = Джерела: { $sources }
digest-contradicts = ⚠️ суперечить: { $side } — { $holds }, { $date } ({ $source })
digest-confirmed = ✅ підтверджує { $side } ({ $source }, { $date })
digest-more-sources = і ще { $count }
alert-title = ⚠️ <b>Нова суперечність</b> щодо <b>{ $place }</b>
alert-body =
    { $earlierSide }: { $earlierHolds }, { $earlierDate } ({ $earlierSource })
    { $laterSide }: { $laterHolds }, { $laterDate } ({ $laterSource })

settings-title = ⚙️ <b>Налаштування</b>
settings-body =
    Дайджести: <b>{ $times }</b> ({ $zone })
    Мова: <b>{ $language }</b>
    Сповіщення про нові суперечності: <b>{ $alerts }</b>
    Показувати непідтверджені заяви: <b>{ $hedged }</b>
    Повідомляти, коли нічого нового: <b>{ $empty }</b>
settings-off = вимк.
settings-on = увімк.
settings-times-off = без дайджестів
settings-button-times = 🕗 Час дайджестів
settings-button-zone = 🌍 Часовий пояс
settings-button-language = 🌐 Мова
settings-button-alerts = ⚠️ Сповіщення: { $value }
settings-button-hedged = ❔ Непідтверджені: { $value }
settings-button-empty = 📭 «Нічого нового»: { $value }
settings-ask-times = Надішліть час дайджестів: <code>/settings times 08:00 20:00</code> або <code>/settings times off</code>.
settings-ask-zone = Надішліть місто або зсув від UTC: <code>/settings zone Київ</code>, <code>/settings zone UTC+2</code>, <code>/settings zone Europe/Warsaw</code>.
settings-times-bad = Не вдалося прочитати «{ $input }» як час. Пишіть у 24-годинному форматі, наприклад <code>08:00 20:30</code>, або <code>off</code>.
settings-zone-bad = Я не знаю часового поясу «{ $input }». Спробуйте велике місто поруч, зсув на кшталт <code>UTC+2</code> або назву IANA, як <code>Europe/Berlin</code>.
settings-saved = Збережено.

admin-only = Ця команда — для адміністраторів frontline.
group-admin-only = Лише адміністратори групи можуть змінювати, за чим стежить група.
url-usage = Надішліть посилання: <code>{ $command } https://example.org/article</code>
url-refused = Я завантажую лише публічні адреси http(s).
feeds-empty = Стрічок ще немає. Додайте: <code>/addfeed URL</code>.
feeds-header = <b>Стрічки</b>
feed-added = Стрічку додано: { $url }
feed-removed = Стрічку видалено.
feed-not-found = Такої стрічки немає.
ingest-added = Додано «{ $title }».
ingest-duplicate = Уже є в базі: «{ $title }».
ingest-failed = Не вдалося додати: { $error }
ingest-unavailable = У цьому розгортанні додавання статей недоступне.
stats-header = <b>Статистика</b>
forward-added = Додано допис із { $outlet }.
forward-added-claims = Додано допис із { $outlet }: знайдено заяв — { $claims }.
forward-duplicate = Цей допис у мене вже є.
forward-refused = Переслані дописи приймаю лише від адміністраторів.
forward-not-channel = Перешліть допис із публічного каналу.
unknown-command = Я не знаю такої команди. /help — що я вмію.
error-generic = Вибачте, щось пішло не так. Спробуйте ще раз за хвилину.
