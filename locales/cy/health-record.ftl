# Cymraeg: the guide "health-record", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: See your health record and test results
see-your-health-record = Gweld eich cofnod iechyd a chanlyniadau profion
# en: See your GP health record and your test results in the NHS App.
see-your-gp-health = Gweld eich cofnod iechyd GP a'ch canlyniadau profion yn yr NHS App.
# en: About 5 to 10 minutes
about-5-to-10 = Tua 5 i 10 munud
# en: The NHS App, with your NHS login
the-nhs-app-with = Yr NHS App, gyda'ch NHS login
# en: A quiet place where other people cannot see your screen
a-quiet-place-where = Lle tawel lle na all pobl eraill weld eich sgrin
# en: NHS England Digital: Patient records in the NHS App (guidance for GP practices)
nhs-england-digital-patient = NHS England Digital: Cofnodion cleifion yn yr NHS App (canllawiau i feddygfeydd)
# en: Ansdell Medical Centre: Your GP health record (what is not in it)
ansdell-medical-centre-your = Ansdell Medical Centre: Eich cofnod iechyd GP (beth sydd ddim ynddo)
# en: St Luke's Surgery, Guildford: Accessing your GP-held records via the NHS App
st-luke-s-surgery = St Luke's Surgery, Guildford: Gweld eich cofnodion GP drwy'r NHS App
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Hysbysiadau a negeseuon yn yr NHS App
# en: nhs.uk: How to get proxy access (family and carer access)
nhs-uk-how-to = nhs.uk: Sut i gael mynediad procsi (mynediad i deulu a gofalwyr)
# en: NHS England Digital support: What are the age restrictions for the NHS App?
nhs-uk-nhs-app = NHS England Digital support: Beth yw'r rheolau oed ar gyfer yr NHS App?
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: telerau defnyddio (apphelp.nhs.wales)
# en: Your **GP health record** is what your GP surgery writes about your health. A GP is a family doctor.
your-gp-health-record = Eich **cofnod iechyd GP** yw beth mae eich meddygfa yn ei ysgrifennu am eich iechyd. Meddyg teulu yw GP.
# en: It shows things like your medicines, your allergies and your test results. An allergy is when something, like a food or a medicine, makes you ill.
it-shows-things-like = Mae'n dangos pethau fel eich meddyginiaethau a'ch alergeddau. Mae hefyd yn dangos canlyniadau eich profion. Alergedd yw pan fydd rhywbeth, fel bwyd neu feddyginiaeth, yn eich gwneud chi'n sâl.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }). You must prove who you are to see your record.
no-app-yet-first = Dim ap eto? Yn gyntaf, darllenwch [sut i gael yr NHS App]({ $link1 }). Rhaid i chi brofi pwy ydych chi i weld eich cofnod.
# en: **Is your GP surgery in Wales?** You can see your GP record in the NHS Wales App.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Gallwch chi weld eich cofnod GP yn yr NHS Wales App.
# en: Your GP surgery decides what you can see. You may not see everything. Under 16? Ask your GP surgery.
your-gp-surgery-decides = Eich meddygfa sy'n penderfynu beth gallwch chi ei weld. Efallai na fyddwch chi'n gweld popeth. Dan 16 oed? Gofynnwch i'ch meddygfa.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Mae'r ap yn newid o bryd i'w gilydd. Efallai y bydd eich sgriniau'n edrych ychydig yn wahanol i'r canllaw hwn.
# en: Open your health record
open-your-health-record = Agor eich cofnod iechyd
# en: A phone with a folder on its screen. The folder has a heart on it.
a-phone-with-a = Ffôn gyda ffolder ar ei sgrin. Mae calon ar y ffolder.
# en: Open the NHS App and log in. Tap **Your health**. Then tap **GP health record**.
open-the-nhs-app = Agorwch yr NHS App a mewngofnodwch. Tapiwch **Your health** (Eich iechyd). Yna tapiwch **GP health record** (Cofnod iechyd GP).
# en: A folder with a heart, and tabs for medicines, jabs and tests
a-folder-with-a = Ffolder gyda chalon, a thabiau ar gyfer meddyginiaethau, pigiadau a phrofion
# en: Choose what you want to see. For example:
choose-what-you-want = Dewiswch beth rydych chi eisiau ei weld. Er enghraifft:
# en: your medicines
your-medicines = eich meddyginiaethau
# en: your allergies
your-allergies = eich alergeddau
# en: your vaccinations
your-vaccinations = eich brechiadau
# en: your test results
your-test-results = canlyniadau eich profion
# en: notes from your appointments
notes-from-your-appointments = nodiadau o'ch apwyntiadau
# en: Vaccinations are jabs that protect you from illness, like the flu jab.
vaccinations-are-jabs-that = Pigiadau sy'n eich diogelu rhag salwch yw brechiadau, fel y pigiad ffliw.
# en: Your GP record does not have everything. Some letters from a hospital, dentist or optician are not in it.
your-gp-record-does = Dydy eich cofnod GP ddim yn cynnwys popeth. Dydy rhai llythyrau gan ysbyty, deintydd neu optegydd ddim ynddo.
# en: They are only in it if the sender gave your GP a copy.
they-are-only-in = Maen nhw ynddo dim ond os rhoddodd yr anfonwr gopi i'ch meddyg teulu.
# en: Ask them for anything else.
ask-them-for-anything = Gofynnwch i'r ysbyty, y deintydd neu'r optegydd am unrhyw beth arall.
# en: A page of notes with a magnifying glass over it
a-page-of-notes = Tudalen o nodiadau gyda chwyddwydr drosti
# en: Read your record. Some words may be hard. They are medical words.
read-your-record-some = Darllenwch eich cofnod. Gall rhai geiriau fod yn anodd. Geiriau meddygol ydyn nhw.
# en: Ask your GP surgery if you do not know what something means.
ask-your-gp-surgery = Gofynnwch i'ch meddygfa os nad ydych chi'n gwybod beth yw ystyr rhywbeth.
# en: See your test results
see-your-test-results = Gweld canlyniadau eich profion
# en: A phone with a list of results, next to a test tube
a-phone-with-a-2 = Ffôn gyda rhestr o ganlyniadau, wrth ymyl tiwb profi
# en: In your health record, tap **Test results**. Then tap a test to see more.
in-your-health-record = Yn eich cofnod iechyd, tapiwch **Test results** (Canlyniadau profion). Yna tapiwch brawf i weld mwy.
# en: A doctor or nurse may add a short note to a result. For example, “normal, no action needed”.
a-doctor-or-nurse = Efallai y bydd meddyg neu nyrs yn ychwanegu nodyn byr at ganlyniad. Er enghraifft, “normal, no action needed” (normal, dim angen gwneud dim).
# en: Your GP surgery may also send a result as a message in the NHS App. See [messages in the NHS App]({ $link1 }).
your-gp-surgery-may = Efallai y bydd eich meddygfa hefyd yn anfon canlyniad fel neges yn yr NHS App. Darllenwch am [negeseuon yn yr NHS App]({ $link1 }).
# en: A phone with a result, and a speech bubble with a question mark
a-phone-with-a-3 = Ffôn gyda chanlyniad, a swigen siarad gyda marc cwestiwn
# en: You may see a result before a doctor talks to you about it. This can be when your GP surgery is closed.
you-may-see-a = Efallai y byddwch chi'n gweld canlyniad cyn i feddyg siarad â chi amdano. Gall hyn ddigwydd pan fydd eich meddygfa ar gau.
# en: Worried about a result? Contact your GP surgery. They can tell you what it means.
worried-about-a-result = Poeni am ganlyniad? Cysylltwch â'ch meddygfa. Gallan nhw ddweud wrthych chi beth mae'n ei olygu.
# en: Feel very unwell? Do not wait. Use [NHS 111 online]({ $link1 }) or call **111**. Call **999** if someone’s life may be in danger.
feel-very-unwell-do = Teimlo'n sâl iawn? Peidiwch ag aros. Defnyddiwch [NHS 111 ar-lein]({ $link1 }) neu ffoniwch **111**. Ffoniwch **999** os gall bywyd rhywun fod mewn perygl.
# en: If something looks wrong
if-something-looks-wrong = Os yw rhywbeth yn edrych yn anghywir
# en: A page of notes with a pencil, for putting a mistake right
a-page-of-notes-2 = Tudalen o nodiadau gyda phensil, i gywiro camgymeriad
# en: Does something look wrong or missing? Tell your GP surgery. They can check it.
does-something-look-wrong = Ydy rhywbeth yn edrych yn anghywir, neu ar goll? Dywedwch wrth eich meddygfa. Gallan nhw ei wirio.
# en: Tell them too if you see details about someone else.
tell-them-too-if = Dywedwch wrthyn nhw hefyd os ydych chi'n gweld manylion am rywun arall.
# en: Keep your record private
keep-your-record-private = Cadw eich cofnod yn breifat
# en: An older man reads his tablet alone in his armchair at home
an-older-man-reads = Dyn hŷn ar ei ben ei hun yn darllen llechen yn ei gadair freichiau gartref
# en: Your record is private. Read it where other people cannot see your screen.
your-record-is-private = Mae eich cofnod yn breifat. Darllenwch ef lle na all pobl eraill weld eich sgrin.
# en: Log out when you finish, if other people use your phone, tablet or computer.
log-out-when-you = Ydy pobl eraill yn defnyddio eich ffôn, llechen neu gyfrifiadur? Allgofnodwch pan fyddwch chi'n gorffen.
# en: Is someone making you show them your record? You do not have to. Tell your GP surgery.
is-someone-making-you = Ydy rhywun yn eich gorfodi chi i ddangos eich cofnod iddyn nhw? Does dim rhaid i chi. Dywedwch wrth eich meddygfa.
# en: Remember
remember = Cofiwch
# en: Do you care for someone? Their GP surgery may let you see their record for them. See [how to help someone else]({ $link1 }).
do-you-care-for = Ydych chi'n gofalu am rywun? Efallai y bydd eu meddygfa yn gadael i chi weld eu cofnod ar eu rhan. Darllenwch [sut i helpu rhywun arall]({ $link1 }).
# en: Keep your NHS login password secret.
keep-your-nhs-login = Cadwch gyfrinair eich NHS login yn gyfrinach.
# en: Want someone you trust to help with your record? Ask your GP surgery.
want-someone-you-trust = Eisiau i rywun rydych chi'n ymddiried ynddyn nhw helpu gyda'ch cofnod? Gofynnwch i'ch meddygfa.
# en: log in
log-in = mewngofnodwch
# en: type your email address and password to get into your account
type-your-email-address = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
# en: tap
tap = tapiwch
# en: touch the screen with your finger
touch-the-screen-with = cyffyrddwch â'r sgrin gyda'ch bys
