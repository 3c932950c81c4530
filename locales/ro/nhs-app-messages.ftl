# Română: the guide "nhs-app-messages", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Messages and notifications in the NHS App
messages-and-notifications-in = Mesaje și notificări în NHS App
# en: Get messages from the NHS in the NHS App. Know that they are real.
get-messages-from-the = Primiți în NHS App mesaje de la NHS. Aflați cum știți că sunt adevărate.
# en: About 5 minutes
about-5-minutes = În jur de 5 minute
# en: The NHS App on your phone or tablet, with your NHS login
the-nhs-app-on = NHS App pe telefon sau pe tabletă, cu contul NHS login
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Notificări și mesaje în NHS App
# en: NHS Notify: NHS App messages (push notifications and badges)
nhs-notify-nhs-app = NHS Notify: Mesajele din NHS App (notificări push și buline cu număr)
# en: 3W Health: Managing NHS App notifications (from nhs.uk, Managing your NHS account)
text-3w-health-managing-nhs = 3W Health: Cum gestionați notificările din NHS App (de pe nhs.uk, Managing your NHS account)
# en: Windrush Medical Practice: NHS App messaging
windrush-medical-practice-nhs = Windrush Medical Practice: Mesaje în NHS App
# en: Doncaster and Bassetlaw Teaching Hospitals: The way you receive appointment reminders is changing
doncaster-and-bassetlaw-teaching = Doncaster and Bassetlaw Teaching Hospitals: Se schimbă felul în care primiți mementouri pentru programări
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: condiții de utilizare (apphelp.nhs.wales)
# en: The NHS can send you messages in the NHS App. They come to a safe place inside the app, called your inbox.
the-nhs-can-send = NHS vă poate trimite mesaje în NHS App. Ele ajung într-un loc sigur din aplicație, numit căsuța de mesaje (inbox).
# en: A notification on your phone tells you a new message has come.
a-notification-on-your = O notificare pe telefon vă spune că a venit un mesaj nou.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
no-app-yet-first = Nu aveți încă aplicația? Mai întâi, vedeți [cum instalați NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App works in its own way. This guide is about the NHS App in England.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** NHS Wales App funcționează în felul ei. Acest ghid este despre NHS App din Anglia.
# en: What messages can be about
what-messages-can-be = Despre ce pot fi mesajele
# en: A calendar with one day circled
a-calendar-with-one = Un calendar cu o zi încercuită
# en: an appointment, or a reminder about one
an-appointment-or-a = o programare, sau un memento despre ea
# en: A test tube next to a page
a-test-tube-next = O eprubetă lângă o pagină
# en: a test result from your GP surgery
a-test-result-from = rezultatul unui test, de la cabinetul medicului de familie
# en: A jab and a shield
a-jab-and-a = O seringă și un scut
# en: an invitation to have a jab or a check
an-invitation-to-have = o invitație la un vaccin sau la un control
# en: Turn on notifications
turn-on-notifications = Porniți notificările
# en: A phone with a menu. A yellow circle marks a button at the bottom.
a-phone-with-a = Un telefon cu un meniu. Un cerc galben arată un buton de jos.
# en: Open the NHS App and log in. Tap **More**. Then tap **Account and settings**.
open-the-nhs-app = Deschideți NHS App și intrați în cont. Apăsați **More** (mai mult). Apoi apăsați **Account and settings** (cont și setări).
# en: A phone with a switch turned on
a-phone-with-a-2 = Un telefon cu un comutator pornit
# en: Tap **Manage notifications**. Turn the switch on.
tap-manage-notifications-turn = Apăsați pe **Manage notifications**. Este butonul pentru notificări. Porniți comutatorul.
# en: Do you use the app on more than 1 phone or tablet? Turn notifications on for each one.
do-you-use-the = Folosiți aplicația pe mai mult de 1 telefon sau tabletă? Porniți notificările pe fiecare.
# en: Read a message
read-a-message = Citiți un mesaj
# en: A phone with a small alert at the top. The app has a red dot.
a-phone-with-a-3 = Un telefon cu o mică alertă sus. Aplicația are un punct roșu.
# en: A notification shows on your phone. It does not show what the message says. It only tells you a message has come.
a-notification-shows-on = Pe telefon apare o notificare. Ea nu arată ce scrie în mesaj. Vă spune doar că a venit un mesaj.
# en: A red dot with a number may show on the NHS App too.
a-red-dot-with = Pe NHS App poate apărea și un punct roșu cu un număr.
# en: A phone with an open message in the NHS App
a-phone-with-an = Un telefon cu un mesaj deschis în NHS App
# en: Open the NHS App yourself and log in. Then open your messages.
open-the-nhs-app-2 = Deschideți chiar dumneavoastră NHS App și intrați în cont. Apoi deschideți mesajele.
# en: Your GP surgery or another NHS service sent it. Read it and do what it asks.
your-gp-surgery-or = Mesajul vine de la cabinetul medicului de familie sau de la alt serviciu NHS. Citiți-l și faceți ce vă cere.
# en: Did you not read a message in time? You may get a text instead.
did-you-not-read = Nu ați citit un mesaj la timp? Poate primiți în schimb un SMS.
# en: Keep safe
keep-safe = Fiți în siguranță
# en: A real NHS App message is inside the NHS App. Open the app yourself to read it.
a-real-nhs-app = Un mesaj adevărat din NHS App este în interiorul aplicației. Deschideți chiar dumneavoastră aplicația ca să îl citiți.
# en: Got a text or email that says it is from the NHS App? Do not tap its links. Open the app yourself instead.
got-a-text-or = Un SMS sau un e-mail spune că vine de la NHS App? Nu apăsați pe linkurile din el. Deschideți în schimb chiar dumneavoastră aplicația.
# en: A phone on a table with 2 people near it
a-phone-on-a = Un telefon pe o masă, cu 2 persoane lângă el
# en: Do other people use your phone? They can see your notifications.
do-other-people-use = Și alți oameni folosesc telefonul dumneavoastră? Ei vă pot vedea notificările.
# en: Turn notifications off if you do not want this.
turn-notifications-off-if = Dacă nu vreți asta, opriți notificările.
# en: Learn more about how to [spot NHS scams]({ $link1 }).
learn-more-about-how = Aflați mai multe despre [cum recunoașteți înșelătoriile în numele NHS]({ $link1 }).
# en: notification
notification = notificare
# en: a short alert on your phone. It tells you something new has come.
a-short-alert-on = o alertă scurtă pe telefon. Vă spune că a venit ceva nou.
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
# en: settings
settings = setări
# en: the part of an app or phone where you choose how it works
the-part-of-an = partea dintr-o aplicație sau dintr-un telefon unde alegeți cum funcționează
# en: tap
tap = apăsați
# en: touch the screen with your finger
touch-the-screen-with = atingeți ecranul cu degetul
