# Română: the guide "nhs-login-problems", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: When NHS login goes wrong
when-nhs-login-goes = Când NHS login nu merge
# en: What to do if you have no photo ID, or the check fails. What to do if you forget your password.
what-to-do-if = Ce faceți dacă nu aveți act cu poză sau dacă verificarea nu reușește. Ce faceți dacă uitați parola.
# en: About 10 to 20 minutes
about-10-to-20 = În jur de 10 până la 20 de minute
# en: The NHS App, or the NHS website
the-nhs-app-or = NHS App sau site-ul NHS
# en: The email address you used for your NHS login
the-email-address-you = Adresa de e-mail pe care ați folosit-o pentru NHS login
# en: Your phone
your-phone = Telefonul
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide = NHS England Digital: Ghid pentru voluntari – verificarea identității fără un act cu poză
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide-2 = NHS England Digital: Ghid pentru voluntari – verificarea identității cu un act cu poză
# en: NHS login help centre: Error messages and support
nhs-login-help-centre = Centrul de ajutor NHS login: Mesaje de eroare și asistență
# en: nhs.uk: Managing your NHS account (change your phone number, email or password)
nhs-uk-managing-your = nhs.uk: Managing your NHS account (schimbați numărul de telefon, e-mailul sau parola)
# en: NHS login team guidance on problems with photo ID (PatientPack support)
nhs-login-team-guidance = Ghidul echipei NHS login despre problemele cu actele cu poză (PatientPack support)
# en: Patientcentre support: I cannot log in (forgotten NHS login password, codes, new phone)
patientcentre-support-i-cannot = Patientcentre support: Nu pot intra în cont (parola NHS login uitată, coduri, telefon nou)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: condiții de utilizare (apphelp.nhs.wales)
# en: NHS login is how you get into the NHS App. Sometimes it goes wrong. This guide shows what to do.
nhs-login-is-how = Cu NHS login intrați în NHS App. Uneori, ceva nu merge. Acest ghid vă arată ce să faceți.
# en: New to NHS login? First, see [how to get the NHS App and log in]({ $link1 }).
new-to-nhs-login = Sunteți nou la NHS login? Mai întâi, vedeți [cum instalați NHS App și intrați în cont]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App has its own help pages. This guide is about the NHS App in England.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** NHS Wales App are propriile pagini de ajutor. Acest ghid este despre NHS App din Anglia.
# en: You have no photo ID
you-have-no-photo = Nu aveți act de identitate cu poză
# en: A letter from a GP surgery with 3 lines on it
a-letter-from-a = O scrisoare de la un cabinet de medicină de familie, cu 3 rânduri pe ea
# en: Ask your GP surgery for your online services details. There are 3 of them.
ask-your-gp-surgery = Cereți medicului de familie informațiile pentru serviciile online. Sunt 3.
# en: They are an ODS code, an account ID and a linkage key. The surgery may give you a letter with them.
they-are-an-ods = Acestea sunt un ODS code, un account ID (codul contului) și un linkage key. Cabinetul vă poate da o scrisoare cu ele.
# en: A phone with 3 buttons. The middle one has a tick.
a-phone-with-3 = Un telefon cu 3 butoane. Cel din mijloc are o bifă.
# en: In NHS login, choose **No, I do not have photo ID**.
in-nhs-login-choose = În NHS login, alegeți **No, I do not have photo ID**. Înseamnă: nu am act de identitate cu poză.
# en: Then choose **Yes – I use online services**. Then choose **Yes – I have all 3 details**.
then-choose-yes-i = Apoi alegeți **Yes – I use online services** (da, folosesc servicii online). Apoi alegeți **Yes – I have all 3 details** (da, am toate cele 3 informații).
# en: A phone with 3 boxes to fill in
a-phone-with-3-2 = Un telefon cu 3 căsuțe de completat
# en: Type the 3 details. Then type your full name and your date of birth.
type-the-3-details = Scrieți cele 3 informații. Apoi scrieți numele complet și data nașterii.
# en: The check of your ID failed
the-check-of-your = Verificarea actului de identitate nu a reușit
# en: A letter with a red cross on it
a-letter-with-a = O scrisoare cu un X roșu pe ea
# en: NHS login sends you an email if the check fails. Read it. It says why.
nhs-login-sends-you = Dacă verificarea nu reușește, NHS login vă trimite un e-mail. Citiți-l. Vă spune de ce.
# en: For example, the photo was not clear. Or something covered part of your ID.
for-example-the-photo = De exemplu, poza nu a fost clară. Sau ceva a acoperit o parte din act.
# en: A phone takes a clear photo of a passport on a dark table
a-phone-takes-a = Un telefon face o poză clară unui pașaport, pe o masă de culoare închisă
# en: Try again. Put your ID on a dark, flat table in good light.
try-again-put-your = Încercați din nou. Puneți actul pe o masă plată, de culoare închisă, la lumină bună.
# en: Show all 4 corners. Make sure there is no shine on it.
show-all-4-corners = Să se vadă toate cele 4 colțuri. Aveți grijă să nu lucească.
# en: Still not working? Ask your GP surgery for the 3 details instead.
still-not-working-ask = Tot nu merge? Cereți în schimb cele 3 informații la cabinetul medicului de familie.
# en: The camera does not work
the-camera-does-not = Camera nu funcționează
# en: A phone with a black screen and a camera
a-phone-with-a = Un telefon cu ecranul negru și o cameră
# en: Does the app show a black screen instead of the camera? The app may not be allowed to use it.
does-the-app-show = Aplicația arată un ecran negru în loc de cameră? Poate că aplicația nu are voie să folosească camera.
# en: Open your phone’s settings. Find the NHS App, and let it use the camera and microphone.
open-your-phone-s = Deschideți aplicația Setări de pe telefon. Găsiți NHS App și lăsați-o să folosească camera și microfonul.
# en: A code does not come
a-code-does-not = Nu vine un cod
# en: A letter going into a folder with a warning sign
a-letter-going-into = Un plic care intră într-un dosar cu un semn de avertizare
# en: NHS login sends codes by email and to your phone. Did an email code not come? Look in your junk or spam folder.
nhs-login-sends-codes = NHS login trimite coduri pe e-mail și pe telefon. Nu a venit un cod pe e-mail? Căutați în dosarul junk sau spam.
# en: Check that you typed your email address right.
check-that-you-typed = Verificați dacă ați scris corect adresa de e-mail.
# en: You forgot your password
you-forgot-your-password = Ați uitat parola
# en: A padlock with a question mark
a-padlock-with-a = Un lacăt cu un semn de întrebare
# en: On the screen where you log in, tap the link to reset your password.
on-the-screen-where = Pe ecranul unde intrați în cont, apăsați pe linkul pentru a vă schimba parola.
# en: NHS login sends you an email. Follow it to make a new password.
nhs-login-sends-you-2 = NHS login vă trimite un e-mail. Urmați pașii din el ca să faceți o parolă nouă.
# en: You have a new phone number
you-have-a-new = Aveți un număr de telefon nou
# en: Two phones with an arrow from one to the other
two-phones-with-an = Două telefoane, cu o săgeată de la unul la celălalt
# en: Log in to the NHS App. Tap **More**, then **Account and settings**.
log-in-to-the = Intrați în cont în NHS App. Apăsați **More** (mai mult), apoi **Account and settings** (cont și setări).
# en: Then tap **Manage NHS account**, then **Your NHS login details**. Tap **Change phone number**.
then-tap-manage-nhs = Apoi apăsați **Manage NHS account** (gestionați contul NHS). Apoi apăsați **Your NHS login details** (datele NHS login). Apăsați **Change phone number** (schimbați numărul).
# en: You need your old phone number to do this. No old phone? Contact the NHS App team.
you-need-your-old = Pentru asta aveți nevoie de vechiul număr de telefon. Nu mai aveți telefonul vechi? Contactați echipa NHS App.
# en: Get more help
get-more-help = Mai mult ajutor
# en: A person at a desk helps someone with a tablet
a-person-at-a = O persoană la un birou ajută pe cineva cu o tabletă
# en: The NHS login help centre can help. Go to [help.login.nhs.uk]({ $link1 }).
the-nhs-login-help = Centrul de ajutor NHS login vă poate ajuta. Intrați pe [help.login.nhs.uk]({ $link1 }).
# en: You can also ask a library or a digital helper. See [how to get help to get online]({ $link1 }).
you-can-also-ask = Puteți cere ajutor și la o bibliotecă sau de la un voluntar digital. Vedeți [cum primiți ajutor ca să folosiți internetul]({ $link1 }).
# en: Can you still get into your NHS login? Then do not make a new one.
can-you-still-get = Mai puteți intra în contul NHS login? Atunci nu faceți unul nou.
# en: Do not tell anyone your password or a code.
do-not-tell-anyone = Nu spuneți nimănui parola sau vreun cod.
# en: ODS code
ods-code = ODS code
# en: a code for your GP surgery
a-code-for-your = un cod pentru cabinetul medicului de familie
# en: linkage key
linkage-key = linkage key
# en: a secret code that links your NHS login to your GP surgery
a-secret-code-that = un cod secret care vă leagă contul NHS login de cabinetul medicului de familie
# en: junk
junk = junk
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = un dosar pentru e-mailurile care par nedorite sau periculoase
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
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
