# اردو: the guide "repeat-prescription", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Order a repeat prescription online
order-a-repeat-prescription = ریپیٹ پریسکرپشن آن لائن منگوائیں
# en: Order more of your usual medicine, using the NHS App.
order-more-of-your = NHS App سے اپنی معمول کی دوا دوبارہ منگوائیں۔
# en: About 5 minutes to order. Your medicine can take a few days.
about-5-minutes-to = منگوانے میں تقریباً 5 منٹ۔ دوا ملنے میں چند دن لگ سکتے ہیں۔
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App، آپ کے NHS login کے ساتھ
# en: The names of the medicines you need
the-names-of-the = آپ کو جن دواؤں کی ضرورت ہے، ان کے نام
# en: NHS England Digital: Prescriptions in the NHS App
nhs-england-digital-prescriptions = NHS England Digital: NHS App میں پریسکرپشن
# en: School Lane Surgery: Prescriptions (acute prescriptions and electronic repeat dispensing)
school-lane-surgery-prescriptions = School Lane Surgery: پریسکرپشن (ایک بار والے پریسکرپشن اور الیکٹرانک ریپیٹ ڈسپنسنگ)
# en: Hampshire and Isle of Wight ICB: Ordering repeat prescriptions (nominating a pharmacy)
hampshire-and-isle-of = Hampshire and Isle of Wight ICB: ریپیٹ پریسکرپشن منگوانا (فارمیسی نامزد کرنا)
# en: Department of Health and Social Care: prescription charges frozen for 2025 to 2026
department-of-health-and = Department of Health and Social Care: 2025 سے 2026 کے لیے پریسکرپشن کی فیس نہیں بڑھی
# en: HM Treasury: prescription charge freeze extended for 2026 to 2027
hm-treasury-prescription-charge = HM Treasury: پریسکرپشن کی فیس 2026 سے 2027 تک بھی نہیں بڑھے گی
# en: NHS Business Services Authority: What are NHS penalty charges?
nhs-business-services-authority = NHS Business Services Authority: NHS کے جرمانے کیا ہیں؟
# en: UK Parliament written answer 223505: penalty charges for wrong prescription claims
uk-parliament-written-answer = UK Parliament کا تحریری جواب 223505: پریسکرپشن کے غلط دعووں پر جرمانے
# en: Welsh Government: Free prescriptions in Wales
nhs-uk-how-to = Welsh Government: ویلز میں مفت پریسکرپشن
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: استعمال کی شرائط (apphelp.nhs.wales)
# en: A prescription is a note from a doctor or nurse. It lets you get medicine from a pharmacy.
a-prescription-is-a = پریسکرپشن (نسخہ) ڈاکٹر یا نرس کی لکھی ہوئی ایک پرچی ہے۔ اس سے آپ فارمیسی سے دوا لے سکتے ہیں۔
# en: A pharmacy is a shop for medicines.
a-pharmacy-is-a = فارمیسی دواؤں کی دکان ہوتی ہے۔
# en: A **repeat prescription** is for a medicine you take all the time. You can order more without seeing your doctor each time.
a-repeat-prescription-is = **ریپیٹ پریسکرپشن** اس دوا کے لیے ہوتا ہے جو آپ مستقل لیتے ہیں۔ آپ ہر بار ڈاکٹر سے ملے بغیر مزید دوا منگوا سکتے ہیں۔
# en: Your GP surgery looks after your repeat prescriptions. A GP is a family doctor.
your-gp-surgery-looks = آپ کی GP سرجری آپ کے ریپیٹ پریسکرپشن سنبھالتی ہے۔ GP فیملی ڈاکٹر ہوتا ہے۔
# en: You can order your medicine in the NHS App. No app yet? First, see [how to get the NHS App]({ $link1 }).
you-can-order-your = آپ NHS App میں اپنی دوا منگوا سکتے ہیں۔ ابھی ایپ نہیں ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔
# en: **Is your GP surgery in Wales?** You can order in the NHS Wales App instead.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** آپ اس کی جگہ NHS Wales App میں منگوا سکتے ہیں۔
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = ایپ کبھی کبھی بدل جاتی ہے۔ آپ کی اسکرینیں اس گائیڈ سے تھوڑی مختلف لگ سکتی ہیں۔
# en: Check your pharmacy
check-your-pharmacy = اپنی فارمیسی چیک کریں
# en: A phone with a pill and a medicine box on its screen
a-phone-with-a = ایک فون جس کی اسکرین پر ایک گولی اور دوا کا ڈبہ ہے
# en: Open the NHS App and log in. Tap **Prescriptions**.
open-the-nhs-app = NHS App کھولیں اور لاگ ان کریں۔ **Prescriptions** دبائیں۔
# en: A pharmacy shop with a green cross sign and medicines in the window
a-pharmacy-shop-with = ایک فارمیسی، جس پر ہرے کراس کا نشان ہے۔ اس کی کھڑکی میں دوائیں ہیں۔
# en: Check your **nominated pharmacy**.
check-your-nominated-pharmacy = اپنی **نامزد فارمیسی** چیک کریں۔
# en: The app shows it on the prescriptions page. To change it, tap the link to change your pharmacy.
the-app-shows-it = ایپ اسے پریسکرپشن والے صفحے پر دکھاتی ہے۔ اسے بدلنے کے لیے، فارمیسی بدلنے والا لنک دبائیں۔
# en: A pharmacy or your GP surgery can change it for you too.
a-pharmacy-or-your = کوئی فارمیسی یا آپ کی GP سرجری بھی اسے آپ کے لیے بدل سکتی ہے۔
# en: You can choose a pharmacy near you. Or you can choose an online pharmacy. An online pharmacy sends your medicine by post.
you-can-choose-a = آپ اپنے قریب کی کوئی فارمیسی چن سکتے ہیں۔ یا آپ آن لائن فارمیسی چن سکتے ہیں۔ آن لائن فارمیسی آپ کی دوا ڈاک سے بھیجتی ہے۔
# en: Order your medicine
order-your-medicine = اپنی دوا منگوائیں
# en: A phone with a list of 3 medicines. 2 of them have a tick.
a-phone-with-a-2 = ایک فون جس پر 3 دواؤں کی فہرست ہے۔ ان میں سے 2 پر ٹک کا نشان ہے۔
# en: Tap to order a repeat prescription. The app shows a list of your repeat medicines.
tap-to-order-a = ریپیٹ پریسکرپشن منگوانے کے لیے دبائیں۔ ایپ آپ کی ریپیٹ دواؤں کی فہرست دکھاتی ہے۔
# en: Tick the medicines you need. Only order what you need.
tick-the-medicines-you = جو دوائیں آپ کو چاہییں ان پر ٹک لگائیں۔ صرف وہی منگوائیں جو آپ کو چاہیے۔
# en: Some medicines may say you cannot order them yet. The app tells you why. For example, it may be too soon to order again.
some-medicines-may-say = کچھ دواؤں کے ساتھ لکھا ہو سکتا ہے کہ آپ انہیں ابھی نہیں منگوا سکتے۔ ایپ وجہ بتاتی ہے۔ مثلاً ہو سکتا ہے دوبارہ منگوانا ابھی بہت جلدی ہو۔
# en: A phone with a note on the screen, and a pencil
a-phone-with-a-3 = ایک فون جس کی اسکرین پر ایک نوٹ ہے، اور ایک پنسل
# en: You can add a short note for your GP surgery. For example, “I am going away soon.”
you-can-add-a = آپ اپنی GP سرجری کے لیے ایک چھوٹا نوٹ لکھ سکتے ہیں۔ مثلاً: «میں جلد سفر پر جا رہا ہوں۔»
# en: A phone with a big green tick and a paper plane
a-phone-with-a-4 = ایک فون جس پر بڑا ہرا ٹک اور کاغذ کا جہاز ہے
# en: Check your order. Then tap the button to send it.
check-your-order-then = اپنا آرڈر چیک کریں۔ پھر اسے بھیجنے کا بٹن دبائیں۔
# en: You cannot order every medicine in the app. A one-off medicine is not on your repeat list.
you-cannot-order-every = آپ ایپ میں ہر دوا نہیں منگوا سکتے۔ ایک بار والی دوا آپ کی ریپیٹ فہرست میں نہیں ہوتی۔
# en: Does your pharmacy send you the same medicine each month without an order? Then you do not order it in the app.
does-your-pharmacy-send = کیا آپ کی فارمیسی آرڈر کے بغیر ہر مہینے آپ کو وہی دوا بھیجتی ہے؟ تو آپ اسے ایپ میں نہیں منگواتے۔
# en: What happens next
what-happens-next = اس کے بعد کیا ہوتا ہے
# en: A calendar: a tick on the first day, a pill 1 week later
a-calendar-a-tick = ایک کیلنڈر: پہلے دن پر ٹک، اور 1 ہفتے بعد ایک گولی
# en: Your GP surgery checks your order. This can take a few working days. Working days are Monday to Friday.
your-gp-surgery-checks = آپ کی GP سرجری آپ کا آرڈر چیک کرتی ہے۔ اس میں کام کے چند دن لگ سکتے ہیں۔ کام کے دن پیر سے جمعہ ہیں۔
# en: Order about 7 days before your medicine runs out.
order-about-7-days = دوا ختم ہونے سے تقریباً 7 دن پہلے منگوائیں۔
# en: A phone with 3 dots in a row. The first 2 dots are green.
a-phone-with-3 = ایک فون جس پر ایک قطار میں 3 نقطے ہیں۔ پہلے 2 نقطے ہرے ہیں۔
# en: Your GP surgery sends the order to your pharmacy. The pharmacy gets your medicine ready.
your-gp-surgery-sends = آپ کی GP سرجری آرڈر آپ کی فارمیسی کو بھیجتی ہے۔ فارمیسی آپ کی دوا تیار کرتی ہے۔
# en: The app may show how your order is doing. Some pharmacies send you a text when it is ready.
the-app-may-show = ایپ دکھا سکتی ہے کہ آپ کا آرڈر کہاں تک پہنچا۔ کچھ فارمیسیاں دوا تیار ہونے پر ٹیکسٹ میسج بھیجتی ہیں۔
# en: A pharmacist gives a bag of medicine to an older man with a stick
a-pharmacist-gives-a = ایک فارماسسٹ چھڑی والے ایک بزرگ آدمی کو دوا کا تھیلا دے رہا ہے
# en: Go to your pharmacy to pick up your medicine. If you use an online pharmacy, it comes by post.
go-to-your-pharmacy = اپنی دوا لینے کے لیے اپنی فارمیسی جائیں۔ اگر آپ آن لائن فارمیسی استعمال کرتے ہیں تو دوا ڈاک سے آتی ہے۔
# en: What it costs
what-it-costs = اس پر کتنا خرچ آتا ہے
# en: Prescriptions are free in Wales, Scotland and Northern Ireland.
prescriptions-are-free-in = ویلز، اسکاٹ لینڈ اور ناردرن آئرلینڈ میں پریسکرپشن مفت ہیں۔
# en: In England, each medicine costs **£9.90**. Many people get their medicines free. For example, people aged 60 or over, or under 16.
you-may-need-to = انگلینڈ میں ہر دوا کی قیمت **£9.90** ہے۔ بہت سے لوگوں کو دوائیں مفت ملتی ہیں۔ مثلاً 60 سال یا زیادہ عمر کے لوگ، یا 16 سال سے کم عمر کے۔
# en: Do you need a lot of medicines? A **prepayment certificate** may cost you less. It costs £32.05 for 3 months, or £114.50 for 12 months.
do-you-need-a = کیا آپ کو بہت سی دوائیں چاہییں؟ **پری پیمنٹ سرٹیفکیٹ** (prepayment certificate) سے آپ کا خرچ کم ہو سکتا ہے۔ 3 مہینے کے لیے اس کی قیمت £32.05 ہے، یا 12 مہینے کے لیے £114.50۔
# en: Only say you get free medicines if it is true. If you get it wrong, you may pay a fine of up to £100. You also pay for the medicine.
only-say-you-get = صرف تب کہیں کہ آپ کو دوائیں مفت ملتی ہیں جب یہ سچ ہو۔ اگر آپ غلط کہیں تو آپ کو £100 تک جرمانہ ہو سکتا ہے۔ آپ دوا کی قیمت بھی دیتے ہیں۔
# en: In Wales, your prescriptions are free if your GP is in Wales. You must get them from a pharmacy in Wales.
in-wales-your-prescriptions = ویلز میں، اگر آپ کا GP ویلز میں ہے تو آپ کے پریسکرپشن مفت ہیں۔ آپ کو یہ ویلز کی کسی فارمیسی سے لینے ہوں گے۔
# en: When to ask your GP surgery instead
when-to-ask-your = ایپ کی جگہ GP سرجری سے کب پوچھیں
# en: Talk to your GP surgery if:
talk-to-your-gp = اپنی GP سرجری سے بات کریں اگر:
# en: your medicine is not on the list in the app
your-medicine-is-not = آپ کی دوا ایپ کی فہرست میں نہیں ہے
# en: you need a new medicine
you-need-a-new = آپ کو نئی دوا چاہیے
# en: your medicine makes you feel unwell
your-medicine-makes-you = آپ کی دوا سے آپ کی طبیعت خراب ہوتی ہے
# en: the app says you need a medicine review
the-app-says-you = ایپ کہتی ہے کہ آپ کو دواؤں کے جائزے (medicine review) کی ضرورت ہے
# en: A medicine review is a check of your medicines. A doctor, nurse or pharmacist does it.
a-medicine-review-is = دواؤں کا جائزہ آپ کی دواؤں کی جانچ ہے۔ یہ ڈاکٹر، نرس یا فارماسسٹ کرتا ہے۔
# en: Have you run out of a medicine you need today? Ask a pharmacist for help. They may be able to give you some.
have-you-run-out = کیا آپ کی کوئی ایسی دوا ختم ہو گئی ہے جو آج ہی چاہیے؟ کسی فارماسسٹ سے مدد مانگیں۔ ہو سکتا ہے وہ آپ کو کچھ دوا دے سکیں۔
# en: You can also use [NHS 111 online]({ $link1 }) or call **111**.
you-can-also-use = آپ [NHS 111 آن لائن]({ $link1 }) بھی استعمال کر سکتے ہیں، یا **111** پر کال کریں۔
# en: Check the name on the box when you get your medicine.
check-the-name-on = دوا ملنے پر ڈبے پر لکھا نام چیک کریں۔
# en: Ask the pharmacist if you have a question about your medicine.
ask-the-pharmacist-if = اپنی دوا کے بارے میں کوئی سوال ہو تو فارماسسٹ سے پوچھیں۔
# en: Do not order medicine you do not need.
do-not-order-medicine = ایسی دوا نہ منگوائیں جس کی آپ کو ضرورت نہیں۔
# en: Do not wait until you have no medicine left.
do-not-wait-until = دوا بالکل ختم ہونے تک انتظار نہ کریں۔
# en: nominated pharmacy
nominated-pharmacy = نامزد فارمیسی
# en: the pharmacy you choose to get your medicines from. Your GP surgery sends your prescriptions there.
the-pharmacy-you-choose = وہ فارمیسی جسے آپ دوائیں لینے کے لیے چنتے ہیں۔ آپ کی GP سرجری آپ کے پریسکرپشن وہاں بھیجتی ہے۔
# en: prepayment certificate
prepayment-certificate = پری پیمنٹ سرٹیفکیٹ
# en: a certificate you buy to get all your NHS prescriptions for one price
a-certificate-you-buy = ایک سرٹیفکیٹ جو آپ خریدتے ہیں۔ اس سے NHS کے سب پریسکرپشن ایک قیمت میں ملتے ہیں۔
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
# en: pharmacist
pharmacist = فارماسسٹ
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = دواؤں کا ماہر، جو فارمیسی میں کام کرتا ہے
# en: tap
tap = دبائیں
# en: touch the screen with your finger
touch-the-screen-with = اپنی انگلی سے اسکرین کو چھونا
