# Cymraeg: the guide "nhs-login-problems", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: When NHS login goes wrong
when-nhs-login-goes = Pan fydd NHS login yn mynd o'i le
# en: What to do if you have no photo ID, or the check fails. What to do if you forget your password.
what-to-do-if = Beth i'w wneud heb brawf adnabod gyda llun, neu os bydd y gwiriad yn methu. Beth i'w wneud os byddwch chi'n anghofio eich cyfrinair.
# en: About 10 to 20 minutes
about-10-to-20 = Tua 10 i 20 munud
# en: The NHS App, or the NHS website
the-nhs-app-or = Yr NHS App, neu wefan yr NHS
# en: The email address you used for your NHS login
the-email-address-you = Y cyfeiriad e-bost wnaethoch chi ei ddefnyddio ar gyfer eich NHS login
# en: Your phone
your-phone = Eich ffôn
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide = NHS England Digital: Canllaw i wirfoddolwyr – gwirio hunaniaeth heb brawf adnabod gyda llun
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide-2 = NHS England Digital: Canllaw i wirfoddolwyr – gwirio hunaniaeth gyda phrawf adnabod gyda llun
# en: NHS login help centre: Error messages and support
nhs-login-help-centre = Canolfan help NHS login: Negeseuon gwall a chymorth
# en: nhs.uk: Managing your NHS account (change your phone number, email or password)
nhs-uk-managing-your = nhs.uk: Rheoli eich cyfrif NHS (newid eich rhif ffôn, e-bost neu gyfrinair)
# en: NHS login team guidance on problems with photo ID (PatientPack support)
nhs-login-team-guidance = Canllawiau tîm NHS login ar broblemau gyda phrawf adnabod gyda llun (PatientPack support)
# en: Patientcentre support: I cannot log in (forgotten NHS login password, codes, new phone)
patientcentre-support-i-cannot = Patientcentre support: Dw i ddim yn gallu mewngofnodi (anghofio cyfrinair NHS login, codau, ffôn newydd)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: telerau defnyddio (apphelp.nhs.wales)
# en: NHS login is how you get into the NHS App. Sometimes it goes wrong. This guide shows what to do.
nhs-login-is-how = NHS login yw sut rydych chi'n mynd i mewn i'r NHS App. Weithiau mae'n mynd o'i le. Mae'r canllaw hwn yn dangos beth i'w wneud.
# en: New to NHS login? First, see [how to get the NHS App and log in]({ $link1 }).
new-to-nhs-login = Newydd i NHS login? Yn gyntaf, darllenwch [sut i gael yr NHS App a mewngofnodi]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App has its own help pages. This guide is about the NHS App in England.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Mae gan yr NHS Wales App ei dudalennau help ei hun. Mae'r canllaw hwn yn sôn am yr NHS App yn Lloegr.
# en: You have no photo ID
you-have-no-photo = Does gennych chi ddim prawf adnabod gyda llun
# en: A letter from a GP surgery with 3 lines on it
a-letter-from-a = Llythyr gan feddygfa gyda 3 llinell arno
# en: Ask your GP surgery for your online services details. There are 3 of them.
ask-your-gp-surgery = Gofynnwch i'ch meddygfa am fanylion eich gwasanaethau ar-lein. Mae 3 ohonyn nhw.
# en: They are an ODS code, an account ID and a linkage key. The surgery may give you a letter with them.
they-are-an-ods = Y 3 manylyn yw: ODS code, account ID (rhif eich cyfrif) a linkage key. Efallai y bydd y feddygfa yn rhoi llythyr i chi gyda nhw.
# en: A phone with 3 buttons. The middle one has a tick.
a-phone-with-3 = Ffôn gyda 3 botwm. Mae tic ar yr un canol.
# en: In NHS login, choose **No, I do not have photo ID**.
in-nhs-login-choose = Yn NHS login, dewiswch **No, I do not have photo ID**. Ystyr hyn yw: does gen i ddim prawf adnabod gyda llun.
# en: Then choose **Yes – I use online services**. Then choose **Yes – I have all 3 details**.
then-choose-yes-i = Yna dewiswch **Yes – I use online services** (Ydw, dw i'n defnyddio gwasanaethau ar-lein). Yna dewiswch **Yes – I have all 3 details** (Oes, mae gen i'r 3 manylyn).
# en: A phone with 3 boxes to fill in
a-phone-with-3-2 = Ffôn gyda 3 blwch i'w llenwi
# en: Type the 3 details. Then type your full name and your date of birth.
type-the-3-details = Teipiwch y 3 manylyn. Yna teipiwch eich enw llawn a'ch dyddiad geni.
# en: The check of your ID failed
the-check-of-your = Mae'r gwiriad o'ch prawf adnabod wedi methu
# en: A letter with a red cross on it
a-letter-with-a = Llythyr gyda chroes goch arno
# en: NHS login sends you an email if the check fails. Read it. It says why.
nhs-login-sends-you = Mae NHS login yn anfon e-bost atoch chi os bydd y gwiriad yn methu. Darllenwch ef. Mae'n dweud pam.
# en: For example, the photo was not clear. Or something covered part of your ID.
for-example-the-photo = Er enghraifft, doedd y llun ddim yn glir. Neu roedd rhywbeth yn cuddio rhan o'ch prawf adnabod.
# en: A phone takes a clear photo of a passport on a dark table
a-phone-takes-a = Ffôn yn tynnu llun clir o basbort ar fwrdd tywyll
# en: Try again. Put your ID on a dark, flat table in good light.
try-again-put-your = Rhowch gynnig arall arni. Rhowch eich prawf adnabod ar fwrdd tywyll, gwastad mewn golau da.
# en: Show all 4 corners. Make sure there is no shine on it.
show-all-4-corners = Dangoswch y 4 cornel i gyd. Gwnewch yn siŵr nad oes sglein arno.
# en: Still not working? Ask your GP surgery for the 3 details instead.
still-not-working-ask = Dal ddim yn gweithio? Gofynnwch i'ch meddygfa am y 3 manylyn yn lle hynny.
# en: The camera does not work
the-camera-does-not = Dydy'r camera ddim yn gweithio
# en: A phone with a black screen and a camera
a-phone-with-a = Ffôn gyda sgrin ddu a chamera
# en: Does the app show a black screen instead of the camera? The app may not be allowed to use it.
does-the-app-show = Ydy'r ap yn dangos sgrin ddu yn lle'r camera? Efallai nad oes caniatâd gan yr ap i'w ddefnyddio.
# en: Open your phone’s settings. Find the NHS App, and let it use the camera and microphone.
open-your-phone-s = Agorwch y gosodiadau ar eich ffôn. Dewch o hyd i'r NHS App, a gadewch iddo ddefnyddio'r camera a'r meicroffon.
# en: A code does not come
a-code-does-not = Dydy cod ddim yn dod
# en: A letter going into a folder with a warning sign
a-letter-going-into = Llythyr yn mynd i mewn i ffolder gydag arwydd rhybudd
# en: NHS login sends codes by email and to your phone. Did an email code not come? Look in your junk or spam folder.
nhs-login-sends-codes = Mae NHS login yn anfon codau mewn e-bost ac i'ch ffôn. Wnaeth cod e-bost ddim dod? Edrychwch yn eich ffolder sothach (junk) neu sbam (spam).
# en: Check that you typed your email address right.
check-that-you-typed = Gwiriwch eich bod chi wedi teipio eich cyfeiriad e-bost yn iawn.
# en: You forgot your password
you-forgot-your-password = Rydych chi wedi anghofio eich cyfrinair
# en: A padlock with a question mark
a-padlock-with-a = Clo clap gyda marc cwestiwn
# en: On the screen where you log in, tap the link to reset your password.
on-the-screen-where = Ar y sgrin lle rydych chi'n mewngofnodi, tapiwch y ddolen i ailosod eich cyfrinair.
# en: NHS login sends you an email. Follow it to make a new password.
nhs-login-sends-you-2 = Mae NHS login yn anfon e-bost atoch chi. Dilynwch ef i greu cyfrinair newydd.
# en: You have a new phone number
you-have-a-new = Mae gennych chi rif ffôn newydd
# en: Two phones with an arrow from one to the other
two-phones-with-an = Dau ffôn gyda saeth o un i'r llall
# en: Log in to the NHS App. Tap **More**, then **Account and settings**.
log-in-to-the = Mewngofnodwch i'r NHS App. Tapiwch **More** (Mwy), yna **Account and settings** (Cyfrif a gosodiadau).
# en: Then tap **Manage NHS account**, then **Your NHS login details**. Tap **Change phone number**.
then-tap-manage-nhs = Yna tapiwch **Manage NHS account**, yna **Your NHS login details**. Tapiwch **Change phone number** (Newid rhif ffôn).
# en: You need your old phone number to do this. No old phone? Contact the NHS App team.
you-need-your-old = Mae angen eich hen rif ffôn arnoch chi i wneud hyn. Dim hen ffôn? Cysylltwch â thîm yr NHS App.
# en: Get more help
get-more-help = Cael mwy o help
# en: A person at a desk helps someone with a tablet
a-person-at-a = Person wrth ddesg yn helpu rhywun gyda llechen
# en: The NHS login help centre can help. Go to [help.login.nhs.uk]({ $link1 }).
the-nhs-login-help = Gall canolfan help NHS login helpu. Ewch i [help.login.nhs.uk]({ $link1 }).
# en: You can also ask a library or a digital helper. See [how to get help to get online]({ $link1 }).
you-can-also-ask = Gallwch chi hefyd ofyn i lyfrgell neu helpwr digidol. Darllenwch [sut i gael help i fynd ar-lein]({ $link1 }).
# en: Can you still get into your NHS login? Then do not make a new one.
can-you-still-get = Ydych chi'n dal i allu mynd i mewn i'ch NHS login? Yna peidiwch â chreu un newydd.
# en: Do not tell anyone your password or a code.
do-not-tell-anyone = Peidiwch â dweud eich cyfrinair na chod wrth neb.
# en: ODS code
ods-code = ODS code
# en: a code for your GP surgery
a-code-for-your = cod ar gyfer eich meddygfa
# en: linkage key
linkage-key = linkage key
# en: a secret code that links your NHS login to your GP surgery
a-secret-code-that = cod cyfrinachol sy'n cysylltu eich NHS login â'ch meddygfa
# en: junk
junk = sothach
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = ffolder ar gyfer e-byst sy'n edrych yn ddiangen neu'n anniogel
# en: log in
log-in = mewngofnodi
# en: type your email address and password to get into your account
type-your-email-address = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
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
