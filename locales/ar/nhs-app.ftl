# العربية: the guide "nhs-app", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get the NHS App and log in
get-the-nhs-app = نزّل تطبيق NHS App وسجّل الدخول
# en: Get the free NHS App on your phone or tablet. Then set up your NHS login.
get-the-free-nhs = نزّل تطبيق NHS App المجاني على هاتفك أو جهازك اللوحي. ثم أنشئ حساب NHS login.
# en: About 20 to 30 minutes. The check of your ID can take a week or more.
about-20-to-30 = من 20 إلى 30 دقيقة تقريبًا. قد يستغرق التحقق من هويتك أسبوعًا أو أكثر.
# en: A smartphone or tablet that can use the internet
a-smartphone-or-tablet = هاتف ذكي أو جهاز لوحي يمكنه الاتصال بالإنترنت
# en: An email address that you can open
an-email-address-that = عنوان بريد إلكتروني تستطيع فتحه
# en: Your mobile phone number, or a landline number
your-mobile-phone-number = رقم هاتفك المحمول، أو رقم هاتف أرضي
# en: Photo ID, like a passport or a driving licence
photo-id-like-a = إثبات هوية فيه صورتك، مثل جواز السفر أو رخصة القيادة
# en: NHS England Digital: Getting patients started with NHS login
nhs-england-digital-getting = NHS England Digital: مساعدة المرضى على بدء استخدام NHS login
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide = NHS England Digital: دليل للمتطوعين – التحقق من الهوية بإثبات هوية فيه صورة
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide-2 = NHS England Digital: دليل للمتطوعين – التحقق من الهوية دون إثبات هوية فيه صورة
# en: NHS login team guidance on accepted photo ID (PatientPack support: Problems applying for an NHS login)
nhs-login-team-guidance = إرشادات فريق NHS login عن إثباتات الهوية المقبولة (PatientPack support: Problems applying for an NHS login)
# en: nhs-digital.zendesk.com: who can use the NHS App at 13 to 15
nhs-digital-zendesk-com = nhs-digital.zendesk.com: من يستطيع استخدام تطبيق NHS App في عمر 13 إلى 15 سنة
# en: nhs-digital.zendesk.com: how long identity checks can take
nhs-digital-zendesk-com-2 = nhs-digital.zendesk.com: كم قد يستغرق التحقق من الهوية
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: شروط الاستخدام (apphelp.nhs.wales)
# en: The NHS App is free. An app is a program for a phone or tablet.
the-nhs-app-is = تطبيق NHS App مجاني. التطبيق برنامج للهاتف أو الجهاز اللوحي.
# en: In the NHS App you can order medicines and book appointments. You can also see your health record.
in-the-nhs-app = في تطبيق NHS App يمكنك أن تطلب الأدوية وتحجز المواعيد. ويمكنك أيضًا أن ترى سجلك الصحي.
# en: You can use it on a computer too, on the NHS website.
you-can-use-it = يمكنك استخدامه على الكمبيوتر أيضًا، في موقع NHS.
# en: You can use the NHS App if you are 13 or over. You must have a GP surgery in England.
you-can-use-the = يمكنك استخدام تطبيق NHS App إذا كان عمرك 13 سنة أو أكثر. يجب أن تكون مسجلًا في عيادة طبيب عام (GP) في إنجلترا.
# en: A GP is a family doctor. A GP surgery is the place where your GP works.
a-gp-is-a = الطبيب العام (GP) هو طبيب العائلة. عيادة الطبيب العام هي المكان الذي يعمل فيه طبيبك.
# en: Are you 13 to 15? Ask your GP surgery first. You cannot see your GP record on your own until they set it up.
are-you-13-to = هل عمرك من 13 إلى 15 سنة؟ اسأل عيادة طبيبك العام أولًا. لا تستطيع أن ترى سجلك وحدك حتى تجهّز العيادة ذلك.
# en: **Is your GP surgery in Wales?** Use the NHS Wales App instead. You must be 16 or over to use it.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** استخدم تطبيق NHS Wales App بدلًا منه. يجب أن يكون عمرك 16 سنة أو أكثر لتستخدمه.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = التطبيق يتغير من وقت لآخر. قد تبدو الشاشات عندك مختلفة قليلًا عن هذا الدليل.
# en: Before you start, check that the person has their phone, their email address and their photo ID with them. They need all of these to make an NHS login.
before-you-start-check = قبل أن تبدأ، تأكد أن الشخص معه هاتفه وعنوان بريده الإلكتروني وإثبات الهوية الذي فيه صورته. يحتاج إلى كل هذه الأشياء لينشئ حساب NHS login.
# en: Get the app
get-the-app = نزّل التطبيق
# en: A phone with a shopping bag on its screen, for the app store
a-phone-with-a = هاتف على شاشته حقيبة تسوق، ترمز إلى متجر التطبيقات
# en: Open the app store on your phone or tablet.
open-the-app-store = افتح متجر التطبيقات على هاتفك أو جهازك اللوحي.
# en: On an iPhone or iPad, this is the **App Store**. On most other phones, it is **Google Play**.
on-an-iphone-or = في iPhone أو iPad، اسمه **App Store**. في معظم الهواتف الأخرى، اسمه **Google Play**.
# en: A phone with a search box and a big magnifying glass
a-phone-with-a-2 = هاتف عليه خانة بحث وعدسة مكبّرة كبيرة
# en: Tap the search box. Type **NHS App**.
tap-the-search-box = اضغط على خانة البحث. اكتب **NHS App**.
# en: Check that you have the real NHS App. It is free. Never pay for it.
check-that-you-have = تأكد أن هذا هو تطبيق NHS App الحقيقي. هو مجاني. لا تدفع مقابله أبدًا.
# en: Tap **Get** on an iPhone, or **Install** on other phones. Wait for the app to load.
tap-install-or-get = اضغط على **Get** في iPhone، أو على **Install** في الهواتف الأخرى. انتظر حتى يتنزّل التطبيق.
# en: A phone with the app open. There is a big button at the bottom.
a-phone-with-the = هاتف فيه التطبيق مفتوح. في الأسفل زر كبير.
# en: Open the NHS App. Tap **Continue**.
open-the-nhs-app = افتح تطبيق NHS App. اضغط على **Continue** (متابعة).
# en: Make your NHS login
make-your-nhs-login = أنشئ حساب NHS login
# en: You need an NHS login to use the app. An NHS login is your own account for NHS apps and websites. You log in with your email address and a password.
you-need-an-nhs = تحتاج إلى حساب NHS login لتستخدم التطبيق. حساب NHS login هو حسابك الخاص لتطبيقات NHS ومواقعها. تسجّل الدخول ببريدك الإلكتروني وكلمة مرور.
# en: Already have an NHS login? Log in with it. Then go to [step 11]({ $link1 }).
already-have-an-nhs = هل لديك حساب NHS login بالفعل؟ سجّل الدخول به. ثم انتقل إلى [الخطوة 11]({ $link1 }).
# en: A letter and a padlock, for your email address and your password
a-letter-and-a = رسالة وقفل، ترمزان إلى بريدك الإلكتروني وكلمة المرور
# en: Type your email address. Then make a password.
type-your-email-address = اكتب عنوان بريدك الإلكتروني. ثم اختر كلمة مرور.
# en: Use a password that is hard to guess. Do not use your name or your birthday. Do not use it anywhere else.
use-a-password-that = اختر كلمة مرور يصعب تخمينها. لا تستخدم اسمك أو تاريخ ميلادك. لا تستخدمها في أي مكان آخر.
# en: A letter with 6 dots on it, for a secret code
a-letter-with-6 = رسالة عليها 6 نقاط، مثل رمز سري
# en: NHS login sends a code to your email. Open your email. Type the code into the app.
nhs-login-sends-a = يرسل NHS login رمزًا إلى بريدك الإلكتروني. افتح بريدك. اكتب الرمز في التطبيق.
# en: No code? Look in your junk or spam folder.
no-code-look-in = لم يصلك الرمز؟ ابحث في مجلد junk أو spam.
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-3 = هاتف عليه فقاعة كلام. في الفقاعة 6 نقاط مكان أرقام الرمز.
# en: Type your phone number. It can be a mobile or a landline.
type-your-mobile-phone = اكتب رقم هاتفك. يمكن أن يكون رقم هاتف محمول أو أرضي.
# en: NHS login sends a code to that phone. Type the code into the app.
nhs-login-sends-a-2 = يرسل NHS login رمزًا إلى ذلك الهاتف. اكتب الرمز في التطبيق.
# en: Prove who you are
prove-who-you-are = أثبت هويتك
# en: Next, NHS login checks that you are you. This keeps your health details safe.
next-nhs-login-checks = بعد ذلك، يتحقق NHS login من أنك أنت فعلًا. هذا يحافظ على أمان معلوماتك الصحية.
# en: A card with a face on it, and a page of details about you
a-card-with-a = بطاقة عليها وجه، وصفحة فيها معلومات عنك
# en: Type your NHS number, your date of birth and your postcode.
type-your-nhs-number = اكتب رقم NHS الخاص بك، وتاريخ ميلادك، والرمز البريدي (postcode).
# en: Your NHS number is a 10 digit number. It is on letters from the NHS. If you do not know it, you can type your name instead.
your-nhs-number-is = رقم NHS الخاص بك فيه 10 أرقام. تجده في الرسائل التي تصلك من NHS. إذا كنت لا تعرفه، يمكنك أن تكتب اسمك بدلًا منه.
# en: Use the postcode your GP surgery has for you. Do they use the surgery’s own address for you? Then type the surgery’s postcode.
use-the-postcode-your = استخدم الرمز البريدي المسجّل لك في عيادة طبيبك العام. هل سجّلتك العيادة بعنوانها هي؟ إذن اكتب الرمز البريدي للعيادة.
# en: A phone takes a photo of a passport
a-phone-takes-a = هاتف يلتقط صورة لجواز سفر
# en: Take a photo of your photo ID with the app.
take-a-photo-of = التقط بالتطبيق صورة لإثبات الهوية الذي فيه صورتك.
# en: Put it on a dark, flat table in good light. Show all 4 corners. Make sure there is no shine on it.
put-it-on-a = ضعه على طاولة مسطحة داكنة اللون، في ضوء جيد. أظهر الزوايا كلها (4 زوايا). تأكد أنه لا يلمع.
# en: You can use one of these:
you-can-use-one = يمكنك أن تستخدم واحدًا من هذه:
# en: The cover of a passport, with a round badge on it
the-cover-of-a = غلاف جواز سفر، عليه شعار دائري
# en: a passport
a-passport-2 = جواز سفر
# en: A driving licence card with a photo
a-driving-licence-card = بطاقة رخصة قيادة فيها صورة
# en: a UK driving licence, full or provisional, or a full European driving licence
a-uk-driving-licence = رخصة قيادة بريطانية، كاملة أو مؤقتة، أو رخصة قيادة أوروبية كاملة
# en: An identity card with a photo and a star
an-identity-card-with = بطاقة هوية فيها صورة ونجمة
# en: a European national identity card, or a UK residence card
a-european-national-identity = بطاقة هوية وطنية أوروبية، أو بطاقة إقامة بريطانية
# en: You cannot use a bus pass or an NHS ID card.
you-cannot-use-a = لا تستطيع أن تستخدم بطاقة الحافلات أو بطاقة هوية NHS.
# en: A woman in a hijab holds up her phone. The phone films her face.
a-woman-in-a = امرأة ترتدي الحجاب ترفع هاتفها. الهاتف يصوّر وجهها بالفيديو.
# en: Then the app checks your face. It may scan your face, or ask for a short video.
then-the-app-checks = بعد ذلك يتحقق التطبيق من وجهك. قد يمسح وجهك، أو يطلب منك فيديو قصيرًا.
# en: In the video, you say 4 numbers. You can sign them in British Sign Language instead. Or write them down and show them.
in-the-video-you = في الفيديو، تقول 4 أرقام. يمكنك بدلًا من ذلك أن تقولها بلغة الإشارة البريطانية (British Sign Language). أو أن تكتبها وتُظهرها.
# en: Do flashing lights affect you, for example because of epilepsy? Choose the video, not the face scan.
do-flashing-lights-affect = هل تؤثر فيك الأضواء الوامضة، مثلًا بسبب الصرع؟ اختر الفيديو، لا مسح الوجه.
# en: No photo ID? Your GP surgery can give you 3 details to prove who you are instead.
no-photo-id-your = ليس لديك إثبات هوية فيه صورة؟ يمكن لعيادة طبيبك العام أن تعطيك 3 معلومات تثبت بها هويتك بدلًا منه.
# en: See [what to do if NHS login goes wrong]({ $link1 }).
see-what-to-do = اقرأ [ماذا تفعل إذا حدثت مشكلة في NHS login]({ $link1 }).
# en: A clock next to a letter with a tick on it
a-clock-next-to = ساعة بجانب رسالة عليها علامة صح
# en: Wait for NHS login to check your details. This can be quick, or take a week or more.
wait-for-nhs-login = انتظر حتى يتحقق NHS login من بياناتك. قد يكون هذا سريعًا، أو قد يستغرق أسبوعًا أو أكثر.
# en: NHS login sends you an email when it has checked them. You can use some parts of the app before then.
nhs-login-sends-you = يرسل لك NHS login رسالة بالبريد الإلكتروني عندما ينتهي من التحقق. يمكنك استخدام بعض أجزاء التطبيق قبل ذلك.
# en: Did the check fail? The email says why. You can try again, or ask your GP surgery for the 3 details.
did-the-check-fail = هل فشل التحقق؟ الرسالة تقول لماذا. يمكنك أن تحاول مرة أخرى، أو أن تطلب المعلومات الـ 3 من عيادة طبيبك العام.
# en: Log in with your fingerprint or face
log-in-with-your = سجّل الدخول ببصمة إصبعك أو بوجهك
# en: A fingerprint and a face, the 2 quick ways to log in
a-fingerprint-and-a = بصمة إصبع ووجه: الطريقتان السريعتان لتسجيل الدخول
# en: You can log in with your fingerprint or your face. It is quicker than a password.
you-can-log-in = يمكنك تسجيل الدخول ببصمة إصبعك أو بوجهك. هذا أسرع من كلمة المرور.
# en: Your phone needs a screen lock for this, like a PIN. A PIN is a secret number that you choose.
your-phone-needs-a = يحتاج هاتفك لهذا إلى قفل الشاشة، مثل رقم PIN. رقم PIN هو رقم سري تختاره أنت.
# en: The app may ask if you want to turn it on. You can also turn it on in the app’s settings.
the-app-may-ask = قد يسألك التطبيق إن كنت تريد تشغيل هذه الميزة. يمكنك أيضًا تشغيلها من الإعدادات في التطبيق.
# en: A phone with a big tick: you are logged in
a-phone-with-a-4 = هاتف عليه علامة صح كبيرة: لقد سجّلت الدخول
# en: Next time, open the NHS App. Use your fingerprint or face.
next-time-open-the = في المرة القادمة، افتح تطبيق NHS App. استخدم بصمة إصبعك أو وجهك.
# en: Or type your email and password. Then type the code that comes to your phone.
or-type-your-email = أو اكتب بريدك الإلكتروني وكلمة المرور. ثم اكتب الرمز الذي يصل إلى هاتفك.
# en: Keep your NHS login safe
keep-your-nhs-login = حافظ على أمان حساب NHS login
# en: Keep your password secret.
keep-your-password-secret = احتفظ بكلمة المرور سرًّا.
# en: Log out when you finish, if other people use your phone or tablet.
log-out-when-you = سجّل الخروج عندما تنتهي، إذا كان أشخاص آخرون يستخدمون هاتفك أو جهازك اللوحي.
# en: Do not tell anyone your password or a code. Not even someone who says they are from the NHS.
do-not-tell-anyone = لا تخبر أحدًا بكلمة المرور أو بأي رمز. ولا حتى شخصًا يقول إنه من NHS.
# en: Do not keep your password where other people can see it.
do-not-keep-your = لا تترك كلمة المرور في مكان يمكن أن يراها فيه الآخرون.
# en: The NHS will never ask for your password. Learn how to [spot NHS scams]({ $link1 }).
the-nhs-will-never = لن تطلب منك NHS كلمة المرور أبدًا. تعلّم كيف [تكشف الاحتيال باسم NHS]({ $link1 }).
# en: Need help with any step? See [how to get help to get online]({ $link1 }).
need-help-with-any = هل تحتاج إلى مساعدة في أي خطوة؟ اقرأ [كيف تحصل على مساعدة لاستخدام الإنترنت]({ $link1 }).
# en: Next, you can [order a repeat prescription]({ $link1 }) or [book a GP appointment]({ $link2 }).
next-you-can-order = بعد ذلك، يمكنك أن [تطلب وصفة طبية متكررة]({ $link1 }) أو [تحجز موعدًا مع الطبيب العام]({ $link2 }).
# en: junk
junk = junk
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = مجلد لرسائل البريد الإلكتروني التي تبدو غير مرغوب فيها أو غير آمنة
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address-2 = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
# en: screen lock
screen-lock = قفل الشاشة
# en: a PIN, pattern, fingerprint or face check that stops other people opening your phone
a-pin-pattern-fingerprint = رقم PIN، أو نمط، أو بصمة، أو التحقق من الوجه، يمنع الآخرين من فتح هاتفك
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
