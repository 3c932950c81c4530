# Română: the guide "repeat-prescription", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Order a repeat prescription online
order-a-repeat-prescription = Comandați online o rețetă repetată
# en: Order more of your usual medicine, using the NHS App.
order-more-of-your = Comandați din nou medicamentul pe care îl luați de obicei. Folosiți NHS App.
# en: About 5 minutes to order. Your medicine can take a few days.
about-5-minutes-to = În jur de 5 minute pentru comandă. Până primiți medicamentul pot trece câteva zile.
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App, cu contul NHS login
# en: The names of the medicines you need
the-names-of-the = Numele medicamentelor de care aveți nevoie
# en: NHS England Digital: Prescriptions in the NHS App
nhs-england-digital-prescriptions = NHS England Digital: Rețete în NHS App
# en: School Lane Surgery: Prescriptions (acute prescriptions and electronic repeat dispensing)
school-lane-surgery-prescriptions = School Lane Surgery: Rețete (rețete pentru o singură dată și rețete repetate electronice)
# en: Hampshire and Isle of Wight ICB: Ordering repeat prescriptions (nominating a pharmacy)
hampshire-and-isle-of = Hampshire and Isle of Wight ICB: Cum comandați rețete repetate (alegerea unei farmacii)
# en: Department of Health and Social Care: prescription charges frozen for 2025 to 2026
department-of-health-and = Department of Health and Social Care: prețul rețetelor rămâne același în 2025–2026
# en: HM Treasury: prescription charge freeze extended for 2026 to 2027
hm-treasury-prescription-charge = HM Treasury: prețul rețetelor rămâne același și în 2026–2027
# en: NHS Business Services Authority: What are NHS penalty charges?
nhs-business-services-authority = NHS Business Services Authority: Ce sunt amenzile NHS?
# en: UK Parliament written answer 223505: penalty charges for wrong prescription claims
uk-parliament-written-answer = Parlamentul Marii Britanii, răspunsul scris 223505: amenzi pentru cereri greșite de rețete gratuite
# en: Welsh Government: Free prescriptions in Wales
nhs-uk-how-to = Welsh Government: Rețete gratuite în Țara Galilor
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: condiții de utilizare (apphelp.nhs.wales)
# en: A prescription is a note from a doctor or nurse. It lets you get medicine from a pharmacy.
a-prescription-is-a = O rețetă este o notă scrisă de un medic sau de o asistentă. Cu ea puteți lua medicamente de la farmacie.
# en: A pharmacy is a shop for medicines.
a-pharmacy-is-a = O farmacie este un magazin de medicamente.
# en: A **repeat prescription** is for a medicine you take all the time. You can order more without seeing your doctor each time.
a-repeat-prescription-is = O **rețetă repetată** este pentru un medicament pe care îl luați tot timpul. Puteți comanda din nou fără să mergeți de fiecare dată la medic.
# en: Your GP surgery looks after your repeat prescriptions. A GP is a family doctor.
your-gp-surgery-looks = Medicul de familie se ocupă de rețetele repetate. În engleză, medicul de familie se numește GP.
# en: You can order your medicine in the NHS App. No app yet? First, see [how to get the NHS App]({ $link1 }).
you-can-order-your = Puteți comanda medicamentele în NHS App. Nu aveți încă aplicația? Mai întâi, vedeți [cum instalați NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** You can order in the NHS Wales App instead.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** Puteți comanda în schimb în NHS Wales App.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Aplicația se schimbă din când în când. Ecranele pot arăta puțin altfel decât în acest ghid.
# en: Check your pharmacy
check-your-pharmacy = Vedeți ce farmacie aveți aleasă
# en: A phone with a pill and a medicine box on its screen
a-phone-with-a = Un telefon cu o pastilă și o cutie de medicamente pe ecran
# en: Open the NHS App and log in. Tap **Prescriptions**.
open-the-nhs-app = Deschideți NHS App și intrați în cont. Apăsați **Prescriptions** (rețete).
# en: A pharmacy shop with a green cross sign and medicines in the window
a-pharmacy-shop-with = O farmacie cu o cruce verde și cu medicamente în vitrină
# en: Check your **nominated pharmacy**.
check-your-nominated-pharmacy = Verificați care este **farmacia aleasă**.
# en: The app shows it on the prescriptions page. To change it, tap the link to change your pharmacy.
the-app-shows-it = Aplicația o arată pe pagina de rețete. Ca să o schimbați, apăsați pe linkul de schimbare a farmaciei.
# en: A pharmacy or your GP surgery can change it for you too.
a-pharmacy-or-your = V-o poate schimba și o farmacie sau medicul de familie.
# en: You can choose a pharmacy near you. Or you can choose an online pharmacy. An online pharmacy sends your medicine by post.
you-can-choose-a = Puteți alege o farmacie din zonă. Sau puteți alege o farmacie online. O farmacie online vă trimite medicamentele prin poștă.
# en: Order your medicine
order-your-medicine = Comandați medicamentele
# en: A phone with a list of 3 medicines. 2 of them have a tick.
a-phone-with-a-2 = Un telefon cu o listă de 3 medicamente. 2 dintre ele au o bifă.
# en: Tap to order a repeat prescription. The app shows a list of your repeat medicines.
tap-to-order-a = Apăsați ca să comandați o rețetă repetată. Aplicația arată o listă cu medicamentele pe care le luați mereu.
# en: Tick the medicines you need. Only order what you need.
tick-the-medicines-you = Bifați medicamentele de care aveți nevoie. Comandați doar ce vă trebuie.
# en: Some medicines may say you cannot order them yet. The app tells you why. For example, it may be too soon to order again.
some-medicines-may-say = La unele medicamente poate scrie că nu le puteți comanda încă. Aplicația vă spune de ce. De exemplu, poate fi prea devreme pentru o nouă comandă.
# en: A phone with a note on the screen, and a pencil
a-phone-with-a-3 = Un telefon cu o notiță pe ecran și un creion
# en: You can add a short note for your GP surgery. For example, “I am going away soon.”
you-can-add-a = Puteți scrie o notă scurtă pentru medicul de familie. De exemplu, „Plec curând în călătorie.”
# en: A phone with a big green tick and a paper plane
a-phone-with-a-4 = Un telefon cu o bifă mare, verde, și un avion de hârtie
# en: Check your order. Then tap the button to send it.
check-your-order-then = Verificați comanda. Apoi apăsați pe buton ca să o trimiteți.
# en: You cannot order every medicine in the app. A one-off medicine is not on your repeat list.
you-cannot-order-every = Nu puteți comanda orice medicament în aplicație. Un medicament luat o singură dată nu este pe lista de rețete repetate.
# en: Does your pharmacy send you the same medicine each month without an order? Then you do not order it in the app.
does-your-pharmacy-send = Farmacia vă trimite în fiecare lună același medicament, fără comandă? Atunci nu îl comandați în aplicație.
# en: What happens next
what-happens-next = Ce urmează
# en: A calendar: a tick on the first day, a pill 1 week later
a-calendar-a-tick = Un calendar: o bifă în prima zi, o pastilă după 1 săptămână
# en: Your GP surgery checks your order. This can take a few working days. Working days are Monday to Friday.
your-gp-surgery-checks = Medicul de familie vă verifică comanda. Poate dura câteva zile lucrătoare. Zilele lucrătoare sunt de luni până vineri.
# en: Order about 7 days before your medicine runs out.
order-about-7-days = Comandați cu aproximativ 7 zile înainte să vi se termine medicamentul.
# en: A phone with 3 dots in a row. The first 2 dots are green.
a-phone-with-3 = Un telefon cu 3 puncte pe un rând. Primele 2 puncte sunt verzi.
# en: Your GP surgery sends the order to your pharmacy. The pharmacy gets your medicine ready.
your-gp-surgery-sends = Medicul de familie trimite comanda la farmacie. Cei de la farmacie vă pregătesc medicamentul.
# en: The app may show how your order is doing. Some pharmacies send you a text when it is ready.
the-app-may-show = Aplicația poate arăta în ce stadiu este comanda. Unele farmacii vă trimit un SMS când este gata.
# en: A pharmacist gives a bag of medicine to an older man with a stick
a-pharmacist-gives-a = Un farmacist îi dă o pungă cu medicamente unui bărbat în vârstă cu baston
# en: Go to your pharmacy to pick up your medicine. If you use an online pharmacy, it comes by post.
go-to-your-pharmacy = Mergeți la farmacie să vă luați medicamentul. Dacă folosiți o farmacie online, vine prin poștă.
# en: What it costs
what-it-costs = Cât costă
# en: Prescriptions are free in Wales, Scotland and Northern Ireland.
prescriptions-are-free-in = Rețetele sunt gratuite în Țara Galilor, Scoția și Irlanda de Nord.
# en: In England, each medicine costs **£9.90**. Many people get their medicines free. For example, people aged 60 or over, or under 16.
you-may-need-to = În Anglia, fiecare medicament costă **£9.90**. Mulți oameni primesc medicamentele gratuit. De exemplu, cei de 60 de ani sau mai mult, sau sub 16 ani.
# en: Do you need a lot of medicines? A **prepayment certificate** may cost you less. It costs £32.05 for 3 months, or £114.50 for 12 months.
do-you-need-a = Aveți nevoie de multe medicamente? Un **prepayment certificate** (certificat plătit dinainte) vă poate costa mai puțin. Costă £32.05 pentru 3 luni sau £114.50 pentru 12 luni.
# en: Only say you get free medicines if it is true. If you get it wrong, you may pay a fine of up to £100. You also pay for the medicine.
only-say-you-get = Spuneți că primiți medicamente gratuite doar dacă este adevărat. Dacă greșiți, puteți plăti o amendă de până la £100. Plătiți și medicamentul.
# en: In Wales, your prescriptions are free if your GP is in Wales. You must get them from a pharmacy in Wales.
in-wales-your-prescriptions = În Țara Galilor, rețetele sunt gratuite dacă medicul de familie este în Țara Galilor. Trebuie să le luați de la o farmacie din Țara Galilor.
# en: When to ask your GP surgery instead
when-to-ask-your = Când e mai bine să întrebați la cabinetul medicului de familie
# en: Talk to your GP surgery if:
talk-to-your-gp = Vorbiți cu cabinetul medicului de familie dacă:
# en: your medicine is not on the list in the app
your-medicine-is-not = medicamentul nu este pe lista din aplicație
# en: you need a new medicine
you-need-a-new = aveți nevoie de un medicament nou
# en: your medicine makes you feel unwell
your-medicine-makes-you = vă simțiți rău din cauza medicamentului
# en: the app says you need a medicine review
the-app-says-you = aplicația spune că aveți nevoie de un medicine review
# en: A medicine review is a check of your medicines. A doctor, nurse or pharmacist does it.
a-medicine-review-is = Medicine review înseamnă că cineva se uită la toate medicamentele dumneavoastră. O face un medic, o asistentă sau un farmacist.
# en: Have you run out of a medicine you need today? Ask a pharmacist for help. They may be able to give you some.
have-you-run-out = Ați rămas fără un medicament de care aveți nevoie azi? Cereți ajutor unui farmacist. Poate vă poate da o cantitate mică.
# en: You can also use [NHS 111 online]({ $link1 }) or call **111**.
you-can-also-use = Puteți folosi și [NHS 111 online]({ $link1 }) sau puteți suna la **111**.
# en: Check the name on the box when you get your medicine.
check-the-name-on = Verificați numele de pe cutie când vă luați medicamentul.
# en: Ask the pharmacist if you have a question about your medicine.
ask-the-pharmacist-if = Întrebați farmacistul dacă aveți o întrebare despre medicament.
# en: Do not order medicine you do not need.
do-not-order-medicine = Nu comandați medicamente de care nu aveți nevoie.
# en: Do not wait until you have no medicine left.
do-not-wait-until = Nu așteptați până nu mai aveți deloc medicamente.
# en: nominated pharmacy
nominated-pharmacy = farmacia aleasă
# en: the pharmacy you choose to get your medicines from. Your GP surgery sends your prescriptions there.
the-pharmacy-you-choose = farmacia de unde alegeți să vă luați medicamentele. Medicul de familie vă trimite rețetele acolo.
# en: prepayment certificate
prepayment-certificate = prepayment certificate
# en: a certificate you buy to get all your NHS prescriptions for one price
a-certificate-you-buy = un certificat cumpărat, cu care plătiți un singur preț pentru toate rețetele NHS
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
# en: pharmacist
pharmacist = farmacist
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = un specialist în medicamente, care lucrează într-o farmacie
# en: tap
tap = apăsați
# en: touch the screen with your finger
touch-the-screen-with = atingeți ecranul cu degetul
