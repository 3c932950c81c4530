# اردو: the guide "register-with-gp", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Register with a GP surgery
register-with-a-gp = GP سرجری میں رجسٹر ہوں
# en: Anyone in England can register with a GP surgery for free. You do not need an address or ID.
anyone-in-england-can = انگلینڈ میں کوئی بھی شخص GP سرجری میں مفت رجسٹر ہو سکتا ہے۔ آپ کو پتے یا شناخت کے ثبوت کی ضرورت نہیں۔
# en: About 15 minutes to fill in the form
about-15-minutes-to = فارم بھرنے میں تقریباً 15 منٹ
# en: Your name and date of birth
your-name-and-date = آپ کا نام اور تاریخ پیدائش
# en: An address where you can get letters, if you have one
an-address-where-you = ایک پتہ جہاں آپ کو خط مل سکیں، اگر آپ کے پاس ہو
# en: A phone, tablet or computer, if you register online
a-phone-tablet-or = فون، ٹیبلیٹ یا کمپیوٹر، اگر آپ آن لائن رجسٹر ہوں
# en: nhs.uk: How to register with a GP surgery (as quoted by Arcadian Gardens Surgery)
nhs-uk-how-to = nhs.uk: GP سرجری میں رجسٹر کیسے ہوں (Arcadian Gardens Surgery کے حوالے سے)
# en: nhs.uk: How to register with a GP practice (reasons to refuse, in writing)
nhs-uk-how-to-2 = nhs.uk: GP سرجری میں رجسٹر کیسے ہوں (انکار کی وجوہات، لکھ کر)
# en: Healthwatch England: Registering with your GP – understanding your rights
healthwatch-england-registering-with = Healthwatch England: اپنے GP کے پاس رجسٹر ہونا – اپنے حقوق کو سمجھیں
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: آپ اور آپ کی GP سرجری (مریضوں کا چارٹر)
# en: Andaman Surgery: Registration policy (a temporary address for homeless patients)
andaman-surgery-registration-policy = Andaman Surgery: رجسٹریشن کی پالیسی (بے گھر مریضوں کے لیے عارضی پتہ)
# en: Heathrow Medical Centre: New patients (documents are not required; confirming registration)
heathrow-medical-centre-new = Heathrow Medical Centre: نئے مریض (کاغذات ضروری نہیں؛ رجسٹریشن کی تصدیق)
# en: Birmingham Mind: How to register with a GP practice (help with the form, interpreters)
birmingham-mind-how-to = Birmingham Mind: GP سرجری میں رجسٹر کیسے ہوں (فارم میں مدد، ترجمان)
# en: A GP is a family doctor. A GP surgery is the place where GPs work.
a-gp-is-a = GP فیملی ڈاکٹر ہوتا ہے۔ GP سرجری وہ جگہ ہے جہاں GP کام کرتے ہیں۔
# en: Register with a GP surgery near you. Then you can see a GP when you need to.
register-with-a-gp-2 = اپنے قریب کسی GP سرجری میں رجسٹر ہوں۔ پھر ضرورت پڑنے پر آپ GP سے مل سکتے ہیں۔
# en: Anyone in England can register with a GP surgery. It is free.
anyone-in-england-can-2 = انگلینڈ میں کوئی بھی شخص GP سرجری میں رجسٹر ہو سکتا ہے۔ یہ مفت ہے۔
# en: **Do you live in Wales?** Ask a GP surgery near you how to register. The rules on this page are for England.
do-you-live-in = **کیا آپ ویلز میں رہتے ہیں؟** اپنے قریب کسی GP سرجری سے پوچھیں کہ رجسٹر کیسے ہوں۔ اس صفحے کے اصول انگلینڈ کے لیے ہیں۔
# en: You do not need
you-do-not-need = آپ کو ان کی ضرورت نہیں
# en: A house with a cross next to it
a-house-with-a = ایک گھر، جس کے ساتھ کراس کا نشان ہے
# en: a fixed address
a-fixed-address = پکا پتہ
# en: An ID card with a cross next to it
an-id-card-with = ایک شناختی کارڈ، جس کے ساتھ کراس کا نشان ہے
# en: ID, like a passport or a driving licence
id-like-a-passport = شناخت کا ثبوت، جیسے پاسپورٹ یا ڈرائیونگ لائسنس
# en: A folder of papers with a cross next to it
a-folder-of-papers = کاغذات کا ایک فولڈر، جس کے ساتھ کراس کا نشان ہے
# en: papers about your immigration status
papers-about-your-immigration = آپ کی امیگریشن کی حیثیت کے کاغذات
# en: A card with 10 dots for a number, and a cross next to it
a-card-with-10 = ایک کارڈ جس پر نمبر کے 10 نقطے ہیں، اور ساتھ کراس کا نشان
# en: your NHS number
your-nhs-number = آپ کا NHS نمبر
# en: ID can help the surgery find your old records. But they cannot say no because you do not have it.
id-can-help-the = شناخت کے ثبوت سے سرجری آپ کا پرانا ریکارڈ ڈھونڈ سکتی ہے۔ لیکن یہ نہ ہونے پر وہ انکار نہیں کر سکتے۔
# en: Find a surgery
find-a-surgery = سرجری ڈھونڈیں
# en: A map with 3 pins, for GP surgeries near you
a-map-with-3 = ایک نقشہ جس پر 3 نشان ہیں، آپ کے قریب کی GP سرجریوں کے لیے
# en: Find GP surgeries near you. Use the NHS website, or ask at a library or a community centre.
find-gp-surgeries-near = اپنے قریب کی GP سرجریاں ڈھونڈیں۔ NHS کی ویب سائٹ استعمال کریں، یا کسی لائبریری یا کمیونٹی سینٹر میں پوچھیں۔
# en: Choose one near where you live or stay. A surgery may say no if you live outside its area.
choose-one-near-where = ایسی سرجری چنیں جو آپ کے رہنے کی جگہ کے قریب ہو۔ اگر آپ سرجری کے علاقے سے باہر رہتے ہیں تو وہ انکار کر سکتی ہے۔
# en: Register
register = رجسٹر ہوں
# en: A phone with a form, and a paper form next to it
a-phone-with-a = ایک فون جس پر فارم ہے، اور ساتھ کاغذ کا فارم
# en: Ask the surgery how to register. You can usually fill in a form online. Or ask for a paper form at the front desk.
ask-the-surgery-how = سرجری سے پوچھیں کہ رجسٹر کیسے ہوں۔ عام طور پر آپ آن لائن فارم بھر سکتے ہیں۔ یا استقبالیہ سے کاغذ کا فارم مانگیں۔
# en: A form with lines for name, date of birth and address
a-form-with-lines = ایک فارم جس میں نام، تاریخ پیدائش اور پتے کے لیے لکیریں ہیں
# en: Fill in your name, your date of birth and your address.
fill-in-your-name = اپنا نام، اپنی تاریخ پیدائش اور اپنا پتہ بھریں۔
# en: Do you have no fixed address? Give a friend’s address, a day centre or the surgery’s own address.
do-you-have-no = آپ کا کوئی پکا پتہ نہیں ہے؟ کسی دوست کا پتہ دیں، کسی ڈے سینٹر کا، یا خود سرجری کا پتہ دیں۔
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = دو لوگ بات کر رہے ہیں۔ بات کے ایک غبارے میں جھنڈا ہے، یعنی دوسری زبان۔
# en: Need help with the form? Ask the surgery. You can ask for an interpreter too.
need-help-with-the = فارم میں مدد چاہیے؟ سرجری سے پوچھیں۔ آپ ترجمان بھی مانگ سکتے ہیں۔
# en: What happens next
what-happens-next = اس کے بعد کیا ہوتا ہے
# en: A letter with a tick on it
a-letter-with-a = ٹک کے نشان والا ایک خط
# en: You get a letter or a message when you are registered.
the-surgery-tells-you = رجسٹر ہونے پر آپ کو ایک خط یا پیغام ملتا ہے۔
# en: Then you can contact them when you need help. See [how to contact your GP surgery online]({ $link1 }).
then-you-can-contact = پھر مدد کی ضرورت ہو تو آپ ان سے رابطہ کر سکتے ہیں۔ دیکھیں: [اپنی GP سرجری سے آن لائن رابطہ کیسے کریں]({ $link1 })۔
# en: A letter with a cross and a pen
a-letter-with-a-2 = کراس کے نشان والا ایک خط اور ایک قلم
# en: Did the surgery say no? It must tell you why in writing.
did-the-surgery-say = کیا سرجری نے انکار کیا؟ انہیں آپ کو لکھ کر وجہ بتانی ہو گی۔
# en: For example, it may have no space for new patients. Then ask another surgery near you.
for-example-it-may = مثلاً ہو سکتا ہے ان کے پاس نئے مریضوں کی جگہ نہ ہو۔ پھر اپنے قریب کسی اور سرجری سے پوچھیں۔
# en: Need help to register? Ask at a library, a community centre or a charity. See [how to get help to get online]({ $link1 }).
need-help-to-register = رجسٹر ہونے میں مدد چاہیے؟ کسی لائبریری، کمیونٹی سینٹر یا خیراتی ادارے میں پوچھیں۔ دیکھیں: [آن لائن ہونے کے لیے مدد کیسے لیں]({ $link1 })۔
