# اردو: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = NHS 111 آن لائن استعمال کریں
# en: Get help fast for a health problem that is urgent but not an emergency.
get-help-for-a = صحت کے کسی فوری مسئلے کے لیے جلدی مدد حاصل کریں۔ یہ ایمرجنسی کے لیے نہیں ہے۔
# en: About 10 to 20 minutes
about-10-to-20 = تقریباً 10 سے 20 منٹ
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = انٹرنیٹ والا فون، ٹیبلیٹ یا کمپیوٹر
# en: The age and sex of the person who needs help
the-age-and-sex = جس شخص کو مدد چاہیے، اس کی عمر اور جنس
# en: Their symptoms: what is wrong
their-symptoms-what-is = اس کی علامات: اسے کیا تکلیف ہے
# en: swast.nhs.uk (South Western Ambulance Service): emergencies to call an ambulance for
swast-nhs-uk-south = swast.nhs.uk (South Western Ambulance Service): کن ایمرجنسی میں ایمبولینس بلائیں
# en: 111.nhs.uk: How 111 online works
text-111-nhs-uk-how = 111.nhs.uk: 111 آن لائن کیسے کام کرتا ہے
# en: nhs.uk: How NHS 111 online works
nhs-uk-how-nhs = nhs.uk: NHS 111 آن لائن کیسے کام کرتا ہے
# en: Lincolnshire Partnership NHS Foundation Trust: Need help now? (111, the mental health option)
lincolnshire-partnership-nhs-foundation = Lincolnshire Partnership NHS Foundation Trust: ابھی مدد چاہیے؟ (111، ذہنی صحت والا آپشن)
# en: Tees, Esk and Wear Valleys NHS Foundation Trust: Crisis advice (111, SignVideo)
tees-esk-and-wear = Tees, Esk and Wear Valleys NHS Foundation Trust: بحران میں مشورہ (111، SignVideo)
# en: NHS in London (myhealth.london.nhs.uk): NHS 111 (textphone 18001 111, interpreters)
nhs-in-london-myhealth = NHS in London (myhealth.london.nhs.uk): NHS 111 (ٹیکسٹ فون 18001 111، ترجمان)
# en: Aneurin Bevan University Health Board: Mental health crisis (NHS 111 Wales, option 2)
aneurin-bevan-university-health = Aneurin Bevan University Health Board: ذہنی صحت کا بحران (NHS 111 Wales، آپشن 2)
# en: NHS 111 Wales: 111.wales.nhs.uk
nhs-111-wales-111 = NHS 111 Wales: 111.wales.nhs.uk
# en: An ambulance with its blue lights on
an-ambulance-with-its = ایک ایمبولینس، جس کی نیلی بتیاں جل رہی ہیں
# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
call-999-now-if-2 = **ابھی 999 پر کال کریں** اگر کسی کی جان خطرے میں ہو سکتی ہے۔ مثال کے طور پر، اگر:
# en: have pain in their chest
have-pain-in-their = ان کے سینے میں درد ہو
# en: cannot breathe well
cannot-breathe-well = وہ ٹھیک سے سانس نہ لے پا رہے ہوں
# en: will not wake up
will-not-wake-up = وہ جگانے پر بھی نہ جاگیں
# en: are bleeding a lot and it will not stop
are-bleeding-a-lot = ان کا بہت خون بہہ رہا ہو اور رک نہ رہا ہو
# en: have a face that drops on one side
have-a-face-that = ان کا چہرہ ایک طرف سے نیچے ڈھلک جائے
# en: have one arm that is weak or will not go up
have-one-arm-that = ان کا ایک بازو کمزور ہو یا اوپر نہ اٹھے
# en: cannot speak clearly
cannot-speak-clearly = وہ صاف نہ بول سکیں
# en: have a fit that is not stopping
have-a-fit-that = انہیں دورہ پڑا ہو جو رک نہ رہا ہو
# en: have a bad allergic reaction, like a swollen face or lips
have-a-bad-allergic = انہیں شدید الرجی ہو، جیسے چہرہ یا ہونٹ سوج جائیں
# en: suddenly become confused
suddenly-become-confused = وہ اچانک الجھ جائیں اور کچھ سمجھ نہ پائیں
# en: have a serious head injury
have-a-serious-head = ان کے سر پر شدید چوٹ لگی ہو
# en: have a bad burn
have-a-bad-burn = وہ بری طرح جل گئے ہوں
# en: have seriously hurt themselves, or may end their life
have-seriously-hurt-themselves = انہوں نے خود کو شدید نقصان پہنچایا ہو، یا وہ اپنی جان لے سکتے ہوں
# en: A face that drops, a weak arm or unclear speech may mean a stroke. Call 999 at once.
a-face-that-drops = چہرہ ڈھلک جائے، ایک بازو کمزور ہو یا بات صاف نہ ہو؟ یہ فالج ہو سکتا ہے۔ فوراً 999 پر کال کریں۔
# en: Is it a mental health crisis? Call **111** and choose the mental health option. You can call 24 hours a day, every day.
is-it-a-mental = کیا یہ ذہنی صحت کا بحران ہے؟ **111** پر کال کریں اور ذہنی صحت والا آپشن چنیں۔ آپ ہر روز، دن کے 24 گھنٹے کال کر سکتے ہیں۔
# en: In a mental health crisis in Wales, call **111** and choose option 2.
in-a-mental-health = ویلز میں ذہنی صحت کے بحران میں **111** پر کال کریں اور آپشن 2 چنیں۔
# en: When to use NHS 111
when-to-use-nhs = NHS 111 کب استعمال کریں
# en: A phone with a question mark inside a speech bubble
a-phone-showing-a = ایک فون، جس پر بات کے غبارے کے اندر سوالیہ نشان ہے
# en: Use NHS 111 when you need help fast but it is not an emergency.
use-nhs-111-online-2 = جب آپ کو جلدی مدد چاہیے مگر ایمرجنسی نہ ہو، تو NHS 111 استعمال کریں۔
# en: It can help when you feel ill and do not know what to do.
it-can-help-when = طبیعت خراب ہو اور سمجھ نہ آئے کہ کیا کریں؟ یہ آپ کی مدد کر سکتا ہے۔
# en: A man sits at home at night. He talks on his phone by the light of a lamp.
a-man-sits-at = ایک آدمی رات کو گھر پر بیٹھا ہے۔ وہ لیمپ کی روشنی میں فون پر بات کر رہا ہے۔
# en: NHS 111 is free. It is open all day and all night, every day.
it-is-free-it = NHS 111 مفت ہے۔ یہ ہر روز، دن رات کھلا رہتا ہے۔
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
you-can-also-call = آپ کسی بھی فون سے **111** پر کال بھی کر سکتے ہیں۔ کال مفت ہے۔ آپ کہہ سکتے ہیں کہ آپ کو اپنی زبان بولنے والا شخص چاہیے۔
# en: Two hands signing next to a laptop with a video call
two-hands-signing-next = اشاروں کی زبان بولتے دو ہاتھ، اور ساتھ ایک لیپ ٹاپ پر ویڈیو کال
# en: Are you deaf? You can use NHS 111 in British Sign Language. An interpreter joins you on a video call.
are-you-deaf-you = کیا آپ سن نہیں سکتے؟ آپ NHS 111 کو برٹش سائن لینگویج (British Sign Language) میں استعمال کر سکتے ہیں۔ ایک ترجمان ویڈیو کال پر آپ کے ساتھ ہوتا ہے۔
# en: You can also call **18001 111** from a textphone.
you-can-also-call-2 = آپ ٹیکسٹ فون سے **18001 111** پر بھی کال کر سکتے ہیں۔
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 آن لائن انگلینڈ کے لوگوں کے لیے ہے۔ یہ 5 سال یا اس سے زیادہ عمر کے لیے ہے۔ 5 سال سے کم عمر بچے کے لیے 111 پر کال کریں۔
# en: **In Wales, use NHS 111 Wales.** Go to [111.wales.nhs.uk]({ $link1 }) or call **111**. The call is free.
in-wales-use-nhs = **ویلز میں NHS 111 Wales استعمال کریں۔** [111.wales.nhs.uk]({ $link1 }) پر جائیں یا **111** پر کال کریں۔ کال مفت ہے۔
# en: Get help online
get-help = آن لائن مدد حاصل کریں
# en: A web browser with an address bar and a big blue button
a-web-browser-showing = ایک ویب براؤزر، جس میں پتے کی پٹی اور ایک بڑا نیلا بٹن ہے
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = اپنے فون، ٹیبلیٹ یا کمپیوٹر پر [111.nhs.uk]({ $link1 }) پر جائیں۔
# en: The website asks some questions first. For example, where you are, who needs help, and their age. You can answer for yourself or for someone else.
the-website-asks-some = ویب سائٹ پہلے کچھ سوال پوچھتی ہے۔ مثلاً آپ کہاں ہیں، کس کو مدد چاہیے، اور اس کی عمر کیا ہے۔ آپ اپنے لیے یا کسی اور کے لیے جواب دے سکتے ہیں۔
# en: A list of questions with tick boxes
a-list-of-questions = سوالوں کی ایک فہرست، جس میں ٹک لگانے کے خانے ہیں
# en: Choose the symptom that worries you most. The website checks 1 symptom at a time.
choose-the-symptom-that = وہ علامت چنیں جو آپ کو سب سے زیادہ پریشان کرتی ہے۔ ویب سائٹ ایک وقت میں 1 علامت دیکھتی ہے۔
# en: Symptoms are what is wrong, like pain or a high temperature. Answer the questions about the symptom.
answer-the-questions-about = علامات کا مطلب ہے کہ کیا تکلیف ہے، جیسے درد یا تیز بخار۔ اس علامت کے بارے میں سوالوں کے جواب دیں۔
# en: A nurse talks on a phone
a-nurse-speaking-on = ایک نرس فون پر بات کر رہی ہے
# en: The website tells you what to do next.
the-website-tells-you = ویب سائٹ آپ کو بتاتی ہے کہ آگے کیا کرنا ہے۔
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
it-may-tell-you = یہ آپ کو فارماسسٹ یا اپنے GP سے ملنے کا کہہ سکتی ہے۔ GP فیملی ڈاکٹر ہوتا ہے۔ یہ بتا سکتی ہے کہ مدد کے لیے کہاں جائیں۔
# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
a-nurse-may-phone = ہو سکتا ہے کوئی نرس آپ کو واپس فون کرے۔ کال کسی ایسے نمبر سے آ سکتی ہے جسے آپ نہیں جانتے۔ کال ضرور اٹھائیں۔
# en: A real NHS nurse never asks for your bank details. Learn how to [spot NHS scams]({ $link1 }).
a-real-nhs-nurse = NHS کی اصلی نرس کبھی آپ کے بینک کی تفصیلات نہیں مانگتی۔ جانیں کہ [NHS کے نام پر فراڈ کیسے پہچانیں]({ $link1 })۔
# en: If it is serious or you get worse
if-it-is-serious = اگر معاملہ سنگین ہو یا آپ کی طبیعت مزید خراب ہو جائے
# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
if-the-website-says = کیا ویب سائٹ کہتی ہے کہ 999 پر کال کریں یا A\&E جائیں؟ تو ابھی ایسا کریں۔ A\&E ہسپتال کا ایمرجنسی والا حصہ ہے۔
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = اگر انتظار میں آپ کی طبیعت مزید خراب ہو جائے تو 111 پر کال کریں۔ اگر ایمرجنسی بن جائے تو 999 پر کال کریں۔
# en: Keep safe
keep-safe = محفوظ رہیں
# en: Answer every question as well as you can.
answer-every-question-as = ہر سوال کا جواب جتنا اچھا دے سکیں، دیں۔
# en: Keep your phone with you if you wait for a call.
have-your-phone-with = اگر آپ کال کا انتظار کر رہے ہیں تو اپنا فون اپنے پاس رکھیں۔
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = ایمرجنسی میں NHS 111 آن لائن استعمال نہ کریں۔ 999 پر کال کریں۔
# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
need-help-with-a = لمبے عرصے کے کسی مسئلے میں مدد چاہیے؟ اپنے GP سے پوچھیں۔ دیکھیں: [GP اپائنٹمنٹ کیسے بک کریں]({ $link1 })۔
# en: pharmacist
pharmacist = فارماسسٹ
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = دواؤں کا ماہر، جو فارمیسی میں کام کرتا ہے
