# اردو: the guide "health-record", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: See your health record and test results
see-your-health-record = اپنا صحت کا ریکارڈ اور ٹیسٹ کے نتائج دیکھیں
# en: See your GP health record and your test results in the NHS App.
see-your-gp-health = NHS App میں اپنا GP صحت کا ریکارڈ اور ٹیسٹ کے نتائج دیکھیں۔
# en: About 5 to 10 minutes
about-5-to-10 = تقریباً 5 سے 10 منٹ
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App، آپ کے NHS login کے ساتھ
# en: A quiet place where other people cannot see your screen
a-quiet-place-where = ایک پرسکون جگہ، جہاں دوسرے لوگ آپ کی اسکرین نہ دیکھ سکیں

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
your-gp-health-record = آپ کی GP سرجری آپ کی صحت کے بارے میں لکھتی ہے۔ یہ آپ کا **GP صحت کا ریکارڈ** ہے۔ GP فیملی ڈاکٹر ہوتا ہے۔
# en: It shows things like your medicines, your allergies and your test results. An allergy is when something, like a food or a medicine, makes you ill.
it-shows-things-like = اس میں آپ کی دوائیں، الرجیاں اور ٹیسٹ کے نتائج جیسی چیزیں ہوتی ہیں۔ الرجی میں کوئی چیز آپ کو بیمار کر دیتی ہے، جیسے کوئی کھانا یا دوا۔
# en: No app yet? First, see [how to get the NHS App]({ $link1 }). You must prove who you are to see your record.
no-app-yet-first = ابھی ایپ نہیں ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔ اپنا ریکارڈ دیکھنے کے لیے آپ کو اپنی شناخت ثابت کرنی ہو گی۔

# en: **Is your GP surgery in Wales?** You can see your GP record in the NHS Wales App.
# is-your-gp-surgery =

# en: Your GP surgery decides what you can see. You may not see everything. Under 16? Ask your GP surgery.
your-gp-surgery-decides = آپ کیا دیکھ سکتے ہیں، یہ آپ کی GP سرجری طے کرتی ہے۔ ہو سکتا ہے آپ سب کچھ نہ دیکھ سکیں۔ عمر 16 سال سے کم ہے؟ اپنی GP سرجری سے پوچھیں۔
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = ایپ کبھی کبھی بدل جاتی ہے۔ آپ کی اسکرینیں اس گائیڈ سے تھوڑی مختلف لگ سکتی ہیں۔
# en: Open your health record
open-your-health-record = اپنا صحت کا ریکارڈ کھولیں
# en: A phone with a folder on its screen. The folder has a heart on it.
a-phone-with-a = ایک فون جس کی اسکرین پر ایک فولڈر ہے۔ فولڈر پر دل بنا ہے۔
# en: Open the NHS App and log in. Tap **Your health**. Then tap **GP health record**.
open-the-nhs-app = NHS App کھولیں اور لاگ ان کریں۔ **Your health** دبائیں۔ پھر **GP health record** دبائیں۔
# en: A folder with a heart, and tabs for medicines, jabs and tests
a-folder-with-a = دل والا ایک فولڈر، جس میں دواؤں، ٹیکوں اور ٹیسٹوں کے خانے ہیں
# en: Choose what you want to see. For example:
choose-what-you-want = چنیں کہ آپ کیا دیکھنا چاہتے ہیں۔ مثلاً:
# en: your medicines
your-medicines = آپ کی دوائیں
# en: your allergies
your-allergies = آپ کی الرجیاں
# en: your vaccinations
your-vaccinations = آپ کی ویکسینیشن
# en: your test results
your-test-results = آپ کے ٹیسٹ کے نتائج
# en: notes from your appointments
notes-from-your-appointments = آپ کی اپائنٹمنٹس کے نوٹس
# en: Vaccinations are jabs that protect you from illness, like the flu jab.
vaccinations-are-jabs-that = ویکسینیشن وہ ٹیکے ہیں جو آپ کو بیماری سے بچاتے ہیں، جیسے فلو کا ٹیکہ۔

# en: Your GP record does not have everything. Some letters from a hospital, dentist or optician are not in it.
# your-gp-record-does =


# en: They are only in it if the sender gave your GP a copy.
# they-are-only-in =


# en: Ask them for anything else.
# ask-them-for-anything =

# en: A page of notes with a magnifying glass over it
a-page-of-notes = نوٹس کا ایک صفحہ، جس کے اوپر ایک عدسہ ہے
# en: Read your record. Some words may be hard. They are medical words.
read-your-record-some = اپنا ریکارڈ پڑھیں۔ کچھ الفاظ مشکل ہو سکتے ہیں۔ یہ طبی الفاظ ہوتے ہیں۔
# en: Ask your GP surgery if you do not know what something means.
ask-your-gp-surgery = کسی بات کا مطلب سمجھ نہ آئے تو اپنی GP سرجری سے پوچھیں۔
# en: See your test results
see-your-test-results = اپنے ٹیسٹ کے نتائج دیکھیں

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
if-something-looks-wrong = اگر کچھ غلط لگے

# en: A page of notes with a pencil, for putting a mistake right
# a-page-of-notes-2 =


# en: Does something look wrong or missing? Tell your GP surgery. They can check it.
# does-something-look-wrong =


# en: Tell them too if you see details about someone else.
# tell-them-too-if =

# en: Keep your record private
keep-your-record-private = اپنا ریکارڈ نجی رکھیں

# en: An older man reads his tablet alone in his armchair at home
# an-older-man-reads =


# en: Your record is private. Read it where other people cannot see your screen.
# your-record-is-private =


# en: Log out when you finish, if other people use your phone, tablet or computer.
# log-out-when-you =


# en: Is someone making you show them your record? You do not have to. Tell your GP surgery.
# is-someone-making-you =

# en: Remember
remember = یاد رکھیں

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

