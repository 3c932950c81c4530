# اردو: the guide "nhs-login-problems", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: When NHS login goes wrong
when-nhs-login-goes = جب NHS login میں مسئلہ ہو
# en: What to do if you have no photo ID, or the check fails. What to do if you forget your password.
what-to-do-if = تصویر والی شناخت نہ ہو یا جانچ ناکام ہو جائے تو کیا کریں۔ پاس ورڈ بھول جائیں تو کیا کریں۔
# en: About 10 to 20 minutes
about-10-to-20 = تقریباً 10 سے 20 منٹ
# en: The NHS App, or the NHS website
the-nhs-app-or = NHS App، یا NHS کی ویب سائٹ
# en: The email address you used for your NHS login
the-email-address-you = وہ ای میل ایڈریس جو آپ نے اپنے NHS login کے لیے استعمال کیا تھا
# en: Your phone
your-phone = آپ کا فون
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide = NHS England Digital: رضاکاروں کے لیے گائیڈ – تصویر والی شناخت کے بغیر شناخت کی تصدیق
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide-2 = NHS England Digital: رضاکاروں کے لیے گائیڈ – تصویر والی شناخت سے شناخت کی تصدیق
# en: NHS login help centre: Error messages and support
nhs-login-help-centre = NHS login help centre: غلطی کے پیغامات اور مدد
# en: nhs.uk: Managing your NHS account (change your phone number, email or password)
nhs-uk-managing-your = nhs.uk: اپنے NHS اکاؤنٹ کا انتظام (اپنا فون نمبر، ای میل یا پاس ورڈ بدلیں)
# en: NHS login team guidance on problems with photo ID (PatientPack support)
nhs-login-team-guidance = NHS login ٹیم کی ہدایات: تصویر والی شناخت کے مسئلے (PatientPack support)
# en: Patientcentre support: I cannot log in (forgotten NHS login password, codes, new phone)
patientcentre-support-i-cannot = Patientcentre support: میں لاگ ان نہیں کر پا رہا (NHS login کا بھولا ہوا پاس ورڈ، کوڈ، نیا فون)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: استعمال کی شرائط (apphelp.nhs.wales)
# en: NHS login is how you get into the NHS App. Sometimes it goes wrong. This guide shows what to do.
nhs-login-is-how = NHS login سے آپ NHS App میں جاتے ہیں۔ کبھی کبھی اس میں مسئلہ ہو جاتا ہے۔ یہ گائیڈ بتاتی ہے کہ کیا کریں۔
# en: New to NHS login? First, see [how to get the NHS App and log in]({ $link1 }).
new-to-nhs-login = NHS login آپ کے لیے نیا ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں اور لاگ ان کیسے کریں]({ $link1 })۔
# en: **Is your GP surgery in Wales?** The NHS Wales App has its own help pages. This guide is about the NHS App in England.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** NHS Wales App کے اپنے مدد کے صفحے ہیں۔ یہ گائیڈ انگلینڈ کی NHS App کے بارے میں ہے۔
# en: You have no photo ID
you-have-no-photo = آپ کے پاس تصویر والی شناخت نہیں ہے
# en: A letter from a GP surgery with 3 lines on it
a-letter-from-a = GP سرجری کا ایک خط، جس پر 3 لائنیں ہیں
# en: Ask your GP surgery for your online services details. There are 3 of them.
ask-your-gp-surgery = اپنی GP سرجری سے اپنی آن لائن سروسز کی تفصیلات مانگیں۔ یہ 3 ہوتی ہیں۔
# en: They are an ODS code, an account ID and a linkage key. The surgery may give you a letter with them.
they-are-an-ods = یہ ہیں: ایک ODS code، ایک account ID (اکاؤنٹ نمبر) اور ایک linkage key۔ سرجری آپ کو یہ ایک خط میں دے سکتی ہے۔
# en: A phone with 3 buttons. The middle one has a tick.
a-phone-with-3 = ایک فون جس پر 3 بٹن ہیں۔ بیچ والے پر ٹک کا نشان ہے۔
# en: In NHS login, choose **No, I do not have photo ID**.
in-nhs-login-choose = NHS login میں **No, I do not have photo ID** چنیں۔ اس کا مطلب ہے: میرے پاس تصویر والی شناخت نہیں۔
# en: Then choose **Yes – I use online services**. Then choose **Yes – I have all 3 details**.
then-choose-yes-i = پھر **Yes – I use online services** (ہاں، میں آن لائن سروسز استعمال کرتا ہوں) چنیں۔ پھر **Yes – I have all 3 details** (ہاں، میرے پاس تینوں تفصیلات ہیں) چنیں۔
# en: A phone with 3 boxes to fill in
a-phone-with-3-2 = ایک فون جس پر بھرنے کے لیے 3 خانے ہیں
# en: Type the 3 details. Then type your full name and your date of birth.
type-the-3-details = 3 تفصیلات ٹائپ کریں۔ پھر اپنا پورا نام اور اپنی تاریخ پیدائش ٹائپ کریں۔
# en: The check of your ID failed
the-check-of-your = آپ کی شناخت کی جانچ ناکام ہو گئی
# en: A letter with a red cross on it
a-letter-with-a = ایک خط جس پر سرخ کراس ہے
# en: NHS login sends you an email if the check fails. Read it. It says why.
nhs-login-sends-you = اگر جانچ ناکام ہو تو NHS login آپ کو ای میل بھیجتا ہے۔ اسے پڑھیں۔ اس میں وجہ لکھی ہوتی ہے۔
# en: For example, the photo was not clear. Or something covered part of your ID.
for-example-the-photo = مثلاً تصویر صاف نہیں تھی۔ یا آپ کی شناخت کا کچھ حصہ کسی چیز سے ڈھکا ہوا تھا۔
# en: A phone takes a clear photo of a passport on a dark table
a-phone-takes-a = ایک فون گہرے رنگ کی میز پر رکھے پاسپورٹ کی صاف تصویر لے رہا ہے
# en: Try again. Put your ID on a dark, flat table in good light.
try-again-put-your = دوبارہ کوشش کریں۔ اپنی تصویر والی شناخت اچھی روشنی میں کسی گہرے رنگ کی ہموار میز پر رکھیں۔
# en: Show all 4 corners. Make sure there is no shine on it.
show-all-4-corners = اس کے سب 4 کونے دکھائیں۔ دھیان رکھیں کہ اس پر چمک نہ ہو۔
# en: Still not working? Ask your GP surgery for the 3 details instead.
still-not-working-ask = پھر بھی کام نہیں ہو رہا؟ اس کی جگہ اپنی GP سرجری سے 3 تفصیلات مانگیں۔
# en: The camera does not work
the-camera-does-not = کیمرا کام نہیں کر رہا
# en: A phone with a black screen and a camera
a-phone-with-a = ایک فون جس کی اسکرین کالی ہے، اور ایک کیمرا
# en: Does the app show a black screen instead of the camera? The app may not be allowed to use it.
does-the-app-show = کیا ایپ کیمرے کی جگہ کالی اسکرین دکھاتی ہے؟ ہو سکتا ہے ایپ کو کیمرا استعمال کرنے کی اجازت نہ ہو۔
# en: Open your phone’s settings. Find the NHS App, and let it use the camera and microphone.
open-your-phone-s = اپنے فون کی سیٹنگز کھولیں۔ NHS App ڈھونڈیں، اور اسے کیمرا اور مائیکروفون استعمال کرنے دیں۔
# en: A code does not come
a-code-does-not = کوڈ نہیں آ رہا
# en: A letter going into a folder with a warning sign
a-letter-going-into = ایک خط جو انتباہ کے نشان والے فولڈر میں جا رہا ہے
# en: NHS login sends codes by email and to your phone. Did an email code not come? Look in your junk or spam folder.
nhs-login-sends-codes = NHS login ای میل پر اور آپ کے فون پر کوڈ بھیجتا ہے۔ کیا ای میل والا کوڈ نہیں آیا؟ اپنے جنک (junk) یا اسپام (spam) فولڈر میں دیکھیں۔
# en: Check that you typed your email address right.
check-that-you-typed = دیکھ لیں کہ آپ نے اپنا ای میل ایڈریس ٹھیک ٹائپ کیا تھا۔
# en: You forgot your password
you-forgot-your-password = آپ اپنا پاس ورڈ بھول گئے
# en: A padlock with a question mark
a-padlock-with-a = سوالیہ نشان والا ایک تالا
# en: On the screen where you log in, tap the link to reset your password.
on-the-screen-where = لاگ ان والی اسکرین پر نیا پاس ورڈ بنانے والا لنک دبائیں۔
# en: NHS login sends you an email. Follow it to make a new password.
nhs-login-sends-you-2 = NHS login آپ کو ایک ای میل بھیجتا ہے۔ نیا پاس ورڈ بنانے کے لیے اس میں لکھی باتوں پر عمل کریں۔
# en: You have a new phone number
you-have-a-new = آپ کا فون نمبر نیا ہے
# en: Two phones with an arrow from one to the other
two-phones-with-an = دو فون، اور ایک سے دوسرے کی طرف تیر
# en: Log in to the NHS App. Tap **More**, then **Account and settings**.
log-in-to-the = NHS App میں لاگ ان کریں۔ **More** دبائیں، پھر **Account and settings** (اکاؤنٹ اور سیٹنگز) دبائیں۔
# en: Then tap **Manage NHS account**, then **Your NHS login details**. Tap **Change phone number**.
then-tap-manage-nhs = پھر **Manage NHS account** دبائیں، پھر **Your NHS login details** دبائیں۔ **Change phone number** دبائیں۔
# en: You need your old phone number to do this. No old phone? Contact the NHS App team.
you-need-your-old = اس کے لیے آپ کو اپنا پرانا فون نمبر چاہیے۔ پرانا فون نہیں ہے؟ NHS App کی ٹیم سے رابطہ کریں۔
# en: Get more help
get-more-help = مزید مدد حاصل کریں
# en: A person at a desk helps someone with a tablet
a-person-at-a = ڈیسک پر بیٹھا ایک شخص کسی کی ٹیبلیٹ چلانے میں مدد کر رہا ہے
# en: The NHS login help centre can help. Go to [help.login.nhs.uk]({ $link1 }).
the-nhs-login-help = NHS login کا مدد کا مرکز (help centre) مدد کر سکتا ہے۔ [help.login.nhs.uk]({ $link1 }) پر جائیں۔
# en: You can also ask a library or a digital helper. See [how to get help to get online]({ $link1 }).
you-can-also-ask = آپ کسی لائبریری یا ڈیجیٹل مددگار سے بھی پوچھ سکتے ہیں۔ دیکھیں: [آن لائن ہونے کے لیے مدد کیسے لیں]({ $link1 })۔
# en: Can you still get into your NHS login? Then do not make a new one.
can-you-still-get = کیا آپ اب بھی اپنے NHS login میں جا سکتے ہیں؟ تو نیا نہ بنائیں۔
# en: Do not tell anyone your password or a code.
do-not-tell-anyone = کسی کو اپنا پاس ورڈ یا کوڈ نہ بتائیں۔
# en: ODS code
ods-code = ODS code
# en: a code for your GP surgery
a-code-for-your = آپ کی GP سرجری کا ایک کوڈ
# en: linkage key
linkage-key = linkage key
# en: a secret code that links your NHS login to your GP surgery
a-secret-code-that = ایک خفیہ کوڈ، جو آپ کا NHS login آپ کی GP سرجری سے جوڑتا ہے
# en: junk
junk = جنک
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = ان ای میلز کا فولڈر جو غیر ضروری یا غیر محفوظ لگتی ہیں
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
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
