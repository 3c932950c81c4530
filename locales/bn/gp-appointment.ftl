# বাংলা: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = অনলাইনে GP অ্যাপয়েন্টমেন্ট বুক, চেক বা বাতিল করুন
# en: Ask for a GP appointment online, or book one in the NHS App. Check or cancel it.
# stale: the words above changed; before, they were: Use the NHS App to book a GP appointment, check it or cancel it.
use-the-nhs-app = NHS App দিয়ে GP অ্যাপয়েন্টমেন্ট বুক করুন, চেক করুন বা বাতিল করুন।
# en: About 5 to 10 minutes
about-5-to-10 = প্রায় 5 থেকে 10 মিনিট

# en: A phone, tablet or computer with the internet
# a-phone-tablet-or =

# en: The NHS App with your NHS login, if you want to book in the app
# stale: the words above changed; before, they were: The NHS App, with your NHS login
the-nhs-app-with = NHS App, আপনার NHS login সহ
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = আপনার ডায়েরি বা ক্যালেন্ডার, কখন আপনি ফাঁকা আছেন তা দেখতে

# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
# department-of-health-and =


# en: NHS England: You and your general practice (the patient charter)
# nhs-england-you-and =


# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
# pulse-practices-must-keep =


# en: Kirton Medical Centre: NHS App – all you need to know (appointments)
# nhs-uk-nhs-app =


# en: South Western Ambulance Service: When to call 999
# nhs-uk-when-to =

# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = GP হলেন পারিবারিক ডাক্তার। আপনার GP সার্জারি হলো সেই জায়গা, যেখানে আপনার GP কাজ করেন।

# en: You can ask for an appointment online in 2 ways. Use your surgery’s online form. Or book in the NHS App, if your surgery lets you.
# you-can-ask-for =

# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
# stale: the words above changed; before, they were: In the NHS App, you can book, check and cancel some GP appointments. No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = NHS App-এ আপনি কিছু GP অ্যাপয়েন্টমেন্ট বুক, চেক আর বাতিল করতে পারেন। এখনো অ্যাপ নেই? আগে দেখুন: [কীভাবে NHS App পাবেন]({ $link1 })।
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Not every GP surgery lets you book in the app. Some ask you to fill in a form online instead. Some ask you to phone them.
not-every-gp-surgery = সব GP সার্জারি অ্যাপে বুক করতে দেয় না। কোনো কোনোটি এর বদলে অনলাইনে একটি ফর্ম পূরণ করতে বলে। কোনো কোনোটি ফোন করতে বলে।

# en: An ambulance with its blue lights on
# an-ambulance-with-its =

# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **999-এ কল করুন**, যদি কারও জীবন বিপদে থাকতে পারে।

# en: See [when to call 999]({ $link1 }).
# see-when-to-call =

# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = দ্রুত সাহায্য দরকার, কিন্তু ইমার্জেন্সি নয়? [NHS 111 অনলাইন]({ $link1 }) ব্যবহার করুন, বা **111**-এ কল করুন।
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = অ্যাপটি মাঝে মাঝে বদলায়। আপনার স্ক্রিন এই নির্দেশিকা থেকে একটু আলাদা দেখাতে পারে।
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Book an appointment
book-an-appointment = অ্যাপয়েন্টমেন্ট বুক করুন

# en: **Is your GP surgery in Wales?** Ask them how to book online. You may be able to use the NHS Wales App.
# is-your-gp-surgery =


# en: Ask with the online form
# ask-with-the-online =


# en: A phone showing a form with boxes to fill in
# a-phone-showing-a =


# en: Every GP surgery in England has an online form. It is open from 8am to 6:30pm, Monday to Friday.
# every-gp-surgery-in =


# en: Find it on your surgery’s website, or in the NHS App. Say what is wrong and what you need.
# find-it-on-your =


# en: A clock and a phone with a message
# a-clock-and-a =


# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday.
# your-surgery-tells-you =


# en: They may offer an appointment, phone you, or send you a message.
# they-may-offer-an =


# en: See [how to contact your GP surgery online]({ $link1 }).
# see-how-to-contact =


# en: Book in the NHS App
# book-in-the-nhs =

# en: A phone with a calendar on its screen
a-phone-with-a = একটি ফোন, যার স্ক্রিনে একটি ক্যালেন্ডার
# en: Open the NHS App and log in. Tap **Appointments**.
open-the-nhs-app = NHS App খুলুন এবং লগ ইন করুন। **Appointments**-এ চাপ দিন।
# en: Then tap the option for your GP surgery.
then-tap-the-option = তারপর আপনার GP সার্জারির অপশনে চাপ দিন।
# en: A phone with a speech bubble and a keyboard, for typing a message
a-phone-with-a-2 = একটি ফোনে কথার বুদবুদ আর কিবোর্ড, মেসেজ লেখার জন্য
# en: Tap to book an appointment.
tap-to-book-an = অ্যাপয়েন্টমেন্ট বুক করতে চাপ দিন।
# en: The app may ask what the appointment is for. Write a few words. For example, “a cough for 3 weeks”.
the-app-may-ask = অ্যাপটি জানতে চাইতে পারে, অ্যাপয়েন্টমেন্ট কীসের জন্য। কয়েকটি শব্দ লিখুন। যেমন, “3 সপ্তাহ ধরে কাশি”।
# en: A calendar page with one day circled, and a clock
a-calendar-page-with = ক্যালেন্ডারের একটি পাতা, একটি দিনে গোল দাগ, আর একটি ঘড়ি
# en: Choose the type of appointment. It may be in person, on the phone or by video.
choose-the-type-of = অ্যাপয়েন্টমেন্টের ধরন বেছে নিন। এটি সামনাসামনি, ফোনে বা ভিডিওতে হতে পারে।
# en: Then choose a day and a time that suit you.
then-choose-a-day = তারপর আপনার সুবিধামতো দিন ও সময় বেছে নিন।
# en: A phone with a calendar and a big green tick
a-phone-with-a-3 = একটি ফোনে ক্যালেন্ডার আর একটি বড় সবুজ টিক চিহ্ন
# en: Check the day, the time and the place. Then tap the button to book.
check-the-day-the = দিন, সময় আর জায়গা দেখে নিন। তারপর বুক করার বোতামে চাপ দিন।
# en: Write the day and time on your calendar. Or put it in your diary.
write-the-day-and = দিন আর সময় আপনার ক্যালেন্ডারে লিখে রাখুন। অথবা ডায়েরিতে লিখুন।
# en: Check your appointments
check-your-appointments = আপনার অ্যাপয়েন্টমেন্ট দেখুন

# en: A phone with a list of 2 appointments, each with a small calendar
# a-phone-with-a-4 =


# en: Tap **Appointments** to see the ones you have booked.
# tap-appointments-to-see =


# en: You can see the day, the time and the type of each one.
# you-can-see-the =

# en: Cancel an appointment
cancel-an-appointment = অ্যাপয়েন্টমেন্ট বাতিল করুন

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


# en: Ask for help you need
# ask-for-help-you =


# en: Two people talk. One speech bubble has a flag, for another language.
# two-people-talk-one =


# en: Do you need an interpreter? Ask when you book. The surgery can find one for you.
# do-you-need-an =


# en: A quiet room with a chair and a clock
# a-quiet-room-with =


# en: Do you need extra help? For example, a longer appointment or a quiet place to wait. Tell your surgery.
# do-you-need-extra =

# en: On the day
on-the-day = অ্যাপয়েন্টমেন্টের দিন

# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
# a-waiting-room-at =


# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
# get-to-your-gp =


# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
# is-it-a-phone =

# en: Remember
remember = মনে রাখবেন

# en: Write a list of what you want to say.
# write-a-list-of =


# en: Take your list of medicines with you.
# take-your-list-of =


# en: Do not book more than you need. Other people need appointments too.
# do-not-book-more =


# en: log in
# log-in =


# en: type your email address and password to get into your account
# type-your-email-address =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

