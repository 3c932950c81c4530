# Cymraeg: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = Trefnu, gwirio neu ganslo apwyntiad gyda meddyg teulu ar-lein
# en: Ask for a GP appointment online, or book one in the NHS App. Check or cancel it.
use-the-nhs-app = Gofynnwch am apwyntiad gyda meddyg teulu ar-lein, neu trefnwch un yn yr NHS App. Gallwch chi hefyd ei wirio neu ei ganslo.
# en: About 5 to 10 minutes
about-5-to-10 = Tua 5 i 10 munud
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Ffôn, llechen neu gyfrifiadur gyda'r rhyngrwyd
# en: The NHS App with your NHS login, if you want to book in the app
the-nhs-app-with = Yr NHS App gyda'ch NHS login, os ydych chi eisiau trefnu yn yr ap
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = Eich dyddiadur neu galendr, i weld pryd rydych chi'n rhydd
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: Contract GP – beth sydd angen i chi ei wybod (29 Medi 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Chi a'ch practis meddyg teulu (siarter y claf)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: rhaid i bractisau gadw eu ffurflenni ar-lein ar agor o 8am tan 6:30pm o 1 Hydref 2025
# en: Kirton Medical Centre: NHS App – all you need to know (appointments)
nhs-uk-nhs-app = Kirton Medical Centre: NHS App – popeth sydd angen i chi ei wybod (apwyntiadau)
# en: South Western Ambulance Service: When to call 999
nhs-uk-when-to = South Western Ambulance Service: Pryd i ffonio 999
# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = Meddyg teulu yw GP. Eich meddygfa yw'r lle mae eich meddyg teulu yn gweithio.
# en: You can ask for an appointment online in 2 ways. Use your surgery’s online form. Or book in the NHS App, if your surgery lets you.
you-can-ask-for = Gallwch chi ofyn am apwyntiad ar-lein mewn 2 ffordd. Defnyddiwch ffurflen ar-lein eich meddygfa. Neu trefnwch yn yr NHS App, os yw eich meddygfa yn gadael i chi.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = Dim ap eto? Yn gyntaf, darllenwch [sut i gael yr NHS App]({ $link1 }).
# en: An ambulance with its blue lights on
an-ambulance-with-its = Ambiwlans gyda'i oleuadau glas ymlaen
# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **Ffoniwch 999** os gall bywyd rhywun fod mewn perygl.
# en: See [when to call 999]({ $link1 }).
see-when-to-call = Darllenwch [pryd i ffonio 999]({ $link1 }).
# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = Angen help yn gyflym, ond nid yw'n argyfwng? Defnyddiwch [NHS 111 ar-lein]({ $link1 }) neu ffoniwch **111**.
# en: **Is your GP surgery in Wales?** Ask them how to book online. You may be able to use the NHS Wales App.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Gofynnwch iddyn nhw sut i drefnu ar-lein. Efallai y gallwch chi ddefnyddio'r NHS Wales App.
# en: Ask with the online form
ask-with-the-online = Gofyn gyda'r ffurflen ar-lein
# en: A phone showing a form with boxes to fill in
a-phone-showing-a = Ffôn yn dangos ffurflen gyda blychau i'w llenwi
# en: Every GP surgery in England has an online form. It is open from 8am to 6:30pm, Monday to Friday.
every-gp-surgery-in = Mae gan bob meddygfa yn Lloegr ffurflen ar-lein. Mae ar agor o 8am tan 6:30pm, dydd Llun i ddydd Gwener.
# en: Find it on your surgery’s website, or in the NHS App. Say what is wrong and what you need.
find-it-on-your = Mae hi ar wefan eich meddygfa, neu yn yr NHS App. Dywedwch beth sydd o'i le a beth sydd ei angen arnoch chi.
# en: A clock and a phone with a message
a-clock-and-a = Cloc a ffôn gyda neges
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday.
your-surgery-tells-you = Bydd eich meddygfa yn dweud beth sy'n digwydd nesaf, o fewn 1 diwrnod gwaith. Dyddiau gwaith yw dydd Llun i ddydd Gwener.
# en: They may offer an appointment, phone you, or send you a message.
they-may-offer-an = Efallai y byddan nhw'n cynnig apwyntiad, yn eich ffonio chi, neu'n anfon neges atoch chi.
# en: See [how to contact your GP surgery online]({ $link1 }).
see-how-to-contact = Darllenwch [sut i gysylltu â'ch meddygfa ar-lein]({ $link1 }).
# en: Book in the NHS App
book-in-the-nhs = Trefnu yn yr NHS App
# en: A phone with a calendar on its screen
a-phone-with-a = Ffôn gyda chalendr ar ei sgrin
# en: Open the NHS App and log in. Tap **Appointments**.
open-the-nhs-app = Agorwch yr NHS App a mewngofnodwch. Tapiwch **Appointments**.
# en: Then tap the option for your GP surgery.
then-tap-the-option = Yna tapiwch yr opsiwn ar gyfer eich meddygfa.
# en: A phone with a speech bubble and a keyboard, for typing a message
a-phone-with-a-2 = Ffôn gyda swigen siarad a bysellfwrdd, ar gyfer teipio neges
# en: Tap to book an appointment.
tap-to-book-an = Tapiwch i drefnu apwyntiad.
# en: The app may ask what the appointment is for. Write a few words. For example, “a cough for 3 weeks”.
the-app-may-ask = Efallai y bydd yr ap yn gofyn beth yw pwrpas yr apwyntiad. Ysgrifennwch ychydig eiriau. Er enghraifft, “peswch ers 3 wythnos”.
# en: A calendar page with one day circled, and a clock
a-calendar-page-with = Tudalen calendr gydag un diwrnod wedi'i gylchu, a chloc
# en: Choose the type of appointment. It may be in person, on the phone or by video.
choose-the-type-of = Dewiswch y math o apwyntiad. Gall fod wyneb yn wyneb, ar y ffôn neu drwy fideo.
# en: Then choose a day and a time that suit you.
then-choose-a-day = Yna dewiswch ddiwrnod ac amser sy'n addas i chi.
# en: A phone with a calendar and a big green tick
a-phone-with-a-3 = Ffôn gyda chalendr a thic mawr gwyrdd
# en: Check the day, the time and the place. Then tap the button to book.
check-the-day-the = Gwiriwch y diwrnod, yr amser a'r lle. Yna tapiwch y botwm i drefnu.
# en: Write the day and time on your calendar. Or put it in your diary.
write-the-day-and = Ysgrifennwch y diwrnod a'r amser ar eich calendr. Neu rhowch nhw yn eich dyddiadur.
# en: Check your appointments
check-your-appointments = Gwirio eich apwyntiadau
# en: A phone with a list of 2 appointments, each with a small calendar
a-phone-with-a-4 = Ffôn gyda rhestr o 2 apwyntiad, pob un gyda chalendr bach
# en: Tap **Appointments** to see the ones you have booked.
tap-appointments-to-see = Tapiwch **Appointments** i weld y rhai rydych chi wedi'u trefnu.
# en: You can see the day, the time and the type of each one.
you-can-see-the = Gallwch chi weld diwrnod, amser a math pob un.
# en: Cancel an appointment
cancel-an-appointment = Canslo apwyntiad
# en: Cancel as soon as you know you cannot go. Then someone else can have it.
cancel-as-soon-as = Canslwch cyn gynted ag y gwyddoch chi na allwch chi fynd. Yna gall rhywun arall ei gael.
# en: A calendar page with a big red cross on one day
a-calendar-page-with-2 = Tudalen calendr gyda chroes fawr goch ar un diwrnod
# en: Find the appointment in the app. Tap to cancel it.
find-the-appointment-in = Dewch o hyd i'r apwyntiad yn yr ap. Tapiwch i'w ganslo.
# en: The app may ask why. Then tap the button to say yes, cancel it.
the-app-may-ask-2 = Efallai y bydd yr ap yn gofyn pam. Yna tapiwch y botwm i ddweud ie, rydych chi eisiau ei ganslo.
# en: Cannot cancel in the app? Phone your GP surgery.
cannot-cancel-in-the = Methu canslo yn yr ap? Ffoniwch eich meddygfa.
# en: Ask for help you need
ask-for-help-you = Gofyn am yr help sydd ei angen arnoch chi
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = Dau berson yn siarad. Mae baner mewn un swigen siarad, ar gyfer iaith arall.
# en: Do you need an interpreter? Ask when you book. The surgery can find one for you.
do-you-need-an = Oes angen cyfieithydd arnoch chi? Gofynnwch pan fyddwch chi'n trefnu. Gall y feddygfa ddod o hyd i un i chi.
# en: A quiet room with a chair and a clock
a-quiet-room-with = Ystafell dawel gyda chadair a chloc
# en: Do you need extra help? For example, a longer appointment or a quiet place to wait. Tell your surgery.
do-you-need-extra = Oes angen help ychwanegol arnoch chi? Er enghraifft, apwyntiad hirach neu le tawel i aros. Dywedwch wrth eich meddygfa.
# en: On the day
on-the-day = Ar y diwrnod
# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
a-waiting-room-at = Ystafell aros mewn meddygfa. Mae dyn mewn cadair olwyn a menyw hŷn yn aros am eu tro.
# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
get-to-your-gp = Ewch i'ch meddygfa ychydig yn gynnar. Dywedwch wrth y dderbynfa eich bod chi yno.
# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
is-it-a-phone = Ydy hi'n apwyntiad ffôn? Cadwch eich ffôn gyda chi a throwch y sain ymlaen. Efallai y bydd yr alwad ychydig yn hwyr.
# en: Remember
remember = Cofiwch
# en: Write a list of what you want to say.
write-a-list-of = Ysgrifennwch restr o'r hyn rydych chi eisiau ei ddweud.
# en: Take your list of medicines with you.
take-your-list-of = Ewch â'ch rhestr o feddyginiaethau gyda chi.
# en: Do not book more than you need. Other people need appointments too.
do-not-book-more = Peidiwch â threfnu mwy nag sydd ei angen arnoch chi. Mae angen apwyntiadau ar bobl eraill hefyd.
# en: log in
log-in = mewngofnodwch
# en: type your email address and password to get into your account
type-your-email-address = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
# en: tap
tap = tapiwch
# en: touch the screen with your finger
touch-the-screen-with = cyffyrddwch â'r sgrin gyda'ch bys
