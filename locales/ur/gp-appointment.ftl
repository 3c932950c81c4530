# اردو: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = GP اپائنٹمنٹ آن لائن بک کریں، چیک کریں یا کینسل کریں
# en: Ask for a GP appointment online, or book one in the NHS App. Check or cancel it.
use-the-nhs-app = GP اپائنٹمنٹ آن لائن مانگیں، یا NHS App میں بک کریں۔ پھر اسے چیک یا کینسل کریں۔
# en: About 5 to 10 minutes
about-5-to-10 = تقریباً 5 سے 10 منٹ
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = انٹرنیٹ والا فون، ٹیبلیٹ یا کمپیوٹر
# en: The NHS App with your NHS login, if you want to book in the app
the-nhs-app-with = NHS App اور آپ کا NHS login، اگر آپ ایپ میں بک کریں گے
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = آپ کی ڈائری یا کیلنڈر، یہ دیکھنے کے لیے کہ آپ کب فارغ ہیں
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: GP کا معاہدہ – آپ کو کیا جاننا ہے (29 ستمبر 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: آپ اور آپ کی GP سرجری (مریضوں کا چارٹر)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: 1 اکتوبر 2025 سے سرجریوں کو آن لائن فارم صبح 8 سے شام 6:30 تک کھلے رکھنے ہیں
# en: Kirton Medical Centre: NHS App – all you need to know (appointments)
nhs-uk-nhs-app = Kirton Medical Centre: NHS App – جو کچھ آپ کو جاننا ہے (اپائنٹمنٹس)
# en: South Western Ambulance Service: When to call 999
nhs-uk-when-to = South Western Ambulance Service: 999 پر کب کال کریں
# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = GP فیملی ڈاکٹر ہوتا ہے۔ آپ کی GP سرجری وہ جگہ ہے جہاں آپ کا GP کام کرتا ہے۔
# en: You can ask for an appointment online in 2 ways. Use your surgery’s online form. Or book in the NHS App, if your surgery lets you.
you-can-ask-for = آپ 2 طریقوں سے آن لائن اپائنٹمنٹ مانگ سکتے ہیں۔ اپنی سرجری کا آن لائن فارم استعمال کریں۔ یا NHS App میں بک کریں، اگر آپ کی سرجری اجازت دیتی ہے۔
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = ابھی ایپ نہیں ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔
# en: An ambulance with its blue lights on
an-ambulance-with-its = ایک ایمبولینس، جس کی نیلی بتیاں جل رہی ہیں
# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **999 پر کال کریں** اگر کسی کی جان خطرے میں ہو سکتی ہے۔
# en: See [when to call 999]({ $link1 }).
see-when-to-call = دیکھیں: [999 پر کب کال کریں]({ $link1 })۔
# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = جلدی مدد چاہیے، مگر ایمرجنسی نہیں ہے؟ [NHS 111 آن لائن]({ $link1 }) استعمال کریں یا **111** پر کال کریں۔
# en: **Is your GP surgery in Wales?** Ask them how to book online. You may be able to use the NHS Wales App.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** ان سے پوچھیں کہ آن لائن بکنگ کیسے کریں۔ ہو سکتا ہے آپ NHS Wales App استعمال کر سکیں۔
# en: Ask with the online form
ask-with-the-online = آن لائن فارم سے مانگیں
# en: A phone showing a form with boxes to fill in
a-phone-showing-a = ایک فون جس پر بھرنے کے خانوں والا فارم ہے
# en: Every GP surgery in England has an online form. It is open from 8am to 6:30pm, Monday to Friday.
every-gp-surgery-in = انگلینڈ کی ہر GP سرجری کا ایک آن لائن فارم ہے۔ یہ پیر سے جمعہ، صبح 8 سے شام 6:30 بجے تک کھلا رہتا ہے۔
# en: Find it on your surgery’s website, or in the NHS App. Say what is wrong and what you need.
find-it-on-your = یہ آپ کی سرجری کی ویب سائٹ پر، یا NHS App میں ملے گا۔ بتائیں کہ کیا تکلیف ہے اور آپ کو کیا چاہیے۔
# en: A clock and a phone with a message
a-clock-and-a = ایک گھڑی، اور ایک فون جس پر پیغام ہے
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday.
your-surgery-tells-you = آپ کی سرجری 1 کام کے دن کے اندر بتاتی ہے کہ آگے کیا ہوگا۔ کام کے دن پیر سے جمعہ ہیں۔
# en: They may offer an appointment, phone you, or send you a message.
they-may-offer-an = وہ اپائنٹمنٹ دے سکتے ہیں یا فون کر سکتے ہیں۔ یا وہ آپ کو پیغام بھیج سکتے ہیں۔
# en: See [how to contact your GP surgery online]({ $link1 }).
see-how-to-contact = دیکھیں: [اپنی GP سرجری سے آن لائن رابطہ کیسے کریں]({ $link1 })۔
# en: Book in the NHS App
book-in-the-nhs = NHS App میں بک کریں
# en: A phone with a calendar on its screen
a-phone-with-a = ایک فون جس کی اسکرین پر کیلنڈر ہے
# en: Open the NHS App and log in. Tap **Appointments**.
open-the-nhs-app = NHS App کھولیں اور لاگ ان کریں۔ **Appointments** دبائیں۔
# en: Then tap the option for your GP surgery.
then-tap-the-option = پھر اپنی GP سرجری والا آپشن دبائیں۔
# en: A phone with a speech bubble and a keyboard, for typing a message
a-phone-with-a-2 = ایک فون جس پر بات کا غبارہ اور کی بورڈ ہے، پیغام لکھنے کے لیے
# en: Tap to book an appointment.
tap-to-book-an = اپائنٹمنٹ بک کرنے کے لیے دبائیں۔
# en: The app may ask what the appointment is for. Write a few words. For example, “a cough for 3 weeks”.
the-app-may-ask = ایپ پوچھ سکتی ہے کہ اپائنٹمنٹ کس لیے ہے۔ چند الفاظ لکھیں۔ مثلاً: «3 ہفتوں سے کھانسی»۔
# en: A calendar page with one day circled, and a clock
a-calendar-page-with = کیلنڈر کا ایک صفحہ جس میں ایک دن پر دائرہ ہے، اور ایک گھڑی
# en: Choose the type of appointment. It may be in person, on the phone or by video.
choose-the-type-of = اپائنٹمنٹ کی قسم چنیں۔ یہ آمنے سامنے، فون پر یا ویڈیو پر ہو سکتی ہے۔
# en: Then choose a day and a time that suit you.
then-choose-a-day = پھر اپنی سہولت کا دن اور وقت چنیں۔
# en: A phone with a calendar and a big green tick
a-phone-with-a-3 = ایک فون جس پر کیلنڈر اور ایک بڑا ہرا ٹک کا نشان ہے
# en: Check the day, the time and the place. Then tap the button to book.
check-the-day-the = دن، وقت اور جگہ چیک کریں۔ پھر بک کرنے کا بٹن دبائیں۔
# en: Write the day and time on your calendar. Or put it in your diary.
write-the-day-and = دن اور وقت اپنے کیلنڈر پر لکھ لیں۔ یا اسے اپنی ڈائری میں لکھیں۔
# en: Check your appointments
check-your-appointments = اپنی اپائنٹمنٹس چیک کریں
# en: A phone with a list of 2 appointments, each with a small calendar
a-phone-with-a-4 = ایک فون جس پر 2 اپائنٹمنٹس کی فہرست ہے، ہر ایک کے ساتھ چھوٹا کیلنڈر
# en: Tap **Appointments** to see the ones you have booked.
tap-appointments-to-see = اپنی بک کی ہوئی اپائنٹمنٹس دیکھنے کے لیے **Appointments** دبائیں۔
# en: You can see the day, the time and the type of each one.
you-can-see-the = آپ ہر ایک کا دن، وقت اور قسم دیکھ سکتے ہیں۔
# en: Cancel an appointment
cancel-an-appointment = اپائنٹمنٹ کینسل کریں
# en: Cancel as soon as you know you cannot go. Then someone else can have it.
cancel-as-soon-as = جیسے ہی پتا چلے کہ آپ نہیں جا سکتے، کینسل کر دیں۔ پھر کوئی اور اسے لے سکتا ہے۔
# en: A calendar page with a big red cross on one day
a-calendar-page-with-2 = کیلنڈر کا ایک صفحہ جس میں ایک دن پر بڑا سرخ کراس ہے
# en: Find the appointment in the app. Tap to cancel it.
find-the-appointment-in = ایپ میں اپائنٹمنٹ ڈھونڈیں۔ اسے کینسل کرنے کے لیے دبائیں۔
# en: The app may ask why. Then tap the button to say yes, cancel it.
the-app-may-ask-2 = ایپ وجہ پوچھ سکتی ہے۔ پھر «ہاں، کینسل کریں» والا بٹن دبائیں۔
# en: Cannot cancel in the app? Phone your GP surgery.
cannot-cancel-in-the = ایپ میں کینسل نہیں ہو رہی؟ اپنی GP سرجری کو فون کریں۔
# en: Ask for help you need
ask-for-help-you = جو مدد چاہیے وہ مانگیں
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = دو لوگ بات کر رہے ہیں۔ بات کے ایک غبارے میں جھنڈا ہے، یعنی دوسری زبان۔
# en: Do you need an interpreter? Ask when you book. The surgery can find one for you.
do-you-need-an = کیا آپ کو ترجمان چاہیے؟ بک کرتے وقت بتائیں۔ سرجری آپ کے لیے ترجمان ڈھونڈ سکتی ہے۔
# en: A quiet room with a chair and a clock
a-quiet-room-with = ایک پرسکون کمرہ، جس میں ایک کرسی اور ایک گھڑی ہے
# en: Do you need extra help? For example, a longer appointment or a quiet place to wait. Tell your surgery.
do-you-need-extra = کیا آپ کو اضافی مدد چاہیے؟ مثلاً لمبی اپائنٹمنٹ، یا انتظار کے لیے پرسکون جگہ۔ اپنی سرجری کو بتائیں۔
# en: On the day
on-the-day = اپائنٹمنٹ کے دن
# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
a-waiting-room-at = GP سرجری کا ویٹنگ روم۔ وہیل چیئر پر ایک آدمی اور ایک بزرگ خاتون باری کا انتظار کر رہے ہیں۔
# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
get-to-your-gp = اپنی GP سرجری چند منٹ پہلے پہنچیں۔ استقبالیہ پر بتائیں کہ آپ آ گئے ہیں۔
# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
is-it-a-phone = کیا یہ فون والی اپائنٹمنٹ ہے؟ فون اپنے پاس رکھیں اور اس کی آواز آن رکھیں۔ کال تھوڑی دیر سے آ سکتی ہے۔
# en: Remember
remember = یاد رکھیں
# en: Write a list of what you want to say.
write-a-list-of = جو کچھ کہنا ہے اس کی فہرست لکھ لیں۔
# en: Take your list of medicines with you.
take-your-list-of = اپنی دواؤں کی فہرست ساتھ لے جائیں۔
# en: Do not book more than you need. Other people need appointments too.
do-not-book-more = ضرورت سے زیادہ اپائنٹمنٹس بک نہ کریں۔ دوسرے لوگوں کو بھی اپائنٹمنٹ چاہیے۔
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
# en: tap
tap = دبائیں
# en: touch the screen with your finger
touch-the-screen-with = اپنی انگلی سے اسکرین کو چھونا
