# Română: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = Mesaje, e-mailuri și apeluri false în numele NHS: cum le recunoașteți
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
some-scams-pretend-to = Unele înșelătorii pretind că vin de la NHS. Aflați cum să le recunoașteți și ce să faceți dacă ați apăsat pe un link.
# en: About 10 minutes to read
about-10-minutes-to = În jur de 10 minute de citit
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = Nimic. Citiți acest ghid înainte să aveți nevoie de el.
# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
report-fraud-reportfraud-police = Report Fraud (reportfraud.police.uk): Cum raportați o activitate suspectă
# en: Report Fraud (reportfraud.police.uk): Phishing
report-fraud-reportfraud-police-2 = Report Fraud (reportfraud.police.uk): Phishing (mesaje-capcană)
# en: City of London Police: Report Fraud service goes live (4 December 2025)
city-of-london-police = City of London Police: Serviciul Report Fraud începe să funcționeze (4 decembrie 2025)
# en: Ofcom: How to report scam texts and mobile calls to 7726
ofcom-how-to-report = Ofcom: Cum raportați la 7726 SMS-urile și apelurile false
# en: Mobile UK: Protect against fraud (7726)
mobile-uk-protect-against = Mobile UK: Protejați-vă de fraude (7726)
# en: Take Five to Stop Fraud: advice on requests to move money
take-five-to-stop = Take Five to Stop Fraud: sfaturi despre cererile de a vă muta banii
# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
matthew-barber-mp-is = Matthew Barber MP: Chiar vă sună banca? (serviciul 159)
# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
metropolitan-police-neighbourhood-alert = Alertă de cartier de la Metropolitan Police: Apeluri false în numele băncilor sau al poliției
# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
nhs-lancashire-and-south = NHS Lancashire and South Cumbria: Fiți atenți la fraude (ce nu vă cere niciodată NHS)
# en: A scam is a trick to steal your money or your details. Some people who make scams pretend to be the NHS. They send texts and emails, or they phone you.
a-scam-is-a = O înșelătorie este un truc prin care cineva vă fură banii sau datele. Unii escroci pretind că sunt de la NHS. Vă trimit SMS-uri și e-mailuri sau vă sună.
# en: The NHS will never text, email or phone to ask for your bank details.
the-nhs-will-never = NHS nu vă cere niciodată datele bancare prin SMS, e-mail sau telefon.
# en: The NHS will never ask for your password or your PIN. A PIN is a secret number.
the-nhs-will-never-2 = NHS nu vă cere niciodată parola sau codul PIN. PIN-ul este un număr secret.
# en: The NHS App is free. You never pay to use it.
the-nhs-app-is = NHS App este gratuită. Nu plătiți niciodată ca să o folosiți.
# en: Spot a scam
spot-a-scam = Cum arată o înșelătorie
# en: Be careful with any text, email or call that:
be-careful-with-any = Aveți grijă la orice SMS, e-mail sau apel care:
# en: A bank card next to a question mark
a-bank-card-next-2 = Un card bancar lângă un semn de întrebare
# en: asks for your bank details, a password or a PIN
asks-for-your-bank = vă cere datele bancare, o parolă sau un cod PIN
# en: A hand holding out coins
a-hand-holding-out = O mână care întinde monede
# en: asks you to pay money
asks-you-to-pay = vă cere să plătiți bani
# en: A clock next to a warning sign
a-clock-next-to = Un ceas lângă un semn de avertizare
# en: says you must act fast, or something bad will happen
says-you-must-act = spune că trebuie să faceți ceva repede, altfel se va întâmpla ceva rău
# en: A chain link next to a question mark
a-chain-link-next = O za de lanț lângă un semn de întrebare
# en: has a link to a website you do not know
has-a-link-to = are un link către un site pe care nu îl cunoașteți
# en: A page of writing with some words crossed out
a-page-of-writing = O pagină scrisă, cu unele cuvinte tăiate
# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = are greșeli de scriere sau pare puțin ciudat
# en: Texts, emails and calls
texts-emails-and-calls = SMS-uri, e-mailuri și apeluri
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a-3 = Un telefon cu un mesaj pe ecran și un semn galben de avertizare
# en: A scam text can look like it comes from the NHS.
a-scam-text-can = Un SMS fals poate arăta ca și cum ar veni de la NHS.
# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = Când apăsați pe un link, acesta vă duce la un site. Un link fals poate arăta ca un link real de la NHS. Dacă nu știți sigur, nu apăsați pe el.
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = Mai bine deschideți direct NHS App. Sau intrați direct pe [nhs.uk]({ $link1 }).
# en: A letter with a yellow warning sign and a link in it
a-letter-with-a-2 = Un plic cu un semn galben de avertizare și un link în el
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can-2 = Un e-mail fals poate părea adevărat. Poate folosi numele și culorile NHS.
# en: Do not open links or files in an email you did not expect.
do-not-open-links-2 = Nu deschideți linkuri sau fișiere dintr-un e-mail pe care nu îl așteptați.
# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = Un apel pe ecranul unui telefon și un semn galben de avertizare
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
someone-may-phone-and = Cineva vă poate suna și vă poate spune că este de la NHS. Sau de la cabinetul medicului de familie ori de la bancă.
# en: A GP surgery is where your family doctor works.
a-gp-surgery-is = În engleză, cabinetul medicului de familie se numește GP surgery.
# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
if-you-are-not = Un apel adevărat vă lasă timp să verificați. Dacă nu știți sigur, închideți. Apoi sunați-i la un număr pe care îl știți deja.
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = Escrocii pot face să apară un număr fals pe telefon. Deci nu vă bazați doar pe număr.
# en: What to do with a scam
what-to-do-with = Ce să faceți cu o înșelătorie
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = Un telefon cu un mesaj și o săgeată. Săgeata arată că trimiteți mesajul mai departe.
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = Ați primit un SMS fals? Trimiteți-l mai departe la **7726**. Este gratuit.
# en: You then get a text back. It asks for the number the scam came from. Send that number too.
you-then-get-a = Apoi primiți un SMS înapoi. Vă cere numărul de la care a venit înșelătoria. Trimiteți și acel număr.
# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = Asta ajută firmele de telefonie să oprească înșelătoriile. Apoi ștergeți SMS-ul.
# en: A letter going into a bin
a-bin-with-a = Un plic care intră într-un coș de gunoi
# en: Got a scam email? Do not reply to it.
got-a-scam-email = Ați primit un e-mail fals? Nu răspundeți la el.
# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
forward-it-to-report = Trimiteți-l mai departe la [report@phishing.gov.uk]({ $link1 }). Apoi ștergeți-l. Îl puteți marca și ca junk sau spam.
# en: If you tapped a link or gave your details
if-you-tapped-a = Dacă ați apăsat pe un link sau v-ați dat datele
# en: Do not panic, but act fast.
do-not-panic-but = Nu intrați în panică, dar acționați repede.
# en: It is not your fault. Scams can fool anyone.
it-is-not-your = Nu este vina dumneavoastră. Înșelătoriile pot păcăli pe oricine.
# en: A red stop sign with a white hand on it, next to a phone
a-red-stop-sign = Un semn roșu de stop cu o mână albă pe el, lângă un telefon
# en: Close the website. Do not type anything into it.
close-the-website-do = Închideți site-ul. Nu scrieți nimic acolo.
# en: A bank card next to a phone: call your bank
a-bank-card-next = Un card bancar lângă un telefon: sunați la bancă
# en: Did you give your bank details or pay money? Call your bank now.
did-you-give-your = V-ați dat datele bancare sau ați plătit bani? Sunați acum la bancă.
# en: Use the phone number on the back of your bank card. Or call **159**. It puts you through to most banks safely.
use-the-phone-number = Folosiți numărul de telefon de pe spatele cardului bancar. Sau sunați la **159**. Așa ajungeți în siguranță la cele mai multe bănci.
# en: Never move your money to a “safe account”. A real bank never asks you to do this.
never-move-your-money = Nu mutați niciodată banii într-un „cont sigur”. O bancă adevărată nu vă cere niciodată asta.
# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = Un lacăt cu 2 săgeți în jurul lui, pentru o parolă nouă
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = Ați scris o parolă? Schimbați-o acum. Schimbați-o în fiecare cont care folosește aceeași parolă.
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = O femeie în vârstă vorbește cu un tânăr. El o ascultă și o ajută.
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = Spuneți cuiva în care aveți încredere. Vă poate ajuta să vedeți ce să faceți mai departe.
# en: A police officer’s hat next to a phone
a-police-officer-s = O șapcă de polițist lângă un telefon
# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
report-the-scam-to = Raportați înșelătoria la **Report Fraud**. Intrați pe [reportfraud.police.uk]({ $link1 }) sau sunați la **0300 123 2040**.
# en: Report Fraud took over from Action Fraud in December 2025.
report-fraud-took-over = Report Fraud a înlocuit Action Fraud în decembrie 2025.
# en: Remember
remember = De reținut
# en: Stop and think before you tap a link.
stop-and-think-before = Opriți-vă și gândiți-vă înainte să apăsați pe un link.
# en: Ask someone you trust if you are not sure.
ask-someone-you-trust = Întrebați o persoană de încredere dacă nu știți sigur.
# en: Do not give your bank details, password or PIN to anyone who contacts you.
do-not-give-your = Nu dați datele bancare, parola sau codul PIN nimănui care vă contactează.
# en: Do not reply to a text or email that might be a scam.
do-not-reply-to = Nu răspundeți la un SMS sau e-mail care ar putea fi o înșelătorie.
# en: Want help to learn more? See [how to get help to get online]({ $link1 }).
want-help-to-learn = Vreți ajutor ca să învățați mai mult? Vedeți [cum primiți ajutor ca să folosiți internetul]({ $link1 }).
# en: junk
junk = junk
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = un dosar pentru e-mailurile care par nedorite sau periculoase
# en: spam
spam = spam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = mesaje pe care nu le-ați cerut. Multe dintre ele sunt înșelătorii.
# en: tap
tap = apăsați
# en: touch the screen with your finger
touch-the-screen-with = atingeți ecranul cu degetul
