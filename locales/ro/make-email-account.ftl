# Română: the guide "make-email-account", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Make an email account
make-an-email-account = Faceți-vă un cont de e-mail
# en: Get a free email address. You need one for the NHS App and for many other things online.
get-a-free-email = Faceți-vă gratuit o adresă de e-mail. Aveți nevoie de ea pentru NHS App și pentru multe alte lucruri online.
# en: About 15 minutes
about-15-minutes = În jur de 15 minute
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Un telefon, o tabletă sau un calculator cu internet
# en: Your mobile phone, to get a code
your-mobile-phone-to = Telefonul mobil, ca să primiți un cod
# en: A pen and paper
a-pen-and-paper = Un pix și o foaie de hârtie
# en: Northern Ireland Cyber Security Centre (with the NCSC): Be Cyber Aware – protect your email
northern-ireland-cyber-security = Northern Ireland Cyber Security Centre (cu NCSC): Be Cyber Aware – protejați-vă e-mailul
# en: Kennington Parish Council: Have you secured your email account? (from NCSC Cyber Aware)
kennington-parish-council-have = Kennington Parish Council: V-ați protejat contul de e-mail? (din NCSC Cyber Aware)
# en: NCSC and CyberScotland: Passwords and 2-step verification
ncsc-and-cyberscotland-passwords = NCSC și CyberScotland: Parole și verificarea în 2 pași
# en: Google: Gmail sign-in page (Create account)
google-gmail-sign-in = Google: pagina de conectare la Gmail (Create account)
# en: everydaytech.org: How to create an email address (a recovery phone number)
everydaytech-org-how-to = everydaytech.org: Cum creați o adresă de e-mail (un număr de telefon pentru recuperare)
# en: An email address is like a postal address for messages on the internet. It looks like **name@example.com**.
an-email-address-is = O adresă de e-mail este ca o adresă poștală pentru mesajele de pe internet. Arată așa: **nume@example.com**.
# en: You need an email address to get the NHS App. Many free email services let you make one.
you-need-an-email = Aveți nevoie de o adresă de e-mail ca să folosiți NHS App. Multe servicii de e-mail vă lasă să vă faceți una gratuit.
# en: Choose a free email service
choose-a-free-email = Alegeți un serviciu de e-mail gratuit
# en: Two different coloured letters side by side, for 2 email services
two-different-coloured-letters = Două plicuri de culori diferite, unul lângă altul, pentru 2 servicii de e-mail
# en: Choose a free email service. Gmail from Google and Outlook from Microsoft are 2 of them.
choose-a-free-email-2 = Alegeți un serviciu de e-mail gratuit. Gmail de la Google și Outlook de la Microsoft sunt 2 dintre ele.
# en: Ask a friend or a library helper which one they use. They can help you with it.
ask-a-friend-or = Întrebați un prieten sau pe cineva de la bibliotecă ce serviciu folosește. Vă poate ajuta cu el.
# en: A phone with a button at the bottom of the screen
a-phone-with-a = Un telefon cu un buton jos pe ecran
# en: Open the email app, or go to the service’s website. Tap **Create account**.
open-the-email-app = Deschideți aplicația de e-mail sau intrați pe site-ul serviciului. Apăsați **Create account** (creați un cont).
# en: Tell them about you
tell-them-about-you = Spuneți cine sunteți
# en: A form with lines for a name and a date of birth
a-form-with-lines = Un formular cu rânduri pentru nume și data nașterii
# en: Type your first name and last name. Then type your date of birth.
type-your-first-name = Scrieți prenumele și numele de familie. Apoi scrieți data nașterii.
# en: Choose your email address
choose-your-email-address = Alegeți adresa de e-mail
# en: A letter with an @ sign made of lines
a-letter-with-an = Un plic cu semnul @ desenat din linii
# en: Choose the first part of your email address. For example, your name and some numbers.
choose-the-first-part = Alegeți prima parte a adresei de e-mail. De exemplu, numele dumneavoastră și câteva cifre.
# en: Someone else may have it already. Then try a different one. Write your new email address on paper.
someone-else-may-have = Poate că altcineva o are deja. Atunci încercați alta. Scrieți noua adresă de e-mail pe hârtie.
# en: Make a strong password
make-a-strong-password = Faceți o parolă puternică
# en: 3 cards in a row, for 3 random words
text-3-cards-in-a = 3 cartonașe pe un rând, pentru 3 cuvinte la întâmplare
# en: Make a password from 3 random words. For example, think of 3 things you can see now.
make-a-password-from = Faceți o parolă din 3 cuvinte la întâmplare. De exemplu, gândiți-vă la 3 lucruri pe care le vedeți acum.
# en: Do not use your name, your birthday or a pet’s name. Do not use this password anywhere else.
do-not-use-your = Nu folosiți numele dumneavoastră, ziua de naștere sau numele unui animal de companie. Nu folosiți această parolă în altă parte.
# en: A notebook in a drawer, kept at home
a-notebook-in-a = Un carnet într-un sertar, păstrat acasă
# en: Write your password down if you need to. Keep it somewhere safe at home.
write-your-password-down = Dacă aveți nevoie, scrieți parola pe hârtie. Păstrați-o acasă, într-un loc sigur.
# en: Add your phone number
add-your-phone-number = Adăugați numărul de telefon
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-2 = Un telefon cu un balon de vorbire. În balon sunt 6 puncte, pentru un cod.
# en: Type your mobile phone number. The service sends you a code by text. Type the code in.
type-your-mobile-phone = Scrieți numărul de telefon mobil. Serviciul vă trimite un cod prin SMS. Scrieți codul.
# en: Your phone number helps you get back in if you forget your password.
your-phone-number-helps = Dacă uitați parola, cu numărul de telefon puteți intra din nou în cont.
# en: Turn on 2-step verification
turn-on-2-step = Activați verificarea în 2 pași (2-step verification)
# en: A padlock and a phone with a tick
a-padlock-and-a = Un lacăt și un telefon cu o bifă
# en: Turn on **2-step verification**. Look for it in your account’s settings.
turn-on-2-step-2 = Activați **2-step verification** (verificarea în 2 pași). Căutați-o în setări, la contul dumneavoastră.
# en: On a new phone or computer, you then need your password and a code. A thief cannot get in with your password alone.
on-a-new-phone = Apoi, pe un telefon sau calculator nou, aveți nevoie de parolă și de un cod. Un hoț nu poate intra doar cu parola.
# en: Send a test email
send-a-test-email = Trimiteți un e-mail de probă
# en: A letter flying from one phone to another
a-letter-flying-from = Un plic care zboară de la un telefon la altul
# en: Send an email to a friend. Ask them to reply. Now you know it works.
send-an-email-to = Trimiteți un e-mail unui prieten. Rugați-l să vă răspundă. Acum știți că funcționează.
# en: Next, you can [get the NHS App]({ $link1 }). Learn how to [spot fake NHS emails]({ $link2 }) too.
next-you-can-get = Apoi puteți [instala NHS App]({ $link1 }). Aflați și [cum recunoașteți e-mailurile false în numele NHS]({ $link2 }).
# en: Do not tell anyone your password. Not even a helper.
do-not-tell-anyone = Nu spuneți nimănui parola. Nici celui care vă ajută.
# en: Do not open emails you did not expect from people you do not know.
do-not-open-emails = Nu deschideți e-mailuri neașteptate de la oameni pe care nu îi cunoașteți.
# en: verification
verification = verification
# en: a check that it is really you
a-check-that-it = o verificare care arată că sunteți chiar dumneavoastră
# en: settings
settings = setări
# en: the part of an app or phone where you choose how it works
the-part-of-an = partea dintr-o aplicație sau dintr-un telefon unde alegeți cum funcționează
# en: tap
tap = apăsați
# en: touch the screen with your finger
touch-the-screen-with = atingeți ecranul cu degetul
