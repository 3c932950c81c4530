# Cymraeg: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = Adnabod negeseuon testun, e-byst a galwadau NHS ffug
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
some-scams-pretend-to = Mae rhai sgamiau yn esgus mai'r NHS ydyn nhw. Dysgwch sut i'w hadnabod, a beth i'w wneud os ydych chi wedi tapio dolen.
# en: About 10 minutes to read
about-10-minutes-to = Tua 10 munud i'w ddarllen
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = Dim byd. Darllenwch y canllaw hwn cyn bod ei angen arnoch chi.
# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
report-fraud-reportfraud-police = Report Fraud (reportfraud.police.uk): Sut i roi gwybod am rywbeth amheus
# en: Report Fraud (reportfraud.police.uk): Phishing
report-fraud-reportfraud-police-2 = Report Fraud (reportfraud.police.uk): Gwe-rwydo (phishing)
# en: City of London Police: Report Fraud service goes live (4 December 2025)
city-of-london-police = City of London Police: Mae gwasanaeth Report Fraud yn dechrau (4 Rhagfyr 2025)
# en: Ofcom: How to report scam texts and mobile calls to 7726
ofcom-how-to-report = Ofcom: Sut i roi gwybod am negeseuon testun a galwadau sgam i 7726
# en: Mobile UK: Protect against fraud (7726)
mobile-uk-protect-against = Mobile UK: Diogelu eich hun rhag twyll (7726)
# en: Take Five to Stop Fraud: advice on requests to move money
take-five-to-stop = Take Five to Stop Fraud: cyngor am geisiadau i symud arian
# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
matthew-barber-mp-is = Matthew Barber MP: Ai eich banc chi sy'n ffonio go iawn? (y gwasanaeth 159)
# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
metropolitan-police-neighbourhood-alert = Metropolitan Police, rhybudd i'r gymdogaeth: Galwadau ffôn sgam sy'n esgus bod yn fanc neu'n heddlu
# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
nhs-lancashire-and-south = NHS Lancashire and South Cumbria: Byddwch yn effro i dwyll (beth na fydd yr NHS byth yn ei ofyn)
# en: A scam is a trick to steal your money or your details. Some people who make scams pretend to be the NHS. They send texts and emails, or they phone you.
a-scam-is-a = Tric i ddwyn eich arian neu eich manylion yw sgam. Mae rhai pobl sy'n gwneud sgamiau yn esgus mai'r NHS ydyn nhw. Maen nhw'n anfon negeseuon testun ac e-byst, neu'n eich ffonio chi.
# en: The NHS will never text, email or phone to ask for your bank details.
the-nhs-will-never = Fydd yr NHS byth yn tecstio, e-bostio na ffonio i ofyn am fanylion banc.
# en: The NHS will never ask for your password or your PIN. A PIN is a secret number.
the-nhs-will-never-2 = Fydd yr NHS byth yn gofyn am eich cyfrinair na'ch PIN. Rhif cyfrinachol yw PIN.
# en: The NHS App is free. You never pay to use it.
the-nhs-app-is = Mae'r NHS App am ddim. Dydych chi byth yn talu i'w ddefnyddio.
# en: Spot a scam
spot-a-scam = Adnabod sgam
# en: Be careful with any text, email or call that:
be-careful-with-any = Byddwch yn ofalus gydag unrhyw neges destun, e-bost neu alwad sy'n:
# en: A bank card next to a question mark
a-bank-card-next-2 = Cerdyn banc wrth ymyl marc cwestiwn
# en: asks for your bank details, a password or a PIN
asks-for-your-bank = gofyn am eich manylion banc, cyfrinair neu PIN
# en: A hand holding out coins
a-hand-holding-out = Llaw yn dal darnau arian allan
# en: asks you to pay money
asks-you-to-pay = gofyn i chi dalu arian
# en: A clock next to a warning sign
a-clock-next-to = Cloc wrth ymyl arwydd rhybudd
# en: says you must act fast, or something bad will happen
says-you-must-act = dweud bod rhaid i chi wneud rhywbeth yn gyflym, neu bydd rhywbeth drwg yn digwydd
# en: A chain link next to a question mark
a-chain-link-next = Dolen cadwyn wrth ymyl marc cwestiwn
# en: has a link to a website you do not know
has-a-link-to = cynnwys dolen i wefan nad ydych chi'n ei hadnabod
# en: A page of writing with some words crossed out
a-page-of-writing = Tudalen o ysgrifen gyda rhai geiriau wedi'u croesi allan
# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = cynnwys camgymeriadau sillafu neu'n edrych braidd yn od
# en: Texts, emails and calls
texts-emails-and-calls = Negeseuon testun, e-byst a galwadau
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a-3 = Ffôn gyda neges ar y sgrin ac arwydd rhybudd melyn
# en: A scam text can look like it comes from the NHS.
a-scam-text-can = Gall neges destun sgam edrych fel pe bai'n dod gan yr NHS.
# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = Pan fyddwch chi'n tapio dolen, mae'n mynd â chi i wefan. Gall dolen sgam edrych fel dolen go iawn gan yr NHS. Os nad ydych chi'n siŵr, peidiwch â'i thapio.
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = Agorwch yr NHS App eich hun yn lle hynny. Neu ewch i [nhs.uk]({ $link1 }) eich hun.
# en: A letter with a yellow warning sign and a link in it
a-letter-with-a-2 = Llythyr gydag arwydd rhybudd melyn a dolen ynddo
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can-2 = Gall e-bost sgam edrych yn go iawn. Efallai y bydd yn defnyddio enw a lliwiau'r NHS.
# en: Do not open links or files in an email you did not expect.
do-not-open-links-2 = Peidiwch ag agor dolenni na ffeiliau mewn e-bost nad oeddech chi'n ei ddisgwyl.
# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = Galwad ffôn ar sgrin ffôn, ac arwydd rhybudd melyn
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
someone-may-phone-and = Gall rhywun ffonio a dweud eu bod nhw o'r NHS. Neu o'ch meddygfa neu eich banc.
# en: A GP surgery is where your family doctor works.
a-gp-surgery-is = Meddygfa yw'r lle mae eich meddyg teulu yn gweithio.
# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
if-you-are-not = Bydd rhywun go iawn sy'n ffonio yn rhoi amser i chi wirio. Os nad ydych chi'n siŵr, rhowch y ffôn i lawr. Yna ffoniwch nhw ar rif rydych chi'n ei wybod yn barod.
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = Gall pobl sy'n gwneud sgamiau ddangos rhif ffug ar eich ffôn. Felly peidiwch ag ymddiried yn y rhif yn unig.
# en: What to do with a scam
what-to-do-with = Beth i'w wneud gyda sgam
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = Ffôn gyda neges a saeth. Mae'r saeth yn dangos eich bod chi'n anfon y neges ymlaen.
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = Wedi cael neges destun sgam? Anfonwch hi ymlaen i **7726**. Mae am ddim.
# en: You then get a text back. It asks for the number the scam came from. Send that number too.
you-then-get-a = Yna byddwch chi'n cael neges destun yn ôl. Mae'n gofyn am y rhif ddaeth y sgam ohono. Anfonwch y rhif hwnnw hefyd.
# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = Mae hyn yn helpu cwmnïau ffôn i stopio sgamiau. Yna dilëwch y neges.
# en: A letter going into a bin
a-bin-with-a = Llythyr yn mynd i mewn i fin
# en: Got a scam email? Do not reply to it.
got-a-scam-email = Wedi cael e-bost sgam? Peidiwch â'i ateb.
# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
forward-it-to-report = Anfonwch ef ymlaen i [report@phishing.gov.uk]({ $link1 }). Yna dilëwch ef. Gallwch chi hefyd ei farcio fel sothach neu sbam.
# en: If you tapped a link or gave your details
if-you-tapped-a = Os gwnaethoch chi dapio dolen neu roi eich manylion
# en: Do not panic, but act fast.
do-not-panic-but = Peidiwch â chynhyrfu, ond byddwch yn gyflym.
# en: It is not your fault. Scams can fool anyone.
it-is-not-your = Nid eich bai chi yw hyn. Gall sgamiau dwyllo unrhyw un.
# en: A red stop sign with a white hand on it, next to a phone
a-red-stop-sign = Arwydd stop coch gyda llaw wen arno, wrth ymyl ffôn
# en: Close the website. Do not type anything into it.
close-the-website-do = Caewch y wefan. Peidiwch â theipio dim byd ynddi.
# en: A bank card next to a phone: call your bank
a-bank-card-next = Cerdyn banc wrth ymyl ffôn: ffoniwch eich banc
# en: Did you give your bank details or pay money? Call your bank now.
did-you-give-your = Wnaethoch chi roi eich manylion banc neu dalu arian? Ffoniwch eich banc nawr.
# en: Use the phone number on the back of your bank card. Or call **159**. It puts you through to most banks safely.
use-the-phone-number = Defnyddiwch y rhif ffôn ar gefn eich cerdyn banc. Neu ffoniwch **159**. Mae'n eich cysylltu'n ddiogel â'r rhan fwyaf o fanciau.
# en: Never move your money to a “safe account”. A real bank never asks you to do this.
never-move-your-money = Peidiwch byth â symud eich arian i “gyfrif diogel”. Dydy banc go iawn byth yn gofyn i chi wneud hyn.
# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = Clo clap gyda 2 saeth yn mynd o'i gwmpas, ar gyfer cyfrinair newydd
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = Wnaethoch chi deipio cyfrinair? Newidiwch y cyfrinair nawr. Gwnewch hyn ar bob cyfrif sy'n defnyddio'r un cyfrinair.
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = Mae menyw hŷn yn siarad gyda dyn ifanc. Mae e'n gwrando ac yn ei helpu hi.
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = Dywedwch wrth rywun rydych chi'n ymddiried ynddo. Gallan nhw eich helpu i wirio beth i'w wneud nesaf.
# en: A police officer’s hat next to a phone
a-police-officer-s = Het heddwas wrth ymyl ffôn
# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
report-the-scam-to = Rhowch wybod am y sgam i **Report Fraud**. Ewch i [reportfraud.police.uk]({ $link1 }) neu ffoniwch **0300 123 2040**.
# en: Report Fraud took over from Action Fraud in December 2025.
report-fraud-took-over = Daeth Report Fraud yn lle Action Fraud ym mis Rhagfyr 2025.
# en: Remember
remember = Cofiwch
# en: Stop and think before you tap a link.
stop-and-think-before = Stopiwch a meddyliwch cyn tapio dolen.
# en: Ask someone you trust if you are not sure.
ask-someone-you-trust = Gofynnwch i rywun rydych chi'n ymddiried ynddo os nad ydych chi'n siŵr.
# en: Do not give your bank details, password or PIN to anyone who contacts you.
do-not-give-your = Peidiwch â rhoi eich manylion banc, cyfrinair na PIN i neb sy'n cysylltu â chi.
# en: Do not reply to a text or email that might be a scam.
do-not-reply-to = Peidiwch ag ateb neges destun neu e-bost a allai fod yn sgam.
# en: Want help to learn more? See [how to get help to get online]({ $link1 }).
want-help-to-learn = Eisiau help i ddysgu mwy? Darllenwch [sut i gael help i fynd ar-lein]({ $link1 }).
# en: junk
junk = sothach
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = ffolder ar gyfer e-byst sy'n edrych yn ddiangen neu'n anniogel
# en: spam
spam = sbam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = negeseuon na wnaethoch chi ofyn amdanyn nhw. Sgamiau yw llawer ohonyn nhw.
# en: tap
tap = tapio
# en: touch the screen with your finger
touch-the-screen-with = cyffwrdd â'r sgrin gyda'ch bys
