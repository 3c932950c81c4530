# বাংলা: the guide "nhs-login-problems", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: When NHS login goes wrong
when-nhs-login-goes = NHS login-এ সমস্যা হলে
# en: What to do if you have no photo ID, or the check fails. What to do if you forget your password.
what-to-do-if = ছবিসহ পরিচয়পত্র না থাকলে বা যাচাই ব্যর্থ হলে কী করবেন। পাসওয়ার্ড ভুলে গেলে কী করবেন।
# en: About 10 to 20 minutes
about-10-to-20 = প্রায় 10 থেকে 20 মিনিট
# en: The NHS App, or the NHS website
the-nhs-app-or = NHS App, বা NHS-এর ওয়েবসাইট
# en: The email address you used for your NHS login
the-email-address-you = যে ইমেইল ঠিকানা দিয়ে আপনি NHS login খুলেছিলেন
# en: Your phone
your-phone = আপনার ফোন
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide = NHS England Digital: স্বেচ্ছাসেবকদের জন্য নির্দেশিকা – ছবিসহ পরিচয়পত্র ছাড়া পরিচয় যাচাই
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide-2 = NHS England Digital: স্বেচ্ছাসেবকদের জন্য নির্দেশিকা – ছবিসহ পরিচয়পত্র দিয়ে পরিচয় যাচাই
# en: NHS login help centre: Error messages and support
nhs-login-help-centre = NHS login help centre: ত্রুটির মেসেজ ও সাহায্য
# en: nhs.uk: Managing your NHS account (change your phone number, email or password)
nhs-uk-managing-your = nhs.uk: আপনার NHS অ্যাকাউন্ট পরিচালনা (ফোন নম্বর, ইমেইল বা পাসওয়ার্ড বদলান)
# en: NHS login team guidance on problems with photo ID (PatientPack support)
nhs-login-team-guidance = NHS login টিমের নির্দেশনা: ছবিসহ পরিচয়পত্রের সমস্যা (PatientPack support)
# en: Patientcentre support: I cannot log in (forgotten NHS login password, codes, new phone)
patientcentre-support-i-cannot = Patientcentre support: আমি লগ ইন করতে পারছি না (ভুলে যাওয়া NHS login পাসওয়ার্ড, কোড, নতুন ফোন)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: ব্যবহারের শর্ত (apphelp.nhs.wales)
# en: NHS login is how you get into the NHS App. Sometimes it goes wrong. This guide shows what to do.
nhs-login-is-how = NHS login দিয়ে আপনি NHS App-এ ঢোকেন। মাঝে মাঝে এতে সমস্যা হয়। কী করবেন, এই নির্দেশিকা তা দেখায়।
# en: New to NHS login? First, see [how to get the NHS App and log in]({ $link1 }).
new-to-nhs-login = NHS login আপনার কাছে নতুন? আগে দেখুন: [কীভাবে NHS App পাবেন এবং লগ ইন করবেন]({ $link1 })।
# en: **Is your GP surgery in Wales?** The NHS Wales App has its own help pages. This guide is about the NHS App in England.
is-your-gp-surgery = **আপনার GP সার্জারি কি ওয়েলসে?** NHS Wales App-এর নিজের সাহায্যের পাতা আছে। এই নির্দেশিকাটি ইংল্যান্ডের NHS App নিয়ে।
# en: You have no photo ID
you-have-no-photo = আপনার ছবিসহ পরিচয়পত্র নেই
# en: A letter from a GP surgery with 3 lines on it
a-letter-from-a = একটি GP সার্জারির চিঠি, তাতে 3টি লাইন
# en: Ask your GP surgery for your online services details. There are 3 of them.
ask-your-gp-surgery = আপনার GP সার্জারির কাছে আপনার অনলাইন সেবার তথ্য চান। এগুলো 3টি।
# en: They are an ODS code, an account ID and a linkage key. The surgery may give you a letter with them.
they-are-an-ods = এগুলো হলো একটি ODS code, একটি account ID (অ্যাকাউন্ট নম্বর) আর একটি linkage key। সার্জারি হয়তো এগুলোসহ আপনাকে একটি চিঠি দেবে।
# en: A phone with 3 buttons. The middle one has a tick.
a-phone-with-3 = একটি ফোনে 3টি বোতাম। মাঝেরটিতে টিক চিহ্ন।
# en: In NHS login, choose **No, I do not have photo ID**.
in-nhs-login-choose = NHS login-এ **No, I do not have photo ID** বেছে নিন। এর মানে: আমার ছবিসহ পরিচয়পত্র নেই।
# en: Then choose **Yes – I use online services**. Then choose **Yes – I have all 3 details**.
then-choose-yes-i = তারপর **Yes – I use online services** (হ্যাঁ, আমি অনলাইন সেবা ব্যবহার করি) বেছে নিন। তারপর **Yes – I have all 3 details** (হ্যাঁ, আমার কাছে 3টি তথ্যই আছে) বেছে নিন।
# en: A phone with 3 boxes to fill in
a-phone-with-3-2 = পূরণ করার 3টি ঘরসহ একটি ফোন
# en: Type the 3 details. Then type your full name and your date of birth.
type-the-3-details = 3টি তথ্য টাইপ করুন। তারপর আপনার পুরো নাম আর জন্মতারিখ টাইপ করুন।
# en: The check of your ID failed
the-check-of-your = আপনার পরিচয় যাচাই ব্যর্থ হয়েছে
# en: A letter with a red cross on it
a-letter-with-a = লাল ক্রস দেওয়া একটি চিঠি
# en: NHS login sends you an email if the check fails. Read it. It says why.
nhs-login-sends-you = যাচাই ব্যর্থ হলে NHS login আপনাকে একটি ইমেইল পাঠায়। এটি পড়ুন। এতে কারণ লেখা থাকে।
# en: For example, the photo was not clear. Or something covered part of your ID.
for-example-the-photo = যেমন, ছবিটি পরিষ্কার ছিল না। অথবা কিছু একটা আপনার পরিচয়পত্রের একটি অংশ ঢেকে দিয়েছিল।
# en: A phone takes a clear photo of a passport on a dark table
a-phone-takes-a = একটি ফোন গাঢ় রঙের টেবিলে রাখা পাসপোর্টের পরিষ্কার ছবি তুলছে
# en: Try again. Put your ID on a dark, flat table in good light.
try-again-put-your = আবার চেষ্টা করুন। ভালো আলোতে আপনার পরিচয়পত্র একটি গাঢ় রঙের সমান টেবিলে রাখুন।
# en: Show all 4 corners. Make sure there is no shine on it.
show-all-4-corners = এর 4টি কোণই দেখান। খেয়াল রাখুন যেন এর ওপর আলো চকচক না করে।
# en: Still not working? Ask your GP surgery for the 3 details instead.
still-not-working-ask = তবুও কাজ করছে না? এর বদলে আপনার GP সার্জারির কাছে 3টি তথ্য চান।
# en: The camera does not work
the-camera-does-not = ক্যামেরা কাজ করছে না
# en: A phone with a black screen and a camera
a-phone-with-a = কালো স্ক্রিনসহ একটি ফোন আর একটি ক্যামেরা
# en: Does the app show a black screen instead of the camera? The app may not be allowed to use it.
does-the-app-show = অ্যাপে কি ক্যামেরার বদলে কালো স্ক্রিন দেখাচ্ছে? হয়তো অ্যাপটির ক্যামেরা ব্যবহারের অনুমতি নেই।
# en: Open your phone’s settings. Find the NHS App, and let it use the camera and microphone.
open-your-phone-s = আপনার ফোনের সেটিংস খুলুন। NHS App খুঁজুন, এবং এটিকে ক্যামেরা আর মাইক্রোফোন ব্যবহার করতে দিন।
# en: A code does not come
a-code-does-not = কোড আসছে না
# en: A letter going into a folder with a warning sign
a-letter-going-into = সতর্ক চিহ্ন দেওয়া একটি ফোল্ডারে একটি চিঠি ঢুকছে
# en: NHS login sends codes by email and to your phone. Did an email code not come? Look in your junk or spam folder.
nhs-login-sends-codes = NHS login ইমেইলে আর আপনার ফোনে কোড পাঠায়। ইমেইলের কোড আসেনি? আপনার জাঙ্ক (junk) বা স্প্যাম (spam) ফোল্ডারে দেখুন।
# en: Check that you typed your email address right.
check-that-you-typed = দেখে নিন যে আপনি ইমেইল ঠিকানা ঠিকমতো টাইপ করেছেন।
# en: You forgot your password
you-forgot-your-password = আপনি পাসওয়ার্ড ভুলে গেছেন
# en: A padlock with a question mark
a-padlock-with-a = প্রশ্নচিহ্নসহ একটি তালা
# en: On the screen where you log in, tap the link to reset your password.
on-the-screen-where = যে স্ক্রিনে লগ ইন করেন, সেখানে নতুন পাসওয়ার্ড তৈরির লিংকে চাপ দিন।
# en: NHS login sends you an email. Follow it to make a new password.
nhs-login-sends-you-2 = NHS login আপনাকে একটি ইমেইল পাঠায়। নতুন পাসওয়ার্ড তৈরি করতে এর নির্দেশ মেনে চলুন।
# en: You have a new phone number
you-have-a-new = আপনার নতুন ফোন নম্বর হয়েছে
# en: Two phones with an arrow from one to the other
two-phones-with-an = দুটি ফোন, একটি থেকে অন্যটির দিকে একটি তীর
# en: Log in to the NHS App. Tap **More**, then **Account and settings**.
log-in-to-the = NHS App-এ লগ ইন করুন। **More**-এ চাপ দিন, তারপর **Account and settings** (অ্যাকাউন্ট ও সেটিংস)-এ।
# en: Then tap **Manage NHS account**, then **Your NHS login details**. Tap **Change phone number**.
then-tap-manage-nhs = তারপর **Manage NHS account**-এ চাপ দিন, তারপর **Your NHS login details**-এ। **Change phone number**-এ চাপ দিন।
# en: You need your old phone number to do this. No old phone? Contact the NHS App team.
you-need-your-old = এটি করতে আপনার পুরোনো ফোন নম্বর লাগবে। পুরোনো ফোন নেই? NHS App টিমের সাথে যোগাযোগ করুন।
# en: Get more help
get-more-help = আরও সাহায্য নিন
# en: A person at a desk helps someone with a tablet
a-person-at-a = ডেস্কে বসা একজন মানুষ কাউকে ট্যাবলেট চালাতে সাহায্য করছেন
# en: The NHS login help centre can help. Go to [help.login.nhs.uk]({ $link1 }).
the-nhs-login-help = NHS login-এর সাহায্য কেন্দ্র (help centre) সাহায্য করতে পারে। [help.login.nhs.uk]({ $link1 })-এ যান।
# en: You can also ask a library or a digital helper. See [how to get help to get online]({ $link1 }).
you-can-also-ask = আপনি কোনো লাইব্রেরি বা ডিজিটাল সাহায্যকারীকেও জিজ্ঞেস করতে পারেন। দেখুন: [কীভাবে ইন্টারনেট ব্যবহারে সাহায্য পাবেন]({ $link1 })।
# en: Can you still get into your NHS login? Then do not make a new one.
can-you-still-get = আপনি কি এখনো আপনার NHS login-এ ঢুকতে পারেন? তাহলে নতুন একটি খুলবেন না।
# en: Do not tell anyone your password or a code.
do-not-tell-anyone = কাউকে আপনার পাসওয়ার্ড বা কোড বলবেন না।
# en: ODS code
ods-code = ODS code
# en: a code for your GP surgery
a-code-for-your = আপনার GP সার্জারির একটি কোড
# en: linkage key
linkage-key = linkage key
# en: a secret code that links your NHS login to your GP surgery
a-secret-code-that = একটি গোপন কোড, যা আপনার NHS login-কে আপনার GP সার্জারির সাথে যুক্ত করে
# en: junk
junk = জাঙ্ক
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = এমন ইমেইলের ফোল্ডার, যেগুলো অদরকারি বা অনিরাপদ মনে হয়
# en: log in
log-in = লগ ইন
# en: type your email address and password to get into your account
type-your-email-address = আপনার অ্যাকাউন্টে ঢুকতে ইমেইল ঠিকানা আর পাসওয়ার্ড টাইপ করা
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
