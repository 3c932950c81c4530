# Cymraeg: the guide "nhs-app-messages", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Messages and notifications in the NHS App
messages-and-notifications-in = Negeseuon a hysbysiadau yn yr NHS App
# en: Get messages from the NHS in the NHS App. Know that they are real.
get-messages-from-the = Cael negeseuon gan yr NHS yn yr NHS App. Gwybod eu bod nhw'n rhai go iawn.
# en: About 5 minutes
about-5-minutes = Tua 5 munud
# en: The NHS App on your phone or tablet, with your NHS login
the-nhs-app-on = Yr NHS App ar eich ffôn neu lechen, gyda'ch NHS login
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Hysbysiadau a negeseuon yn yr NHS App
# en: NHS Notify: NHS App messages (push notifications and badges)
nhs-notify-nhs-app = NHS Notify: Negeseuon yr NHS App (hysbysiadau gwthio a bathodynnau)
# en: 3W Health: Managing NHS App notifications (from nhs.uk, Managing your NHS account)
text-3w-health-managing-nhs = 3W Health: Rheoli hysbysiadau'r NHS App (o nhs.uk, Managing your NHS account)
# en: Windrush Medical Practice: NHS App messaging
windrush-medical-practice-nhs = Windrush Medical Practice: Negeseuon yn yr NHS App
# en: Doncaster and Bassetlaw Teaching Hospitals: The way you receive appointment reminders is changing
doncaster-and-bassetlaw-teaching = Doncaster and Bassetlaw Teaching Hospitals: Mae'r ffordd rydych chi'n cael nodyn atgoffa am apwyntiad yn newid
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: telerau defnyddio (apphelp.nhs.wales)
# en: The NHS can send you messages in the NHS App. They come to a safe place inside the app, called your inbox.
the-nhs-can-send = Gall yr NHS anfon negeseuon atoch chi yn yr NHS App. Maen nhw'n dod i le diogel yn yr ap, o'r enw eich mewnflwch (inbox).
# en: A notification on your phone tells you a new message has come.
a-notification-on-your = Mae hysbysiad ar eich ffôn yn dweud wrthych chi bod neges newydd wedi dod.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
no-app-yet-first = Dim ap eto? Yn gyntaf, darllenwch [sut i gael yr NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App works in its own way. This guide is about the NHS App in England.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Mae'r NHS Wales App yn gweithio yn ei ffordd ei hun. Mae'r canllaw hwn yn sôn am yr NHS App yn Lloegr.
# en: What messages can be about
what-messages-can-be = Beth gall negeseuon fod amdano
# en: A calendar with one day circled
a-calendar-with-one = Calendr gydag un diwrnod wedi'i gylchu
# en: an appointment, or a reminder about one
an-appointment-or-a = apwyntiad, neu nodyn i'ch atgoffa am un
# en: A test tube next to a page
a-test-tube-next = Tiwb profi wrth ymyl tudalen
# en: a test result from your GP surgery
a-test-result-from = canlyniad prawf gan eich meddygfa
# en: A jab and a shield
a-jab-and-a = Pigiad a tharian
# en: an invitation to have a jab or a check
an-invitation-to-have = gwahoddiad i gael pigiad neu archwiliad
# en: Turn on notifications
turn-on-notifications = Troi hysbysiadau ymlaen
# en: A phone with a menu. A yellow circle marks a button at the bottom.
a-phone-with-a = Ffôn gyda dewislen. Mae cylch melyn yn marcio botwm ar y gwaelod.
# en: Open the NHS App and log in. Tap **More**. Then tap **Account and settings**.
open-the-nhs-app = Agorwch yr NHS App a mewngofnodwch. Tapiwch **More** (Mwy). Yna tapiwch **Account and settings** (Cyfrif a gosodiadau).
# en: A phone with a switch turned on
a-phone-with-a-2 = Ffôn gyda switsh wedi'i droi ymlaen
# en: Tap **Manage notifications**. Turn the switch on.
tap-manage-notifications-turn = Tapiwch **Manage notifications**. Trowch y switsh ymlaen.
# en: Do you use the app on more than 1 phone or tablet? Turn notifications on for each one.
do-you-use-the = Ydych chi'n defnyddio'r ap ar fwy nag 1 ffôn neu lechen? Trowch hysbysiadau ymlaen ar bob un.
# en: Read a message
read-a-message = Darllen neges
# en: A phone with a small alert at the top. The app has a red dot.
a-phone-with-a-3 = Ffôn gyda rhybudd bach ar y top. Mae dot coch ar yr ap.
# en: A notification shows on your phone. It does not show what the message says. It only tells you a message has come.
a-notification-shows-on = Mae hysbysiad yn ymddangos ar eich ffôn. Dydy e ddim yn dangos beth mae'r neges yn ei ddweud. Mae ond yn dweud wrthych chi bod neges wedi dod.
# en: A red dot with a number may show on the NHS App too.
a-red-dot-with = Efallai y bydd dot coch gyda rhif yn ymddangos ar yr NHS App hefyd.
# en: A phone with an open message in the NHS App
a-phone-with-an = Ffôn gyda neges ar agor yn yr NHS App
# en: Open the NHS App yourself and log in. Then open your messages.
open-the-nhs-app-2 = Agorwch yr NHS App eich hun a mewngofnodwch. Yna agorwch eich negeseuon.
# en: Your GP surgery or another NHS service sent it. Read it and do what it asks.
your-gp-surgery-or = Eich meddygfa neu wasanaeth NHS arall anfonodd y neges. Darllenwch hi a gwnewch beth mae'n ei ofyn.
# en: Did you not read a message in time? You may get a text instead.
did-you-not-read = Wnaethoch chi ddim darllen neges mewn pryd? Efallai y cewch chi neges destun yn lle hynny.
# en: Keep safe
keep-safe = Cadw'n ddiogel
# en: A real NHS App message is inside the NHS App. Open the app yourself to read it.
a-real-nhs-app = Mae neges go iawn gan yr NHS App y tu mewn i'r NHS App. Agorwch yr ap eich hun i'w darllen.
# en: Got a text or email that says it is from the NHS App? Do not tap its links. Open the app yourself instead.
got-a-text-or = Wedi cael neges destun neu e-bost sy'n dweud ei fod gan yr NHS App? Peidiwch â thapio ei ddolenni. Agorwch yr ap eich hun yn lle hynny.
# en: A phone on a table with 2 people near it
a-phone-on-a = Ffôn ar fwrdd gyda 2 berson yn agos ato
# en: Do other people use your phone? They can see your notifications.
do-other-people-use = Ydy pobl eraill yn defnyddio eich ffôn? Gallan nhw weld eich hysbysiadau.
# en: Turn notifications off if you do not want this.
turn-notifications-off-if = Trowch hysbysiadau i ffwrdd os nad ydych chi eisiau hyn.
# en: Learn more about how to [spot NHS scams]({ $link1 }).
learn-more-about-how = Dysgwch fwy am sut i [adnabod sgamiau NHS]({ $link1 }).
# en: notification
notification = hysbysiad
# en: a short alert on your phone. It tells you something new has come.
a-short-alert-on = rhybudd byr ar eich ffôn. Mae'n dweud wrthych chi bod rhywbeth newydd wedi dod.
# en: log in
log-in = mewngofnodwch
# en: type your email address and password to get into your account
type-your-email-address = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
# en: settings
settings = gosodiadau
# en: the part of an app or phone where you choose how it works
the-part-of-an = y rhan o ap neu ffôn lle rydych chi'n dewis sut mae'n gweithio
# en: tap
tap = tapiwch
# en: touch the screen with your finger
touch-the-screen-with = cyffyrddwch â'r sgrin gyda'ch bys
