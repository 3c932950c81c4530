# বাংলা: the guide "nhs-app", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get the NHS App and log in
get-the-nhs-app = NHS App নিন এবং লগ ইন করুন
# en: Get the free NHS App on your phone or tablet. Then set up your NHS login.
get-the-free-nhs = আপনার ফোন বা ট্যাবলেটে বিনামূল্যের NHS App নিন। তারপর আপনার NHS login তৈরি করুন।
# en: About 20 to 30 minutes. The check of your ID can take a week or more.
about-20-to-30 = প্রায় 20 থেকে 30 মিনিট। আপনার পরিচয় যাচাই করতে এক সপ্তাহ বা তার বেশি লাগতে পারে।
# en: A smartphone or tablet that can use the internet
a-smartphone-or-tablet = ইন্টারনেট চালানো যায় এমন স্মার্টফোন বা ট্যাবলেট
# en: An email address that you can open
an-email-address-that = এমন একটি ইমেইল ঠিকানা, যা আপনি খুলতে পারেন
# en: Your mobile phone number, or a landline number
your-mobile-phone-number = আপনার মোবাইল ফোন নম্বর, বা ল্যান্ডলাইন নম্বর
# en: Photo ID, like a passport or a driving licence
photo-id-like-a = ছবিসহ পরিচয়পত্র, যেমন পাসপোর্ট বা ড্রাইভিং লাইসেন্স
# en: NHS England Digital: Getting patients started with NHS login
nhs-england-digital-getting = NHS England Digital: রোগীদের NHS login শুরু করতে সাহায্য করা
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide = NHS England Digital: স্বেচ্ছাসেবকদের জন্য নির্দেশিকা – ছবিসহ পরিচয়পত্র দিয়ে পরিচয় যাচাই
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide-2 = NHS England Digital: স্বেচ্ছাসেবকদের জন্য নির্দেশিকা – ছবিসহ পরিচয়পত্র ছাড়া পরিচয় যাচাই
# en: NHS login team guidance on accepted photo ID (PatientPack support: Problems applying for an NHS login)
nhs-login-team-guidance = NHS login টিমের নির্দেশনা: কোন ছবিসহ পরিচয়পত্র চলে (PatientPack support: Problems applying for an NHS login)
# en: nhs-digital.zendesk.com: who can use the NHS App at 13 to 15
nhs-digital-zendesk-com = nhs-digital.zendesk.com: 13 থেকে 15 বছর বয়সে কারা NHS App ব্যবহার করতে পারে
# en: nhs-digital.zendesk.com: how long identity checks can take
nhs-digital-zendesk-com-2 = nhs-digital.zendesk.com: পরিচয় যাচাইয়ে কত সময় লাগতে পারে
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: ব্যবহারের শর্ত (apphelp.nhs.wales)
# en: The NHS App is free. An app is a program for a phone or tablet.
the-nhs-app-is = NHS App বিনামূল্যে। অ্যাপ হলো ফোন বা ট্যাবলেটের জন্য একটি প্রোগ্রাম।
# en: In the NHS App you can order medicines and book appointments. You can also see your health record.
in-the-nhs-app = NHS App-এ আপনি ওষুধ অর্ডার করতে এবং অ্যাপয়েন্টমেন্ট বুক করতে পারেন। আপনি আপনার স্বাস্থ্য রেকর্ডও দেখতে পারেন।
# en: You can use it on a computer too, on the NHS website.
you-can-use-it = আপনি কম্পিউটারেও এটি ব্যবহার করতে পারেন, NHS-এর ওয়েবসাইটে।
# en: You can use the NHS App if you are 13 or over. You must have a GP surgery in England.
you-can-use-the = আপনার বয়স 13 বা তার বেশি হলে আপনি NHS App ব্যবহার করতে পারেন। ইংল্যান্ডে আপনার একটি GP সার্জারি থাকতে হবে।
# en: A GP is a family doctor. A GP surgery is the place where your GP works.
a-gp-is-a = GP হলেন পারিবারিক ডাক্তার। GP সার্জারি হলো সেই জায়গা, যেখানে আপনার GP কাজ করেন।
# en: Are you 13 to 15? Ask your GP surgery first. You cannot see your GP record on your own until they set it up.
are-you-13-to = আপনার বয়স কি 13 থেকে 15? আগে আপনার GP সার্জারিকে জিজ্ঞেস করুন। তারা চালু না করা পর্যন্ত আপনি একা আপনার GP রেকর্ড দেখতে পারবেন না।
# en: **Is your GP surgery in Wales?** Use the NHS Wales App instead. You must be 16 or over to use it.
is-your-gp-surgery = **আপনার GP সার্জারি কি ওয়েলসে?** এর বদলে NHS Wales App ব্যবহার করুন। এটি ব্যবহার করতে আপনার বয়স 16 বা তার বেশি হতে হবে।
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = অ্যাপটি মাঝে মাঝে বদলায়। আপনার স্ক্রিন এই নির্দেশিকা থেকে একটু আলাদা দেখাতে পারে।
# en: Before you start, check that the person has their phone, their email address and their photo ID with them. They need all of these to make an NHS login.
before-you-start-check = শুরু করার আগে দেখে নিন, ব্যক্তিটির সাথে তাঁর ফোন, ইমেইল ঠিকানা আর ছবিসহ পরিচয়পত্র আছে কি না। NHS login তৈরি করতে তাঁর এই সবকিছু লাগবে।
# en: Get the app
get-the-app = অ্যাপটি নিন
# en: A phone with a shopping bag on its screen, for the app store
a-phone-with-a = একটি ফোন, যার স্ক্রিনে একটি শপিং ব্যাগ, অ্যাপ স্টোর বোঝাতে
# en: Open the app store on your phone or tablet.
open-the-app-store = আপনার ফোন বা ট্যাবলেটে অ্যাপ স্টোর খুলুন।
# en: On an iPhone or iPad, this is the **App Store**. On most other phones, it is **Google Play**.
on-an-iphone-or = iPhone বা iPad-এ এটি হলো **App Store**। অন্য বেশিরভাগ ফোনে এটি **Google Play**।
# en: A phone with a search box and a big magnifying glass
a-phone-with-a-2 = একটি ফোন, তাতে একটি সার্চ বক্স আর একটি বড় আতশ কাচ
# en: Tap the search box. Type **NHS App**.
tap-the-search-box = সার্চ বক্সে চাপ দিন। **NHS App** টাইপ করুন।
# en: Check that you have the real NHS App. It is free. Never pay for it.
check-that-you-have = দেখে নিন যে এটি আসল NHS App। এটি বিনামূল্যে। এর জন্য কখনো টাকা দেবেন না।
# en: Tap **Get** on an iPhone, or **Install** on other phones. Wait for the app to load.
tap-install-or-get = iPhone-এ **Get**-এ চাপ দিন, অন্য ফোনে **Install**-এ চাপ দিন। অ্যাপটি ডাউনলোড হওয়া পর্যন্ত অপেক্ষা করুন।
# en: A phone with the app open. There is a big button at the bottom.
a-phone-with-the = একটি ফোনে অ্যাপটি খোলা। নিচে একটি বড় বোতাম আছে।
# en: Open the NHS App. Tap **Continue**.
open-the-nhs-app = NHS App খুলুন। **Continue** (এগিয়ে যান)-এ চাপ দিন।
# en: Make your NHS login
make-your-nhs-login = আপনার NHS login তৈরি করুন
# en: You need an NHS login to use the app. An NHS login is your own account for NHS apps and websites. You log in with your email address and a password.
you-need-an-nhs = অ্যাপটি ব্যবহার করতে আপনার একটি NHS login লাগবে। NHS login হলো NHS-এর অ্যাপ ও ওয়েবসাইটের জন্য আপনার নিজের অ্যাকাউন্ট। আপনি ইমেইল ঠিকানা আর পাসওয়ার্ড দিয়ে লগ ইন করেন।
# en: Already have an NHS login? Log in with it. Then go to [step 11]({ $link1 }).
already-have-an-nhs = আগে থেকেই NHS login আছে? সেটি দিয়ে লগ ইন করুন। তারপর [ধাপ 11]({ $link1 })-এ যান।
# en: A letter and a padlock, for your email address and your password
a-letter-and-a = একটি চিঠি আর একটি তালা, আপনার ইমেইল ঠিকানা আর পাসওয়ার্ড বোঝাতে
# en: Type your email address. Then make a password.
type-your-email-address = আপনার ইমেইল ঠিকানা টাইপ করুন। তারপর একটি পাসওয়ার্ড তৈরি করুন।
# en: Use a password that is hard to guess. Do not use your name or your birthday. Do not use it anywhere else.
use-a-password-that = এমন পাসওয়ার্ড দিন, যা আন্দাজ করা কঠিন। আপনার নাম বা জন্মদিন ব্যবহার করবেন না। এটি অন্য কোথাও ব্যবহার করবেন না।
# en: A letter with 6 dots on it, for a secret code
a-letter-with-6 = একটি চিঠি, তাতে 6টি বিন্দু, গোপন কোড বোঝাতে
# en: NHS login sends a code to your email. Open your email. Type the code into the app.
nhs-login-sends-a = NHS login আপনার ইমেইলে একটি কোড পাঠায়। আপনার ইমেইল খুলুন। কোডটি অ্যাপে টাইপ করুন।
# en: No code? Look in your junk or spam folder.
no-code-look-in = কোড আসেনি? আপনার জাঙ্ক (junk) বা স্প্যাম (spam) ফোল্ডারে দেখুন।
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-3 = কথার বুদবুদসহ একটি ফোন। বুদবুদে একটি কোডের জন্য 6টি বিন্দু।
# en: Type your phone number. It can be a mobile or a landline.
type-your-mobile-phone = আপনার ফোন নম্বর টাইপ করুন। এটি মোবাইল বা ল্যান্ডলাইন হতে পারে।
# en: NHS login sends a code to that phone. Type the code into the app.
nhs-login-sends-a-2 = NHS login সেই ফোনে একটি কোড পাঠায়। কোডটি অ্যাপে টাইপ করুন।
# en: Prove who you are
prove-who-you-are = আপনার পরিচয় প্রমাণ করুন
# en: Next, NHS login checks that you are you. This keeps your health details safe.
next-nhs-login-checks = এরপর NHS login যাচাই করে যে এটি সত্যিই আপনি। এতে আপনার স্বাস্থ্যের তথ্য নিরাপদ থাকে।
# en: A card with a face on it, and a page of details about you
a-card-with-a = একটি কার্ডে একটি মুখ, আর আপনার তথ্যসহ একটি পাতা
# en: Type your NHS number, your date of birth and your postcode.
type-your-nhs-number = আপনার NHS নম্বর, জন্মতারিখ আর পোস্টকোড টাইপ করুন।
# en: Your NHS number is a 10 digit number. It is on letters from the NHS. If you do not know it, you can type your name instead.
your-nhs-number-is = আপনার NHS নম্বর 10 অঙ্কের একটি নম্বর। এটি NHS-এর চিঠিতে লেখা থাকে। না জানলে এর বদলে আপনার নাম টাইপ করতে পারেন।
# en: Use the postcode your GP surgery has for you. Do they use the surgery’s own address for you? Then type the surgery’s postcode.
use-the-postcode-your = আপনার GP সার্জারির কাছে আপনার যে পোস্টকোড আছে, সেটি ব্যবহার করুন। তারা কি আপনার জন্য সার্জারির নিজের ঠিকানা ব্যবহার করে? তাহলে সার্জারির পোস্টকোড টাইপ করুন।
# en: A phone takes a photo of a passport
a-phone-takes-a = একটি ফোন পাসপোর্টের ছবি তুলছে
# en: Take a photo of your photo ID with the app.
take-a-photo-of = অ্যাপ দিয়ে আপনার ছবিসহ পরিচয়পত্রের ছবি তুলুন।
# en: Put it on a dark, flat table in good light. Show all 4 corners. Make sure there is no shine on it.
put-it-on-a = ভালো আলোতে এটি একটি গাঢ় রঙের সমান টেবিলে রাখুন। এর 4টি কোণই দেখান। খেয়াল রাখুন যেন এর ওপর আলো চকচক না করে।
# en: You can use one of these:
you-can-use-one = আপনি এগুলোর যেকোনো একটি ব্যবহার করতে পারেন:
# en: The cover of a passport, with a round badge on it
the-cover-of-a = পাসপোর্টের মলাট, তাতে একটি গোল প্রতীক
# en: a passport
a-passport-2 = পাসপোর্ট
# en: A driving licence card with a photo
a-driving-licence-card = ছবিসহ একটি ড্রাইভিং লাইসেন্স কার্ড
# en: a UK driving licence, full or provisional, or a full European driving licence
a-uk-driving-licence = যুক্তরাজ্যের (UK) পূর্ণ বা অস্থায়ী (provisional) ড্রাইভিং লাইসেন্স, অথবা ইউরোপের পূর্ণ ড্রাইভিং লাইসেন্স
# en: An identity card with a photo and a star
an-identity-card-with = একটি পরিচয়পত্র, তাতে ছবি আর তারকা চিহ্ন আছে
# en: a European national identity card, or a UK residence card
a-european-national-identity = ইউরোপের কোনো দেশের জাতীয় পরিচয়পত্র, অথবা UK-র রেসিডেন্স কার্ড (residence card)
# en: You cannot use a bus pass or an NHS ID card.
you-cannot-use-a = আপনি বাস পাস বা NHS-এর পরিচয়পত্র ব্যবহার করতে পারবেন না।
# en: A woman in a hijab holds up her phone. The phone films her face.
a-woman-in-a = হিজাব পরা একজন নারী তাঁর ফোন উঁচু করে ধরেছেন। ফোনটি তাঁর মুখের ভিডিও করছে।
# en: Then the app checks your face. It may scan your face, or ask for a short video.
then-the-app-checks = তারপর অ্যাপটি আপনার মুখ যাচাই করে। এটি আপনার মুখ স্ক্যান করতে পারে, বা একটি ছোট ভিডিও চাইতে পারে।
# en: In the video, you say 4 numbers. You can sign them in British Sign Language instead. Or write them down and show them.
in-the-video-you = ভিডিওতে আপনি 4টি সংখ্যা বলবেন। এর বদলে ব্রিটিশ সাংকেতিক ভাষায় সেগুলো দেখাতে পারেন। অথবা সেগুলো লিখে দেখাতে পারেন।
# en: Do flashing lights affect you, for example because of epilepsy? Choose the video, not the face scan.
do-flashing-lights-affect = ঝলকানো আলোতে কি আপনার সমস্যা হয়, যেমন মৃগীরোগের কারণে? মুখ স্ক্যান নয়, ভিডিও বেছে নিন।
# en: No photo ID? Your GP surgery can give you 3 details to prove who you are instead.
no-photo-id-your = ছবিসহ পরিচয়পত্র নেই? এর বদলে আপনার GP সার্জারি আপনাকে 3টি তথ্য দিতে পারে। সেগুলো দিয়ে আপনি পরিচয় প্রমাণ করতে পারবেন।
# en: See [what to do if NHS login goes wrong]({ $link1 }).
see-what-to-do = দেখুন: [NHS login-এ সমস্যা হলে কী করবেন]({ $link1 })।
# en: A clock next to a letter with a tick on it
a-clock-next-to = একটি ঘড়ি, তার পাশে টিক চিহ্ন দেওয়া একটি চিঠি
# en: Wait for NHS login to check your details. This can be quick, or take a week or more.
wait-for-nhs-login = NHS login আপনার তথ্য যাচাই করা পর্যন্ত অপেক্ষা করুন। এটি দ্রুত হতে পারে, আবার এক সপ্তাহ বা তার বেশিও লাগতে পারে।
# en: NHS login sends you an email when it has checked them. You can use some parts of the app before then.
nhs-login-sends-you = যাচাই শেষ হলে NHS login আপনাকে একটি ইমেইল পাঠায়। তার আগেও আপনি অ্যাপের কিছু অংশ ব্যবহার করতে পারেন।
# en: Did the check fail? The email says why. You can try again, or ask your GP surgery for the 3 details.
did-the-check-fail = যাচাই কি ব্যর্থ হয়েছে? ইমেইলে কারণ লেখা থাকে। আপনি আবার চেষ্টা করতে পারেন, বা GP সার্জারির কাছে 3টি তথ্য চাইতে পারেন।
# en: Log in with your fingerprint or face
log-in-with-your = আঙুলের ছাপ বা মুখ দিয়ে লগ ইন করুন
# en: A fingerprint and a face, the 2 quick ways to log in
a-fingerprint-and-a = একটি আঙুলের ছাপ আর একটি মুখ, লগ ইন করার 2টি দ্রুত উপায়
# en: You can log in with your fingerprint or your face. It is quicker than a password.
you-can-log-in = আপনি আঙুলের ছাপ বা মুখ দিয়ে লগ ইন করতে পারেন। এটি পাসওয়ার্ডের চেয়ে দ্রুত।
# en: Your phone needs a screen lock for this, like a PIN. A PIN is a secret number that you choose.
your-phone-needs-a = এর জন্য আপনার ফোনে স্ক্রিন লক থাকতে হবে, যেমন PIN। PIN হলো আপনার বেছে নেওয়া একটি গোপন নম্বর।
# en: The app may ask if you want to turn it on. You can also turn it on in the app’s settings.
the-app-may-ask = অ্যাপটি জিজ্ঞেস করতে পারে, আপনি এটি চালু করতে চান কি না। আপনি অ্যাপের সেটিংস অংশেও এটি চালু করতে পারেন।
# en: A phone with a big tick: you are logged in
a-phone-with-a-4 = একটি ফোনে বড় টিক চিহ্ন: আপনি লগ ইন করেছেন
# en: Next time, open the NHS App. Use your fingerprint or face.
next-time-open-the = পরের বার NHS App খুলুন। আপনার আঙুলের ছাপ বা মুখ ব্যবহার করুন।
# en: Or type your email and password. Then type the code that comes to your phone.
or-type-your-email = অথবা আপনার ইমেইল আর পাসওয়ার্ড টাইপ করুন। তারপর আপনার ফোনে আসা কোডটি টাইপ করুন।
# en: Keep your NHS login safe
keep-your-nhs-login = আপনার NHS login নিরাপদ রাখুন
# en: Keep your password secret.
keep-your-password-secret = আপনার পাসওয়ার্ড গোপন রাখুন।
# en: Log out when you finish, if other people use your phone or tablet.
log-out-when-you = অন্য কেউ আপনার ফোন বা ট্যাবলেট ব্যবহার করলে, কাজ শেষে লগ আউট করুন।
# en: Do not tell anyone your password or a code. Not even someone who says they are from the NHS.
do-not-tell-anyone = কাউকে আপনার পাসওয়ার্ড বা কোড বলবেন না। যে বলে সে NHS থেকে বলছে, তাকেও না।
# en: Do not keep your password where other people can see it.
do-not-keep-your = পাসওয়ার্ড এমন জায়গায় রাখবেন না, যেখানে অন্যরা দেখতে পারে।
# en: The NHS will never ask for your password. Learn how to [spot NHS scams]({ $link1 }).
the-nhs-will-never = NHS কখনো আপনার পাসওয়ার্ড চাইবে না। জেনে নিন [কীভাবে NHS-এর নামে প্রতারণা চিনবেন]({ $link1 })।
# en: Need help with any step? See [how to get help to get online]({ $link1 }).
need-help-with-any = কোনো ধাপে সাহায্য দরকার? দেখুন: [কীভাবে ইন্টারনেট ব্যবহারে সাহায্য পাবেন]({ $link1 })।
# en: Next, you can [order a repeat prescription]({ $link1 }) or [book a GP appointment]({ $link2 }).
next-you-can-order = এরপর আপনি [রিপিট প্রেসক্রিপশন অর্ডার করতে পারেন]({ $link1 }), বা [GP অ্যাপয়েন্টমেন্ট বুক করতে পারেন]({ $link2 })।
# en: junk
junk = জাঙ্ক
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = এমন ইমেইলের ফোল্ডার, যেগুলো অদরকারি বা অনিরাপদ মনে হয়
# en: log in
log-in = লগ ইন
# en: type your email address and password to get into your account
type-your-email-address-2 = আপনার অ্যাকাউন্টে ঢুকতে ইমেইল ঠিকানা আর পাসওয়ার্ড টাইপ করা
# en: screen lock
screen-lock = স্ক্রিন লক
# en: a PIN, pattern, fingerprint or face check that stops other people opening your phone
a-pin-pattern-fingerprint = PIN, প্যাটার্ন, আঙুলের ছাপ বা মুখ যাচাই, যা অন্যদের আপনার ফোন খুলতে দেয় না
# en: settings
settings = সেটিংস
# en: the part of an app or phone where you choose how it works
the-part-of-an = অ্যাপ বা ফোনের সেই অংশ, যেখানে আপনি ঠিক করেন এটি কীভাবে কাজ করবে
# en: spam
spam = স্প্যাম
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = এমন মেসেজ, যা আপনি চাননি। এগুলোর অনেকগুলোই প্রতারণা।
# en: tap
tap = চাপ দিন
# en: touch the screen with your finger
touch-the-screen-with = আঙুল দিয়ে স্ক্রিন ছোঁয়া
