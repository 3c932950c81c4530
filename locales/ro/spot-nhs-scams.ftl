# Română: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = Mesaje, e-mailuri și apeluri false în numele NHS: cum le recunoașteți
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
# stale: the words above changed; before, they were: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you clicked a link.
some-scams-pretend-to = Unele înșelătorii pretind că vin de la NHS. Aflați cum să le recunoașteți și ce să faceți dacă ați apăsat pe un link.
# en: About 10 minutes to read
about-10-minutes-to = În jur de 10 minute de citit
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = Nimic. Citiți acest ghid înainte să aveți nevoie de el.
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: National Cyber Security Centre: Phishing: spot and report scam emails, texts, websites and calls
national-cyber-security-centre = National Cyber Security Centre: Phishing: cum recunoașteți și raportați e-mailuri, mesaje, site-uri și apeluri false
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: nhs.uk: NHS App help and support
nhs-uk-nhs-app = nhs.uk: Ajutor și asistență pentru NHS App

# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
# report-fraud-reportfraud-police =


# en: Report Fraud (reportfraud.police.uk): Phishing
# report-fraud-reportfraud-police-2 =


# en: City of London Police: Report Fraud service goes live (4 December 2025)
# city-of-london-police =


# en: Ofcom: How to report scam texts and mobile calls to 7726
# ofcom-how-to-report =


# en: Mobile UK: Protect against fraud (7726)
# mobile-uk-protect-against =

# en: Take Five to Stop Fraud: advice on requests to move money
# stale: the words above changed; before, they were: Take Five to Stop Fraud: advice on scam texts, emails and calls
take-five-to-stop = Take Five to Stop Fraud: sfaturi despre mesaje, e-mailuri și apeluri false

# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
# matthew-barber-mp-is =


# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
# metropolitan-police-neighbourhood-alert =


# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
# nhs-lancashire-and-south =

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
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a = Un telefon cu un mesaj pe ecran și un semn galben de avertizare
# en: Be careful with any text, email or call that:
be-careful-with-any = Aveți grijă la orice SMS, e-mail sau apel care:

# en: A bank card next to a question mark
# a-bank-card-next-2 =

# en: asks for your bank details, a password or a PIN
asks-for-your-bank = vă cere datele bancare, o parolă sau un cod PIN

# en: A hand holding out coins
# a-hand-holding-out =

# en: asks you to pay money
asks-you-to-pay = vă cere să plătiți bani

# en: A clock next to a warning sign
# a-clock-next-to =

# en: says you must act fast, or something bad will happen
says-you-must-act = spune că trebuie să faceți ceva repede, altfel se va întâmpla ceva rău

# en: A chain link next to a question mark
# a-chain-link-next =

# en: has a link to a website you do not know
has-a-link-to = are un link către un site pe care nu îl cunoașteți

# en: A page of writing with some words crossed out
# a-page-of-writing =

# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = are greșeli de scriere sau pare puțin ciudat
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A phone showing a link. A fish hook hangs from it, like a trap.
a-phone-showing-a = Un telefon care arată un link. Din el atârnă un cârlig de pescuit, ca o capcană.
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Take care with links. A link takes you to a website when you tap it.
take-care-with-links = Aveți grijă la linkuri. Un link vă duce pe un site când apăsați pe el.

# en: Texts, emails and calls
# texts-emails-and-calls =


# en: A phone with a message on the screen and a yellow warning sign
# a-phone-with-a-3 =


# en: A scam text can look like it comes from the NHS.
# a-scam-text-can =

# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
# stale: the words above changed; before, they were: A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = Un link fals poate arăta ca un link real de la NHS. Dacă nu știți sigur, nu apăsați pe el.
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = Mai bine deschideți direct NHS App. Sau intrați direct pe [nhs.uk]({ $link1 }).

# en: A letter with a yellow warning sign and a link in it
# a-letter-with-a-2 =


# en: A scam email can look real. It may use the NHS name and colours.
# a-scam-email-can-2 =


# en: Do not open links or files in an email you did not expect.
# do-not-open-links-2 =

# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = Un apel pe ecranul unui telefon și un semn galben de avertizare
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
# stale: the words above changed; before, they were: Someone may phone and say they are from the NHS or your GP surgery. A GP surgery is where your family doctor works.
someone-may-phone-and = Cineva vă poate suna. Poate spune că este de la NHS sau de la cabinetul GP. Cabinetul GP este locul unde lucrează medicul de familie.

# en: A GP surgery is where your family doctor works.
# a-gp-surgery-is =

# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
# stale: the words above changed; before, they were: If you are not sure, hang up. Then phone your GP surgery on a number you already know.
if-you-are-not = Dacă nu știți sigur, închideți telefonul. Apoi sunați la cabinetul GP, la un număr pe care îl știți deja.
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = Escrocii pot face să apară un număr fals pe telefon. Deci nu vă bazați doar pe număr.
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A letter with a fish hook in it, like a trap
a-letter-with-a = O scrisoare cu un cârlig de pescuit în ea, ca o capcană
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can = Un e-mail fals poate părea real. Poate folosi numele și culorile NHS.
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Do not open links or files in an email you did not expect.
do-not-open-links = Nu deschideți linkuri sau fișiere dintr-un e-mail pe care nu îl așteptați.
# en: What to do with a scam
what-to-do-with = Ce să faceți cu o înșelătorie
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = Un telefon cu un mesaj și o săgeată. Săgeata arată că trimiteți mesajul mai departe.
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = Ați primit un SMS fals? Trimiteți-l mai departe la **7726**. Este gratuit.

# en: You then get a text back. It asks for the number the scam came from. Send that number too.
# you-then-get-a =

# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = Asta ajută firmele de telefonie să oprească înșelătoriile. Apoi ștergeți SMS-ul.
# en: A letter going into a bin
# stale: the words above changed; before, they were: A bin with a letter going into it
a-bin-with-a = Un coș de gunoi în care intră o scrisoare
# en: Got a scam email? Do not reply to it.
got-a-scam-email = Ați primit un e-mail fals? Nu răspundeți la el.
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Mark it as junk or spam. Then delete it.
mark-it-as-junk = Marcați-l ca spam sau ca mesaj nedorit. Apoi ștergeți-l.

# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
# forward-it-to-report =

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
# stale: the words above changed; before, they were: Use the phone number on the back of your bank card.
use-the-phone-number = Folosiți numărul de telefon de pe spatele cardului bancar.

# en: Never move your money to a “safe account”. A real bank never asks you to do this.
# never-move-your-money =

# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = Un lacăt cu 2 săgeți în jurul lui, pentru o parolă nouă
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = Ați scris o parolă? Schimbați-o acum. Schimbați-o în fiecare cont care folosește aceeași parolă.
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = O femeie în vârstă vorbește cu un tânăr. El o ascultă și o ajută.
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = Spuneți cuiva în care aveți încredere. Vă poate ajuta să vedeți ce să faceți mai departe.
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: You can also report the scam. Your bank or the police can tell you how.
you-can-also-report = Puteți și să raportați înșelătoria. Banca sau poliția vă pot spune cum.

# en: A police officer’s hat next to a phone
# a-police-officer-s =


# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
# report-the-scam-to =


# en: Report Fraud took over from Action Fraud in December 2025.
# report-fraud-took-over =

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
# junk =


# en: a folder for emails that look unwanted or unsafe
# a-folder-for-emails =


# en: spam
# spam =


# en: messages you did not ask for. Many of them are scams.
# messages-you-did-not =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

