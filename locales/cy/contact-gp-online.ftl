# Cymraeg: the guide "contact-gp-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Contact your GP surgery online
contact-your-gp-surgery = Cysylltu â'ch meddygfa ar-lein
# en: Use your GP surgery's online form to ask for help, an appointment or a medicine.
use-your-gp-surgery = Defnyddiwch ffurflen ar-lein eich meddygfa i ofyn am help, apwyntiad neu feddyginiaeth.
# en: About 10 minutes
about-10-minutes = Tua 10 munud
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Ffôn, llechen neu gyfrifiadur gyda'r rhyngrwyd
# en: Your GP surgery's website, or the NHS App
your-gp-surgery-s = Gwefan eich meddygfa, neu'r NHS App
# en: A few words about what you need
a-few-words-about = Ychydig eiriau am beth sydd ei angen arnoch chi
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: Contract GP – beth sydd angen i chi ei wybod (29 Medi 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Chi a'ch practis meddyg teulu (siarter y claf)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: rhaid i bractisau gadw eu ffurflenni ar-lein ar agor o 8am tan 6:30pm o 1 Hydref 2025
# en: Management in Practice: GPs need to triage patient requests (what happens within 1 working day)
management-in-practice-gps = Management in Practice: rhaid i feddygon teulu asesu ceisiadau cleifion (beth sy'n digwydd o fewn 1 diwrnod gwaith)
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Hysbysiadau a negeseuon yn yr NHS App
# en: South Western Ambulance Service: When to call 999
south-western-ambulance-service = South Western Ambulance Service: Pryd i ffonio 999
# en: Your GP surgery has an online form. You can use it to ask for help without phoning. A GP is a family doctor.
your-gp-surgery-has = Mae gan eich meddygfa ffurflen ar-lein. Gallwch chi ei defnyddio i ofyn am help heb ffonio. Meddyg teulu yw GP.
# en: The form is open from 8am to 6:30pm, Monday to Friday. Every GP surgery in England must keep it open at these times.
the-form-is-open = Mae'r ffurflen ar agor o 8am tan 6:30pm, dydd Llun i ddydd Gwener. Rhaid i bob meddygfa yn Lloegr ei chadw ar agor ar yr adegau hyn.
# en: An ambulance with its blue lights on
an-ambulance-with-its = Ambiwlans gyda'i oleuadau glas ymlaen
# en: The form is not for emergencies. **Call 999** if someone’s life may be in danger. See [when to call 999]({ $link1 }).
the-form-is-not = Dydy'r ffurflen ddim ar gyfer argyfyngau. **Ffoniwch 999** os gall bywyd rhywun fod mewn perygl. Darllenwch [pryd i ffonio 999]({ $link1 }).
# en: Need help fast, and your surgery is closed? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-and = Angen help yn gyflym, ac mae eich meddygfa ar gau? Defnyddiwch [NHS 111 ar-lein]({ $link1 }) neu ffoniwch **111**.
# en: **Is your GP surgery in Wales?** Ask them how to contact them online. The rules on this page are for England.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Gofynnwch iddyn nhw sut i gysylltu â nhw ar-lein. Mae'r rheolau ar y dudalen hon ar gyfer Lloegr.
# en: Find the form
find-the-form = Dod o hyd i'r ffurflen
# en: A web browser showing a GP surgery’s website
a-web-browser-showing = Porwr gwe yn dangos gwefan meddygfa
# en: Go to your GP surgery’s website. Look for the button to contact the surgery online.
go-to-your-gp = Ewch i wefan eich meddygfa. Chwiliwch am y botwm i gysylltu â'r feddygfa ar-lein.
# en: You can also find it in the NHS App. Open the app and log in. Look for the option to contact your GP surgery.
you-can-also-find = Gallwch chi hefyd ddod o hyd iddi yn yr NHS App. Agorwch yr ap a mewngofnodwch. Chwiliwch am yr opsiwn i gysylltu â'ch meddygfa.
# en: Fill in the form
fill-in-the-form = Llenwi'r ffurflen
# en: A phone showing a form with 3 choices: a medicine, a question and a calendar
a-phone-showing-a = Ffôn yn dangos ffurflen gyda 3 dewis: meddyginiaeth, cwestiwn a chalendr
# en: Choose what you need help with. For example, a health problem, a medicine, or a letter from the surgery.
choose-what-you-need = Dewiswch gyda beth mae angen help arnoch chi. Er enghraifft, problem iechyd, meddyginiaeth, neu lythyr gan y feddygfa.
# en: A phone with a form and a pencil
a-phone-with-a = Ffôn gyda ffurflen a phensil
# en: Answer the questions. Say what is wrong, and how long you have had it.
answer-the-questions-say = Atebwch y cwestiynau. Dywedwch beth sydd o'i le, ac ers faint mae gennych chi hyn.
# en: Short words are fine. For example, “sore knee for 2 weeks”.
short-words-are-fine = Mae geiriau byr yn iawn. Er enghraifft, “pen-glin dolurus ers 2 wythnos”.
# en: A phone with a speech bubble and a flag, for another language
a-phone-with-a-2 = Ffôn gyda swigen siarad a baner, ar gyfer iaith arall
# en: Tell them if you need an interpreter. Tell them if you need extra help too. For example, a longer appointment or a quiet place.
tell-them-if-you = Dywedwch wrthyn nhw os oes angen cyfieithydd arnoch chi. Dywedwch wrthyn nhw hefyd os oes angen help ychwanegol arnoch chi. Er enghraifft, apwyntiad hirach neu le tawel.
# en: A phone and a clock, for when you can talk
a-phone-and-a = Ffôn a chloc, ar gyfer pryd gallwch chi siarad
# en: Say how they can contact you, and when you are free.
say-how-they-can = Dywedwch sut gallan nhw gysylltu â chi, a phryd rydych chi'n rhydd.
# en: Check your phone number is right. They may call you.
check-your-phone-number = Gwiriwch fod eich rhif ffôn yn gywir. Efallai y byddan nhw'n eich ffonio chi.
# en: Send it
send-it = Anfon y ffurflen
# en: A phone with a big green tick and a paper plane
a-phone-with-a-3 = Ffôn gyda thic mawr gwyrdd ac awyren bapur
# en: Check your answers. Then send the form.
check-your-answers-then = Gwiriwch eich atebion. Yna anfonwch y ffurflen.
# en: You get a message to say that your surgery has it.
you-get-a-message = Byddwch chi'n cael neges i ddweud bod eich meddygfa wedi ei chael.
# en: What happens next
what-happens-next = Beth sy'n digwydd nesaf
# en: A calendar with a tick on the next day
a-calendar-with-a = Calendr gyda thic ar y diwrnod nesaf
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday, but not bank holidays.
your-surgery-tells-you = Bydd eich meddygfa yn dweud beth sy'n digwydd nesaf, o fewn 1 diwrnod gwaith. Dyddiau gwaith yw dydd Llun i ddydd Gwener, ond nid gwyliau banc.
# en: They may offer you an appointment or phone you. They may send you a message, or tell you to see a pharmacist.
they-may-offer-you = Efallai y byddan nhw'n cynnig apwyntiad neu'n eich ffonio chi. Efallai y byddan nhw'n anfon neges, neu'n dweud wrthych chi am weld fferyllydd.
# en: A phone with a message in the NHS App
a-phone-with-a-4 = Ffôn gyda neges yn yr NHS App
# en: Keep your phone with you. Look for a text, a call or a message in the NHS App.
keep-your-phone-with = Cadwch eich ffôn gyda chi. Edrychwch am neges destun, galwad neu neges yn yr NHS App.
# en: See [messages in the NHS App]({ $link1 }).
see-messages-in-the = Darllenwch am [negeseuon yn yr NHS App]({ $link1 }).
# en: Feel worse while you wait? Use [NHS 111 online]({ $link1 }) or call **111**.
feel-worse-while-you = Teimlo'n waeth wrth aros? Defnyddiwch [NHS 111 ar-lein]({ $link1 }) neu ffoniwch **111**.
# en: Remember
remember = Cofiwch
# en: Use the form for things that are not urgent.
use-the-form-for = Defnyddiwch y ffurflen ar gyfer pethau sydd ddim yn frys.
# en: Say clearly what is wrong.
say-clearly-what-is = Dywedwch yn glir beth sydd o'i le.
# en: Do not use the form in an emergency. Call 999.
do-not-use-the = Peidiwch â defnyddio'r ffurflen mewn argyfwng. Ffoniwch 999.
# en: log in
log-in = mewngofnodwch
# en: type your email address and password to get into your account
type-your-email-address = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
# en: pharmacist
pharmacist = fferyllydd
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = arbenigwr ar feddyginiaethau sy'n gweithio mewn fferyllfa
