# বাংলা: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = NHS 111 অনলাইন ব্যবহার করুন
# en: Get help fast for a health problem that is urgent but not an emergency.
# stale: the words above changed; before, they were: Get help for a health problem that is urgent but not an emergency.
get-help-for-a = জরুরি কিন্তু ইমার্জেন্সি নয় এমন স্বাস্থ্য সমস্যার জন্য সাহায্য নিন।
# en: About 10 to 20 minutes
about-10-to-20 = প্রায় 10 থেকে 20 মিনিট
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = ইন্টারনেট সংযোগসহ একটি ফোন, ট্যাবলেট বা কম্পিউটার
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Your age, sex and symptoms
your-age-sex-and = আপনার বয়স, লিঙ্গ এবং উপসর্গ

# en: The age and sex of the person who needs help
# the-age-and-sex =


# en: Their symptoms: what is wrong
# their-symptoms-what-is =

# en: nhs.uk: When to use 111
nhs-uk-when-to = nhs.uk: কখন 111 ব্যবহার করবেন

# en: nhs.uk: How NHS 111 online works
# nhs-uk-how-nhs =

# en: nhs.uk: When to call 999
nhs-uk-when-to-2 = nhs.uk: কখন 999-এ কল করবেন

# en: nhs.uk: When to go to A\&E
# nhs-uk-when-to-3 =


# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
# call-999-now-if-2 =


# en: have pain in their chest
# have-pain-in-their =


# en: cannot breathe well
# cannot-breathe-well =


# en: will not wake up
# will-not-wake-up =


# en: are bleeding a lot and it will not stop
# are-bleeding-a-lot =


# en: have a face that drops on one side
# have-a-face-that =


# en: cannot lift both arms
# cannot-lift-both-arms =


# en: cannot speak clearly
# cannot-speak-clearly =

# en: Do not use NHS 111 online for this.
# stale: the words above changed; before, they were: 111.nhs.uk: NHS 111 online
text-111-nhs-uk-nhs = 111.nhs.uk: NHS 111 অনলাইন
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
call-999-now-if = **এখনই 999-এ কল করুন** যদি কেউ খুব অসুস্থ হন বা গুরুতর আহত হন এবং তাঁর জীবন ঝুঁকিতে থাকতে পারে। যেমন, যদি তাঁর বুকে ব্যথা হয়, শ্বাস নিতে না পারেন, বা জেগে না ওঠেন। এর জন্য NHS 111 অনলাইন ব্যবহার করবেন না।
# en: When to use NHS 111
# stale: the words above changed; before, they were: When to use NHS 111 online
when-to-use-nhs = কখন NHS 111 অনলাইন ব্যবহার করবেন
# en: A phone with a question mark inside a speech bubble
# stale: the words above changed; before, they were: A phone showing a question mark inside a speech bubble
a-phone-showing-a = একটি ফোনে কথার বুদবুদের ভেতরে একটি প্রশ্নবোধক চিহ্ন
# en: Use NHS 111 when you need help fast but it is not an emergency.
# stale: the words above changed; before, they were: Use NHS 111 online when you need help fast, but it is not an emergency.
use-nhs-111-online-2 = যখন আপনার দ্রুত সাহায্য দরকার কিন্তু এটি ইমার্জেন্সি নয়, তখন NHS 111 অনলাইন ব্যবহার করুন।

# en: It can help when you feel ill and do not know what to do.
# it-can-help-when =


# en: A man sits at home at night. He talks on his phone by the light of a lamp.
# a-man-sits-at =

# en: NHS 111 is free. It is open all day and all night, every day.
# stale: the words above changed; before, they were: It is free. It is open all day and all night.
it-is-free-it = এটি বিনামূল্যে। এটি সারা দিন ও সারা রাত খোলা থাকে।
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
# stale: the words above changed; before, they were: You can also call **111** on any phone. The call is free.
you-can-also-call = আপনি যেকোনো ফোন থেকে **111**-এ কলও করতে পারেন। কলটি বিনামূল্যে।
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
# stale: the words above changed; before, they were: NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 অনলাইন 5 বছর ও তার বেশি বয়সী মানুষের জন্য। 5 বছরের কম বয়সী শিশুর জন্য 111-এ কল করুন।
# en: Get help online
# stale: the words above changed; before, they were: Get help
get-help = সাহায্য নিন
# en: A web browser with an address bar and a big blue button
# stale: the words above changed; before, they were: A web browser showing the address 111.nhs.uk
a-web-browser-showing = একটি ওয়েব ব্রাউজারে 111.nhs.uk ঠিকানাটি দেখা যাচ্ছে
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = আপনার ফোন, ট্যাবলেট বা কম্পিউটারে [111.nhs.uk]({ $link1 })-এ যান।

# en: The website asks some questions first. For example, where you are, who needs help, and their age.
# the-website-asks-some =

# en: A list of questions with tick boxes
a-list-of-questions = টিক দেওয়ার ঘরসহ প্রশ্নের একটি তালিকা
# en: Answer the questions about the symptoms.
# stale: the words above changed; before, they were: Answer the questions about your symptoms.
answer-the-questions-about = আপনার উপসর্গ সম্পর্কে প্রশ্নগুলোর উত্তর দিন।
# en: Symptoms are what is wrong, like pain or a high temperature.
# stale: the words above changed; before, they were: Your symptoms are what is wrong, like pain or a high temperature.
your-symptoms-are-what = উপসর্গ মানে আপনার যা সমস্যা হচ্ছে, যেমন ব্যথা বা বেশি জ্বর।
# en: A nurse talks on a phone
# stale: the words above changed; before, they were: A nurse speaking on a phone
a-nurse-speaking-on = একজন নার্স ফোনে কথা বলছেন
# en: The website tells you what to do next.
the-website-tells-you = ওয়েবসাইটটি আপনাকে বলে দেবে এরপর কী করতে হবে।
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
# stale: the words above changed; before, they were: It may tell you to see a pharmacist or go to a GP.
it-may-tell-you = এটি আপনাকে ফার্মাসিস্টের কাছে যেতে বা GP দেখাতে বলতে পারে।
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A nurse or doctor may call you back.
a-nurse-or-doctor = একজন নার্স বা ডাক্তার আপনাকে ফিরতি কল করতে পারেন।

# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
# a-nurse-may-phone =


# en: If it is serious or you get worse
# if-it-is-serious =


# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
# if-the-website-says =

# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = অপেক্ষার সময় আপনার অবস্থা খারাপ হলে 111-এ কল করুন। ইমার্জেন্সি হয়ে গেলে 999-এ কল করুন।
# en: Keep safe
keep-safe = নিরাপদ থাকুন
# en: Answer every question as well as you can.
answer-every-question-as = প্রতিটি প্রশ্নের উত্তর যতটা পারেন ভালোভাবে দিন।
# en: Keep your phone with you if you wait for a call.
# stale: the words above changed; before, they were: Have your phone with you if you are waiting for a call.
have-your-phone-with = আপনি কলের অপেক্ষায় থাকলে ফোনটি সঙ্গে রাখুন।
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = ইমার্জেন্সিতে NHS 111 অনলাইন ব্যবহার করবেন না। 999-এ কল করুন।

# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
# need-help-with-a =

