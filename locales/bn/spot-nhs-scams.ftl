# বাংলা: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = NHS-এর নামে ভুয়া টেক্সট, ইমেইল ও কল চিনুন
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
some-scams-pretend-to = কিছু প্রতারক নিজেদের NHS বলে দাবি করে। জেনে নিন কীভাবে এদের চিনবেন। আর লিংকে চাপ দিয়ে ফেললে কী করবেন, তাও জানুন।
# en: About 10 minutes to read
about-10-minutes-to = পড়তে প্রায় 10 মিনিট লাগে
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = কিছুই লাগবে না। দরকার হওয়ার আগেই এই নির্দেশিকাটি পড়ে নিন।
# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
report-fraud-reportfraud-police = Report Fraud (reportfraud.police.uk): সন্দেহজনক কিছু কীভাবে রিপোর্ট করবেন
# en: Report Fraud (reportfraud.police.uk): Phishing
report-fraud-reportfraud-police-2 = Report Fraud (reportfraud.police.uk): ফিশিং (প্রতারণার মেসেজ)
# en: City of London Police: Report Fraud service goes live (4 December 2025)
city-of-london-police = City of London Police: Report Fraud সেবা চালু হলো (4 ডিসেম্বর 2025)
# en: Ofcom: How to report scam texts and mobile calls to 7726
ofcom-how-to-report = Ofcom: প্রতারণার টেক্সট আর মোবাইল কল কীভাবে 7726-এ রিপোর্ট করবেন
# en: Mobile UK: Protect against fraud (7726)
mobile-uk-protect-against = Mobile UK: প্রতারণা থেকে বাঁচুন (7726)
# en: Take Five to Stop Fraud: advice on requests to move money
take-five-to-stop = Take Five to Stop Fraud: টাকা সরাতে বলার অনুরোধ নিয়ে পরামর্শ
# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
matthew-barber-mp-is = Matthew Barber MP: সত্যিই কি আপনার ব্যাংক ফোন করছে? (159 সেবা)
# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
metropolitan-police-neighbourhood-alert = Metropolitan Police neighbourhood alert: ব্যাংক বা পুলিশ সেজে প্রতারণার ফোন কল
# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
nhs-lancashire-and-south = NHS Lancashire and South Cumbria: প্রতারণা থেকে সাবধান (NHS কখনো যা চাইবে না)
# en: A scam is a trick to steal your money or your details. Some people who make scams pretend to be the NHS. They send texts and emails, or they phone you.
a-scam-is-a = প্রতারণা হলো আপনার টাকা বা ব্যক্তিগত তথ্য চুরির একটি ফন্দি। কিছু প্রতারক নিজেদের NHS বলে দাবি করে। তারা টেক্সট ও ইমেইল পাঠায়, অথবা আপনাকে ফোন করে।
# en: The NHS will never text, email or phone to ask for your bank details.
the-nhs-will-never = NHS কখনো টেক্সট, ইমেইল বা ফোন করে আপনার ব্যাংকের তথ্য চাইবে না।
# en: The NHS will never ask for your password or your PIN. A PIN is a secret number.
the-nhs-will-never-2 = NHS কখনো আপনার পাসওয়ার্ড বা PIN চাইবে না। PIN হলো একটি গোপন নম্বর।
# en: The NHS App is free. You never pay to use it.
the-nhs-app-is = NHS App বিনামূল্যে পাওয়া যায়। এটি ব্যবহার করতে কখনো টাকা লাগে না।
# en: Spot a scam
spot-a-scam = প্রতারণা চিনুন
# en: Be careful with any text, email or call that:
be-careful-with-any = কোনো টেক্সট, ইমেইল বা কলে সাবধান থাকুন, যদি সেটি:
# en: A bank card next to a question mark
a-bank-card-next-2 = একটি ব্যাংক কার্ড, পাশে একটি প্রশ্নচিহ্ন
# en: asks for your bank details, a password or a PIN
asks-for-your-bank = আপনার ব্যাংকের তথ্য, পাসওয়ার্ড বা PIN চায়
# en: A hand holding out coins
a-hand-holding-out = একটি হাত কয়েন বাড়িয়ে দিচ্ছে
# en: asks you to pay money
asks-you-to-pay = আপনাকে টাকা দিতে বলে
# en: A clock next to a warning sign
a-clock-next-to = একটি ঘড়ি, পাশে একটি সতর্ক চিহ্ন
# en: says you must act fast, or something bad will happen
says-you-must-act = বলে যে এখনই কিছু করতে হবে, না হলে খারাপ কিছু ঘটবে
# en: A chain link next to a question mark
a-chain-link-next = শিকলের একটি কড়া, পাশে একটি প্রশ্নচিহ্ন
# en: has a link to a website you do not know
has-a-link-to = এমন কোনো ওয়েবসাইটের লিংক দেয়, যা আপনি চেনেন না
# en: A page of writing with some words crossed out
a-page-of-writing = লেখা একটি পাতা, তাতে কিছু শব্দ কেটে দেওয়া
# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = ভুল বানানে লেখা থাকে, বা দেখতে একটু অদ্ভুত লাগে
# en: Texts, emails and calls
texts-emails-and-calls = টেক্সট, ইমেইল আর কল
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a-3 = একটি ফোন, স্ক্রিনে একটি মেসেজ আর একটি হলুদ সতর্ক চিহ্ন
# en: A scam text can look like it comes from the NHS.
a-scam-text-can = প্রতারণার টেক্সট দেখে মনে হতে পারে যে এটি NHS থেকে এসেছে।
# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = লিংকে চাপ দিলে এটি আপনাকে একটি ওয়েবসাইটে নিয়ে যায়। প্রতারণার লিংক দেখতে আসল NHS লিংকের মতো হতে পারে। নিশ্চিত না হলে এতে চাপ দেবেন না।
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = তার বদলে নিজেই NHS App খুলুন। অথবা নিজেই [nhs.uk]({ $link1 })-এ যান।
# en: A letter with a yellow warning sign and a link in it
a-letter-with-a-2 = একটি চিঠি, তাতে একটি হলুদ সতর্ক চিহ্ন আর একটি লিংক
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can-2 = প্রতারণার ইমেইল দেখতে আসল মনে হতে পারে। এতে NHS-এর নাম আর রং থাকতে পারে।
# en: Do not open links or files in an email you did not expect.
do-not-open-links-2 = যে ইমেইল আশা করেননি, তার লিংক বা ফাইল খুলবেন না।
# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = ফোনের স্ক্রিনে একটি কল, আর একটি হলুদ সতর্কচিহ্ন
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
someone-may-phone-and = কেউ ফোন করে বলতে পারে যে সে NHS থেকে বলছে। অথবা আপনার GP সার্জারি বা ব্যাংক থেকে।
# en: A GP surgery is where your family doctor works.
a-gp-surgery-is = GP সার্জারি হলো সেই জায়গা, যেখানে আপনার পারিবারিক ডাক্তার কাজ করেন।
# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
if-you-are-not = আসল কেউ ফোন করলে আপনাকে যাচাই করার সময় দেয়। নিশ্চিত না হলে ফোন রেখে দিন। তারপর আগে থেকে জানা কোনো নম্বরে তাদের ফোন করুন।
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = প্রতারকরা আপনার ফোনে ভুয়া নম্বর দেখাতে পারে। তাই শুধু নম্বর দেখে বিশ্বাস করবেন না।
# en: What to do with a scam
what-to-do-with = প্রতারণার মেসেজ পেলে কী করবেন
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = একটি ফোনে একটি মেসেজ আর একটি তীর। তীরটি বোঝায়, আপনি মেসেজটি আরেক জায়গায় পাঠাচ্ছেন।
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = প্রতারণার টেক্সট পেয়েছেন? সেটি **7726**-এ পাঠিয়ে দিন। এটি বিনামূল্যে।
# en: You then get a text back. It asks for the number the scam came from. Send that number too.
you-then-get-a = তারপর আপনি উত্তরে একটি টেক্সট পাবেন। এতে জানতে চাওয়া হয়, প্রতারণার মেসেজটি কোন নম্বর থেকে এসেছিল। সেই নম্বরটিও পাঠান।
# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = এতে ফোন কোম্পানিগুলো প্রতারণা বন্ধ করতে পারে। তারপর টেক্সটটি মুছে ফেলুন।
# en: A letter going into a bin
a-bin-with-a = একটি চিঠি ময়লার ঝুড়িতে যাচ্ছে
# en: Got a scam email? Do not reply to it.
got-a-scam-email = প্রতারণার ইমেইল পেয়েছেন? তার উত্তর দেবেন না।
# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
forward-it-to-report = এটি [report@phishing.gov.uk]({ $link1 })-এ ফরোয়ার্ড করুন। তারপর মুছে দিন। আপনি এটিকে জাঙ্ক (junk) বা স্প্যাম (spam) হিসেবেও চিহ্নিত করতে পারেন।
# en: If you tapped a link or gave your details
if-you-tapped-a = যদি লিংকে চাপ দিয়ে ফেলেন বা তথ্য দিয়ে ফেলেন
# en: Do not panic, but act fast.
do-not-panic-but = ঘাবড়াবেন না, তবে দ্রুত কাজ করুন।
# en: It is not your fault. Scams can fool anyone.
it-is-not-your = এটি আপনার দোষ নয়। প্রতারকরা যে কাউকে বোকা বানাতে পারে।
# en: A red stop sign with a white hand on it, next to a phone
a-red-stop-sign = একটি ফোনের পাশে লাল থামার চিহ্ন, তাতে একটি সাদা হাত
# en: Close the website. Do not type anything into it.
close-the-website-do = ওয়েবসাইটটি বন্ধ করুন। সেখানে কিছুই টাইপ করবেন না।
# en: A bank card next to a phone: call your bank
a-bank-card-next = একটি ফোনের পাশে একটি ব্যাংক কার্ড: আপনার ব্যাংকে ফোন করুন
# en: Did you give your bank details or pay money? Call your bank now.
did-you-give-your = ব্যাংকের তথ্য দিয়েছেন বা টাকা দিয়েছেন? এখনই আপনার ব্যাংকে ফোন করুন।
# en: Use the phone number on the back of your bank card. Or call **159**. It puts you through to most banks safely.
use-the-phone-number = আপনার ব্যাংক কার্ডের পেছনে লেখা ফোন নম্বর ব্যবহার করুন। অথবা **159**-এ কল করুন। এটি আপনাকে নিরাপদে বেশিরভাগ ব্যাংকের সাথে যুক্ত করে।
# en: Never move your money to a “safe account”. A real bank never asks you to do this.
never-move-your-money = কখনো আপনার টাকা কোনো “নিরাপদ অ্যাকাউন্টে” (safe account) সরাবেন না। আসল ব্যাংক কখনো এটি করতে বলে না।
# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = একটি তালা, তার চারপাশে 2টি ঘুরন্ত তীর, নতুন পাসওয়ার্ড বোঝাতে
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = পাসওয়ার্ড টাইপ করেছেন? এখনই সেটি বদলান। যেসব অ্যাকাউন্টে একই পাসওয়ার্ড আছে, সবগুলোতে বদলান।
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = একজন বয়স্ক নারী একজন তরুণের সাথে কথা বলছেন। তরুণটি শুনছেন এবং তাঁকে সাহায্য করছেন।
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = বিশ্বাস করেন এমন কাউকে বলুন। এরপর কী করবেন, তা বুঝতে তিনি সাহায্য করতে পারেন।
# en: A police officer’s hat next to a phone
a-police-officer-s = পুলিশ অফিসারের টুপি, পাশে একটি ফোন
# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
report-the-scam-to = প্রতারণাটি **Report Fraud**-এ রিপোর্ট করুন। [reportfraud.police.uk]({ $link1 })-এ যান বা **0300 123 2040**-এ কল করুন।
# en: Report Fraud took over from Action Fraud in December 2025.
report-fraud-took-over = ডিসেম্বর 2025-এ Action Fraud-এর জায়গায় Report Fraud এসেছে।
# en: Remember
remember = মনে রাখবেন
# en: Stop and think before you tap a link.
stop-and-think-before = লিংকে চাপ দেওয়ার আগে থামুন এবং ভাবুন।
# en: Ask someone you trust if you are not sure.
ask-someone-you-trust = নিশ্চিত না হলে বিশ্বস্ত কাউকে জিজ্ঞেস করুন।
# en: Do not give your bank details, password or PIN to anyone who contacts you.
do-not-give-your = কেউ নিজে থেকে যোগাযোগ করলে তাকে ব্যাংকের তথ্য, পাসওয়ার্ড বা PIN দেবেন না।
# en: Do not reply to a text or email that might be a scam.
do-not-reply-to = প্রতারণা হতে পারে এমন টেক্সট বা ইমেইলের উত্তর দেবেন না।
# en: Want help to learn more? See [how to get help to get online]({ $link1 }).
want-help-to-learn = আরও শিখতে সাহায্য চান? দেখুন: [কীভাবে ইন্টারনেট ব্যবহারে সাহায্য পাবেন]({ $link1 })।
# en: junk
junk = জাঙ্ক
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = এমন ইমেইলের ফোল্ডার, যেগুলো অদরকারি বা অনিরাপদ মনে হয়
# en: spam
spam = স্প্যাম
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = এমন মেসেজ, যা আপনি চাননি। এগুলোর অনেকগুলোই প্রতারণা।
# en: tap
tap = চাপ
# en: touch the screen with your finger
touch-the-screen-with = আঙুল দিয়ে স্ক্রিন ছোঁয়া
