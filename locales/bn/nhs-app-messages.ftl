# বাংলা: the guide "nhs-app-messages", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Messages and notifications in the NHS App
messages-and-notifications-in = NHS App-এ মেসেজ আর নোটিফিকেশন
# en: Get messages from the NHS in the NHS App. Know that they are real.
get-messages-from-the = NHS App-এ NHS থেকে মেসেজ পান। জেনে নিন যে সেগুলো আসল।
# en: About 5 minutes
about-5-minutes = প্রায় 5 মিনিট
# en: The NHS App on your phone or tablet, with your NHS login
the-nhs-app-on = আপনার ফোন বা ট্যাবলেটে NHS App, আপনার NHS login সহ
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: NHS App-এ নোটিফিকেশন ও মেসেজ
# en: NHS Notify: NHS App messages (push notifications and badges)
nhs-notify-nhs-app = NHS Notify: NHS App-এর মেসেজ (পুশ নোটিফিকেশন ও ব্যাজ)
# en: 3W Health: Managing NHS App notifications (from nhs.uk, Managing your NHS account)
text-3w-health-managing-nhs = 3W Health: NHS App-এর নোটিফিকেশন নিয়ন্ত্রণ (nhs.uk থেকে, Managing your NHS account)
# en: Windrush Medical Practice: NHS App messaging
windrush-medical-practice-nhs = Windrush Medical Practice: NHS App-এ মেসেজ
# en: Doncaster and Bassetlaw Teaching Hospitals: The way you receive appointment reminders is changing
doncaster-and-bassetlaw-teaching = Doncaster and Bassetlaw Teaching Hospitals: অ্যাপয়েন্টমেন্টের রিমাইন্ডার পাওয়ার উপায় বদলাচ্ছে
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: ব্যবহারের শর্ত (apphelp.nhs.wales)
# en: The NHS can send you messages in the NHS App. They come to a safe place inside the app, called your inbox.
the-nhs-can-send = NHS আপনাকে NHS App-এ মেসেজ পাঠাতে পারে। সেগুলো অ্যাপের ভেতরে একটি নিরাপদ জায়গায় আসে। এই জায়গাকে বলে আপনার ইনবক্স (inbox)।
# en: A notification on your phone tells you a new message has come.
a-notification-on-your = আপনার ফোনে একটি নোটিফিকেশন জানায় যে নতুন মেসেজ এসেছে।
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
no-app-yet-first = এখনো অ্যাপ নেই? আগে দেখুন: [কীভাবে NHS App পাবেন]({ $link1 })।
# en: **Is your GP surgery in Wales?** The NHS Wales App works in its own way. This guide is about the NHS App in England.
is-your-gp-surgery = **আপনার GP সার্জারি কি ওয়েলসে?** NHS Wales App নিজের নিয়মে কাজ করে। এই নির্দেশিকাটি ইংল্যান্ডের NHS App নিয়ে।
# en: What messages can be about
what-messages-can-be = মেসেজ কী নিয়ে হতে পারে
# en: A calendar with one day circled
a-calendar-with-one = একটি ক্যালেন্ডার, একটি দিনে গোল দাগ
# en: an appointment, or a reminder about one
an-appointment-or-a = কোনো অ্যাপয়েন্টমেন্ট, বা তার রিমাইন্ডার
# en: A test tube next to a page
a-test-tube-next = একটি পাতার পাশে একটি টেস্ট টিউব
# en: a test result from your GP surgery
a-test-result-from = আপনার GP সার্জারি থেকে টেস্টের ফলাফল
# en: A jab and a shield
a-jab-and-a = একটি ইনজেকশন আর একটি ঢাল
# en: an invitation to have a jab or a check
an-invitation-to-have = টিকা নেওয়ার বা চেকআপ করানোর আমন্ত্রণ
# en: Turn on notifications
turn-on-notifications = নোটিফিকেশন চালু করুন
# en: A phone with a menu. A yellow circle marks a button at the bottom.
a-phone-with-a = মেনুসহ একটি ফোন। নিচের একটি বোতামের চারপাশে হলুদ গোল দাগ।
# en: Open the NHS App and log in. Tap **More**. Then tap **Account and settings**.
open-the-nhs-app = NHS App খুলুন এবং লগ ইন করুন। **More**-এ চাপ দিন। তারপর **Account and settings** (অ্যাকাউন্ট ও সেটিংস)-এ চাপ দিন।
# en: A phone with a switch turned on
a-phone-with-a-2 = একটি ফোন, তাতে একটি সুইচ চালু করা
# en: Tap **Manage notifications**. Turn the switch on.
tap-manage-notifications-turn = **Manage notifications**-এ চাপ দিন। সুইচটি চালু করুন।
# en: Do you use the app on more than 1 phone or tablet? Turn notifications on for each one.
do-you-use-the = আপনি কি 1টির বেশি ফোন বা ট্যাবলেটে অ্যাপটি ব্যবহার করেন? প্রতিটিতে নোটিফিকেশন চালু করুন।
# en: Read a message
read-a-message = মেসেজ পড়ুন
# en: A phone with a small alert at the top. The app has a red dot.
a-phone-with-a-3 = একটি ফোন, তার ওপরে একটি ছোট সতর্কবার্তা। অ্যাপে একটি লাল বিন্দু।
# en: A notification shows on your phone. It does not show what the message says. It only tells you a message has come.
a-notification-shows-on = আপনার ফোনে একটি নোটিফিকেশন দেখা যায়। এতে মেসেজের কথাগুলো থাকে না। এটি শুধু জানায় যে একটি মেসেজ এসেছে।
# en: A red dot with a number may show on the NHS App too.
a-red-dot-with = NHS App-এর ওপরেও একটি সংখ্যাসহ লাল বিন্দু দেখা যেতে পারে।
# en: A phone with an open message in the NHS App
a-phone-with-an = একটি ফোন, NHS App-এ একটি মেসেজ খোলা
# en: Open the NHS App yourself and log in. Then open your messages.
open-the-nhs-app-2 = নিজেই NHS App খুলুন এবং লগ ইন করুন। তারপর আপনার মেসেজ খুলুন।
# en: Your GP surgery or another NHS service sent it. Read it and do what it asks.
your-gp-surgery-or = আপনার GP সার্জারি বা NHS-এর অন্য কোনো সেবা এটি পাঠিয়েছে। এটি পড়ুন এবং যা করতে বলে, তা করুন।
# en: Did you not read a message in time? You may get a text instead.
did-you-not-read = সময়মতো মেসেজ পড়েননি? তাহলে হয়তো এর বদলে একটি টেক্সট মেসেজ পাবেন।
# en: Keep safe
keep-safe = নিরাপদ থাকুন
# en: A real NHS App message is inside the NHS App. Open the app yourself to read it.
a-real-nhs-app = আসল NHS App মেসেজ NHS App-এর ভেতরেই থাকে। এটি পড়তে নিজেই অ্যাপটি খুলুন।
# en: Got a text or email that says it is from the NHS App? Do not tap its links. Open the app yourself instead.
got-a-text-or = এমন টেক্সট বা ইমেইল পেয়েছেন, যা বলে এটি NHS App থেকে এসেছে? এর লিংকে চাপ দেবেন না। এর বদলে নিজেই অ্যাপটি খুলুন।
# en: A phone on a table with 2 people near it
a-phone-on-a = টেবিলে রাখা একটি ফোন, কাছে 2 জন মানুষ
# en: Do other people use your phone? They can see your notifications.
do-other-people-use = অন্যরা কি আপনার ফোন ব্যবহার করেন? তাঁরা আপনার নোটিফিকেশন দেখতে পারেন।
# en: Turn notifications off if you do not want this.
turn-notifications-off-if = এটি না চাইলে নোটিফিকেশন বন্ধ করে দিন।
# en: Learn more about how to [spot NHS scams]({ $link1 }).
learn-more-about-how = আরও জানুন: [কীভাবে NHS-এর নামে প্রতারণা চিনবেন]({ $link1 })।
# en: notification
notification = নোটিফিকেশন
# en: a short alert on your phone. It tells you something new has come.
a-short-alert-on = আপনার ফোনে একটি ছোট সতর্কবার্তা। এটি জানায় যে নতুন কিছু এসেছে।
# en: log in
log-in = লগ ইন
# en: type your email address and password to get into your account
type-your-email-address = আপনার অ্যাকাউন্টে ঢুকতে ইমেইল ঠিকানা আর পাসওয়ার্ড টাইপ করা
# en: settings
settings = সেটিংস
# en: the part of an app or phone where you choose how it works
the-part-of-an = অ্যাপ বা ফোনের সেই অংশ, যেখানে আপনি ঠিক করেন এটি কীভাবে কাজ করবে
# en: tap
tap = চাপ দিন
# en: touch the screen with your finger
touch-the-screen-with = আঙুল দিয়ে স্ক্রিন ছোঁয়া
