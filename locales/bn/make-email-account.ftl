# বাংলা: the guide "make-email-account", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Make an email account
make-an-email-account = একটি ইমেইল অ্যাকাউন্ট খুলুন
# en: Get a free email address. You need one for the NHS App and for many other things online.
get-a-free-email = বিনামূল্যে একটি ইমেইল ঠিকানা নিন। NHS App-এর জন্য আর অনলাইনে আরও অনেক কাজে এটি লাগে।
# en: About 15 minutes
about-15-minutes = প্রায় 15 মিনিট
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = ইন্টারনেট আছে এমন ফোন, ট্যাবলেট বা কম্পিউটার
# en: Your mobile phone, to get a code
your-mobile-phone-to = আপনার মোবাইল ফোন, কোড পাওয়ার জন্য
# en: A pen and paper
a-pen-and-paper = একটি কলম আর কাগজ
# en: Northern Ireland Cyber Security Centre (with the NCSC): Be Cyber Aware – protect your email
northern-ireland-cyber-security = Northern Ireland Cyber Security Centre (NCSC-এর সাথে): Be Cyber Aware – আপনার ইমেইল সুরক্ষিত রাখুন
# en: Kennington Parish Council: Have you secured your email account? (from NCSC Cyber Aware)
kennington-parish-council-have = Kennington Parish Council: আপনি কি আপনার ইমেইল অ্যাকাউন্ট সুরক্ষিত করেছেন? (NCSC Cyber Aware থেকে)
# en: NCSC and CyberScotland: Passwords and 2-step verification
ncsc-and-cyberscotland-passwords = NCSC ও CyberScotland: পাসওয়ার্ড আর 2 ধাপে যাচাই
# en: Google: Gmail sign-in page (Create account)
google-gmail-sign-in = Google: Gmail-এ সাইন ইন করার পাতা (Create account)
# en: everydaytech.org: How to create an email address (a recovery phone number)
everydaytech-org-how-to = everydaytech.org: কীভাবে ইমেইল ঠিকানা খুলবেন (অ্যাকাউন্ট ফিরে পাওয়ার ফোন নম্বর)
# en: An email address is like a postal address for messages on the internet. It looks like **name@example.com**.
an-email-address-is = ইমেইল ঠিকানা হলো ইন্টারনেটে মেসেজের জন্য ডাকের ঠিকানার মতো। এটি দেখতে **name@example.com**-এর মতো।
# en: You need an email address to get the NHS App. Many free email services let you make one.
you-need-an-email = NHS App পেতে আপনার একটি ইমেইল ঠিকানা লাগবে। অনেক বিনামূল্যের ইমেইল সেবায় আপনি এটি খুলতে পারেন।
# en: Choose a free email service
choose-a-free-email = বিনামূল্যের একটি ইমেইল সেবা বেছে নিন
# en: Two different coloured letters side by side, for 2 email services
two-different-coloured-letters = আলাদা রঙের দুটি চিঠি পাশাপাশি, 2টি ইমেইল সেবা বোঝাতে
# en: Choose a free email service. Gmail from Google and Outlook from Microsoft are 2 of them.
choose-a-free-email-2 = বিনামূল্যের একটি ইমেইল সেবা বেছে নিন। Google-এর Gmail আর Microsoft-এর Outlook এমন 2টি সেবা।
# en: Ask a friend or a library helper which one they use. They can help you with it.
ask-a-friend-or = কোনো বন্ধু বা লাইব্রেরির সাহায্যকারীকে জিজ্ঞেস করুন, তাঁরা কোনটি ব্যবহার করেন। তাঁরা আপনাকে এতে সাহায্য করতে পারেন।
# en: A phone with a button at the bottom of the screen
a-phone-with-a = একটি ফোন, যার স্ক্রিনের নিচে একটি বোতাম
# en: Open the email app, or go to the service’s website. Tap **Create account**.
open-the-email-app = ইমেইল অ্যাপ খুলুন, বা সেবাটির ওয়েবসাইটে যান। **Create account** (অ্যাকাউন্ট খুলুন)-এ চাপ দিন।
# en: Tell them about you
tell-them-about-you = আপনার সম্পর্কে জানান
# en: A form with lines for a name and a date of birth
a-form-with-lines = নাম আর জন্মতারিখের জন্য দাগ টানা একটি ফর্ম
# en: Type your first name and last name. Then type your date of birth.
type-your-first-name = আপনার নামের প্রথম অংশ আর পদবি টাইপ করুন। তারপর আপনার জন্মতারিখ টাইপ করুন।
# en: Choose your email address
choose-your-email-address = আপনার ইমেইল ঠিকানা বেছে নিন
# en: A letter with an @ sign made of lines
a-letter-with-an = একটি চিঠি, তাতে দাগ দিয়ে আঁকা @ চিহ্ন
# en: Choose the first part of your email address. For example, your name and some numbers.
choose-the-first-part = আপনার ইমেইল ঠিকানার প্রথম অংশ বেছে নিন। যেমন, আপনার নাম আর কিছু সংখ্যা।
# en: Someone else may have it already. Then try a different one. Write your new email address on paper.
someone-else-may-have = এটি হয়তো আগেই অন্য কেউ নিয়ে নিয়েছেন। তাহলে অন্য একটি চেষ্টা করুন। আপনার নতুন ইমেইল ঠিকানা কাগজে লিখে রাখুন।
# en: Make a strong password
make-a-strong-password = একটি শক্ত পাসওয়ার্ড তৈরি করুন
# en: 3 cards in a row, for 3 random words
text-3-cards-in-a = এক সারিতে 3টি কার্ড, এলোমেলো 3টি শব্দ বোঝাতে
# en: Make a password from 3 random words. For example, think of 3 things you can see now.
make-a-password-from = এলোমেলো 3টি শব্দ দিয়ে পাসওয়ার্ড তৈরি করুন। যেমন, এখন দেখতে পাচ্ছেন এমন 3টি জিনিসের কথা ভাবুন।
# en: Do not use your name, your birthday or a pet’s name. Do not use this password anywhere else.
do-not-use-your = আপনার নাম, জন্মদিন বা পোষা প্রাণীর নাম ব্যবহার করবেন না। এই পাসওয়ার্ড অন্য কোথাও ব্যবহার করবেন না।
# en: A notebook in a drawer, kept at home
a-notebook-in-a = ড্রয়ারে রাখা একটি খাতা, বাড়িতে
# en: Write your password down if you need to. Keep it somewhere safe at home.
write-your-password-down = দরকার হলে পাসওয়ার্ড লিখে রাখুন। বাড়িতে কোনো নিরাপদ জায়গায় রাখুন।
# en: Add your phone number
add-your-phone-number = আপনার ফোন নম্বর যোগ করুন
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-2 = কথার বুদবুদসহ একটি ফোন। বুদবুদে একটি কোডের জন্য 6টি বিন্দু।
# en: Type your mobile phone number. The service sends you a code by text. Type the code in.
type-your-mobile-phone = আপনার মোবাইল ফোন নম্বর টাইপ করুন। সেবাটি টেক্সট মেসেজে আপনাকে একটি কোড পাঠায়। কোডটি টাইপ করুন।
# en: Your phone number helps you get back in if you forget your password.
your-phone-number-helps = পাসওয়ার্ড ভুলে গেলে, ফোন নম্বর দিয়ে আপনি আবার অ্যাকাউন্টে ঢুকতে পারবেন।
# en: Turn on 2-step verification
turn-on-2-step = 2 ধাপে যাচাই চালু করুন
# en: A padlock and a phone with a tick
a-padlock-and-a = একটি তালা, আর টিক চিহ্নসহ একটি ফোন
# en: Turn on **2-step verification**. Look for it in your account’s settings.
turn-on-2-step-2 = **2 ধাপে যাচাই** (2-step verification) চালু করুন। আপনার অ্যাকাউন্টের সেটিংস অংশে এটি খুঁজুন।
# en: On a new phone or computer, you then need your password and a code. A thief cannot get in with your password alone.
on-a-new-phone = তখন নতুন ফোন বা কম্পিউটারে আপনার পাসওয়ার্ড আর একটি কোড, দুটোই লাগবে। চোর শুধু পাসওয়ার্ড দিয়ে ঢুকতে পারবে না।
# en: Send a test email
send-a-test-email = পরীক্ষার জন্য একটি ইমেইল পাঠান
# en: A letter flying from one phone to another
a-letter-flying-from = একটি চিঠি এক ফোন থেকে আরেক ফোনে উড়ে যাচ্ছে
# en: Send an email to a friend. Ask them to reply. Now you know it works.
send-an-email-to = কোনো বন্ধুকে একটি ইমেইল পাঠান। তাঁকে উত্তর দিতে বলুন। এখন আপনি জানেন যে এটি কাজ করে।
# en: Next, you can [get the NHS App]({ $link1 }). Learn how to [spot fake NHS emails]({ $link2 }) too.
next-you-can-get = এরপর আপনি [NHS App নিতে পারেন]({ $link1 })। [কীভাবে NHS-এর নামে ভুয়া ইমেইল চিনবেন]({ $link2 }), তাও শিখে নিন।
# en: Do not tell anyone your password. Not even a helper.
do-not-tell-anyone = কাউকে আপনার পাসওয়ার্ড বলবেন না। কোনো সাহায্যকারীকেও না।
# en: Do not open emails you did not expect from people you do not know.
do-not-open-emails = অচেনা মানুষের এমন ইমেইল খুলবেন না, যা আপনি আশা করেননি।
# en: verification
verification = যাচাই
# en: a check that it is really you
a-check-that-it = দেখে নেওয়া যে সত্যিই এটি আপনি
# en: settings
settings = সেটিংস
# en: the part of an app or phone where you choose how it works
the-part-of-an = অ্যাপ বা ফোনের সেই অংশ, যেখানে আপনি ঠিক করেন এটি কীভাবে কাজ করবে
# en: tap
tap = চাপ দিন
# en: touch the screen with your finger
touch-the-screen-with = আঙুল দিয়ে স্ক্রিন ছোঁয়া
