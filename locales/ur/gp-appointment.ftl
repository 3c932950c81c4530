# اردو: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = GP اپائنٹمنٹ آن لائن بک کریں، چیک کریں یا کینسل کریں
# en: Use the NHS App to book a GP appointment, check it or cancel it.
use-the-nhs-app = GP اپائنٹمنٹ بک کرنے، چیک کرنے یا کینسل کرنے کے لیے NHS App استعمال کریں۔
# en: About 5 to 10 minutes
about-5-to-10 = تقریباً 5 سے 10 منٹ
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App، آپ کے NHS login کے ساتھ
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = آپ کی ڈائری یا کیلنڈر، یہ دیکھنے کے لیے کہ آپ کب فارغ ہیں

# en: nhs.uk: GP appointments and bookings
# nhs-uk-gp-appointments =


# en: nhs.uk: NHS App help and support – Appointments
# nhs-uk-nhs-app =


# en: nhs.uk: When to call 999
# nhs-uk-when-to =

# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = GP فیملی ڈاکٹر ہوتا ہے۔ آپ کی GP سرجری وہ جگہ ہے جہاں آپ کا GP کام کرتا ہے۔
# en: In the NHS App, you can book, check and cancel some GP appointments. No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = NHS App میں آپ کچھ GP اپائنٹمنٹس بک، چیک اور کینسل کر سکتے ہیں۔ ابھی ایپ نہیں ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔
# en: Not every GP surgery lets you book in the app. Some ask you to fill in a form online instead. Some ask you to phone them.
not-every-gp-surgery = ہر GP سرجری ایپ میں بکنگ کی سہولت نہیں دیتی۔ کچھ کہتی ہیں کہ اس کی جگہ آن لائن فارم بھریں۔ کچھ کہتی ہیں کہ انہیں فون کریں۔
# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **999 پر کال کریں** اگر کسی کی جان خطرے میں ہو سکتی ہے۔
# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = جلدی مدد چاہیے، مگر ایمرجنسی نہیں ہے؟ [NHS 111 آن لائن]({ $link1 }) استعمال کریں یا **111** پر کال کریں۔
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = ایپ کبھی کبھی بدل جاتی ہے۔ آپ کی اسکرینیں اس گائیڈ سے تھوڑی مختلف لگ سکتی ہیں۔
# en: Book an appointment
book-an-appointment = اپائنٹمنٹ بک کریں
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
# a-phone-with-a-4 =


# en: Tap **Appointments** to see the ones you have booked.
# tap-appointments-to-see =


# en: You can see the day, the time and the type of each one.
# you-can-see-the =

# en: Cancel an appointment
cancel-an-appointment = اپائنٹمنٹ کینسل کریں

# en: Cancel as soon as you know you cannot go. Then someone else can have it.
# cancel-as-soon-as =


# en: A calendar page with a big red cross on one day
# a-calendar-page-with-2 =


# en: Find the appointment in the app. Tap to cancel it.
# find-the-appointment-in =


# en: The app may ask why. Then tap the button to say yes, cancel it.
# the-app-may-ask-2 =


# en: Cannot cancel in the app? Phone your GP surgery.
# cannot-cancel-in-the =

# en: On the day
on-the-day = اپائنٹمنٹ کے دن

# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
# a-waiting-room-at =


# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
# get-to-your-gp =


# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
# is-it-a-phone =

# en: Remember
remember = یاد رکھیں

# en: Write a list of what you want to say.
# write-a-list-of =


# en: Take your list of medicines with you.
# take-your-list-of =


# en: Do not book more than you need. Other people need appointments too.
# do-not-book-more =

