# اردو: the guide "nhs-app-messages", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Messages and notifications in the NHS App
messages-and-notifications-in = NHS App میں پیغامات اور نوٹیفکیشن
# en: Get messages from the NHS in the NHS App. Know that they are real.
get-messages-from-the = NHS App میں NHS سے پیغامات حاصل کریں۔ جانیں کہ وہ اصلی ہیں۔
# en: About 5 minutes
about-5-minutes = تقریباً 5 منٹ
# en: The NHS App on your phone or tablet, with your NHS login
the-nhs-app-on = آپ کے فون یا ٹیبلیٹ پر NHS App، آپ کے NHS login کے ساتھ
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: NHS App میں نوٹیفکیشن اور پیغامات
# en: NHS Notify: NHS App messages (push notifications and badges)
nhs-notify-nhs-app = NHS Notify: NHS App کے پیغامات (پش نوٹیفکیشن اور بیج)
# en: 3W Health: Managing NHS App notifications (from nhs.uk, Managing your NHS account)
text-3w-health-managing-nhs = 3W Health: NHS App کے نوٹیفکیشن کا انتظام (nhs.uk سے، Managing your NHS account)
# en: Windrush Medical Practice: NHS App messaging
windrush-medical-practice-nhs = Windrush Medical Practice: NHS App میں پیغامات
# en: Doncaster and Bassetlaw Teaching Hospitals: The way you receive appointment reminders is changing
doncaster-and-bassetlaw-teaching = Doncaster and Bassetlaw Teaching Hospitals: اپائنٹمنٹ کی یاد دہانیاں ملنے کا طریقہ بدل رہا ہے
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: استعمال کی شرائط (apphelp.nhs.wales)
# en: The NHS can send you messages in the NHS App. They come to a safe place inside the app, called your inbox.
the-nhs-can-send = NHS آپ کو NHS App میں پیغامات بھیج سکتا ہے۔ یہ ایپ کے اندر ایک محفوظ جگہ آتے ہیں۔ اس جگہ کو آپ کا ان باکس (inbox) کہتے ہیں۔
# en: A notification on your phone tells you a new message has come.
a-notification-on-your = آپ کے فون پر ایک نوٹیفکیشن بتاتا ہے کہ نیا پیغام آیا ہے۔
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
no-app-yet-first = ابھی ایپ نہیں ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔
# en: **Is your GP surgery in Wales?** The NHS Wales App works in its own way. This guide is about the NHS App in England.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** NHS Wales App اپنے طریقے سے کام کرتی ہے۔ یہ گائیڈ انگلینڈ کی NHS App کے بارے میں ہے۔
# en: What messages can be about
what-messages-can-be = پیغامات کس بارے میں ہو سکتے ہیں
# en: A calendar with one day circled
a-calendar-with-one = ایک کیلنڈر جس میں ایک دن پر دائرہ ہے
# en: an appointment, or a reminder about one
an-appointment-or-a = کوئی اپائنٹمنٹ، یا اس کی یاد دہانی
# en: A test tube next to a page
a-test-tube-next = ایک صفحے کے ساتھ ٹیسٹ ٹیوب
# en: a test result from your GP surgery
a-test-result-from = آپ کی GP سرجری سے ٹیسٹ کا نتیجہ
# en: A jab and a shield
a-jab-and-a = ایک ٹیکہ اور ایک ڈھال
# en: an invitation to have a jab or a check
an-invitation-to-have = ٹیکہ لگوانے یا معائنہ کروانے کی دعوت
# en: Turn on notifications
turn-on-notifications = نوٹیفکیشن آن کریں
# en: A phone with a menu. A yellow circle marks a button at the bottom.
a-phone-with-a = مینیو والا ایک فون۔ نیچے ایک بٹن کے گرد پیلا دائرہ ہے۔
# en: Open the NHS App and log in. Tap **More**. Then tap **Account and settings**.
open-the-nhs-app = NHS App کھولیں اور لاگ ان کریں۔ **More** دبائیں۔ پھر **Account and settings** (اکاؤنٹ اور سیٹنگز) دبائیں۔
# en: A phone with a switch turned on
a-phone-with-a-2 = ایک فون جس پر ایک سوئچ آن ہے
# en: Tap **Manage notifications**. Turn the switch on.
tap-manage-notifications-turn = **Manage notifications** دبائیں۔ سوئچ آن کریں۔
# en: Do you use the app on more than 1 phone or tablet? Turn notifications on for each one.
do-you-use-the = کیا آپ ایپ 1 سے زیادہ فون یا ٹیبلیٹ پر استعمال کرتے ہیں؟ ہر ایک پر نوٹیفکیشن آن کریں۔
# en: Read a message
read-a-message = پیغام پڑھیں
# en: A phone with a small alert at the top. The app has a red dot.
a-phone-with-a-3 = ایک فون جس کے اوپر ایک چھوٹا الرٹ ہے۔ ایپ پر ایک سرخ نقطہ ہے۔
# en: A notification shows on your phone. It does not show what the message says. It only tells you a message has come.
a-notification-shows-on = آپ کے فون پر ایک نوٹیفکیشن نظر آتا ہے۔ اس میں پیغام کی بات نہیں ہوتی۔ یہ صرف بتاتا ہے کہ پیغام آیا ہے۔
# en: A red dot with a number may show on the NHS App too.
a-red-dot-with = NHS App پر نمبر والا ایک سرخ نقطہ بھی نظر آ سکتا ہے۔
# en: A phone with an open message in the NHS App
a-phone-with-an = ایک فون جس پر NHS App میں ایک کھلا پیغام ہے
# en: Open the NHS App yourself and log in. Then open your messages.
open-the-nhs-app-2 = NHS App خود کھولیں اور لاگ ان کریں۔ پھر اپنے پیغامات کھولیں۔
# en: Your GP surgery or another NHS service sent it. Read it and do what it asks.
your-gp-surgery-or = یہ آپ کی GP سرجری یا NHS کی کسی اور سروس نے بھیجا ہے۔ اسے پڑھیں اور جو کہا گیا ہے وہ کریں۔
# en: Did you not read a message in time? You may get a text instead.
did-you-not-read = کیا آپ نے وقت پر پیغام نہیں پڑھا؟ ہو سکتا ہے آپ کو اس کی جگہ ٹیکسٹ میسج آئے۔
# en: Keep safe
keep-safe = محفوظ رہیں
# en: A real NHS App message is inside the NHS App. Open the app yourself to read it.
a-real-nhs-app = NHS App کا اصلی پیغام NHS App کے اندر ہوتا ہے۔ اسے پڑھنے کے لیے ایپ خود کھولیں۔
# en: Got a text or email that says it is from the NHS App? Do not tap its links. Open the app yourself instead.
got-a-text-or = کیا کسی ٹیکسٹ یا ای میل میں لکھا ہے کہ وہ NHS App سے ہے؟ اس کے لنک نہ دبائیں۔ اس کی جگہ ایپ خود کھولیں۔
# en: A phone on a table with 2 people near it
a-phone-on-a = میز پر رکھا ایک فون، پاس 2 لوگ ہیں
# en: Do other people use your phone? They can see your notifications.
do-other-people-use = کیا دوسرے لوگ آپ کا فون استعمال کرتے ہیں؟ وہ آپ کے نوٹیفکیشن دیکھ سکتے ہیں۔
# en: Turn notifications off if you do not want this.
turn-notifications-off-if = اگر آپ یہ نہیں چاہتے تو نوٹیفکیشن بند کر دیں۔
# en: Learn more about how to [spot NHS scams]({ $link1 }).
learn-more-about-how = مزید جانیں کہ [NHS کے نام پر فراڈ کیسے پہچانیں]({ $link1 })۔
# en: notification
notification = نوٹیفکیشن
# en: a short alert on your phone. It tells you something new has come.
a-short-alert-on = آپ کے فون پر ایک چھوٹا الرٹ۔ یہ بتاتا ہے کہ کچھ نیا آیا ہے۔
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
# en: settings
settings = سیٹنگز
# en: the part of an app or phone where you choose how it works
the-part-of-an = ایپ یا فون کا وہ حصہ جہاں آپ چنتے ہیں کہ وہ کیسے کام کرے
# en: tap
tap = دبائیں
# en: touch the screen with your finger
touch-the-screen-with = اپنی انگلی سے اسکرین کو چھونا
