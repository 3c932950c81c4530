# Cymraeg: the guide "repeat-prescription", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Order a repeat prescription online
order-a-repeat-prescription = Archebu presgripsiwn amlroddadwy ar-lein
# en: Order more of your usual medicine, using the NHS App.
order-more-of-your = Archebwch fwy o'ch meddyginiaeth arferol gyda'r NHS App.
# en: About 5 minutes to order. Your medicine can take a few days.
about-5-minutes-to = Tua 5 munud i archebu. Gall eich meddyginiaeth gymryd ychydig ddyddiau.
# en: The NHS App, with your NHS login
the-nhs-app-with = Yr NHS App, gyda'ch NHS login
# en: The names of the medicines you need
the-names-of-the = Enwau'r meddyginiaethau sydd eu hangen arnoch chi
# en: NHS England Digital: Prescriptions in the NHS App
nhs-england-digital-prescriptions = NHS England Digital: Presgripsiynau yn yr NHS App
# en: School Lane Surgery: Prescriptions (acute prescriptions and electronic repeat dispensing)
school-lane-surgery-prescriptions = School Lane Surgery: Presgripsiynau (presgripsiynau untro ac electronic repeat dispensing)
# en: Hampshire and Isle of Wight ICB: Ordering repeat prescriptions (nominating a pharmacy)
hampshire-and-isle-of = Hampshire and Isle of Wight ICB: Archebu presgripsiynau amlroddadwy (enwebu fferyllfa)
# en: Department of Health and Social Care: prescription charges frozen for 2025 to 2026
department-of-health-and = Department of Health and Social Care: taliadau presgripsiwn wedi'u rhewi ar gyfer 2025 i 2026
# en: HM Treasury: prescription charge freeze extended for 2026 to 2027
hm-treasury-prescription-charge = HM Treasury: taliadau presgripsiwn wedi'u rhewi am flwyddyn arall, 2026 i 2027
# en: NHS Business Services Authority: What are NHS penalty charges?
nhs-business-services-authority = NHS Business Services Authority: Beth yw taliadau cosb yr NHS?
# en: UK Parliament written answer 223505: penalty charges for wrong prescription claims
uk-parliament-written-answer = UK Parliament, ateb ysgrifenedig 223505: taliadau cosb am hawlio presgripsiynau am ddim yn anghywir
# en: Welsh Government: Free prescriptions in Wales
nhs-uk-how-to = Llywodraeth Cymru: Presgripsiynau am ddim yng Nghymru
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: telerau defnyddio (apphelp.nhs.wales)
# en: A prescription is a note from a doctor or nurse. It lets you get medicine from a pharmacy.
a-prescription-is-a = Nodyn gan feddyg neu nyrs yw presgripsiwn. Mae'n gadael i chi gael meddyginiaeth o fferyllfa.
# en: A pharmacy is a shop for medicines.
a-pharmacy-is-a = Siop ar gyfer meddyginiaethau yw fferyllfa.
# en: A **repeat prescription** is for a medicine you take all the time. You can order more without seeing your doctor each time.
a-repeat-prescription-is = Mae **presgripsiwn amlroddadwy** ar gyfer meddyginiaeth rydych chi'n ei chymryd drwy'r amser. Gallwch chi archebu mwy heb weld eich meddyg bob tro.
# en: Your GP surgery looks after your repeat prescriptions. A GP is a family doctor.
your-gp-surgery-looks = Mae eich meddygfa yn gofalu am eich presgripsiynau amlroddadwy. Meddygfa yw'r lle mae eich meddyg teulu (GP) yn gweithio.
# en: You can order your medicine in the NHS App. No app yet? First, see [how to get the NHS App]({ $link1 }).
you-can-order-your = Gallwch chi archebu eich meddyginiaeth yn yr NHS App. Dim ap eto? Yn gyntaf, darllenwch [sut i gael yr NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** You can order in the NHS Wales App instead.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Gallwch chi archebu yn yr NHS Wales App yn lle hynny.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Mae'r ap yn newid o bryd i'w gilydd. Efallai y bydd eich sgriniau'n edrych ychydig yn wahanol i'r canllaw hwn.
# en: Check your pharmacy
check-your-pharmacy = Gwirio eich fferyllfa
# en: A phone with a pill and a medicine box on its screen
a-phone-with-a = Ffôn gyda philsen a bocs meddyginiaeth ar ei sgrin
# en: Open the NHS App and log in. Tap **Prescriptions**.
open-the-nhs-app = Agorwch yr NHS App a mewngofnodwch. Tapiwch **Prescriptions**.
# en: A pharmacy shop with a green cross sign and medicines in the window
a-pharmacy-shop-with = Fferyllfa gydag arwydd croes werdd a meddyginiaethau yn y ffenest
# en: Check your **nominated pharmacy**.
check-your-nominated-pharmacy = Gwiriwch eich **fferyllfa enwebedig**.
# en: The app shows it on the prescriptions page. To change it, tap the link to change your pharmacy.
the-app-shows-it = Mae'r ap yn ei dangos ar y dudalen presgripsiynau. I'w newid, tapiwch y ddolen i newid eich fferyllfa.
# en: A pharmacy or your GP surgery can change it for you too.
a-pharmacy-or-your = Gall fferyllfa neu eich meddygfa ei newid i chi hefyd.
# en: You can choose a pharmacy near you. Or you can choose an online pharmacy. An online pharmacy sends your medicine by post.
you-can-choose-a = Gallwch chi ddewis fferyllfa yn agos atoch chi. Neu gallwch chi ddewis fferyllfa ar-lein. Mae fferyllfa ar-lein yn anfon eich meddyginiaeth drwy'r post.
# en: Order your medicine
order-your-medicine = Archebu eich meddyginiaeth
# en: A phone with a list of 3 medicines. 2 of them have a tick.
a-phone-with-a-2 = Ffôn gyda rhestr o 3 meddyginiaeth. Mae tic wrth 2 ohonyn nhw.
# en: Tap to order a repeat prescription. The app shows a list of your repeat medicines.
tap-to-order-a = Tapiwch i archebu presgripsiwn amlroddadwy. Mae'r ap yn dangos rhestr o'ch meddyginiaethau amlroddadwy.
# en: Tick the medicines you need. Only order what you need.
tick-the-medicines-you = Ticiwch y meddyginiaethau sydd eu hangen arnoch chi. Archebwch dim ond beth sydd ei angen arnoch chi.
# en: Some medicines may say you cannot order them yet. The app tells you why. For example, it may be too soon to order again.
some-medicines-may-say = Efallai y bydd rhai meddyginiaethau yn dweud na allwch chi eu harchebu eto. Mae'r ap yn dweud pam. Er enghraifft, efallai ei bod hi'n rhy fuan i archebu eto.
# en: A phone with a note on the screen, and a pencil
a-phone-with-a-3 = Ffôn gyda nodyn ar y sgrin, a phensil
# en: You can add a short note for your GP surgery. For example, “I am going away soon.”
you-can-add-a = Gallwch chi ychwanegu nodyn byr i'ch meddygfa. Er enghraifft, “Dw i'n mynd i ffwrdd cyn bo hir.”
# en: A phone with a big green tick and a paper plane
a-phone-with-a-4 = Ffôn gyda thic mawr gwyrdd ac awyren bapur
# en: Check your order. Then tap the button to send it.
check-your-order-then = Gwiriwch eich archeb. Yna tapiwch y botwm i'w hanfon.
# en: You cannot order every medicine in the app. A one-off medicine is not on your repeat list.
you-cannot-order-every = Allwch chi ddim archebu pob meddyginiaeth yn yr ap. Nid yw meddyginiaeth untro ar eich rhestr chi.
# en: Does your pharmacy send you the same medicine each month without an order? Then you do not order it in the app.
does-your-pharmacy-send = Ydy eich fferyllfa yn anfon yr un feddyginiaeth atoch chi bob mis heb archeb? Yna does dim angen ei harchebu yn yr ap.
# en: What happens next
what-happens-next = Beth sy'n digwydd nesaf
# en: A calendar: a tick on the first day, a pill 1 week later
a-calendar-a-tick = Calendr: tic ar y diwrnod cyntaf, pilsen 1 wythnos yn ddiweddarach
# en: Your GP surgery checks your order. This can take a few working days. Working days are Monday to Friday.
your-gp-surgery-checks = Mae eich meddygfa yn gwirio eich archeb. Gall hyn gymryd ychydig ddyddiau gwaith. Dyddiau gwaith yw dydd Llun i ddydd Gwener.
# en: Order about 7 days before your medicine runs out.
order-about-7-days = Archebwch tua 7 diwrnod cyn i'ch meddyginiaeth orffen.
# en: A phone with 3 dots in a row. The first 2 dots are green.
a-phone-with-3 = Ffôn gyda 3 dot mewn rhes. Mae'r 2 ddot cyntaf yn wyrdd.
# en: Your GP surgery sends the order to your pharmacy. The pharmacy gets your medicine ready.
your-gp-surgery-sends = Mae eich meddygfa yn anfon yr archeb at eich fferyllfa. Mae'r fferyllfa yn paratoi eich meddyginiaeth.
# en: The app may show how your order is doing. Some pharmacies send you a text when it is ready.
the-app-may-show = Efallai y bydd yr ap yn dangos sut mae eich archeb yn mynd. Mae rhai fferyllfeydd yn anfon neges destun atoch chi pan fydd yn barod.
# en: A pharmacist gives a bag of medicine to an older man with a stick
a-pharmacist-gives-a = Mae fferyllydd yn rhoi bag o feddyginiaeth i ddyn hŷn gyda ffon
# en: Go to your pharmacy to pick up your medicine. If you use an online pharmacy, it comes by post.
go-to-your-pharmacy = Ewch i'ch fferyllfa i gasglu eich meddyginiaeth. Os ydych chi'n defnyddio fferyllfa ar-lein, mae'n dod drwy'r post.
# en: What it costs
what-it-costs = Beth mae'n ei gostio
# en: Prescriptions are free in Wales, Scotland and Northern Ireland.
prescriptions-are-free-in = Mae presgripsiynau am ddim yng Nghymru, yr Alban a Gogledd Iwerddon.
# en: In England, each medicine costs **£9.90**. Many people get their medicines free. For example, people aged 60 or over, or under 16.
you-may-need-to = Yn Lloegr, mae pob meddyginiaeth yn costio **£9.90**. Mae llawer o bobl yn cael eu meddyginiaethau am ddim. Er enghraifft, pobl 60 oed neu'n hŷn, neu dan 16 oed.
# en: Do you need a lot of medicines? A **prepayment certificate** may cost you less. It costs £32.05 for 3 months, or £114.50 for 12 months.
do-you-need-a = Oes angen llawer o feddyginiaethau arnoch chi? Efallai y bydd **tystysgrif rhagdalu** (prepayment certificate) yn costio llai i chi. Mae'n costio £32.05 am 3 mis, neu £114.50 am 12 mis.
# en: Only say you get free medicines if it is true. If you get it wrong, you may pay a fine of up to £100. You also pay for the medicine.
only-say-you-get = Dywedwch eich bod chi'n cael meddyginiaethau am ddim dim ond os yw'n wir. Os yw'n anghywir, efallai y bydd rhaid i chi dalu dirwy o hyd at £100. Rydych chi'n talu am y feddyginiaeth hefyd.
# en: In Wales, your prescriptions are free if your GP is in Wales. You must get them from a pharmacy in Wales.
in-wales-your-prescriptions = Yng Nghymru, mae eich presgripsiynau am ddim os yw eich meddyg teulu yng Nghymru. Rhaid i chi eu cael o fferyllfa yng Nghymru.
# en: When to ask your GP surgery instead
when-to-ask-your = Pryd i ofyn i'ch meddygfa yn lle hynny
# en: Talk to your GP surgery if:
talk-to-your-gp = Siaradwch â'ch meddygfa os yw un o'r rhain yn wir:
# en: your medicine is not on the list in the app
your-medicine-is-not = dydy eich meddyginiaeth ddim ar y rhestr yn yr ap
# en: you need a new medicine
you-need-a-new = mae angen meddyginiaeth newydd arnoch chi
# en: your medicine makes you feel unwell
your-medicine-makes-you = mae eich meddyginiaeth yn gwneud i chi deimlo'n sâl
# en: the app says you need a medicine review
the-app-says-you = mae'r ap yn dweud bod angen adolygiad meddyginiaeth arnoch chi
# en: A medicine review is a check of your medicines. A doctor, nurse or pharmacist does it.
a-medicine-review-is = Mae adolygiad meddyginiaeth yn wiriad o'ch meddyginiaethau. Meddyg, nyrs neu fferyllydd sy'n ei wneud.
# en: Have you run out of a medicine you need today? Ask a pharmacist for help. They may be able to give you some.
have-you-run-out = Ydy meddyginiaeth sydd ei hangen arnoch chi heddiw wedi gorffen? Gofynnwch i fferyllydd am help. Efallai y gallan nhw roi rhywfaint i chi.
# en: You can also use [NHS 111 online]({ $link1 }) or call **111**.
you-can-also-use = Gallwch chi hefyd ddefnyddio [NHS 111 ar-lein]({ $link1 }) neu ffonio **111**.
# en: Check the name on the box when you get your medicine.
check-the-name-on = Gwiriwch yr enw ar y bocs pan fyddwch chi'n cael eich meddyginiaeth.
# en: Ask the pharmacist if you have a question about your medicine.
ask-the-pharmacist-if = Gofynnwch i'r fferyllydd os oes gennych chi gwestiwn am eich meddyginiaeth.
# en: Do not order medicine you do not need.
do-not-order-medicine = Peidiwch ag archebu meddyginiaeth nad oes ei hangen arnoch chi.
# en: Do not wait until you have no medicine left.
do-not-wait-until = Peidiwch ag aros nes bod eich meddyginiaeth i gyd wedi gorffen.
# en: nominated pharmacy
nominated-pharmacy = fferyllfa enwebedig
# en: the pharmacy you choose to get your medicines from. Your GP surgery sends your prescriptions there.
the-pharmacy-you-choose = y fferyllfa rydych chi'n dewis cael eich meddyginiaethau ohoni. Mae eich meddygfa yn anfon eich presgripsiynau yno.
# en: prepayment certificate
prepayment-certificate = tystysgrif rhagdalu
# en: a certificate you buy to get all your NHS prescriptions for one price
a-certificate-you-buy = tystysgrif rydych chi'n ei phrynu i gael eich holl bresgripsiynau NHS am un pris
# en: log in
log-in = mewngofnodwch
# en: type your email address and password to get into your account
type-your-email-address = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
# en: pharmacist
pharmacist = fferyllydd
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = arbenigwr ar feddyginiaethau sy'n gweithio mewn fferyllfa
# en: tap
tap = tapiwch
# en: touch the screen with your finger
touch-the-screen-with = cyffyrddwch â'r sgrin gyda'ch bys
