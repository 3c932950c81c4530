# Polski: the guide "register-with-gp", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Register with a GP surgery
register-with-a-gp = Zapisz się do przychodni
# en: Anyone in England can register with a GP surgery for free. You do not need an address or ID.
anyone-in-england-can = Każdy w Anglii może za darmo zapisać się do przychodni. Nie musisz mieć adresu ani dowodu tożsamości.
# en: About 15 minutes to fill in the form
about-15-minutes-to = Około 15 minut, żeby wypełnić formularz
# en: Your name and date of birth
your-name-and-date = Twoje imię i nazwisko oraz data urodzenia
# en: An address where you can get letters, if you have one
an-address-where-you = Adres, na który mogą przychodzić do Ciebie listy, jeśli go masz
# en: A phone, tablet or computer, if you register online
a-phone-tablet-or = Telefon, tablet lub komputer, jeśli zapisujesz się przez internet
# en: nhs.uk: How to register with a GP surgery (as quoted by Arcadian Gardens Surgery)
nhs-uk-how-to = nhs.uk: Jak zapisać się do przychodni (cytowane przez Arcadian Gardens Surgery)
# en: nhs.uk: How to register with a GP practice (reasons to refuse, in writing)
nhs-uk-how-to-2 = nhs.uk: Jak zapisać się do przychodni (powody odmowy, na piśmie)
# en: Healthwatch England: Registering with your GP – understanding your rights
healthwatch-england-registering-with = Healthwatch England: Zapisy do lekarza rodzinnego – poznaj swoje prawa
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Ty i Twoja przychodnia (karta praw pacjenta)
# en: Andaman Surgery: Registration policy (a temporary address for homeless patients)
andaman-surgery-registration-policy = Andaman Surgery: Zasady zapisów (tymczasowy adres dla pacjentów bez domu)
# en: Heathrow Medical Centre: New patients (documents are not required; confirming registration)
heathrow-medical-centre-new = Heathrow Medical Centre: Nowi pacjenci (dokumenty nie są potrzebne; potwierdzenie zapisu)
# en: Birmingham Mind: How to register with a GP practice (help with the form, interpreters)
birmingham-mind-how-to = Birmingham Mind: Jak zapisać się do przychodni (pomoc z formularzem, tłumacze)
# en: A GP is a family doctor. A GP surgery is the place where GPs work.
a-gp-is-a = GP to lekarz rodzinny. Przychodnia to miejsce, gdzie pracują lekarze rodzinni.
# en: Register with a GP surgery near you. Then you can see a GP when you need to.
register-with-a-gp-2 = Zapisz się do przychodni blisko Ciebie. Wtedy możesz iść do lekarza rodzinnego, kiedy potrzebujesz.
# en: Anyone in England can register with a GP surgery. It is free.
anyone-in-england-can-2 = Każdy w Anglii może zapisać się do przychodni. To nic nie kosztuje.
# en: **Do you live in Wales?** Ask a GP surgery near you how to register. The rules on this page are for England.
do-you-live-in = **Mieszkasz w Walii?** Zapytaj w przychodni blisko Ciebie, jak się zapisać. Zasady na tej stronie dotyczą Anglii.
# en: You do not need
you-do-not-need = Nie potrzebujesz
# en: A house with a cross next to it
a-house-with-a = Dom, a obok niego krzyżyk
# en: a fixed address
a-fixed-address = stałego adresu
# en: An ID card with a cross next to it
an-id-card-with = Dowód tożsamości, a obok niego krzyżyk
# en: ID, like a passport or a driving licence
id-like-a-passport = dowodu tożsamości, na przykład paszportu lub prawa jazdy
# en: A folder of papers with a cross next to it
a-folder-of-papers = Teczka z dokumentami, a obok niej krzyżyk
# en: papers about your immigration status
papers-about-your-immigration = dokumentów o Twoim statusie imigracyjnym
# en: A card with 10 dots for a number, and a cross next to it
a-card-with-10 = Karta z 10 kropkami, czyli numer, a obok niej krzyżyk
# en: your NHS number
your-nhs-number = swojego numeru NHS
# en: ID can help the surgery find your old records. But they cannot say no because you do not have it.
id-can-help-the = Dokument tożsamości może pomóc przychodni znaleźć Twoją starą dokumentację. Ale przychodnia nie może Ci odmówić, bo go nie masz.
# en: Find a surgery
find-a-surgery = Znajdź przychodnię
# en: A map with 3 pins, for GP surgeries near you
a-map-with-3 = Mapa z 3 pinezkami, czyli przychodnie blisko Ciebie
# en: Find GP surgeries near you. Use the NHS website, or ask at a library or a community centre.
find-gp-surgeries-near = Znajdź przychodnie blisko Ciebie. Skorzystaj ze strony NHS albo zapytaj w bibliotece lub centrum społecznym.
# en: Choose one near where you live or stay. A surgery may say no if you live outside its area.
choose-one-near-where = Wybierz przychodnię blisko miejsca, gdzie mieszkasz lub przebywasz. Przychodnia może odmówić, jeśli mieszkasz poza jej rejonem.
# en: Register
register = Zapisz się
# en: A phone with a form, and a paper form next to it
a-phone-with-a = Telefon z formularzem, a obok papierowy formularz
# en: Ask the surgery how to register. You can usually fill in a form online. Or ask for a paper form at the front desk.
ask-the-surgery-how = Zapytaj w przychodni, jak się zapisać. Zwykle możesz wypełnić formularz online. Albo poproś o papierowy formularz w rejestracji.
# en: A form with lines for name, date of birth and address
a-form-with-lines = Formularz z liniami na imię i nazwisko, datę urodzenia i adres
# en: Fill in your name, your date of birth and your address.
fill-in-your-name = Wpisz swoje imię i nazwisko, datę urodzenia i adres.
# en: Do you have no fixed address? Give a friend’s address, a day centre or the surgery’s own address.
do-you-have-no = Nie masz stałego adresu? Podaj adres znajomego, ośrodka dziennego albo adres przychodni.
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = Dwie osoby rozmawiają. W jednym dymku jest flaga, czyli inny język.
# en: Need help with the form? Ask the surgery. You can ask for an interpreter too.
need-help-with-the = Potrzebujesz pomocy z formularzem? Zapytaj w przychodni. Możesz też poprosić o tłumacza.
# en: What happens next
what-happens-next = Co dalej
# en: A letter with a tick on it
a-letter-with-a = List z ptaszkiem
# en: You get a letter or a message when you are registered.
the-surgery-tells-you = Kiedy zapis się uda, dostaniesz list albo wiadomość.
# en: Then you can contact them when you need help. See [how to contact your GP surgery online]({ $link1 }).
then-you-can-contact = Wtedy możesz kontaktować się z przychodnią, kiedy potrzebujesz pomocy. Zobacz, [jak skontaktować się z przychodnią przez internet]({ $link1 }).
# en: A letter with a cross and a pen
a-letter-with-a-2 = List z krzyżykiem i długopis
# en: Did the surgery say no? It must tell you why in writing.
did-the-surgery-say = Przychodnia Ci odmówiła? Musi podać powód na piśmie.
# en: For example, it may have no space for new patients. Then ask another surgery near you.
for-example-it-may = Na przykład może nie mieć miejsc dla nowych pacjentów. Wtedy zapytaj w innej przychodni blisko Ciebie.
# en: Need help to register? Ask at a library, a community centre or a charity. See [how to get help to get online]({ $link1 }).
need-help-to-register = Potrzebujesz pomocy z zapisem? Zapytaj w bibliotece, centrum społecznym albo organizacji charytatywnej. Zobacz, [jak dostać pomoc, żeby korzystać z internetu]({ $link1 }).
