# Polski: the guide "nhs-app-messages", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Messages and notifications in the NHS App
messages-and-notifications-in = Wiadomości i powiadomienia w NHS App
# en: Get messages from the NHS in the NHS App. Know that they are real.
get-messages-from-the = Odbieraj wiadomości od NHS w NHS App. Dowiedz się, jak poznać, że są prawdziwe.
# en: About 5 minutes
about-5-minutes = Około 5 minut
# en: The NHS App on your phone or tablet, with your NHS login
the-nhs-app-on = NHS App na telefonie lub tablecie i Twoje konto NHS login
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Powiadomienia i wiadomości w NHS App
# en: NHS Notify: NHS App messages (push notifications and badges)
nhs-notify-nhs-app = NHS Notify: Wiadomości w NHS App (powiadomienia push i plakietki)
# en: 3W Health: Managing NHS App notifications (from nhs.uk, Managing your NHS account)
text-3w-health-managing-nhs = 3W Health: Jak zarządzać powiadomieniami NHS App (z nhs.uk, Managing your NHS account)
# en: Windrush Medical Practice: NHS App messaging
windrush-medical-practice-nhs = Windrush Medical Practice: Wiadomości w NHS App
# en: Doncaster and Bassetlaw Teaching Hospitals: The way you receive appointment reminders is changing
doncaster-and-bassetlaw-teaching = Doncaster and Bassetlaw Teaching Hospitals: Zmienia się sposób, w jaki dostajesz przypomnienia o wizytach
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: warunki korzystania (apphelp.nhs.wales)
# en: The NHS can send you messages in the NHS App. They come to a safe place inside the app, called your inbox.
the-nhs-can-send = NHS może wysyłać Ci wiadomości w NHS App. Trafiają one do bezpiecznego miejsca w aplikacji. To miejsce to skrzynka odbiorcza (inbox).
# en: A notification on your phone tells you a new message has come.
a-notification-on-your = Powiadomienie na telefonie mówi Ci, że przyszła nowa wiadomość.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
no-app-yet-first = Nie masz jeszcze aplikacji? Najpierw zobacz, [jak pobrać NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App works in its own way. This guide is about the NHS App in England.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** NHS Wales App działa po swojemu. Ten poradnik jest o NHS App w Anglii.
# en: What messages can be about
what-messages-can-be = O czym mogą być wiadomości
# en: A calendar with one day circled
a-calendar-with-one = Kalendarz z zakreślonym jednym dniem
# en: an appointment, or a reminder about one
an-appointment-or-a = wizyta albo przypomnienie o wizycie
# en: A test tube next to a page
a-test-tube-next = Probówka obok kartki
# en: a test result from your GP surgery
a-test-result-from = wynik badania z Twojej przychodni
# en: A jab and a shield
a-jab-and-a = Strzykawka i tarcza
# en: an invitation to have a jab or a check
an-invitation-to-have = zaproszenie na szczepienie albo badanie
# en: Turn on notifications
turn-on-notifications = Włącz powiadomienia
# en: A phone with a menu. A yellow circle marks a button at the bottom.
a-phone-with-a = Telefon z menu. Żółte kółko zaznacza przycisk na dole.
# en: Open the NHS App and log in. Tap **More**. Then tap **Account and settings**.
open-the-nhs-app = Otwórz NHS App i zaloguj się. Naciśnij **More** (więcej). Potem naciśnij **Account and settings** (konto i ustawienia).
# en: A phone with a switch turned on
a-phone-with-a-2 = Telefon z włączonym przełącznikiem
# en: Tap **Manage notifications**. Turn the switch on.
tap-manage-notifications-turn = Naciśnij **Manage notifications**. Włącz przełącznik.
# en: Do you use the app on more than 1 phone or tablet? Turn notifications on for each one.
do-you-use-the = Korzystasz z aplikacji na więcej niż 1 telefonie lub tablecie? Włącz powiadomienia na każdym z nich.
# en: Read a message
read-a-message = Przeczytaj wiadomość
# en: A phone with a small alert at the top. The app has a red dot.
a-phone-with-a-3 = Telefon z małym powiadomieniem u góry. Aplikacja ma czerwoną kropkę.
# en: A notification shows on your phone. It does not show what the message says. It only tells you a message has come.
a-notification-shows-on = Na telefonie pokazuje się powiadomienie. Nie widać w nim treści wiadomości. Mówi tylko, że przyszła wiadomość.
# en: A red dot with a number may show on the NHS App too.
a-red-dot-with = Na NHS App może też pojawić się czerwona kropka z liczbą.
# en: A phone with an open message in the NHS App
a-phone-with-an = Telefon z otwartą wiadomością w NHS App
# en: Open the NHS App yourself and log in. Then open your messages.
open-the-nhs-app-2 = Samodzielnie otwórz NHS App i zaloguj się. Potem otwórz swoje wiadomości.
# en: Your GP surgery or another NHS service sent it. Read it and do what it asks.
your-gp-surgery-or = Wysłała ją Twoja przychodnia albo inna usługa NHS. Przeczytaj ją i zrób to, o co prosi.
# en: Did you not read a message in time? You may get a text instead.
did-you-not-read = Jeśli nie przeczytasz wiadomości na czas, możesz zamiast tego dostać SMS-a.
# en: Keep safe
keep-safe = Dbaj o bezpieczeństwo
# en: A real NHS App message is inside the NHS App. Open the app yourself to read it.
a-real-nhs-app = Prawdziwa wiadomość z NHS App jest w NHS App. Żeby ją przeczytać, otwórz aplikację w telefonie, a nie przez link.
# en: Got a text or email that says it is from the NHS App? Do not tap its links. Open the app yourself instead.
got-a-text-or = Przyszedł SMS albo e-mail, który mówi, że jest z NHS App? Nie naciskaj linków w nim. Zamiast tego otwórz NHS App w telefonie.
# en: A phone on a table with 2 people near it
a-phone-on-a = Telefon na stole, obok niego 2 osoby
# en: Do other people use your phone? They can see your notifications.
do-other-people-use = Inni ludzie korzystają z Twojego telefonu? Mogą zobaczyć Twoje powiadomienia.
# en: Turn notifications off if you do not want this.
turn-notifications-off-if = Wyłącz powiadomienia, jeśli tego nie chcesz.
# en: Learn more about how to [spot NHS scams]({ $link1 }).
learn-more-about-how = Dowiedz się więcej, [jak rozpoznać oszustów podszywających się pod NHS]({ $link1 }).
# en: notification
notification = powiadomienie
# en: a short alert on your phone. It tells you something new has come.
a-short-alert-on = krótka informacja na telefonie. Mówi Ci, że przyszło coś nowego.
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
# en: settings
settings = ustawienia
# en: the part of an app or phone where you choose how it works
the-part-of-an = część aplikacji lub telefonu, w której wybierasz, jak ma działać
# en: tap
tap = naciśnij
# en: touch the screen with your finger
touch-the-screen-with = dotknij ekranu palcem
