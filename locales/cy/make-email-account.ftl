# Cymraeg: the guide "make-email-account", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Make an email account
make-an-email-account = Creu cyfrif e-bost
# en: Get a free email address. You need one for the NHS App and for many other things online.
get-a-free-email = Cael cyfeiriad e-bost am ddim. Mae ei angen arnoch ar gyfer yr NHS App a llawer o bethau ar-lein.
# en: About 15 minutes
about-15-minutes = Tua 15 munud
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Ffôn, llechen neu gyfrifiadur gyda'r rhyngrwyd
# en: Your mobile phone, to get a code
your-mobile-phone-to = Eich ffôn symudol, i gael cod
# en: A pen and paper
a-pen-and-paper = Beiro a phapur
# en: Northern Ireland Cyber Security Centre (with the NCSC): Be Cyber Aware – protect your email
northern-ireland-cyber-security = Northern Ireland Cyber Security Centre (gyda'r NCSC): Be Cyber Aware – diogelu eich e-bost
# en: Kennington Parish Council: Have you secured your email account? (from NCSC Cyber Aware)
kennington-parish-council-have = Kennington Parish Council: Ydych chi wedi diogelu eich cyfrif e-bost? (o NCSC Cyber Aware)
# en: NCSC and CyberScotland: Passwords and 2-step verification
ncsc-and-cyberscotland-passwords = NCSC a CyberScotland: Cyfrineiriau a dilysu 2 gam
# en: Google: Gmail sign-in page (Create account)
google-gmail-sign-in = Google: tudalen mewngofnodi Gmail (Create account)
# en: everydaytech.org: How to create an email address (a recovery phone number)
everydaytech-org-how-to = everydaytech.org: Sut i greu cyfeiriad e-bost (rhif ffôn i adfer y cyfrif)
# en: An email address is like a postal address for messages on the internet. It looks like **name@example.com**.
an-email-address-is = Mae cyfeiriad e-bost fel cyfeiriad post ar gyfer negeseuon ar y rhyngrwyd. Mae'n edrych fel **name@example.com**.
# en: You need an email address to get the NHS App. Many free email services let you make one.
you-need-an-email = Mae angen cyfeiriad e-bost arnoch chi i gael yr NHS App. Mae llawer o wasanaethau e-bost am ddim yn gadael i chi greu un.
# en: Choose a free email service
choose-a-free-email = Dewis gwasanaeth e-bost am ddim
# en: Two different coloured letters side by side, for 2 email services
two-different-coloured-letters = Dau lythyr o liwiau gwahanol ochr yn ochr, ar gyfer 2 wasanaeth e-bost
# en: Choose a free email service. Gmail from Google and Outlook from Microsoft are 2 of them.
choose-a-free-email-2 = Dewiswch wasanaeth e-bost am ddim. Mae Gmail gan Google ac Outlook gan Microsoft yn 2 ohonyn nhw.
# en: Ask a friend or a library helper which one they use. They can help you with it.
ask-a-friend-or = Gofynnwch i ffrind neu helpwr yn y llyfrgell pa un maen nhw'n ei ddefnyddio. Gallan nhw eich helpu chi gydag ef.
# en: A phone with a button at the bottom of the screen
a-phone-with-a = Ffôn gyda botwm ar waelod y sgrin
# en: Open the email app, or go to the service’s website. Tap **Create account**.
open-the-email-app = Agorwch yr ap e-bost, neu ewch i wefan y gwasanaeth. Tapiwch **Create account** (Creu cyfrif).
# en: Tell them about you
tell-them-about-you = Dweud amdanoch chi'ch hun
# en: A form with lines for a name and a date of birth
a-form-with-lines = Ffurflen gyda llinellau ar gyfer enw a dyddiad geni
# en: Type your first name and last name. Then type your date of birth.
type-your-first-name = Teipiwch eich enw cyntaf a'ch cyfenw. Yna teipiwch eich dyddiad geni.
# en: Choose your email address
choose-your-email-address = Dewis eich cyfeiriad e-bost
# en: A letter with an @ sign made of lines
a-letter-with-an = Llythyr gydag arwydd @ wedi'i wneud o linellau
# en: Choose the first part of your email address. For example, your name and some numbers.
choose-the-first-part = Dewiswch ran gyntaf eich cyfeiriad e-bost. Er enghraifft, eich enw a rhai rhifau.
# en: Someone else may have it already. Then try a different one. Write your new email address on paper.
someone-else-may-have = Efallai bod gan rywun arall y cyfeiriad hwn yn barod. Yna rhowch gynnig ar un gwahanol. Ysgrifennwch eich cyfeiriad e-bost newydd ar bapur.
# en: Make a strong password
make-a-strong-password = Creu cyfrinair cryf
# en: 3 cards in a row, for 3 random words
text-3-cards-in-a = 3 cherdyn mewn rhes, ar gyfer 3 gair ar hap
# en: Make a password from 3 random words. For example, think of 3 things you can see now.
make-a-password-from = Crëwch gyfrinair o 3 gair ar hap. Er enghraifft, meddyliwch am 3 pheth rydych chi'n gallu eu gweld nawr.
# en: Do not use your name, your birthday or a pet’s name. Do not use this password anywhere else.
do-not-use-your = Peidiwch â defnyddio eich enw, eich pen-blwydd nac enw anifail anwes. Peidiwch â defnyddio'r cyfrinair hwn yn unrhyw le arall.
# en: A notebook in a drawer, kept at home
a-notebook-in-a = Llyfr nodiadau mewn drôr, yn cael ei gadw gartref
# en: Write your password down if you need to. Keep it somewhere safe at home.
write-your-password-down = Ysgrifennwch eich cyfrinair os oes angen. Cadwch ef yn rhywle diogel gartref.
# en: Add your phone number
add-your-phone-number = Ychwanegu eich rhif ffôn
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-2 = Ffôn gyda swigen siarad. Mae 6 dot yn y swigen, ar gyfer cod.
# en: Type your mobile phone number. The service sends you a code by text. Type the code in.
type-your-mobile-phone = Teipiwch rif eich ffôn symudol. Mae'r gwasanaeth yn anfon cod atoch chi mewn neges destun. Teipiwch y cod.
# en: Your phone number helps you get back in if you forget your password.
your-phone-number-helps = Anghofio eich cyfrinair? Mae eich rhif ffôn yn eich helpu i fynd yn ôl i mewn.
# en: Turn on 2-step verification
turn-on-2-step = Troi dilysu 2 gam ymlaen
# en: A padlock and a phone with a tick
a-padlock-and-a = Clo clap a ffôn gyda thic
# en: Turn on **2-step verification**. Look for it in your account’s settings.
turn-on-2-step-2 = Trowch **ddilysu 2 gam** (2-step verification) ymlaen. Chwiliwch amdano yn y gosodiadau ar gyfer eich cyfrif.
# en: On a new phone or computer, you then need your password and a code. A thief cannot get in with your password alone.
on-a-new-phone = Yna, ar ffôn neu gyfrifiadur newydd, bydd angen eich cyfrinair a chod arnoch chi. All lleidr ddim mynd i mewn gyda'ch cyfrinair yn unig.
# en: Send a test email
send-a-test-email = Anfon e-bost prawf
# en: A letter flying from one phone to another
a-letter-flying-from = Llythyr yn hedfan o un ffôn i un arall
# en: Send an email to a friend. Ask them to reply. Now you know it works.
send-an-email-to = Anfonwch e-bost at ffrind. Gofynnwch iddyn nhw ateb. Nawr rydych chi'n gwybod ei fod yn gweithio.
# en: Next, you can [get the NHS App]({ $link1 }). Learn how to [spot fake NHS emails]({ $link2 }) too.
next-you-can-get = Nesaf, gallwch chi [gael yr NHS App]({ $link1 }). Dysgwch sut i [adnabod e-byst NHS ffug]({ $link2 }) hefyd.
# en: Do not tell anyone your password. Not even a helper.
do-not-tell-anyone = Peidiwch â dweud eich cyfrinair wrth neb. Dim hyd yn oed wrth helpwr.
# en: Do not open emails you did not expect from people you do not know.
do-not-open-emails = Peidiwch ag agor e-byst annisgwyl gan bobl nad ydych chi'n eu hadnabod.
# en: verification
verification = dilysu
# en: a check that it is really you
a-check-that-it = gwiriad mai chi sydd yno go iawn
# en: settings
settings = gosodiadau
# en: the part of an app or phone where you choose how it works
the-part-of-an = y rhan o ap neu ffôn lle rydych chi'n dewis sut mae'n gweithio
# en: tap
tap = tapiwch
# en: touch the screen with your finger
touch-the-screen-with = cyffyrddwch â'r sgrin gyda'ch bys
