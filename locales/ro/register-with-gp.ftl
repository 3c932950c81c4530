# Română: the guide "register-with-gp", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Register with a GP surgery
register-with-a-gp = Înscrieți-vă la un cabinet de medicină de familie
# en: Anyone in England can register with a GP surgery for free. You do not need an address or ID.
anyone-in-england-can = Oricine din Anglia se poate înscrie gratuit la un cabinet de medicină de familie. Nu aveți nevoie de adresă sau de act de identitate.
# en: About 15 minutes to fill in the form
about-15-minutes-to = În jur de 15 minute ca să completați formularul
# en: Your name and date of birth
your-name-and-date = Numele și data nașterii
# en: An address where you can get letters, if you have one
an-address-where-you = O adresă unde puteți primi scrisori, dacă aveți una
# en: A phone, tablet or computer, if you register online
a-phone-tablet-or = Un telefon, o tabletă sau un calculator, dacă vă înscrieți online
# en: nhs.uk: How to register with a GP surgery (as quoted by Arcadian Gardens Surgery)
nhs-uk-how-to = nhs.uk: Cum vă înscrieți la un cabinet de medicină de familie (citat de Arcadian Gardens Surgery)
# en: nhs.uk: How to register with a GP practice (reasons to refuse, in writing)
nhs-uk-how-to-2 = nhs.uk: Cum vă înscrieți la un cabinet de medicină de familie (motivele de refuz, în scris)
# en: Healthwatch England: Registering with your GP – understanding your rights
healthwatch-england-registering-with = Healthwatch England: Înscrierea la medicul de familie – care sunt drepturile dumneavoastră
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Dumneavoastră și cabinetul medicului de familie (carta pacientului)
# en: Andaman Surgery: Registration policy (a temporary address for homeless patients)
andaman-surgery-registration-policy = Andaman Surgery: Regulile de înscriere (o adresă temporară pentru pacienții fără adăpost)
# en: Heathrow Medical Centre: New patients (documents are not required; confirming registration)
heathrow-medical-centre-new = Heathrow Medical Centre: Pacienți noi (actele nu sunt obligatorii; confirmarea înscrierii)
# en: Birmingham Mind: How to register with a GP practice (help with the form, interpreters)
birmingham-mind-how-to = Birmingham Mind: Cum vă înscrieți la un cabinet de medicină de familie (ajutor cu formularul, interpreți)
# en: A GP is a family doctor. A GP surgery is the place where GPs work.
a-gp-is-a = În engleză, medicul de familie se numește GP. Cabinetul de medicină de familie este locul unde lucrează medicii de familie.
# en: Register with a GP surgery near you. Then you can see a GP when you need to.
register-with-a-gp-2 = Înscrieți-vă la un cabinet de medicină de familie din apropiere. Apoi puteți merge la medic când aveți nevoie.
# en: Anyone in England can register with a GP surgery. It is free.
anyone-in-england-can-2 = Oricine din Anglia se poate înscrie la un cabinet de medicină de familie. Este gratuit.
# en: **Do you live in Wales?** Ask a GP surgery near you how to register. The rules on this page are for England.
do-you-live-in = **Locuiți în Țara Galilor?** Întrebați la un cabinet de medicină de familie din apropiere cum vă înscrieți. Regulile de pe această pagină sunt pentru Anglia.
# en: You do not need
you-do-not-need = Nu aveți nevoie de
# en: A house with a cross next to it
a-house-with-a = O casă cu un X lângă ea
# en: a fixed address
a-fixed-address = o adresă fixă
# en: An ID card with a cross next to it
an-id-card-with = Un act de identitate cu un X lângă el
# en: ID, like a passport or a driving licence
id-like-a-passport = un act de identitate, cum ar fi pașaportul sau permisul de conducere
# en: A folder of papers with a cross next to it
a-folder-of-papers = Un dosar cu hârtii, cu un X lângă el
# en: papers about your immigration status
papers-about-your-immigration = acte despre statutul dumneavoastră de imigrare
# en: A card with 10 dots for a number, and a cross next to it
a-card-with-10 = Un card cu 10 puncte în loc de un număr, cu un X lângă el
# en: your NHS number
your-nhs-number = numărul NHS
# en: ID can help the surgery find your old records. But they cannot say no because you do not have it.
id-can-help-the = Actul de identitate îi poate ajuta să vă găsească dosarele vechi. Dar nu vă pot refuza dacă nu îl aveți.
# en: Find a surgery
find-a-surgery = Găsiți un cabinet
# en: A map with 3 pins, for GP surgeries near you
a-map-with-3 = O hartă cu 3 repere, pentru cabinetele de medicină de familie din apropiere
# en: Find GP surgeries near you. Use the NHS website, or ask at a library or a community centre.
find-gp-surgeries-near = Găsiți cabinete de medicină de familie în apropiere. Folosiți site-ul NHS sau întrebați la o bibliotecă ori la un centru comunitar.
# en: Choose one near where you live or stay. A surgery may say no if you live outside its area.
choose-one-near-where = Alegeți unul aproape de locul unde locuiți sau stați. Un cabinet vă poate refuza dacă locuiți în afara zonei lui.
# en: Register
register = Înscrieți-vă
# en: A phone with a form, and a paper form next to it
a-phone-with-a = Un telefon cu un formular, și un formular pe hârtie lângă el
# en: Ask the surgery how to register. You can usually fill in a form online. Or ask for a paper form at the front desk.
ask-the-surgery-how = Întrebați la cabinet cum vă înscrieți. De obicei puteți completa un formular online. Sau cereți un formular pe hârtie la recepție.
# en: A form with lines for name, date of birth and address
a-form-with-lines = Un formular cu rânduri pentru nume, data nașterii și adresă
# en: Fill in your name, your date of birth and your address.
fill-in-your-name = Scrieți numele, data nașterii și adresa.
# en: Do you have no fixed address? Give a friend’s address, a day centre or the surgery’s own address.
do-you-have-no = Nu aveți o adresă fixă? Dați adresa unui prieten, a unui centru de zi sau chiar adresa cabinetului.
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = Două persoane vorbesc. Un balon de vorbire are un steag, pentru altă limbă.
# en: Need help with the form? Ask the surgery. You can ask for an interpreter too.
need-help-with-the = Aveți nevoie de ajutor cu formularul? Întrebați la cabinet. Puteți cere și un interpret.
# en: What happens next
what-happens-next = Ce se întâmplă după aceea
# en: A letter with a tick on it
a-letter-with-a = O scrisoare cu o bifă pe ea
# en: You get a letter or a message when you are registered.
the-surgery-tells-you = Primiți o scrisoare sau un mesaj când sunteți înscris.
# en: Then you can contact them when you need help. See [how to contact your GP surgery online]({ $link1 }).
then-you-can-contact = Apoi îi puteți contacta când aveți nevoie de ajutor. Vedeți [cum contactați online cabinetul medicului de familie]({ $link1 }).
# en: A letter with a cross and a pen
a-letter-with-a-2 = O scrisoare cu un X și un pix
# en: Did the surgery say no? It must tell you why in writing.
did-the-surgery-say = Cabinetul v-a refuzat? Trebuie să vă spună în scris de ce.
# en: For example, it may have no space for new patients. Then ask another surgery near you.
for-example-it-may = De exemplu, poate nu mai are loc pentru pacienți noi. Atunci întrebați la alt cabinet din apropiere.
# en: Need help to register? Ask at a library, a community centre or a charity. See [how to get help to get online]({ $link1 }).
need-help-to-register = Aveți nevoie de ajutor ca să vă înscrieți? Întrebați la o bibliotecă sau la un centru comunitar. Puteți întreba și la o asociație de caritate. Vedeți [cum primiți ajutor ca să folosiți internetul]({ $link1 }).
