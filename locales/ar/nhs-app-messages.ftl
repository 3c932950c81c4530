# العربية: the guide "nhs-app-messages", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Messages and notifications in the NHS App
messages-and-notifications-in = الرسائل والإشعارات في تطبيق NHS App
# en: Get messages from the NHS in the NHS App. Know that they are real.
get-messages-from-the = استلم رسائل من NHS في تطبيق NHS App. واعرف أنها حقيقية.
# en: About 5 minutes
about-5-minutes = 5 دقائق تقريبًا
# en: The NHS App on your phone or tablet, with your NHS login
the-nhs-app-on = تطبيق NHS App على هاتفك أو جهازك اللوحي، مع حساب NHS login الخاص بك
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: الإشعارات والرسائل في تطبيق NHS App
# en: NHS Notify: NHS App messages (push notifications and badges)
nhs-notify-nhs-app = NHS Notify: رسائل تطبيق NHS App (الإشعارات والشارات)
# en: 3W Health: Managing NHS App notifications (from nhs.uk, Managing your NHS account)
text-3w-health-managing-nhs = 3W Health: إدارة إشعارات تطبيق NHS App (من nhs.uk، Managing your NHS account)
# en: Windrush Medical Practice: NHS App messaging
windrush-medical-practice-nhs = Windrush Medical Practice: الرسائل في تطبيق NHS App
# en: Doncaster and Bassetlaw Teaching Hospitals: The way you receive appointment reminders is changing
doncaster-and-bassetlaw-teaching = Doncaster and Bassetlaw Teaching Hospitals: طريقة وصول تذكيرات المواعيد إليك تتغير
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: شروط الاستخدام (apphelp.nhs.wales)
# en: The NHS can send you messages in the NHS App. They come to a safe place inside the app, called your inbox.
the-nhs-can-send = يمكن أن ترسل لك NHS رسائل في تطبيق NHS App. تصل الرسائل إلى مكان آمن داخل التطبيق، اسمه صندوق الرسائل (inbox).
# en: A notification on your phone tells you a new message has come.
a-notification-on-your = يصلك إشعار على هاتفك يخبرك أن رسالة جديدة وصلت.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
no-app-yet-first = ليس لديك التطبيق بعد؟ اقرأ أولًا [كيف تنزّل تطبيق NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App works in its own way. This guide is about the NHS App in England.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** تطبيق NHS Wales App يعمل بطريقته الخاصة. هذا الدليل عن تطبيق NHS App في إنجلترا.
# en: What messages can be about
what-messages-can-be = عمّ يمكن أن تكون الرسائل
# en: A calendar with one day circled
a-calendar-with-one = تقويم عليه يوم محاط بدائرة
# en: an appointment, or a reminder about one
an-appointment-or-a = موعد، أو تذكير بموعد
# en: A test tube next to a page
a-test-tube-next = أنبوب فحص بجانب ورقة
# en: a test result from your GP surgery
a-test-result-from = نتيجة فحص من عيادة طبيبك العام
# en: A jab and a shield
a-jab-and-a = حقنة ودرع
# en: an invitation to have a jab or a check
an-invitation-to-have = دعوة لأخذ لقاح أو لإجراء فحص
# en: Turn on notifications
turn-on-notifications = شغّل الإشعارات
# en: A phone with a menu. A yellow circle marks a button at the bottom.
a-phone-with-a = هاتف عليه قائمة. دائرة صفراء تحدد زرًّا في الأسفل.
# en: Open the NHS App and log in. Tap **More**. Then tap **Account and settings**.
open-the-nhs-app = افتح تطبيق NHS App ثم سجّل الدخول. اضغط على **More** (المزيد). ثم اضغط على **Account and settings** (الإعدادات والحساب).
# en: A phone with a switch turned on
a-phone-with-a-2 = هاتف عليه مفتاح في وضع التشغيل
# en: Tap **Manage notifications**. Turn the switch on.
tap-manage-notifications-turn = اضغط على **Manage notifications** (إدارة الإشعارات). شغّل المفتاح.
# en: Do you use the app on more than 1 phone or tablet? Turn notifications on for each one.
do-you-use-the = هل تستخدم التطبيق على أكثر من هاتف أو جهاز لوحي واحد؟ شغّل الإشعارات على كل جهاز.
# en: Read a message
read-a-message = اقرأ رسالة
# en: A phone with a small alert at the top. The app has a red dot.
a-phone-with-a-3 = هاتف عليه تنبيه صغير في الأعلى. على التطبيق نقطة حمراء.
# en: A notification shows on your phone. It does not show what the message says. It only tells you a message has come.
a-notification-shows-on = يظهر إشعار على هاتفك. لا يعرض الإشعار ما تقوله الرسالة. يخبرك فقط أن رسالة وصلت.
# en: A red dot with a number may show on the NHS App too.
a-red-dot-with = قد تظهر أيضًا نقطة حمراء عليها رقم على تطبيق NHS App.
# en: A phone with an open message in the NHS App
a-phone-with-an = هاتف عليه رسالة مفتوحة في تطبيق NHS App
# en: Open the NHS App yourself and log in. Then open your messages.
open-the-nhs-app-2 = افتح تطبيق NHS App بنفسك، ثم سجّل الدخول. بعد ذلك افتح رسائلك.
# en: Your GP surgery or another NHS service sent it. Read it and do what it asks.
your-gp-surgery-or = أرسلتها عيادة طبيبك العام أو خدمة أخرى من NHS. اقرأها وافعل ما تطلبه منك.
# en: Did you not read a message in time? You may get a text instead.
did-you-not-read = لم تقرأ رسالة في الوقت المناسب؟ قد تصلك رسالة نصية بدلًا منها.
# en: Keep safe
keep-safe = حافظ على سلامتك
# en: A real NHS App message is inside the NHS App. Open the app yourself to read it.
a-real-nhs-app = رسالة تطبيق NHS App الحقيقية تكون داخل التطبيق. افتح التطبيق بنفسك لتقرأها.
# en: Got a text or email that says it is from the NHS App? Do not tap its links. Open the app yourself instead.
got-a-text-or = وصلتك رسالة نصية أو بريد إلكتروني يقول إنه من تطبيق NHS App؟ لا تضغط على روابطه. افتح التطبيق بنفسك بدلًا من ذلك.
# en: A phone on a table with 2 people near it
a-phone-on-a = هاتف على طاولة وبقربه شخصان
# en: Do other people use your phone? They can see your notifications.
do-other-people-use = هل يستخدم أشخاص آخرون هاتفك؟ يستطيعون أن يروا إشعاراتك.
# en: Turn notifications off if you do not want this.
turn-notifications-off-if = أطفئ الإشعارات إذا كنت لا تريد ذلك.
# en: Learn more about how to [spot NHS scams]({ $link1 }).
learn-more-about-how = تعلّم المزيد عن كيف [تكشف الاحتيال باسم NHS]({ $link1 }).
# en: notification
notification = إشعار
# en: a short alert on your phone. It tells you something new has come.
a-short-alert-on = تنبيه قصير على هاتفك. يخبرك أن شيئًا جديدًا وصل.
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
# en: settings
settings = الإعدادات
# en: the part of an app or phone where you choose how it works
the-part-of-an = جزء في التطبيق أو الهاتف تختار فيه كيف يعمل
# en: tap
tap = اضغط
# en: touch the screen with your finger
touch-the-screen-with = المس الشاشة بإصبعك
