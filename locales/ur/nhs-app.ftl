# اردو: the guide "nhs-app", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get the NHS App and log in
get-the-nhs-app = NHS App حاصل کریں اور لاگ ان کریں
# en: Get the free NHS App on your phone or tablet. Then set up your NHS login.
get-the-free-nhs = اپنے فون یا ٹیبلیٹ پر مفت NHS App لیں۔ پھر اپنا NHS login بنائیں۔
# en: About 20 to 30 minutes. The check of your ID can take a week or more.
about-20-to-30 = تقریباً 20 سے 30 منٹ۔ آپ کی شناخت کی جانچ میں ایک ہفتہ یا اس سے زیادہ لگ سکتا ہے۔
# en: A smartphone or tablet that can use the internet
a-smartphone-or-tablet = اسمارٹ فون یا ٹیبلیٹ، جس پر انٹرنیٹ چل سکے
# en: An email address that you can open
an-email-address-that = ایک ای میل ایڈریس، جسے آپ کھول سکیں
# en: Your mobile phone number, or a landline number
your-mobile-phone-number = آپ کا موبائل فون نمبر، یا لینڈ لائن نمبر
# en: Photo ID, like a passport or a driving licence
photo-id-like-a = تصویر والی شناخت، جیسے پاسپورٹ یا ڈرائیونگ لائسنس
# en: NHS England Digital: Getting patients started with NHS login
nhs-england-digital-getting = NHS England Digital: مریضوں کو NHS login شروع کرنے میں مدد
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide = NHS England Digital: رضاکاروں کے لیے گائیڈ – تصویر والی شناخت سے شناخت کی تصدیق
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide-2 = NHS England Digital: رضاکاروں کے لیے گائیڈ – تصویر والی شناخت کے بغیر شناخت کی تصدیق
# en: NHS login team guidance on accepted photo ID (PatientPack support: Problems applying for an NHS login)
nhs-login-team-guidance = NHS login ٹیم کی ہدایات: کون سی تصویر والی شناخت قبول ہے (PatientPack support: Problems applying for an NHS login)
# en: nhs-digital.zendesk.com: who can use the NHS App at 13 to 15
nhs-digital-zendesk-com = nhs-digital.zendesk.com: 13 سے 15 سال کی عمر میں NHS App کون استعمال کر سکتا ہے
# en: nhs-digital.zendesk.com: how long identity checks can take
nhs-digital-zendesk-com-2 = nhs-digital.zendesk.com: شناخت کی جانچ میں کتنا وقت لگ سکتا ہے
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: استعمال کی شرائط (apphelp.nhs.wales)
# en: The NHS App is free. An app is a program for a phone or tablet.
the-nhs-app-is = NHS App مفت ہے۔ ایپ فون یا ٹیبلیٹ کا ایک پروگرام ہوتی ہے۔
# en: In the NHS App you can order medicines and book appointments. You can also see your health record.
in-the-nhs-app = NHS App میں آپ دوائیں منگوا سکتے ہیں اور اپائنٹمنٹ بک کر سکتے ہیں۔ آپ اپنا صحت کا ریکارڈ بھی دیکھ سکتے ہیں۔
# en: You can use it on a computer too, on the NHS website.
you-can-use-it = آپ اسے کمپیوٹر پر بھی استعمال کر سکتے ہیں، NHS کی ویب سائٹ پر۔
# en: You can use the NHS App if you are 13 or over. You must have a GP surgery in England.
you-can-use-the = NHS App کے لیے آپ کی عمر 13 سال یا زیادہ ہونی چاہیے۔ انگلینڈ میں آپ کی ایک GP سرجری ہونی چاہیے۔
# en: A GP is a family doctor. A GP surgery is the place where your GP works.
a-gp-is-a = GP فیملی ڈاکٹر ہوتا ہے۔ GP سرجری وہ جگہ ہے جہاں آپ کا GP کام کرتا ہے۔
# en: Are you 13 to 15? Ask your GP surgery first. You cannot see your GP record on your own until they set it up.
are-you-13-to = کیا آپ کی عمر 13 سے 15 سال ہے؟ پہلے اپنی GP سرجری سے پوچھیں۔ جب تک وہ اسے شروع نہ کریں، آپ اکیلے اپنا GP ریکارڈ نہیں دیکھ سکتے۔
# en: **Is your GP surgery in Wales?** Use the NHS Wales App instead. You must be 16 or over to use it.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** اس کی جگہ NHS Wales App استعمال کریں۔ اسے استعمال کرنے کے لیے آپ کی عمر 16 سال یا زیادہ ہونی چاہیے۔
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = ایپ کبھی کبھی بدل جاتی ہے۔ آپ کی اسکرینیں اس گائیڈ سے تھوڑی مختلف لگ سکتی ہیں۔
# en: Before you start, check that the person has their phone, their email address and their photo ID with them. They need all of these to make an NHS login.
before-you-start-check = شروع کرنے سے پہلے دیکھ لیں کہ اس شخص کے پاس اس کا فون، اس کا ای میل ایڈریس اور اس کی تصویر والی شناخت موجود ہے۔ NHS login بنانے کے لیے اسے یہ سب چیزیں چاہییں۔
# en: Get the app
get-the-app = ایپ حاصل کریں
# en: A phone with a shopping bag on its screen, for the app store
a-phone-with-a = ایک فون جس کی اسکرین پر شاپنگ بیگ ہے، ایپ اسٹور کے لیے
# en: Open the app store on your phone or tablet.
open-the-app-store = اپنے فون یا ٹیبلیٹ پر ایپ اسٹور کھولیں۔
# en: On an iPhone or iPad, this is the **App Store**. On most other phones, it is **Google Play**.
on-an-iphone-or = iPhone یا iPad پر یہ **App Store** ہے۔ زیادہ تر دوسرے فونز پر یہ **Google Play** ہے۔
# en: A phone with a search box and a big magnifying glass
a-phone-with-a-2 = ایک فون جس پر سرچ باکس اور ایک بڑا عدسہ ہے
# en: Tap the search box. Type **NHS App**.
tap-the-search-box = سرچ باکس دبائیں۔ **NHS App** ٹائپ کریں۔
# en: Check that you have the real NHS App. It is free. Never pay for it.
check-that-you-have = دیکھ لیں کہ یہ اصلی NHS App ہے۔ یہ مفت ہے۔ اس کے لیے کبھی پیسے نہ دیں۔
# en: Tap **Get** on an iPhone, or **Install** on other phones. Wait for the app to load.
tap-install-or-get = iPhone پر **Get** دبائیں، یا دوسرے فونز پر **Install** دبائیں۔ ایپ ڈاؤن لوڈ ہونے تک انتظار کریں۔
# en: A phone with the app open. There is a big button at the bottom.
a-phone-with-the = ایک فون جس پر ایپ کھلی ہے۔ نیچے ایک بڑا بٹن ہے۔
# en: Open the NHS App. Tap **Continue**.
open-the-nhs-app = NHS App کھولیں۔ **Continue** (جاری رکھیں) دبائیں۔
# en: Make your NHS login
make-your-nhs-login = اپنا NHS login بنائیں
# en: You need an NHS login to use the app. An NHS login is your own account for NHS apps and websites. You log in with your email address and a password.
you-need-an-nhs = ایپ استعمال کرنے کے لیے آپ کو NHS login چاہیے۔ NHS login، NHS کی ایپس اور ویب سائٹس کے لیے آپ کا اپنا اکاؤنٹ ہے۔ آپ اپنے ای میل ایڈریس اور پاس ورڈ سے لاگ ان کرتے ہیں۔
# en: Already have an NHS login? Log in with it. Then go to [step 11]({ $link1 }).
already-have-an-nhs = کیا آپ کے پاس پہلے سے NHS login ہے؟ اس سے لاگ ان کریں۔ پھر [مرحلہ 11]({ $link1 }) پر جائیں۔
# en: A letter and a padlock, for your email address and your password
a-letter-and-a = ایک خط اور ایک تالا، آپ کے ای میل ایڈریس اور پاس ورڈ کے لیے
# en: Type your email address. Then make a password.
type-your-email-address = اپنا ای میل ایڈریس ٹائپ کریں۔ پھر ایک پاس ورڈ بنائیں۔
# en: Use a password that is hard to guess. Do not use your name or your birthday. Do not use it anywhere else.
use-a-password-that = ایسا پاس ورڈ رکھیں جس کا اندازہ لگانا مشکل ہو۔ اپنا نام یا اپنی سالگرہ کی تاریخ استعمال نہ کریں۔ اسے کہیں اور استعمال نہ کریں۔
# en: A letter with 6 dots on it, for a secret code
a-letter-with-6 = ایک خط جس پر 6 نقطے ہیں، خفیہ کوڈ کے لیے
# en: NHS login sends a code to your email. Open your email. Type the code into the app.
nhs-login-sends-a = NHS login آپ کی ای میل پر ایک کوڈ بھیجتا ہے۔ اپنی ای میل کھولیں۔ کوڈ ایپ میں ٹائپ کریں۔
# en: No code? Look in your junk or spam folder.
no-code-look-in = کوڈ نہیں آیا؟ اپنے جنک (junk) یا اسپام (spam) فولڈر میں دیکھیں۔
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-3 = ایک فون جس پر بات کا غبارہ ہے۔ غبارے میں کوڈ کے لیے 6 نقطے ہیں۔
# en: Type your phone number. It can be a mobile or a landline.
type-your-mobile-phone = اپنا فون نمبر ٹائپ کریں۔ یہ موبائل یا لینڈ لائن ہو سکتا ہے۔
# en: NHS login sends a code to that phone. Type the code into the app.
nhs-login-sends-a-2 = NHS login اس فون پر ایک کوڈ بھیجتا ہے۔ کوڈ ایپ میں ٹائپ کریں۔
# en: Prove who you are
prove-who-you-are = اپنی شناخت ثابت کریں
# en: Next, NHS login checks that you are you. This keeps your health details safe.
next-nhs-login-checks = اس کے بعد NHS login جانچتا ہے کہ آپ واقعی آپ ہی ہیں۔ اس سے آپ کی صحت کی معلومات محفوظ رہتی ہیں۔
# en: A card with a face on it, and a page of details about you
a-card-with-a = ایک کارڈ جس پر چہرہ ہے، اور آپ کی معلومات والا ایک صفحہ
# en: Type your NHS number, your date of birth and your postcode.
type-your-nhs-number = اپنا NHS نمبر، تاریخ پیدائش اور پوسٹ کوڈ ٹائپ کریں۔
# en: Your NHS number is a 10 digit number. It is on letters from the NHS. If you do not know it, you can type your name instead.
your-nhs-number-is = آپ کا NHS نمبر 10 ہندسوں کا نمبر ہے۔ یہ NHS کے خطوں پر لکھا ہوتا ہے۔ یہ معلوم نہ ہو تو آپ اس کی جگہ اپنا نام ٹائپ کر سکتے ہیں۔
# en: Use the postcode your GP surgery has for you. Do they use the surgery’s own address for you? Then type the surgery’s postcode.
use-the-postcode-your = وہی پوسٹ کوڈ لکھیں جو آپ کی GP سرجری کے پاس ہے۔ کیا وہ آپ کے لیے سرجری کا اپنا پتہ استعمال کرتے ہیں؟ تو سرجری کا پوسٹ کوڈ ٹائپ کریں۔
# en: A phone takes a photo of a passport
a-phone-takes-a = ایک فون پاسپورٹ کی تصویر لے رہا ہے
# en: Take a photo of your photo ID with the app.
take-a-photo-of = ایپ سے اپنی تصویر والی شناخت کی تصویر لیں۔
# en: Put it on a dark, flat table in good light. Show all 4 corners. Make sure there is no shine on it.
put-it-on-a = اسے اچھی روشنی میں کسی گہرے رنگ کی ہموار میز پر رکھیں۔ اس کے سب 4 کونے دکھائیں۔ دھیان رکھیں کہ اس پر چمک نہ ہو۔
# en: You can use one of these:
you-can-use-one = آپ ان میں سے ایک استعمال کر سکتے ہیں:
# en: The cover of a passport, with a round badge on it
the-cover-of-a = پاسپورٹ کا کور، جس پر گول نشان ہے
# en: a passport
a-passport-2 = پاسپورٹ
# en: A driving licence card with a photo
a-driving-licence-card = ڈرائیونگ لائسنس کارڈ جس پر تصویر ہے
# en: a UK driving licence, full or provisional, or a full European driving licence
a-uk-driving-licence = برطانیہ (UK) کا پکا یا عارضی (provisional) ڈرائیونگ لائسنس، یا یورپ کا پکا ڈرائیونگ لائسنس
# en: An identity card with a photo and a star
an-identity-card-with = شناختی کارڈ جس پر تصویر اور ستارہ ہے
# en: a European national identity card, or a UK residence card
a-european-national-identity = یورپ کے کسی ملک کا قومی شناختی کارڈ، یا UK کا ریزیڈنس کارڈ (residence card)
# en: You cannot use a bus pass or an NHS ID card.
you-cannot-use-a = آپ بس پاس یا NHS کا شناختی کارڈ استعمال نہیں کر سکتے۔
# en: A woman in a hijab holds up her phone. The phone films her face.
a-woman-in-a = حجاب پہنے ایک خاتون نے اپنا فون اوپر اٹھایا ہوا ہے۔ فون ان کے چہرے کی ویڈیو بنا رہا ہے۔
# en: Then the app checks your face. It may scan your face, or ask for a short video.
then-the-app-checks = پھر ایپ آپ کا چہرہ جانچتی ہے۔ یہ آپ کا چہرہ اسکین کر سکتی ہے، یا ایک چھوٹی ویڈیو مانگ سکتی ہے۔
# en: In the video, you say 4 numbers. You can sign them in British Sign Language instead. Or write them down and show them.
in-the-video-you = ویڈیو میں آپ 4 نمبر بولتے ہیں۔ آپ انہیں برٹش سائن لینگویج میں اشاروں سے بھی بتا سکتے ہیں۔ یا انہیں لکھ کر دکھا دیں۔
# en: Do flashing lights affect you, for example because of epilepsy? Choose the video, not the face scan.
do-flashing-lights-affect = کیا چمکتی روشنیاں آپ پر اثر کرتی ہیں، مثلاً مرگی کی وجہ سے؟ چہرے کا اسکین نہیں، ویڈیو چنیں۔
# en: No photo ID? Your GP surgery can give you 3 details to prove who you are instead.
no-photo-id-your = تصویر والی شناخت نہیں ہے؟ آپ کی GP سرجری اس کی جگہ آپ کو 3 تفصیلات دے سکتی ہے۔ ان سے آپ اپنی شناخت ثابت کر سکتے ہیں۔
# en: See [what to do if NHS login goes wrong]({ $link1 }).
see-what-to-do = دیکھیں: [اگر NHS login میں مسئلہ ہو تو کیا کریں]({ $link1 })۔
# en: A clock next to a letter with a tick on it
a-clock-next-to = ایک گھڑی، اور اس کے ساتھ ایک خط جس پر ٹک کا نشان ہے
# en: Wait for NHS login to check your details. This can be quick, or take a week or more.
wait-for-nhs-login = انتظار کریں کہ NHS login آپ کی تفصیلات جانچ لے۔ یہ جلدی ہو سکتا ہے، یا اس میں ایک ہفتہ یا زیادہ لگ سکتا ہے۔
# en: NHS login sends you an email when it has checked them. You can use some parts of the app before then.
nhs-login-sends-you = جانچ کے بعد NHS login آپ کو ای میل بھیجتا ہے۔ اس سے پہلے بھی آپ ایپ کے کچھ حصے استعمال کر سکتے ہیں۔
# en: Did the check fail? The email says why. You can try again, or ask your GP surgery for the 3 details.
did-the-check-fail = کیا جانچ ناکام ہو گئی؟ ای میل میں وجہ لکھی ہوتی ہے۔ دوبارہ کوشش کریں، یا اپنی GP سرجری سے 3 تفصیلات مانگیں۔
# en: Log in with your fingerprint or face
log-in-with-your = اپنی انگلی کے نشان یا چہرے سے لاگ ان کریں
# en: A fingerprint and a face, the 2 quick ways to log in
a-fingerprint-and-a = انگلی کا نشان اور ایک چہرہ، لاگ ان کرنے کے 2 تیز طریقے
# en: You can log in with your fingerprint or your face. It is quicker than a password.
you-can-log-in = آپ اپنی انگلی کے نشان یا اپنے چہرے سے لاگ ان کر سکتے ہیں۔ یہ پاس ورڈ سے زیادہ تیز ہے۔
# en: Your phone needs a screen lock for this, like a PIN. A PIN is a secret number that you choose.
your-phone-needs-a = اس کے لیے آپ کے فون پر اسکرین لاک ہونا چاہیے، جیسے PIN۔ PIN ایک خفیہ نمبر ہے جو آپ خود چنتے ہیں۔
# en: The app may ask if you want to turn it on. You can also turn it on in the app’s settings.
the-app-may-ask = ایپ پوچھ سکتی ہے کہ کیا آپ اسے چالو کرنا چاہتے ہیں۔ آپ اسے ایپ کی سیٹنگز میں بھی چالو کر سکتے ہیں۔
# en: A phone with a big tick: you are logged in
a-phone-with-a-4 = ایک فون جس پر بڑا ٹک کا نشان ہے: آپ لاگ ان ہو گئے ہیں
# en: Next time, open the NHS App. Use your fingerprint or face.
next-time-open-the = اگلی بار NHS App کھولیں۔ اپنی انگلی کا نشان یا چہرہ استعمال کریں۔
# en: Or type your email and password. Then type the code that comes to your phone.
or-type-your-email = یا اپنی ای میل اور پاس ورڈ ٹائپ کریں۔ پھر آپ کے فون پر آنے والا کوڈ ٹائپ کریں۔
# en: Keep your NHS login safe
keep-your-nhs-login = اپنا NHS login محفوظ رکھیں
# en: Keep your password secret.
keep-your-password-secret = اپنا پاس ورڈ خفیہ رکھیں۔
# en: Log out when you finish, if other people use your phone or tablet.
log-out-when-you = کیا دوسرے لوگ بھی آپ کا فون یا ٹیبلیٹ استعمال کرتے ہیں؟ تو کام ختم کر کے لاگ آؤٹ کریں۔
# en: Do not tell anyone your password or a code. Not even someone who says they are from the NHS.
do-not-tell-anyone = کسی کو اپنا پاس ورڈ یا کوڈ نہ بتائیں۔ اس کو بھی نہیں جو کہے کہ وہ NHS سے ہے۔
# en: Do not keep your password where other people can see it.
do-not-keep-your = اپنا پاس ورڈ ایسی جگہ نہ رکھیں جہاں دوسرے لوگ اسے دیکھ سکیں۔
# en: The NHS will never ask for your password. Learn how to [spot NHS scams]({ $link1 }).
the-nhs-will-never = NHS آپ سے کبھی آپ کا پاس ورڈ نہیں مانگے گا۔ جانیں کہ [NHS کے نام پر فراڈ کیسے پہچانیں]({ $link1 })۔
# en: Need help with any step? See [how to get help to get online]({ $link1 }).
need-help-with-any = کسی بھی مرحلے میں مدد چاہیے؟ دیکھیں: [آن لائن ہونے کے لیے مدد کیسے لیں]({ $link1 })۔
# en: Next, you can [order a repeat prescription]({ $link1 }) or [book a GP appointment]({ $link2 }).
next-you-can-order = اس کے بعد آپ [ریپیٹ پریسکرپشن منگوا سکتے ہیں]({ $link1 })۔ یا آپ [GP اپائنٹمنٹ بک کر سکتے ہیں]({ $link2 })۔
# en: junk
junk = جنک
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = ان ای میلز کا فولڈر جو غیر ضروری یا غیر محفوظ لگتی ہیں
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address-2 = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
# en: screen lock
screen-lock = اسکرین لاک
# en: a PIN, pattern, fingerprint or face check that stops other people opening your phone
a-pin-pattern-fingerprint = PIN، پیٹرن، انگلی کا نشان یا چہرے کی جانچ۔ اس سے دوسرے لوگ آپ کا فون نہیں کھول سکتے۔
# en: settings
settings = سیٹنگز
# en: the part of an app or phone where you choose how it works
the-part-of-an = ایپ یا فون کا وہ حصہ جہاں آپ چنتے ہیں کہ وہ کیسے کام کرے
# en: spam
spam = اسپام
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = ایسے پیغامات جو آپ نے نہیں مانگے۔ ان میں سے بہت سے فراڈ ہوتے ہیں۔
# en: tap
tap = دبائیں
# en: touch the screen with your finger
touch-the-screen-with = اپنی انگلی سے اسکرین کو چھونا
