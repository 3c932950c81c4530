# اردو: the guide "contact-gp-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Contact your GP surgery online
contact-your-gp-surgery = اپنی GP سرجری سے آن لائن رابطہ کریں
# en: Use your GP surgery's online form to ask for help, an appointment or a medicine.
use-your-gp-surgery = اپنی GP سرجری کا آن لائن فارم استعمال کریں۔ اس سے مدد، اپائنٹمنٹ یا دوا مانگیں۔
# en: About 10 minutes
about-10-minutes = تقریباً 10 منٹ
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = انٹرنیٹ والا فون، ٹیبلیٹ یا کمپیوٹر
# en: Your GP surgery's website, or the NHS App
your-gp-surgery-s = آپ کی GP سرجری کی ویب سائٹ، یا NHS App
# en: A few words about what you need
a-few-words-about = چند الفاظ، کہ آپ کو کیا چاہیے
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: GP کا معاہدہ – آپ کو کیا جاننا ہے (29 ستمبر 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: آپ اور آپ کی GP سرجری (مریضوں کا چارٹر)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: 1 اکتوبر 2025 سے سرجریوں کو آن لائن فارم صبح 8 سے شام 6:30 تک کھلے رکھنے ہیں
# en: Management in Practice: GPs need to triage patient requests (what happens within 1 working day)
management-in-practice-gps = Management in Practice: GP کو مریضوں کی درخواستیں دیکھ کر ترتیب دینی ہیں (1 کام کے دن کے اندر کیا ہوتا ہے)
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: NHS App میں نوٹیفکیشن اور پیغامات
# en: South Western Ambulance Service: When to call 999
south-western-ambulance-service = South Western Ambulance Service: 999 پر کب کال کریں
# en: Your GP surgery has an online form. You can use it to ask for help without phoning. A GP is a family doctor.
your-gp-surgery-has = آپ کی GP سرجری کا ایک آن لائن فارم ہے۔ اس سے آپ فون کیے بغیر مدد مانگ سکتے ہیں۔ GP فیملی ڈاکٹر ہوتا ہے۔
# en: The form is open from 8am to 6:30pm, Monday to Friday. Every GP surgery in England must keep it open at these times.
the-form-is-open = فارم پیر سے جمعہ، صبح 8 سے شام 6:30 بجے تک کھلا رہتا ہے۔ انگلینڈ کی ہر GP سرجری کو اسے ان اوقات میں کھلا رکھنا ہوتا ہے۔
# en: An ambulance with its blue lights on
an-ambulance-with-its = ایک ایمبولینس، جس کی نیلی بتیاں جل رہی ہیں
# en: The form is not for emergencies. **Call 999** if someone’s life may be in danger. See [when to call 999]({ $link1 }).
the-form-is-not = یہ فارم ایمرجنسی کے لیے نہیں ہے۔ اگر کسی کی جان خطرے میں ہو سکتی ہے تو **999 پر کال کریں**۔ دیکھیں: [999 پر کب کال کریں]({ $link1 })۔
# en: Need help fast, and your surgery is closed? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-and = جلدی مدد چاہیے، اور آپ کی سرجری بند ہے؟ [NHS 111 آن لائن]({ $link1 }) استعمال کریں یا **111** پر کال کریں۔
# en: **Is your GP surgery in Wales?** Ask them how to contact them online. The rules on this page are for England.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** ان سے پوچھیں کہ ان سے آن لائن رابطہ کیسے کریں۔ اس صفحے کے اصول انگلینڈ کے لیے ہیں۔
# en: Find the form
find-the-form = فارم ڈھونڈیں
# en: A web browser showing a GP surgery’s website
a-web-browser-showing = ایک ویب براؤزر جس میں GP سرجری کی ویب سائٹ کھلی ہے
# en: Go to your GP surgery’s website. Look for the button to contact the surgery online.
go-to-your-gp = اپنی GP سرجری کی ویب سائٹ پر جائیں۔ سرجری سے آن لائن رابطے والا بٹن ڈھونڈیں۔
# en: You can also find it in the NHS App. Open the app and log in. Look for the option to contact your GP surgery.
you-can-also-find = یہ آپ کو NHS App میں بھی مل سکتا ہے۔ ایپ کھولیں اور لاگ ان کریں۔ اپنی GP سرجری سے رابطے والا آپشن ڈھونڈیں۔
# en: Fill in the form
fill-in-the-form = فارم بھریں
# en: A phone showing a form with 3 choices: a medicine, a question and a calendar
a-phone-showing-a = ایک فون پر 3 انتخاب والا فارم: ایک دوا، ایک سوال اور ایک کیلنڈر
# en: Choose what you need help with. For example, a health problem, a medicine, or a letter from the surgery.
choose-what-you-need = چنیں کہ آپ کو کس چیز میں مدد چاہیے۔ مثلاً صحت کا کوئی مسئلہ، کوئی دوا، یا سرجری کا کوئی خط۔
# en: A phone with a form and a pencil
a-phone-with-a = ایک فون جس پر فارم ہے، اور ایک پنسل
# en: Answer the questions. Say what is wrong, and how long you have had it.
answer-the-questions-say = سوالوں کے جواب دیں۔ بتائیں کہ کیا تکلیف ہے، اور کب سے ہے۔
# en: Short words are fine. For example, “sore knee for 2 weeks”.
short-words-are-fine = چھوٹی بات کافی ہے۔ مثلاً: «2 ہفتوں سے گھٹنے میں درد»۔
# en: A phone with a speech bubble and a flag, for another language
a-phone-with-a-2 = ایک فون جس پر بات کا غبارہ اور ایک جھنڈا ہے، یعنی دوسری زبان
# en: Tell them if you need an interpreter. Tell them if you need extra help too. For example, a longer appointment or a quiet place.
tell-them-if-you = اگر آپ کو ترجمان چاہیے تو انہیں بتائیں۔ اضافی مدد چاہیے تو وہ بھی بتائیں۔ مثلاً لمبی اپائنٹمنٹ یا کوئی پرسکون جگہ۔
# en: A phone and a clock, for when you can talk
a-phone-and-a = ایک فون اور ایک گھڑی، یعنی آپ کب بات کر سکتے ہیں
# en: Say how they can contact you, and when you are free.
say-how-they-can = بتائیں کہ وہ آپ سے کیسے رابطہ کریں، اور آپ کب فارغ ہیں۔
# en: Check your phone number is right. They may call you.
check-your-phone-number = دیکھ لیں کہ آپ کا فون نمبر ٹھیک ہے۔ ہو سکتا ہے وہ آپ کو فون کریں۔
# en: Send it
send-it = اسے بھیجیں
# en: A phone with a big green tick and a paper plane
a-phone-with-a-3 = ایک فون جس پر بڑا ہرا ٹک اور کاغذ کا جہاز ہے
# en: Check your answers. Then send the form.
check-your-answers-then = اپنے جواب چیک کریں۔ پھر فارم بھیج دیں۔
# en: You get a message to say that your surgery has it.
you-get-a-message = آپ کو ایک پیغام ملتا ہے کہ آپ کی سرجری کو فارم مل گیا ہے۔
# en: What happens next
what-happens-next = اس کے بعد کیا ہوتا ہے
# en: A calendar with a tick on the next day
a-calendar-with-a = ایک کیلنڈر جس میں اگلے دن پر ٹک کا نشان ہے
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday, but not bank holidays.
your-surgery-tells-you = آپ کی سرجری 1 کام کے دن کے اندر بتاتی ہے کہ آگے کیا ہوگا۔ کام کے دن پیر سے جمعہ ہیں، مگر بینک کی چھٹیاں (bank holidays) نہیں۔
# en: They may offer you an appointment or phone you. They may send you a message, or tell you to see a pharmacist.
they-may-offer-you = وہ آپ کو اپائنٹمنٹ دے سکتے ہیں یا فون کر سکتے ہیں۔ وہ آپ کو پیغام بھیج سکتے ہیں، یا فارماسسٹ سے ملنے کا کہہ سکتے ہیں۔
# en: A phone with a message in the NHS App
a-phone-with-a-4 = ایک فون جس پر NHS App میں ایک پیغام ہے
# en: Keep your phone with you. Look for a text, a call or a message in the NHS App.
keep-your-phone-with = اپنا فون اپنے پاس رکھیں۔ ٹیکسٹ میسج، کال یا NHS App میں پیغام پر نظر رکھیں۔
# en: See [messages in the NHS App]({ $link1 }).
see-messages-in-the = دیکھیں: [NHS App میں پیغامات]({ $link1 })۔
# en: Feel worse while you wait? Use [NHS 111 online]({ $link1 }) or call **111**.
feel-worse-while-you = انتظار کے دوران طبیعت زیادہ خراب ہو جائے؟ [NHS 111 آن لائن]({ $link1 }) استعمال کریں یا **111** پر کال کریں۔
# en: Remember
remember = یاد رکھیں
# en: Use the form for things that are not urgent.
use-the-form-for = فارم ان کاموں کے لیے استعمال کریں جو فوری نہیں ہیں۔
# en: Say clearly what is wrong.
say-clearly-what-is = صاف صاف بتائیں کہ کیا تکلیف ہے۔
# en: Do not use the form in an emergency. Call 999.
do-not-use-the = ایمرجنسی میں فارم استعمال نہ کریں۔ 999 پر کال کریں۔
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
# en: pharmacist
pharmacist = فارماسسٹ
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = دواؤں کا ماہر، جو فارمیسی میں کام کرتا ہے
