# Cymraeg: the guide "nhs-app", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get the NHS App and log in
get-the-nhs-app = Cael yr NHS App a mewngofnodi
# en: Get the free NHS App on your phone or tablet. Then set up your NHS login.
get-the-free-nhs = Lawrlwythwch yr NHS App am ddim i'ch ffôn neu'ch llechen. Yna crëwch eich NHS login.
# en: About 20 to 30 minutes. The check of your ID can take a week or more.
about-20-to-30 = Tua 20 i 30 munud. Gall gwirio eich prawf adnabod gymryd wythnos neu fwy.
# en: A smartphone or tablet that can use the internet
a-smartphone-or-tablet = Ffôn clyfar neu lechen sy'n gallu defnyddio'r rhyngrwyd
# en: An email address that you can open
an-email-address-that = Cyfeiriad e-bost rydych chi'n gallu ei agor
# en: Your mobile phone number, or a landline number
your-mobile-phone-number = Rhif eich ffôn symudol, neu rif llinell dir
# en: Photo ID, like a passport or a driving licence
photo-id-like-a = Prawf adnabod gyda llun, fel pasbort neu drwydded yrru
# en: NHS England Digital: Getting patients started with NHS login
nhs-england-digital-getting = NHS England Digital: Helpu cleifion i ddechrau defnyddio NHS login
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide = NHS England Digital: Canllaw i wirfoddolwyr – gwirio hunaniaeth gyda phrawf adnabod gyda llun
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide-2 = NHS England Digital: Canllaw i wirfoddolwyr – gwirio hunaniaeth heb brawf adnabod gyda llun
# en: NHS login team guidance on accepted photo ID (PatientPack support: Problems applying for an NHS login)
nhs-login-team-guidance = Canllawiau tîm NHS login ar ba brawf adnabod gyda llun sy'n iawn (PatientPack support: Problems applying for an NHS login)
# en: nhs-digital.zendesk.com: who can use the NHS App at 13 to 15
nhs-digital-zendesk-com = nhs-digital.zendesk.com: pwy sy'n gallu defnyddio'r NHS App yn 13 i 15 oed
# en: nhs-digital.zendesk.com: how long identity checks can take
nhs-digital-zendesk-com-2 = nhs-digital.zendesk.com: faint o amser mae gwirio hunaniaeth yn gallu ei gymryd
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: telerau defnyddio (apphelp.nhs.wales)
# en: The NHS App is free. An app is a program for a phone or tablet.
the-nhs-app-is = Mae'r NHS App am ddim. Rhaglen ar gyfer ffôn neu lechen yw ap.
# en: In the NHS App you can order medicines and book appointments. You can also see your health record.
in-the-nhs-app = Yn yr NHS App, gallwch chi archebu meddyginiaethau a threfnu apwyntiadau. Gallwch chi hefyd weld eich cofnod iechyd.
# en: You can use it on a computer too, on the NHS website.
you-can-use-it = Gallwch chi ei ddefnyddio ar gyfrifiadur hefyd, ar wefan yr NHS.
# en: You can use the NHS App if you are 13 or over. You must have a GP surgery in England.
you-can-use-the = Gallwch chi ddefnyddio'r NHS App os ydych chi'n 13 oed neu'n hŷn. Rhaid bod gennych chi feddygfa yn Lloegr.
# en: A GP is a family doctor. A GP surgery is the place where your GP works.
a-gp-is-a = Meddyg teulu yw GP. Meddygfa yw'r lle mae eich meddyg teulu yn gweithio.
# en: Are you 13 to 15? Ask your GP surgery first. You cannot see your GP record on your own until they set it up.
are-you-13-to = Ydych chi rhwng 13 a 15 oed? Gofynnwch i'ch meddygfa yn gyntaf. Rhaid iddyn nhw drefnu hyn cyn i chi weld eich cofnod GP eich hun.
# en: **Is your GP surgery in Wales?** Use the NHS Wales App instead. You must be 16 or over to use it.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Defnyddiwch yr NHS Wales App yn lle hynny. Rhaid i chi fod yn 16 oed neu'n hŷn i'w ddefnyddio.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Mae'r ap yn newid o bryd i'w gilydd. Efallai y bydd eich sgriniau'n edrych ychydig yn wahanol i'r canllaw hwn.
# en: Before you start, check that the person has their phone, their email address and their photo ID with them. They need all of these to make an NHS login.
before-you-start-check = Cyn i chi ddechrau, gwnewch yn siŵr bod gan y person ei ffôn, ei gyfeiriad e-bost a'i brawf adnabod gyda llun. Mae angen y rhain i gyd arno i greu NHS login.
# en: Get the app
get-the-app = Cael yr ap
# en: A phone with a shopping bag on its screen, for the app store
a-phone-with-a = Ffôn gyda bag siopa ar ei sgrin, ar gyfer y siop apiau
# en: Open the app store on your phone or tablet.
open-the-app-store = Agorwch y siop apiau ar eich ffôn neu lechen.
# en: On an iPhone or iPad, this is the **App Store**. On most other phones, it is **Google Play**.
on-an-iphone-or = Ar iPhone neu iPad, dyma'r **App Store**. Ar y rhan fwyaf o ffonau eraill, dyma **Google Play**.
# en: A phone with a search box and a big magnifying glass
a-phone-with-a-2 = Ffôn gyda blwch chwilio a chwyddwydr mawr
# en: Tap the search box. Type **NHS App**.
tap-the-search-box = Tapiwch y blwch chwilio. Teipiwch **NHS App**.
# en: Check that you have the real NHS App. It is free. Never pay for it.
check-that-you-have = Gwnewch yn siŵr mai'r NHS App go iawn sydd gennych chi. Mae am ddim. Peidiwch byth â thalu amdano.
# en: Tap **Get** on an iPhone, or **Install** on other phones. Wait for the app to load.
tap-install-or-get = Ar iPhone, tapiwch **Get**. Ar ffonau eraill, tapiwch **Install**. Arhoswch i'r ap lwytho.
# en: A phone with the app open. There is a big button at the bottom.
a-phone-with-the = Ffôn gyda'r ap ar agor. Mae botwm mawr ar y gwaelod.
# en: Open the NHS App. Tap **Continue**.
open-the-nhs-app = Agorwch yr NHS App. Tapiwch **Continue**.
# en: Make your NHS login
make-your-nhs-login = Creu eich NHS login
# en: You need an NHS login to use the app. An NHS login is your own account for NHS apps and websites. You log in with your email address and a password.
you-need-an-nhs = Mae angen NHS login arnoch chi i ddefnyddio'r ap. NHS login yw eich cyfrif eich hun ar gyfer apiau a gwefannau'r NHS. Rydych chi'n mewngofnodi gyda'ch cyfeiriad e-bost a chyfrinair.
# en: Already have an NHS login? Log in with it. Then go to [step 11]({ $link1 }).
already-have-an-nhs = Oes gennych chi NHS login yn barod? Mewngofnodwch gyda hwnnw. Yna ewch i [gam 11]({ $link1 }).
# en: A letter and a padlock, for your email address and your password
a-letter-and-a = Llythyr a chlo clap, ar gyfer eich cyfeiriad e-bost a'ch cyfrinair
# en: Type your email address. Then make a password.
type-your-email-address = Teipiwch eich cyfeiriad e-bost. Yna crëwch gyfrinair.
# en: Use a password that is hard to guess. Do not use your name or your birthday. Do not use it anywhere else.
use-a-password-that = Defnyddiwch gyfrinair sy'n anodd ei ddyfalu. Peidiwch â defnyddio eich enw na'ch pen-blwydd. Peidiwch â'i ddefnyddio yn unman arall.
# en: A letter with 6 dots on it, for a secret code
a-letter-with-6 = Llythyr gyda 6 dot arno, ar gyfer cod cyfrinachol
# en: NHS login sends a code to your email. Open your email. Type the code into the app.
nhs-login-sends-a = Mae NHS login yn anfon cod i'ch e-bost. Agorwch eich e-bost. Teipiwch y cod yn yr ap.
# en: No code? Look in your junk or spam folder.
no-code-look-in = Dim cod? Edrychwch yn eich ffolder sothach (junk) neu sbam (spam).
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-3 = Ffôn gyda swigen siarad. Mae 6 dot yn y swigen ar gyfer cod.
# en: Type your phone number. It can be a mobile or a landline.
type-your-mobile-phone = Teipiwch eich rhif ffôn. Gall fod yn ffôn symudol neu'n llinell dir.
# en: NHS login sends a code to that phone. Type the code into the app.
nhs-login-sends-a-2 = Mae NHS login yn anfon cod i'r ffôn hwnnw. Teipiwch y cod yn yr ap.
# en: Prove who you are
prove-who-you-are = Profi pwy ydych chi
# en: Next, NHS login checks that you are you. This keeps your health details safe.
next-nhs-login-checks = Nesaf, mae NHS login yn gwirio mai chi ydych chi. Mae hyn yn cadw eich manylion iechyd yn ddiogel.
# en: A card with a face on it, and a page of details about you
a-card-with-a = Cerdyn gydag wyneb arno, a thudalen o fanylion amdanoch chi
# en: Type your NHS number, your date of birth and your postcode.
type-your-nhs-number = Teipiwch eich rhif NHS, eich dyddiad geni a'ch cod post.
# en: Your NHS number is a 10 digit number. It is on letters from the NHS. If you do not know it, you can type your name instead.
your-nhs-number-is = Mae eich rhif NHS yn rhif 10 digid. Mae ar lythyrau gan yr NHS. Os nad ydych chi'n ei wybod, gallwch chi deipio eich enw yn lle hynny.
# en: Use the postcode your GP surgery has for you. Do they use the surgery’s own address for you? Then type the surgery’s postcode.
use-the-postcode-your = Defnyddiwch y cod post sydd gan eich meddygfa ar eich cyfer chi. Ydyn nhw'n defnyddio cyfeiriad y feddygfa ei hun ar eich cyfer chi? Yna teipiwch god post y feddygfa.
# en: A phone takes a photo of a passport
a-phone-takes-a = Ffôn yn tynnu llun o basbort
# en: Take a photo of your photo ID with the app.
take-a-photo-of = Defnyddiwch yr ap i dynnu llun o'ch prawf adnabod gyda llun.
# en: Put it on a dark, flat table in good light. Show all 4 corners. Make sure there is no shine on it.
put-it-on-a = Rhowch ef ar fwrdd tywyll, gwastad mewn golau da. Dangoswch y 4 cornel i gyd. Gwnewch yn siŵr nad oes sglein arno.
# en: You can use one of these:
you-can-use-one = Gallwch chi ddefnyddio un o'r rhain:
# en: The cover of a passport, with a round badge on it
the-cover-of-a = Clawr pasbort, gyda bathodyn crwn arno
# en: a passport
a-passport-2 = pasbort
# en: A driving licence card with a photo
a-driving-licence-card = Cerdyn trwydded yrru gyda llun
# en: a UK driving licence, full or provisional, or a full European driving licence
a-uk-driving-licence = trwydded yrru Brydeinig, lawn neu dros dro, neu drwydded yrru lawn o Ewrop
# en: An identity card with a photo and a star
an-identity-card-with = Cerdyn adnabod gyda llun a seren
# en: a European national identity card, or a UK residence card
a-european-national-identity = cerdyn adnabod cenedlaethol o wlad yn Ewrop, neu gerdyn preswylio o'r Deyrnas Unedig
# en: You cannot use a bus pass or an NHS ID card.
you-cannot-use-a = Allwch chi ddim defnyddio pàs bws na cherdyn adnabod NHS.
# en: A woman in a hijab holds up her phone. The phone films her face.
a-woman-in-a = Mae menyw mewn hijab yn dal ei ffôn i fyny. Mae'r ffôn yn ffilmio ei hwyneb.
# en: Then the app checks your face. It may scan your face, or ask for a short video.
then-the-app-checks = Yna mae'r ap yn gwirio eich wyneb. Efallai y bydd yn sganio eich wyneb, neu'n gofyn am fideo byr.
# en: In the video, you say 4 numbers. You can sign them in British Sign Language instead. Or write them down and show them.
in-the-video-you = Yn y fideo, rydych chi'n dweud 4 rhif. Gallwch chi eu harwyddo yn Iaith Arwyddion Prydain yn lle hynny. Neu eu hysgrifennu a'u dangos.
# en: Do flashing lights affect you, for example because of epilepsy? Choose the video, not the face scan.
do-flashing-lights-affect = Ydy goleuadau sy'n fflachio yn effeithio arnoch chi, er enghraifft oherwydd epilepsi? Dewiswch y fideo, nid y sgan wyneb.
# en: No photo ID? Your GP surgery can give you 3 details to prove who you are instead.
no-photo-id-your = Dim prawf adnabod gyda llun? Gall eich meddygfa roi 3 manylyn i chi i brofi pwy ydych chi.
# en: See [what to do if NHS login goes wrong]({ $link1 }).
see-what-to-do = Darllenwch [beth i'w wneud os bydd NHS login yn mynd o'i le]({ $link1 }).
# en: A clock next to a letter with a tick on it
a-clock-next-to = Cloc wrth ymyl llythyr gyda thic arno
# en: Wait for NHS login to check your details. This can be quick, or take a week or more.
wait-for-nhs-login = Arhoswch i NHS login wirio eich manylion. Gall hyn fod yn gyflym, neu gymryd wythnos neu fwy.
# en: NHS login sends you an email when it has checked them. You can use some parts of the app before then.
nhs-login-sends-you = Mae NHS login yn anfon e-bost atoch chi pan fydd wedi'u gwirio. Gallwch chi ddefnyddio rhai rhannau o'r ap cyn hynny.
# en: Did the check fail? The email says why. You can try again, or ask your GP surgery for the 3 details.
did-the-check-fail = Wnaeth y gwiriad fethu? Mae'r e-bost yn dweud pam. Gallwch chi roi cynnig arall arni, neu ofyn i'ch meddygfa am y 3 manylyn.
# en: Log in with your fingerprint or face
log-in-with-your = Mewngofnodi gyda'ch ôl bys neu'ch wyneb
# en: A fingerprint and a face, the 2 quick ways to log in
a-fingerprint-and-a = Ôl bys ac wyneb, y 2 ffordd gyflym o fewngofnodi
# en: You can log in with your fingerprint or your face. It is quicker than a password.
you-can-log-in = Gallwch chi fewngofnodi gyda'ch ôl bys neu'ch wyneb. Mae'n gyflymach na chyfrinair.
# en: Your phone needs a screen lock for this, like a PIN. A PIN is a secret number that you choose.
your-phone-needs-a = Mae angen clo sgrin ar eich ffôn ar gyfer hyn, fel PIN. Rhif cyfrinachol rydych chi'n ei ddewis yw PIN.
# en: The app may ask if you want to turn it on. You can also turn it on in the app’s settings.
the-app-may-ask = Efallai y bydd yr ap yn gofyn a ydych chi eisiau ei droi ymlaen. Gallwch chi hefyd ei droi ymlaen yn y gosodiadau yn yr ap.
# en: A phone with a big tick: you are logged in
a-phone-with-a-4 = Ffôn gyda thic mawr: rydych chi wedi mewngofnodi
# en: Next time, open the NHS App. Use your fingerprint or face.
next-time-open-the = Y tro nesaf, agorwch yr NHS App. Defnyddiwch eich ôl bys neu eich wyneb.
# en: Or type your email and password. Then type the code that comes to your phone.
or-type-your-email = Neu teipiwch eich e-bost a'ch cyfrinair. Yna teipiwch y cod sy'n dod i'ch ffôn.
# en: Keep your NHS login safe
keep-your-nhs-login = Cadw eich NHS login yn ddiogel
# en: Keep your password secret.
keep-your-password-secret = Cadwch eich cyfrinair yn gyfrinach.
# en: Log out when you finish, if other people use your phone or tablet.
log-out-when-you = Allgofnodwch pan fyddwch chi'n gorffen, os yw pobl eraill yn defnyddio eich ffôn neu lechen.
# en: Do not tell anyone your password or a code. Not even someone who says they are from the NHS.
do-not-tell-anyone = Peidiwch â dweud eich cyfrinair na chod wrth neb. Dim hyd yn oed rhywun sy'n dweud eu bod nhw o'r NHS.
# en: Do not keep your password where other people can see it.
do-not-keep-your = Peidiwch â chadw eich cyfrinair lle gall pobl eraill ei weld.
# en: The NHS will never ask for your password. Learn how to [spot NHS scams]({ $link1 }).
the-nhs-will-never = Fydd yr NHS byth yn gofyn am eich cyfrinair. Dysgwch sut i [adnabod sgamiau NHS]({ $link1 }).
# en: Need help with any step? See [how to get help to get online]({ $link1 }).
need-help-with-any = Angen help gydag unrhyw gam? Darllenwch [sut i gael help i fynd ar-lein]({ $link1 }).
# en: Next, you can [order a repeat prescription]({ $link1 }) or [book a GP appointment]({ $link2 }).
next-you-can-order = Nesaf, gallwch chi [archebu presgripsiwn amlroddadwy]({ $link1 }) neu [drefnu apwyntiad gyda meddyg teulu]({ $link2 }).
# en: junk
junk = sothach
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = ffolder ar gyfer e-byst sy'n edrych yn ddiangen neu'n anniogel
# en: log in
log-in = mewngofnodi
# en: type your email address and password to get into your account
type-your-email-address-2 = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
# en: screen lock
screen-lock = clo sgrin
# en: a PIN, pattern, fingerprint or face check that stops other people opening your phone
a-pin-pattern-fingerprint = PIN, patrwm, ôl bys neu wiriad wyneb sy'n atal pobl eraill rhag agor eich ffôn
# en: settings
settings = gosodiadau
# en: the part of an app or phone where you choose how it works
the-part-of-an = y rhan o ap neu ffôn lle rydych chi'n dewis sut mae'n gweithio
# en: spam
spam = sbam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = negeseuon na wnaethoch chi ofyn amdanyn nhw. Sgamiau yw llawer ohonyn nhw.
# en: tap
tap = tapiwch
# en: touch the screen with your finger
touch-the-screen-with = cyffyrddwch â'r sgrin gyda'ch bys
