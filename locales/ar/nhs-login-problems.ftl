# العربية: the guide "nhs-login-problems", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: When NHS login goes wrong
when-nhs-login-goes = عندما تحدث مشكلة في NHS login
# en: What to do if you have no photo ID, or the check fails. What to do if you forget your password.
what-to-do-if = ماذا تفعل إذا لم يكن لديك إثبات هوية فيه صورة، أو فشل التحقق. وماذا تفعل إذا نسيت كلمة المرور.
# en: About 10 to 20 minutes
about-10-to-20 = من 10 إلى 20 دقيقة تقريبًا
# en: The NHS App, or the NHS website
the-nhs-app-or = تطبيق NHS App، أو موقع NHS
# en: The email address you used for your NHS login
the-email-address-you = عنوان البريد الإلكتروني الذي استخدمته لحساب NHS login
# en: Your phone
your-phone = هاتفك
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide = NHS England Digital: دليل للمتطوعين – التحقق من الهوية دون إثبات هوية فيه صورة
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide-2 = NHS England Digital: دليل للمتطوعين – التحقق من الهوية بإثبات هوية فيه صورة
# en: NHS login help centre: Error messages and support
nhs-login-help-centre = مركز مساعدة NHS login: رسائل الخطأ والدعم
# en: nhs.uk: Managing your NHS account (change your phone number, email or password)
nhs-uk-managing-your = nhs.uk: Managing your NHS account (تغيير رقم هاتفك أو بريدك الإلكتروني أو كلمة المرور)
# en: NHS login team guidance on problems with photo ID (PatientPack support)
nhs-login-team-guidance = إرشادات فريق NHS login عن مشكلات إثبات الهوية الذي فيه صورة (PatientPack support)
# en: Patientcentre support: I cannot log in (forgotten NHS login password, codes, new phone)
patientcentre-support-i-cannot = Patientcentre support: لا أستطيع تسجيل الدخول (نسيان كلمة مرور NHS login، الرموز، هاتف جديد)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: شروط الاستخدام (apphelp.nhs.wales)
# en: NHS login is how you get into the NHS App. Sometimes it goes wrong. This guide shows what to do.
nhs-login-is-how = NHS login هو طريقتك للدخول إلى تطبيق NHS App. أحيانًا تحدث مشكلة. هذا الدليل يبيّن لك ماذا تفعل.
# en: New to NHS login? First, see [how to get the NHS App and log in]({ $link1 }).
new-to-nhs-login = هل NHS login جديد عليك؟ اقرأ أولًا [كيف تنزّل تطبيق NHS App وتسجّل الدخول]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App has its own help pages. This guide is about the NHS App in England.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** لتطبيق NHS Wales App صفحات مساعدة خاصة به. هذا الدليل عن تطبيق NHS App في إنجلترا.
# en: You have no photo ID
you-have-no-photo = ليس لديك إثبات هوية فيه صورة
# en: A letter from a GP surgery with 3 lines on it
a-letter-from-a = رسالة من عيادة طبيب عام، عليها 3 أسطر
# en: Ask your GP surgery for your online services details. There are 3 of them.
ask-your-gp-surgery = اطلب من عيادة طبيبك العام معلومات الخدمات على الإنترنت الخاصة بك. هي 3 معلومات.
# en: They are an ODS code, an account ID and a linkage key. The surgery may give you a letter with them.
they-are-an-ods = هي: ODS code، و account ID (رقم الحساب)، و linkage key. قد تعطيك العيادة رسالة فيها هذه المعلومات.
# en: A phone with 3 buttons. The middle one has a tick.
a-phone-with-3 = هاتف عليه 3 أزرار. على الزر الأوسط علامة صح.
# en: In NHS login, choose **No, I do not have photo ID**.
in-nhs-login-choose = في NHS login، اختر **No, I do not have photo ID**. معناها: لا، ليس لدي إثبات هوية فيه صورة.
# en: Then choose **Yes – I use online services**. Then choose **Yes – I have all 3 details**.
then-choose-yes-i = ثم اختر **Yes – I use online services** (نعم، أستخدم الخدمات على الإنترنت). ثم اختر **Yes – I have all 3 details** (نعم، لدي المعلومات الـ 3 كلها).
# en: A phone with 3 boxes to fill in
a-phone-with-3-2 = هاتف عليه 3 خانات لتملأها
# en: Type the 3 details. Then type your full name and your date of birth.
type-the-3-details = اكتب المعلومات الـ 3. ثم اكتب اسمك الكامل وتاريخ ميلادك.
# en: The check of your ID failed
the-check-of-your = فشل التحقق من إثبات هويتك
# en: A letter with a red cross on it
a-letter-with-a = رسالة عليها علامة × حمراء
# en: NHS login sends you an email if the check fails. Read it. It says why.
nhs-login-sends-you = يرسل لك NHS login رسالة بالبريد الإلكتروني إذا فشل التحقق. اقرأها. هي تقول لماذا.
# en: For example, the photo was not clear. Or something covered part of your ID.
for-example-the-photo = مثلًا، لم تكن الصورة واضحة. أو كان شيء ما يغطي جزءًا من إثبات هويتك.
# en: A phone takes a clear photo of a passport on a dark table
a-phone-takes-a = هاتف يلتقط صورة واضحة لجواز سفر على طاولة داكنة
# en: Try again. Put your ID on a dark, flat table in good light.
try-again-put-your = حاول مرة أخرى. ضع إثبات هويتك على طاولة مسطحة داكنة اللون، في ضوء جيد.
# en: Show all 4 corners. Make sure there is no shine on it.
show-all-4-corners = أظهر الزوايا كلها (4 زوايا). تأكد أنه لا يلمع.
# en: Still not working? Ask your GP surgery for the 3 details instead.
still-not-working-ask = ما زال لا يعمل؟ اطلب من عيادة طبيبك العام المعلومات الـ 3 بدلًا من ذلك.
# en: The camera does not work
the-camera-does-not = الكاميرا لا تعمل
# en: A phone with a black screen and a camera
a-phone-with-a = هاتف شاشته سوداء، وكاميرا
# en: Does the app show a black screen instead of the camera? The app may not be allowed to use it.
does-the-app-show = هل يعرض التطبيق شاشة سوداء بدل الكاميرا؟ قد لا يكون للتطبيق إذن باستخدامها.
# en: Open your phone’s settings. Find the NHS App, and let it use the camera and microphone.
open-your-phone-s = افتح الإعدادات في هاتفك. ابحث عن تطبيق NHS App، واسمح له باستخدام الكاميرا والميكروفون.
# en: A code does not come
a-code-does-not = لا يصل رمز
# en: A letter going into a folder with a warning sign
a-letter-going-into = رسالة تدخل إلى مجلد عليه علامة تحذير
# en: NHS login sends codes by email and to your phone. Did an email code not come? Look in your junk or spam folder.
nhs-login-sends-codes = يرسل NHS login الرموز بالبريد الإلكتروني وإلى هاتفك. لم يصلك رمز البريد الإلكتروني؟ ابحث في مجلد junk أو spam.
# en: Check that you typed your email address right.
check-that-you-typed = تأكد أنك كتبت عنوان بريدك الإلكتروني بشكل صحيح.
# en: You forgot your password
you-forgot-your-password = نسيت كلمة المرور
# en: A padlock with a question mark
a-padlock-with-a = قفل عليه علامة استفهام
# en: On the screen where you log in, tap the link to reset your password.
on-the-screen-where = في شاشة تسجيل الدخول، اضغط على الرابط لتغيير كلمة المرور.
# en: NHS login sends you an email. Follow it to make a new password.
nhs-login-sends-you-2 = يرسل لك NHS login رسالة بالبريد الإلكتروني. اتبع ما فيها لتنشئ كلمة مرور جديدة.
# en: You have a new phone number
you-have-a-new = لديك رقم هاتف جديد
# en: Two phones with an arrow from one to the other
two-phones-with-an = هاتفان وسهم من أحدهما إلى الآخر
# en: Log in to the NHS App. Tap **More**, then **Account and settings**.
log-in-to-the = سجّل الدخول إلى تطبيق NHS App. اضغط على **More** (المزيد)، ثم على **Account and settings** (الإعدادات والحساب).
# en: Then tap **Manage NHS account**, then **Your NHS login details**. Tap **Change phone number**.
then-tap-manage-nhs = ثم اضغط على **Manage NHS account** (إدارة حساب NHS). ثم اضغط على **Your NHS login details** (معلومات NHS login). اضغط على **Change phone number** (تغيير رقم الهاتف).
# en: You need your old phone number to do this. No old phone? Contact the NHS App team.
you-need-your-old = تحتاج إلى رقم هاتفك القديم لتفعل هذا. ليس لديك الهاتف القديم؟ تواصل مع فريق NHS App.
# en: Get more help
get-more-help = احصل على مساعدة أكثر
# en: A person at a desk helps someone with a tablet
a-person-at-a = شخص عند مكتب يساعد شخصًا آخر في استخدام جهاز لوحي
# en: The NHS login help centre can help. Go to [help.login.nhs.uk]({ $link1 }).
the-nhs-login-help = يستطيع مركز مساعدة NHS login أن يساعدك. ادخل إلى [help.login.nhs.uk]({ $link1 }).
# en: You can also ask a library or a digital helper. See [how to get help to get online]({ $link1 }).
you-can-also-ask = يمكنك أيضًا أن تطلب المساعدة في مكتبة عامة أو من مساعد رقمي. اقرأ [كيف تحصل على مساعدة لاستخدام الإنترنت]({ $link1 }).
# en: Can you still get into your NHS login? Then do not make a new one.
can-you-still-get = هل ما زلت تستطيع الدخول إلى حساب NHS login؟ إذن لا تنشئ حسابًا جديدًا.
# en: Do not tell anyone your password or a code.
do-not-tell-anyone = لا تخبر أحدًا بكلمة المرور أو بأي رمز.
# en: ODS code
ods-code = ODS code
# en: a code for your GP surgery
a-code-for-your = رمز خاص بعيادة طبيبك العام
# en: linkage key
linkage-key = linkage key
# en: a secret code that links your NHS login to your GP surgery
a-secret-code-that = رمز سري يربط حساب NHS login الخاص بك بعيادة طبيبك العام
# en: junk
junk = junk
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = مجلد لرسائل البريد الإلكتروني التي تبدو غير مرغوب فيها أو غير آمنة
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
# en: settings
settings = الإعدادات
# en: the part of an app or phone where you choose how it works
the-part-of-an = جزء في التطبيق أو الهاتف تختار فيه كيف يعمل
# en: spam
spam = spam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = رسائل لم تطلبها. كثير منها احتيال.
# en: tap
tap = اضغط
# en: touch the screen with your finger
touch-the-screen-with = المس الشاشة بإصبعك
