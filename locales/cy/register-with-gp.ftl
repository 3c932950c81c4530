# Cymraeg: the guide "register-with-gp", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Register with a GP surgery
register-with-a-gp = Cofrestru gyda meddygfa
# en: Anyone in England can register with a GP surgery for free. You do not need an address or ID.
anyone-in-england-can = Gall unrhyw un yn Lloegr gofrestru gyda meddygfa am ddim. Does dim angen cyfeiriad na phrawf adnabod arnoch chi.
# en: About 15 minutes to fill in the form
about-15-minutes-to = Tua 15 munud i lenwi'r ffurflen
# en: Your name and date of birth
your-name-and-date = Eich enw a'ch dyddiad geni
# en: An address where you can get letters, if you have one
an-address-where-you = Cyfeiriad lle gallwch chi gael llythyrau, os oes gennych chi un
# en: A phone, tablet or computer, if you register online
a-phone-tablet-or = Ffôn, llechen neu gyfrifiadur, os ydych chi'n cofrestru ar-lein
# en: nhs.uk: How to register with a GP surgery (as quoted by Arcadian Gardens Surgery)
nhs-uk-how-to = nhs.uk: Sut i gofrestru gyda meddygfa (fel mae Arcadian Gardens Surgery yn ei ddyfynnu)
# en: nhs.uk: How to register with a GP practice (reasons to refuse, in writing)
nhs-uk-how-to-2 = nhs.uk: Sut i gofrestru gyda meddygfa (rhesymau dros wrthod, yn ysgrifenedig)
# en: Healthwatch England: Registering with your GP – understanding your rights
healthwatch-england-registering-with = Healthwatch England: Cofrestru gyda'ch meddyg teulu – deall eich hawliau
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Chi a'ch practis meddyg teulu (siarter y claf)
# en: Andaman Surgery: Registration policy (a temporary address for homeless patients)
andaman-surgery-registration-policy = Andaman Surgery: Polisi cofrestru (cyfeiriad dros dro i gleifion digartref)
# en: Heathrow Medical Centre: New patients (documents are not required; confirming registration)
heathrow-medical-centre-new = Heathrow Medical Centre: Cleifion newydd (does dim angen dogfennau; cadarnhau eich bod wedi cofrestru)
# en: Birmingham Mind: How to register with a GP practice (help with the form, interpreters)
birmingham-mind-how-to = Birmingham Mind: Sut i gofrestru gyda meddygfa (help gyda'r ffurflen, cyfieithwyr)
# en: A GP is a family doctor. A GP surgery is the place where GPs work.
a-gp-is-a = Meddyg teulu yw GP. Meddygfa yw'r lle mae meddygon teulu yn gweithio.
# en: Register with a GP surgery near you. Then you can see a GP when you need to.
register-with-a-gp-2 = Cofrestrwch gyda meddygfa yn agos atoch chi. Yna gallwch chi weld meddyg teulu pan fydd angen.
# en: Anyone in England can register with a GP surgery. It is free.
anyone-in-england-can-2 = Gall unrhyw un yn Lloegr gofrestru gyda meddygfa. Mae am ddim.
# en: **Do you live in Wales?** Ask a GP surgery near you how to register. The rules on this page are for England.
do-you-live-in = **Ydych chi'n byw yng Nghymru?** Gofynnwch i feddygfa yn agos atoch chi sut i gofrestru. Mae'r rheolau ar y dudalen hon ar gyfer Lloegr.
# en: You do not need
you-do-not-need = Does dim angen y rhain arnoch chi
# en: A house with a cross next to it
a-house-with-a = Tŷ gyda chroes wrth ei ymyl
# en: a fixed address
a-fixed-address = cyfeiriad parhaol
# en: An ID card with a cross next to it
an-id-card-with = Cerdyn adnabod gyda chroes wrth ei ymyl
# en: ID, like a passport or a driving licence
id-like-a-passport = prawf adnabod, fel pasbort neu drwydded yrru
# en: A folder of papers with a cross next to it
a-folder-of-papers = Ffolder o bapurau gyda chroes wrth ei ymyl
# en: papers about your immigration status
papers-about-your-immigration = papurau am eich statws mewnfudo
# en: A card with 10 dots for a number, and a cross next to it
a-card-with-10 = Cerdyn gyda 10 dot ar gyfer rhif, a chroes wrth ei ymyl
# en: your NHS number
your-nhs-number = eich rhif NHS
# en: ID can help the surgery find your old records. But they cannot say no because you do not have it.
id-can-help-the = Gall prawf adnabod helpu'r feddygfa i ddod o hyd i'ch hen gofnodion. Ond allan nhw ddim dweud na achos does gennych chi ddim un.
# en: Find a surgery
find-a-surgery = Dod o hyd i feddygfa
# en: A map with 3 pins, for GP surgeries near you
a-map-with-3 = Map gyda 3 pin, ar gyfer meddygfeydd yn agos atoch chi
# en: Find GP surgeries near you. Use the NHS website, or ask at a library or a community centre.
find-gp-surgeries-near = Dewch o hyd i feddygfeydd yn agos atoch chi. Defnyddiwch wefan yr NHS, neu gofynnwch mewn llyfrgell neu ganolfan gymunedol.
# en: Choose one near where you live or stay. A surgery may say no if you live outside its area.
choose-one-near-where = Dewiswch un yn agos at ble rydych chi'n byw neu'n aros. Gall meddygfa ddweud na os ydych chi'n byw y tu allan i'w hardal.
# en: Register
register = Cofrestru
# en: A phone with a form, and a paper form next to it
a-phone-with-a = Ffôn gyda ffurflen, a ffurflen bapur wrth ei ymyl
# en: Ask the surgery how to register. You can usually fill in a form online. Or ask for a paper form at the front desk.
ask-the-surgery-how = Gofynnwch i'r feddygfa sut i gofrestru. Fel arfer, gallwch chi lenwi ffurflen ar-lein. Neu gofynnwch am ffurflen bapur yn y dderbynfa.
# en: A form with lines for name, date of birth and address
a-form-with-lines = Ffurflen gyda llinellau ar gyfer enw, dyddiad geni a chyfeiriad
# en: Fill in your name, your date of birth and your address.
fill-in-your-name = Llenwch eich enw, eich dyddiad geni a'ch cyfeiriad.
# en: Do you have no fixed address? Give a friend’s address, a day centre or the surgery’s own address.
do-you-have-no = Does gennych chi ddim cyfeiriad parhaol? Rhowch gyfeiriad ffrind, canolfan ddydd neu gyfeiriad y feddygfa ei hun.
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = Dau berson yn siarad. Mae baner mewn un swigen siarad, ar gyfer iaith arall.
# en: Need help with the form? Ask the surgery. You can ask for an interpreter too.
need-help-with-the = Angen help gyda'r ffurflen? Gofynnwch i'r feddygfa. Gallwch chi ofyn am gyfieithydd hefyd.
# en: What happens next
what-happens-next = Beth sy'n digwydd nesaf
# en: A letter with a tick on it
a-letter-with-a = Llythyr gyda thic arno
# en: You get a letter or a message when you are registered.
the-surgery-tells-you = Byddwch chi'n cael llythyr neu neges pan fyddwch chi wedi cofrestru.
# en: Then you can contact them when you need help. See [how to contact your GP surgery online]({ $link1 }).
then-you-can-contact = Yna gallwch chi gysylltu â nhw pan fydd angen help arnoch chi. Darllenwch [sut i gysylltu â'ch meddygfa ar-lein]({ $link1 }).
# en: A letter with a cross and a pen
a-letter-with-a-2 = Llythyr gyda chroes a beiro
# en: Did the surgery say no? It must tell you why in writing.
did-the-surgery-say = Wnaeth y feddygfa ddweud na? Rhaid iddi ddweud pam wrthych chi yn ysgrifenedig.
# en: For example, it may have no space for new patients. Then ask another surgery near you.
for-example-it-may = Er enghraifft, efallai nad oes lle ganddi i gleifion newydd. Yna gofynnwch i feddygfa arall yn agos atoch chi.
# en: Need help to register? Ask at a library, a community centre or a charity. See [how to get help to get online]({ $link1 }).
need-help-to-register = Angen help i gofrestru? Gofynnwch mewn llyfrgell, canolfan gymunedol neu elusen. Darllenwch [sut i gael help i fynd ar-lein]({ $link1 }).
