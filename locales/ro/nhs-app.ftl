# Română: the guide "nhs-app", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get the NHS App and log in
get-the-nhs-app = Instalați NHS App și intrați în cont
# en: Get the free NHS App on your phone or tablet. Then set up your NHS login.
get-the-free-nhs = Instalați NHS App pe telefon sau pe tabletă. Este gratuită. Apoi creați-vă contul NHS login.
# en: About 20 to 30 minutes. The check of your ID can take a week or more.
about-20-to-30 = În jur de 20 până la 30 de minute. Verificarea actului de identitate poate dura o săptămână sau mai mult.
# en: A smartphone or tablet that can use the internet
a-smartphone-or-tablet = Un smartphone sau o tabletă care se poate conecta la internet
# en: An email address that you can open
an-email-address-that = O adresă de e-mail pe care o puteți deschide
# en: Your mobile phone number, or a landline number
your-mobile-phone-number = Numărul de telefon mobil sau fix
# en: Photo ID, like a passport or a driving licence
photo-id-like-a = Un act de identitate cu poză. De exemplu, pașaportul sau permisul de conducere.
# en: NHS England Digital: Getting patients started with NHS login
nhs-england-digital-getting = NHS England Digital: Cum îi ajutăm pe pacienți să înceapă să folosească NHS login
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide = NHS England Digital: Ghid pentru voluntari – verificarea identității cu un act cu poză
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide-2 = NHS England Digital: Ghid pentru voluntari – verificarea identității fără un act cu poză
# en: NHS login team guidance on accepted photo ID (PatientPack support: Problems applying for an NHS login)
nhs-login-team-guidance = Ghidul echipei NHS login despre actele cu poză acceptate (PatientPack support: Problems applying for an NHS login)
# en: nhs-digital.zendesk.com: who can use the NHS App at 13 to 15
nhs-digital-zendesk-com = nhs-digital.zendesk.com: cine poate folosi NHS App la 13–15 ani
# en: nhs-digital.zendesk.com: how long identity checks can take
nhs-digital-zendesk-com-2 = nhs-digital.zendesk.com: cât poate dura verificarea identității
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: condiții de utilizare (apphelp.nhs.wales)
# en: The NHS App is free. An app is a program for a phone or tablet.
the-nhs-app-is = NHS App este gratuită. O aplicație este un program pentru telefon sau tabletă.
# en: In the NHS App you can order medicines and book appointments. You can also see your health record.
in-the-nhs-app = În NHS App puteți comanda medicamente și vă puteți face programări. Puteți vedea și dosarul medical.
# en: You can use it on a computer too, on the NHS website.
you-can-use-it = O puteți folosi și pe calculator, pe site-ul NHS.
# en: You can use the NHS App if you are 13 or over. You must have a GP surgery in England.
you-can-use-the = Puteți folosi NHS App dacă aveți 13 ani sau mai mult. Trebuie să fiți înscris la un cabinet de medicină de familie din Anglia.
# en: A GP is a family doctor. A GP surgery is the place where your GP works.
a-gp-is-a = În engleză, medicul de familie se numește GP. Cabinetul medicului de familie este locul unde lucrează medicul dumneavoastră.
# en: Are you 13 to 15? Ask your GP surgery first. You cannot see your GP record on your own until they set it up.
are-you-13-to = Aveți între 13 și 15 ani? Întrebați mai întâi la cabinetul medicului de familie. Nu vă puteți vedea singur dosarul medical până nu vă pregătesc ei accesul.
# en: **Is your GP surgery in Wales?** Use the NHS Wales App instead. You must be 16 or over to use it.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** Folosiți în schimb NHS Wales App. Trebuie să aveți cel puțin 16 ani ca să o folosiți.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Aplicația se schimbă din când în când. Ecranele pot arăta puțin altfel decât în acest ghid.
# en: Before you start, check that the person has their phone, their email address and their photo ID with them. They need all of these to make an NHS login.
before-you-start-check = Înainte să începeți, verificați dacă persoana are la ea telefonul, adresa de e-mail și actul de identitate cu poză. Are nevoie de toate acestea ca să își creeze contul NHS login.
# en: Get the app
get-the-app = Instalați aplicația
# en: A phone with a shopping bag on its screen, for the app store
a-phone-with-a = Un telefon cu o sacoșă pe ecran, pentru magazinul de aplicații
# en: Open the app store on your phone or tablet.
open-the-app-store = Deschideți magazinul de aplicații pe telefon sau pe tabletă.
# en: On an iPhone or iPad, this is the **App Store**. On most other phones, it is **Google Play**.
on-an-iphone-or = Pe iPhone sau iPad, acesta este **App Store**. Pe cele mai multe alte telefoane, este **Google Play**.
# en: A phone with a search box and a big magnifying glass
a-phone-with-a-2 = Un telefon cu o casetă de căutare și o lupă mare
# en: Tap the search box. Type **NHS App**.
tap-the-search-box = Apăsați pe caseta de căutare. Scrieți **NHS App**.
# en: Check that you have the real NHS App. It is free. Never pay for it.
check-that-you-have = Verificați că este chiar NHS App. Este gratuită. Nu plătiți niciodată pentru ea.
# en: Tap **Get** on an iPhone, or **Install** on other phones. Wait for the app to load.
tap-install-or-get = Pe iPhone, apăsați **Get**. Pe alte telefoane, apăsați **Install**. Așteptați să se încarce aplicația.
# en: A phone with the app open. There is a big button at the bottom.
a-phone-with-the = Un telefon cu aplicația deschisă. Jos este un buton mare.
# en: Open the NHS App. Tap **Continue**.
open-the-nhs-app = Deschideți NHS App. Jos, apăsați pe butonul mare **Continue** (Continuați).
# en: Make your NHS login
make-your-nhs-login = Creați-vă contul NHS login
# en: You need an NHS login to use the app. An NHS login is your own account for NHS apps and websites. You log in with your email address and a password.
you-need-an-nhs = Aveți nevoie de un cont NHS login ca să folosiți aplicația. NHS login este contul dumneavoastră pentru aplicațiile și site-urile NHS. Intrați în cont cu adresa de e-mail și o parolă.
# en: Already have an NHS login? Log in with it. Then go to [step 11]({ $link1 }).
already-have-an-nhs = Aveți deja un cont NHS login? Intrați în cont cu el. Apoi mergeți la [pasul 11]({ $link1 }).
# en: A letter and a padlock, for your email address and your password
a-letter-and-a = O scrisoare și un lacăt, pentru adresa de e-mail și parolă
# en: Type your email address. Then make a password.
type-your-email-address = Scrieți adresa de e-mail. Apoi creați o parolă.
# en: Use a password that is hard to guess. Do not use your name or your birthday. Do not use it anywhere else.
use-a-password-that = Folosiți o parolă greu de ghicit. Nu folosiți numele sau ziua de naștere. Nu folosiți parola nicăieri altundeva.
# en: A letter with 6 dots on it, for a secret code
a-letter-with-6 = O scrisoare cu 6 puncte pe ea, pentru un cod secret
# en: NHS login sends a code to your email. Open your email. Type the code into the app.
nhs-login-sends-a = NHS login vă trimite un cod pe e-mail. Deschideți e-mailul. Scrieți codul în aplicație.
# en: No code? Look in your junk or spam folder.
no-code-look-in = Nu ați primit codul? Căutați în dosarul junk sau spam.
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-3 = Un telefon cu un balon de vorbire. În balon sunt 6 puncte, pentru un cod.
# en: Type your phone number. It can be a mobile or a landline.
type-your-mobile-phone = Scrieți numărul de telefon. Poate fi de mobil sau de telefon fix.
# en: NHS login sends a code to that phone. Type the code into the app.
nhs-login-sends-a-2 = NHS login trimite un cod pe acel telefon. Scrieți codul în aplicație.
# en: Prove who you are
prove-who-you-are = Dovediți cine sunteți
# en: Next, NHS login checks that you are you. This keeps your health details safe.
next-nhs-login-checks = Apoi, NHS login verifică dacă sunteți chiar dumneavoastră. Așa datele despre sănătate rămân în siguranță.
# en: A card with a face on it, and a page of details about you
a-card-with-a = Un card cu o față pe el și o pagină cu date despre dumneavoastră
# en: Type your NHS number, your date of birth and your postcode.
type-your-nhs-number = Scrieți numărul NHS, data nașterii și codul poștal.
# en: Your NHS number is a 10 digit number. It is on letters from the NHS. If you do not know it, you can type your name instead.
your-nhs-number-is = Numărul NHS are 10 cifre. Este scris pe scrisorile de la NHS. Dacă nu îl știți, puteți scrie în schimb numele.
# en: Use the postcode your GP surgery has for you. Do they use the surgery’s own address for you? Then type the surgery’s postcode.
use-the-postcode-your = Folosiți codul poștal pe care îl are cabinetul medicului de familie pentru dumneavoastră. Cabinetul v-a înscris cu adresa lui? Atunci scrieți codul poștal al cabinetului.
# en: A phone takes a photo of a passport
a-phone-takes-a = Un telefon face o poză unui pașaport
# en: Take a photo of your photo ID with the app.
take-a-photo-of = Cu aplicația, faceți o poză actului de identitate cu poză.
# en: Put it on a dark, flat table in good light. Show all 4 corners. Make sure there is no shine on it.
put-it-on-a = Puneți-l pe o masă plată, de culoare închisă, la lumină bună. Să se vadă toate cele 4 colțuri. Aveți grijă să nu lucească.
# en: You can use one of these:
you-can-use-one = Puteți folosi unul dintre acestea:
# en: The cover of a passport, with a round badge on it
the-cover-of-a = Coperta unui pașaport, cu o stemă rotundă pe ea
# en: a passport
a-passport-2 = un pașaport
# en: A driving licence card with a photo
a-driving-licence-card = Un permis de conducere cu poză
# en: a UK driving licence, full or provisional, or a full European driving licence
a-uk-driving-licence = un permis de conducere britanic, complet sau provizoriu, ori un permis european complet
# en: An identity card with a photo and a star
an-identity-card-with = O carte de identitate cu poză și o stea
# en: a European national identity card, or a UK residence card
a-european-national-identity = o carte de identitate națională europeană sau un permis de ședere din Marea Britanie
# en: You cannot use a bus pass or an NHS ID card.
you-cannot-use-a = Nu puteți folosi un abonament de autobuz sau un card de identitate NHS.
# en: A woman in a hijab holds up her phone. The phone films her face.
a-woman-in-a = O femeie cu hijab își ține telefonul ridicat. Telefonul îi filmează fața.
# en: Then the app checks your face. It may scan your face, or ask for a short video.
then-the-app-checks = Apoi aplicația trebuie să vă verifice fața. Poate să vă scaneze fața sau să vă ceară un video scurt.
# en: In the video, you say 4 numbers. You can sign them in British Sign Language instead. Or write them down and show them.
in-the-video-you = În video, spuneți 4 numere. În schimb, le puteți spune în limbajul semnelor britanic (British Sign Language). Sau le puteți scrie pe hârtie și le arătați.
# en: Do flashing lights affect you, for example because of epilepsy? Choose the video, not the face scan.
do-flashing-lights-affect = Vă fac rău luminile care clipesc, de exemplu din cauza epilepsiei? Alegeți video-ul, nu scanarea feței.
# en: No photo ID? Your GP surgery can give you 3 details to prove who you are instead.
no-photo-id-your = Nu aveți act de identitate cu poză? Cabinetul medicului de familie vă poate da 3 informații ca să dovediți cine sunteți.
# en: See [what to do if NHS login goes wrong]({ $link1 }).
see-what-to-do = Vedeți [ce faceți dacă NHS login nu merge]({ $link1 }).
# en: A clock next to a letter with a tick on it
a-clock-next-to = Un ceas lângă o scrisoare cu o bifă pe ea
# en: Wait for NHS login to check your details. This can be quick, or take a week or more.
wait-for-nhs-login = Așteptați ca NHS login să vă verifice datele. Poate fi rapid sau poate dura o săptămână sau mai mult.
# en: NHS login sends you an email when it has checked them. You can use some parts of the app before then.
nhs-login-sends-you = NHS login vă trimite un e-mail după ce le-a verificat. Puteți folosi unele părți ale aplicației și înainte de asta.
# en: Did the check fail? The email says why. You can try again, or ask your GP surgery for the 3 details.
did-the-check-fail = Verificarea nu a reușit? E-mailul vă spune de ce. Puteți încerca din nou sau puteți cere cabinetului medicului de familie cele 3 informații.
# en: Log in with your fingerprint or face
log-in-with-your = Intrați în cont cu amprenta sau cu fața
# en: A fingerprint and a face, the 2 quick ways to log in
a-fingerprint-and-a = O amprentă și o față: cele 2 moduri rapide de a intra în cont
# en: You can log in with your fingerprint or your face. It is quicker than a password.
you-can-log-in = Puteți intra în cont cu amprenta sau cu fața. Este mai rapid decât cu parola.
# en: Your phone needs a screen lock for this, like a PIN. A PIN is a secret number that you choose.
your-phone-needs-a = Pentru asta, telefonul trebuie să aibă blocarea ecranului, de exemplu un PIN. PIN-ul este un număr secret pe care îl alegeți.
# en: The app may ask if you want to turn it on. You can also turn it on in the app’s settings.
the-app-may-ask = Aplicația vă poate întreba dacă vreți să porniți această opțiune. O puteți porni și din setări, în aplicație.
# en: A phone with a big tick: you are logged in
a-phone-with-a-4 = Un telefon cu o bifă mare: ați intrat în cont
# en: Next time, open the NHS App. Use your fingerprint or face.
next-time-open-the = Data viitoare, deschideți NHS App. Folosiți amprenta sau fața.
# en: Or type your email and password. Then type the code that comes to your phone.
or-type-your-email = Sau scrieți adresa de e-mail și parola. Apoi scrieți codul primit pe telefon.
# en: Keep your NHS login safe
keep-your-nhs-login = Păstrați contul NHS login în siguranță
# en: Keep your password secret.
keep-your-password-secret = Păstrați parola secretă.
# en: Log out when you finish, if other people use your phone or tablet.
log-out-when-you = Ieșiți din cont când terminați, dacă și alte persoane folosesc telefonul sau tableta.
# en: Do not tell anyone your password or a code. Not even someone who says they are from the NHS.
do-not-tell-anyone = Nu spuneți nimănui parola sau vreun cod. Nici măcar cuiva care spune că este de la NHS.
# en: Do not keep your password where other people can see it.
do-not-keep-your = Nu lăsați parola într-un loc unde o pot vedea alte persoane.
# en: The NHS will never ask for your password. Learn how to [spot NHS scams]({ $link1 }).
the-nhs-will-never = NHS nu vă va cere niciodată parola. Aflați cum să [recunoașteți înșelătoriile în numele NHS]({ $link1 }).
# en: Need help with any step? See [how to get help to get online]({ $link1 }).
need-help-with-any = Aveți nevoie de ajutor la vreun pas? Vedeți [cum primiți ajutor ca să folosiți internetul]({ $link1 }).
# en: Next, you can [order a repeat prescription]({ $link1 }) or [book a GP appointment]({ $link2 }).
next-you-can-order = Apoi, puteți [comanda o rețetă repetată]({ $link1 }) sau [face o programare la medicul de familie]({ $link2 }).
# en: junk
junk = junk
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = un dosar pentru e-mailurile care par nedorite sau periculoase
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address-2 = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
# en: screen lock
screen-lock = blocarea ecranului
# en: a PIN, pattern, fingerprint or face check that stops other people opening your phone
a-pin-pattern-fingerprint = un PIN, un model, amprenta sau fața, ca să nu vă deschidă alții telefonul
# en: settings
settings = setări
# en: the part of an app or phone where you choose how it works
the-part-of-an = partea dintr-o aplicație sau dintr-un telefon unde alegeți cum funcționează
# en: spam
spam = spam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = mesaje pe care nu le-ați cerut. Multe dintre ele sunt înșelătorii.
# en: tap
tap = apăsați
# en: touch the screen with your finger
touch-the-screen-with = atingeți ecranul cu degetul
