# اردو: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = NHS 111 آن لائن استعمال کریں
# en: Get help fast for a health problem that is urgent but not an emergency.
# stale: the words above changed; before, they were: Get help for a health problem that is urgent but not an emergency.
get-help-for-a = صحت کے کسی فوری مسئلے کے لیے مدد حاصل کریں۔ یہ ایمرجنسی کے لیے نہیں ہے۔
# en: About 10 to 20 minutes
about-10-to-20 = تقریباً 10 سے 20 منٹ
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = انٹرنیٹ والا فون، ٹیبلیٹ یا کمپیوٹر
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Your age, sex and symptoms
your-age-sex-and = آپ کی عمر، جنس اور علامات

# en: The age and sex of the person who needs help
# the-age-and-sex =


# en: Their symptoms: what is wrong
# their-symptoms-what-is =

# en: nhs.uk: When to use 111
nhs-uk-when-to = nhs.uk: 111 کب استعمال کریں

# en: nhs.uk: How NHS 111 online works
# nhs-uk-how-nhs =

# en: nhs.uk: When to call 999
nhs-uk-when-to-2 = nhs.uk: 999 پر کب کال کریں

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
text-111-nhs-uk-nhs = 111.nhs.uk: NHS 111 آن لائن
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
call-999-now-if = **ابھی 999 پر کال کریں** اگر کوئی بہت بیمار ہے یا بری طرح زخمی ہے اور اس کی جان خطرے میں ہو سکتی ہے۔ مثال کے طور پر، اگر اس کے سینے میں درد ہے، وہ سانس نہیں لے پا رہا، یا وہ جاگ نہیں رہا۔ اس کے لیے NHS 111 آن لائن استعمال نہ کریں۔
# en: When to use NHS 111
# stale: the words above changed; before, they were: When to use NHS 111 online
when-to-use-nhs = NHS 111 آن لائن کب استعمال کریں
# en: A phone with a question mark inside a speech bubble
# stale: the words above changed; before, they were: A phone showing a question mark inside a speech bubble
a-phone-showing-a = ایک فون جس پر بات کے غبارے میں سوالیہ نشان دکھائی دے رہا ہے
# en: Use NHS 111 when you need help fast but it is not an emergency.
# stale: the words above changed; before, they were: Use NHS 111 online when you need help fast, but it is not an emergency.
use-nhs-111-online-2 = جب آپ کو جلدی مدد چاہیے تو NHS 111 آن لائن استعمال کریں۔ یہ ایمرجنسی کے لیے نہیں ہے۔

# en: It can help when you feel ill and do not know what to do.
# it-can-help-when =


# en: A man sits at home at night. He talks on his phone by the light of a lamp.
# a-man-sits-at =

# en: NHS 111 is free. It is open all day and all night, every day.
# stale: the words above changed; before, they were: It is free. It is open all day and all night.
it-is-free-it = یہ مفت ہے۔ یہ دن رات کھلا رہتا ہے۔
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
# stale: the words above changed; before, they were: You can also call **111** on any phone. The call is free.
you-can-also-call = آپ کسی بھی فون سے **111** پر کال بھی کر سکتے ہیں۔ کال مفت ہے۔
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
# stale: the words above changed; before, they were: NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 آن لائن 5 سال یا اس سے بڑے لوگوں کے لیے ہے۔ 5 سال سے کم عمر بچے کے لیے 111 پر کال کریں۔
# en: Get help online
# stale: the words above changed; before, they were: Get help
get-help = مدد حاصل کریں
# en: A web browser with an address bar and a big blue button
# stale: the words above changed; before, they were: A web browser showing the address 111.nhs.uk
a-web-browser-showing = ایک ویب براؤزر جس میں پتہ 111.nhs.uk دکھائی دے رہا ہے
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = اپنے فون، ٹیبلیٹ یا کمپیوٹر پر [111.nhs.uk]({ $link1 }) پر جائیں۔

# en: The website asks some questions first. For example, where you are, who needs help, and their age.
# the-website-asks-some =

# en: A list of questions with tick boxes
a-list-of-questions = سوالات کی ایک فہرست جس میں ٹک کرنے کے خانے ہیں
# en: Answer the questions about the symptoms.
# stale: the words above changed; before, they were: Answer the questions about your symptoms.
answer-the-questions-about = اپنی علامات کے بارے میں سوالات کے جواب دیں۔
# en: Symptoms are what is wrong, like pain or a high temperature.
# stale: the words above changed; before, they were: Your symptoms are what is wrong, like pain or a high temperature.
your-symptoms-are-what = علامات وہ ہیں جو آپ کو تکلیف ہے، جیسے درد یا تیز بخار۔
# en: A nurse talks on a phone
# stale: the words above changed; before, they were: A nurse speaking on a phone
a-nurse-speaking-on = ایک نرس فون پر بات کر رہی ہے
# en: The website tells you what to do next.
the-website-tells-you = ویب سائٹ آپ کو بتاتی ہے کہ آگے کیا کرنا ہے۔
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
# stale: the words above changed; before, they were: It may tell you to see a pharmacist or go to a GP.
it-may-tell-you = یہ آپ کو فارماسسٹ سے ملنے یا GP کے پاس جانے کا کہہ سکتی ہے۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A nurse or doctor may call you back.
a-nurse-or-doctor = کوئی نرس یا ڈاکٹر آپ کو واپس کال کر سکتا ہے۔

# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
# a-nurse-may-phone =


# en: If it is serious or you get worse
# if-it-is-serious =


# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
# if-the-website-says =

# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = اگر انتظار میں آپ کی طبیعت خراب ہو جائے تو 111 پر کال کریں۔ اگر ایمرجنسی بن جائے تو 999 پر کال کریں۔
# en: Keep safe
keep-safe = محفوظ رہیں
# en: Answer every question as well as you can.
answer-every-question-as = ہر سوال کا جواب جتنا اچھا دے سکیں، دیں۔
# en: Keep your phone with you if you wait for a call.
# stale: the words above changed; before, they were: Have your phone with you if you are waiting for a call.
have-your-phone-with = اگر آپ کال کا انتظار کر رہے ہیں تو اپنا فون اپنے پاس رکھیں۔
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = ایمرجنسی میں NHS 111 آن لائن استعمال نہ کریں۔ 999 پر کال کریں۔

# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
# need-help-with-a =

