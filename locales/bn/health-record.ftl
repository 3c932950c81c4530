# বাংলা: the guide "health-record", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: See your health record and test results
see-your-health-record = আপনার স্বাস্থ্য রেকর্ড আর টেস্টের ফলাফল দেখুন
# en: See your GP health record and your test results in the NHS App.
see-your-gp-health = NHS App-এ আপনার GP স্বাস্থ্য রেকর্ড আর টেস্টের ফলাফল দেখুন।
# en: About 5 to 10 minutes
about-5-to-10 = প্রায় 5 থেকে 10 মিনিট
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App, আপনার NHS login সহ
# en: A quiet place where other people cannot see your screen
a-quiet-place-where = একটি নিরিবিলি জায়গা, যেখানে অন্যরা আপনার স্ক্রিন দেখতে পারবে না

# en: NHS England Digital: Patient records in the NHS App (guidance for GP practices)
# nhs-england-digital-patient =


# en: Ansdell Medical Centre: Your GP health record (what is not in it)
# ansdell-medical-centre-your =


# en: St Luke's Surgery, Guildford: Accessing your GP-held records via the NHS App
# st-luke-s-surgery =


# en: NHS England Digital: Notifications and messaging in the NHS App
# nhs-england-digital-notifications =


# en: nhs.uk: How to get proxy access (family and carer access)
# nhs-uk-how-to =


# en: NHS England Digital support: What are the age restrictions for the NHS App?
# nhs-uk-nhs-app =


# en: NHS Wales App: terms of use (apphelp.nhs.wales)
# nhs-wales-app-terms =

# en: Your **GP health record** is what your GP surgery writes about your health. A GP is a family doctor.
your-gp-health-record = আপনার স্বাস্থ্য নিয়ে আপনার GP সার্জারি যা লেখে, তা-ই আপনার **GP স্বাস্থ্য রেকর্ড**। GP হলেন পারিবারিক ডাক্তার।
# en: It shows things like your medicines, your allergies and your test results. An allergy is when something, like a food or a medicine, makes you ill.
it-shows-things-like = এতে আপনার ওষুধ, অ্যালার্জি আর টেস্টের ফলাফলের মতো তথ্য থাকে। অ্যালার্জি হলো যখন কোনো কিছু, যেমন কোনো খাবার বা ওষুধ, আপনাকে অসুস্থ করে।
# en: No app yet? First, see [how to get the NHS App]({ $link1 }). You must prove who you are to see your record.
no-app-yet-first = এখনো অ্যাপ নেই? আগে দেখুন: [কীভাবে NHS App পাবেন]({ $link1 })। রেকর্ড দেখতে আপনাকে আপনার পরিচয় প্রমাণ করতে হবে।

# en: **Is your GP surgery in Wales?** You can see your GP record in the NHS Wales App.
# is-your-gp-surgery =

# en: Your GP surgery decides what you can see. You may not see everything. Under 16? Ask your GP surgery.
your-gp-surgery-decides = আপনি কী দেখতে পাবেন, তা আপনার GP সার্জারি ঠিক করে। আপনি হয়তো সবকিছু দেখতে পাবেন না। বয়স 16-র কম? আপনার GP সার্জারিকে জিজ্ঞেস করুন।
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = অ্যাপটি মাঝে মাঝে বদলায়। আপনার স্ক্রিন এই নির্দেশিকা থেকে একটু আলাদা দেখাতে পারে।
# en: Open your health record
open-your-health-record = আপনার স্বাস্থ্য রেকর্ড খুলুন
# en: A phone with a folder on its screen. The folder has a heart on it.
a-phone-with-a = একটি ফোন, যার স্ক্রিনে একটি ফোল্ডার। ফোল্ডারে একটি হৃদয় চিহ্ন।
# en: Open the NHS App and log in. Tap **Your health**. Then tap **GP health record**.
open-the-nhs-app = NHS App খুলুন এবং লগ ইন করুন। **Your health**-এ চাপ দিন। তারপর **GP health record**-এ চাপ দিন।
# en: A folder with a heart, and tabs for medicines, jabs and tests
a-folder-with-a = হৃদয় চিহ্নসহ একটি ফোল্ডার, তাতে ওষুধ, টিকা আর টেস্টের ট্যাব
# en: Choose what you want to see. For example:
choose-what-you-want = কী দেখতে চান, বেছে নিন। যেমন:
# en: your medicines
your-medicines = আপনার ওষুধ
# en: your allergies
your-allergies = আপনার অ্যালার্জি
# en: your vaccinations
your-vaccinations = আপনার টিকা
# en: your test results
your-test-results = আপনার টেস্টের ফলাফল
# en: notes from your appointments
notes-from-your-appointments = আপনার অ্যাপয়েন্টমেন্টের নোট
# en: Vaccinations are jabs that protect you from illness, like the flu jab.
vaccinations-are-jabs-that = টিকা হলো এমন ইনজেকশন, যা আপনাকে অসুখ থেকে বাঁচায়, যেমন ফ্লুর টিকা।

# en: Your GP record does not have everything. Some letters from a hospital, dentist or optician are not in it.
# your-gp-record-does =


# en: They are only in it if the sender gave your GP a copy.
# they-are-only-in =


# en: Ask them for anything else.
# ask-them-for-anything =

# en: A page of notes with a magnifying glass over it
a-page-of-notes = নোট লেখা একটি পাতা, তার ওপর একটি আতশ কাচ
# en: Read your record. Some words may be hard. They are medical words.
read-your-record-some = আপনার রেকর্ড পড়ুন। কিছু শব্দ কঠিন হতে পারে। এগুলো চিকিৎসার শব্দ।
# en: Ask your GP surgery if you do not know what something means.
ask-your-gp-surgery = কোনো কিছুর মানে না বুঝলে আপনার GP সার্জারিকে জিজ্ঞেস করুন।
# en: See your test results
see-your-test-results = আপনার টেস্টের ফলাফল দেখুন

# en: A phone with a list of results, next to a test tube
# a-phone-with-a-2 =


# en: In your health record, tap **Test results**. Then tap a test to see more.
# in-your-health-record =


# en: A doctor or nurse may add a short note to a result. For example, “normal, no action needed”.
# a-doctor-or-nurse =


# en: Your GP surgery may also send a result as a message in the NHS App. See [messages in the NHS App]({ $link1 }).
# your-gp-surgery-may =


# en: A phone with a result, and a speech bubble with a question mark
# a-phone-with-a-3 =


# en: You may see a result before a doctor talks to you about it. This can be when your GP surgery is closed.
# you-may-see-a =


# en: Worried about a result? Contact your GP surgery. They can tell you what it means.
# worried-about-a-result =


# en: Feel very unwell? Do not wait. Use [NHS 111 online]({ $link1 }) or call **111**. Call **999** if someone’s life may be in danger.
# feel-very-unwell-do =

# en: If something looks wrong
if-something-looks-wrong = কিছু ভুল মনে হলে

# en: A page of notes with a pencil, for putting a mistake right
# a-page-of-notes-2 =


# en: Does something look wrong or missing? Tell your GP surgery. They can check it.
# does-something-look-wrong =


# en: Tell them too if you see details about someone else.
# tell-them-too-if =

# en: Keep your record private
keep-your-record-private = আপনার রেকর্ড গোপন রাখুন

# en: An older man reads his tablet alone in his armchair at home
# an-older-man-reads =


# en: Your record is private. Read it where other people cannot see your screen.
# your-record-is-private =


# en: Log out when you finish, if other people use your phone, tablet or computer.
# log-out-when-you =


# en: Is someone making you show them your record? You do not have to. Tell your GP surgery.
# is-someone-making-you =

# en: Remember
remember = মনে রাখবেন

# en: Do you care for someone? Their GP surgery may let you see their record for them. See [how to help someone else]({ $link1 }).
# do-you-care-for =


# en: Keep your NHS login password secret.
# keep-your-nhs-login =


# en: Want someone you trust to help with your record? Ask your GP surgery.
# want-someone-you-trust =


# en: log in
# log-in =


# en: type your email address and password to get into your account
# type-your-email-address =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

