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
nhs-england-digital-patient = NHS England Digital: NHS App میں مریضوں کے ریکارڈ (GP سرجریوں کے لیے رہنمائی)
# en: Ansdell Medical Centre: Your GP health record (what is not in it)
ansdell-medical-centre-your = Ansdell Medical Centre: آپ کا GP صحت کا ریکارڈ (اس میں کیا نہیں ہوتا)
# en: St Luke's Surgery, Guildford: Accessing your GP-held records via the NHS App
st-luke-s-surgery = St Luke's Surgery, Guildford: NHS App میں GP کے پاس موجود اپنے ریکارڈ دیکھنا
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: NHS App میں نوٹیفکیشن اور پیغامات
# en: nhs.uk: How to get proxy access (family and carer access)
nhs-uk-how-to = nhs.uk: پراکسی رسائی کیسے لیں (گھر والوں اور دیکھ بھال کرنے والوں کی رسائی)
# en: NHS England Digital support: What are the age restrictions for the NHS App?
nhs-uk-nhs-app = NHS England Digital support: NHS App کے لیے عمر کی کیا حد ہے؟
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: استعمال کی شرائط (apphelp.nhs.wales)
# en: Your **GP health record** is what your GP surgery writes about your health. A GP is a family doctor.
your-gp-health-record = آپ کی GP سرجری آپ کی صحت کے بارے میں لکھتی ہے۔ یہ آپ کا **GP صحت کا ریکارڈ** ہے۔ GP فیملی ڈاکٹر ہوتا ہے۔
# en: It shows things like your medicines, your allergies and your test results. An allergy is when something, like a food or a medicine, makes you ill.
it-shows-things-like = اس میں آپ کی دوائیں، الرجیاں اور ٹیسٹ کے نتائج جیسی چیزیں ہوتی ہیں۔ الرجی میں کوئی چیز آپ کو بیمار کر دیتی ہے، جیسے کوئی کھانا یا دوا۔
# en: No app yet? First, see [how to get the NHS App]({ $link1 }). You must prove who you are to see your record.
no-app-yet-first = ابھی ایپ نہیں ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔ اپنا ریکارڈ دیکھنے کے لیے آپ کو اپنی شناخت ثابت کرنی ہو گی۔
# en: **Is your GP surgery in Wales?** You can see your GP record in the NHS Wales App.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** آپ NHS Wales App میں اپنا GP ریکارڈ دیکھ سکتے ہیں۔
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
your-gp-record-does = آپ کے GP ریکارڈ میں سب کچھ نہیں ہوتا۔ ہسپتال، ڈینٹسٹ یا آپٹیشن کے کچھ خط اس میں نہیں ہوتے۔
# en: They are only in it if the sender gave your GP a copy.
they-are-only-in = یہ صرف تب اس میں ہوتے ہیں جب بھیجنے والا GP کو کاپی دے۔
# en: Ask them for anything else.
ask-them-for-anything = باقی چیزوں کے لیے بھیجنے والے سے ہی پوچھیں۔
# en: A page of notes with a magnifying glass over it
a-page-of-notes = نوٹس کا ایک صفحہ، جس کے اوپر ایک عدسہ ہے
# en: Read your record. Some words may be hard. They are medical words.
read-your-record-some = اپنا ریکارڈ پڑھیں۔ کچھ الفاظ مشکل ہو سکتے ہیں۔ یہ طبی الفاظ ہوتے ہیں۔
# en: Ask your GP surgery if you do not know what something means.
ask-your-gp-surgery = کسی بات کا مطلب سمجھ نہ آئے تو اپنی GP سرجری سے پوچھیں۔
# en: See your test results
see-your-test-results = اپنے ٹیسٹ کے نتائج دیکھیں
# en: A phone with a list of results, next to a test tube
a-phone-with-a-2 = نتائج کی فہرست والا ایک فون، ساتھ میں ٹیسٹ ٹیوب
# en: In your health record, tap **Test results**. Then tap a test to see more.
in-your-health-record = اپنے صحت کے ریکارڈ میں **Test results** دبائیں۔ مزید دیکھنے کے لیے پھر کسی ٹیسٹ کو دبائیں۔
# en: A doctor or nurse may add a short note to a result. For example, “normal, no action needed”.
a-doctor-or-nurse = ڈاکٹر یا نرس کسی نتیجے کے ساتھ چھوٹا سا نوٹ لکھ سکتے ہیں۔ مثلاً: «نارمل، کچھ کرنے کی ضرورت نہیں»۔
# en: Your GP surgery may also send a result as a message in the NHS App. See [messages in the NHS App]({ $link1 }).
your-gp-surgery-may = آپ کی GP سرجری NHS App میں پیغام کے ذریعے بھی نتیجہ بھیج سکتی ہے۔ دیکھیں: [NHS App میں پیغامات]({ $link1 })۔
# en: A phone with a result, and a speech bubble with a question mark
a-phone-with-a-3 = ایک فون جس پر نتیجہ ہے، اور بات کا غبارہ جس میں سوالیہ نشان ہے
# en: You may see a result before a doctor talks to you about it. This can be when your GP surgery is closed.
you-may-see-a = ہو سکتا ہے آپ ڈاکٹر سے بات سے پہلے ہی نتیجہ دیکھ لیں۔ ایسا تب ہو سکتا ہے جب آپ کی GP سرجری بند ہو۔
# en: Worried about a result? Contact your GP surgery. They can tell you what it means.
worried-about-a-result = کسی نتیجے کی فکر ہے؟ اپنی GP سرجری سے رابطہ کریں۔ وہ آپ کو اس کا مطلب بتا سکتے ہیں۔
# en: Feel very unwell? Do not wait. Use [NHS 111 online]({ $link1 }) or call **111**. Call **999** if someone’s life may be in danger.
feel-very-unwell-do = طبیعت بہت خراب ہے؟ انتظار نہ کریں۔ [NHS 111 آن لائن]({ $link1 }) استعمال کریں یا **111** پر کال کریں۔ اگر کسی کی جان خطرے میں ہو سکتی ہے تو **999** پر کال کریں۔
# en: If something looks wrong
if-something-looks-wrong = اگر کچھ غلط لگے
# en: A page of notes with a pencil, for putting a mistake right
a-page-of-notes-2 = نوٹس کا ایک صفحہ اور ایک پنسل، غلطی ٹھیک کرنے کے لیے
# en: Does something look wrong or missing? Tell your GP surgery. They can check it.
does-something-look-wrong = کچھ غلط لگ رہا ہے یا کچھ غائب ہے؟ اپنی GP سرجری کو بتائیں۔ وہ اسے چیک کر سکتے ہیں۔
# en: Tell them too if you see details about someone else.
tell-them-too-if = اگر آپ کو کسی اور شخص کی تفصیلات نظر آئیں تو بھی انہیں بتائیں۔
# en: Keep your record private
keep-your-record-private = اپنا ریکارڈ نجی رکھیں
# en: An older man reads his tablet alone in his armchair at home
an-older-man-reads = ایک بزرگ آدمی گھر پر اپنی آرام کرسی میں اکیلا بیٹھا ٹیبلیٹ پڑھ رہا ہے
# en: Your record is private. Read it where other people cannot see your screen.
your-record-is-private = آپ کا ریکارڈ نجی ہے۔ اسے ایسی جگہ پڑھیں جہاں دوسرے لوگ آپ کی اسکرین نہ دیکھ سکیں۔
# en: Log out when you finish, if other people use your phone, tablet or computer.
log-out-when-you = کیا دوسرے لوگ آپ کا فون، ٹیبلیٹ یا کمپیوٹر استعمال کرتے ہیں؟ تو کام ختم کر کے لاگ آؤٹ کریں۔
# en: Is someone making you show them your record? You do not have to. Tell your GP surgery.
is-someone-making-you = کیا کوئی آپ کو اپنا ریکارڈ دکھانے پر مجبور کر رہا ہے؟ آپ کو ایسا کرنے کی ضرورت نہیں۔ اپنی GP سرجری کو بتائیں۔
# en: Remember
remember = یاد رکھیں
# en: Do you care for someone? Their GP surgery may let you see their record for them. See [how to help someone else]({ $link1 }).
do-you-care-for = کیا آپ کسی کی دیکھ بھال کرتے ہیں؟ ان کی GP سرجری آپ کو ان کا ریکارڈ دیکھنے دے سکتی ہے۔ دیکھیں: [کسی اور کی مدد کیسے کریں]({ $link1 })۔
# en: Keep your NHS login password secret.
keep-your-nhs-login = اپنے NHS login کا پاس ورڈ خفیہ رکھیں۔
# en: Want someone you trust to help with your record? Ask your GP surgery.
want-someone-you-trust = کیا آپ چاہتے ہیں کہ کوئی بھروسے والا شخص آپ کے ریکارڈ میں مدد کرے؟ اپنی GP سرجری سے پوچھیں۔
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
# en: tap
tap = دبائیں
# en: touch the screen with your finger
touch-the-screen-with = اپنی انگلی سے اسکرین کو چھونا
