# العربية: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = اكتشف الرسائل النصية ورسائل البريد الإلكتروني والمكالمات المزيفة باسم NHS
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
some-scams-pretend-to = بعض عمليات الاحتيال تدّعي أنها من NHS. تعلّم كيف تكشفها، وماذا تفعل إذا ضغطت على رابط.
# en: About 10 minutes to read
about-10-minutes-to = نحو 10 دقائق للقراءة
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = لا شيء. اقرأ هذا الدليل قبل أن تحتاج إليه.
# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
report-fraud-reportfraud-police = Report Fraud (reportfraud.police.uk): كيف تبلّغ عن نشاط مريب
# en: Report Fraud (reportfraud.police.uk): Phishing
report-fraud-reportfraud-police-2 = Report Fraud (reportfraud.police.uk): التصيّد الاحتيالي (Phishing)
# en: City of London Police: Report Fraud service goes live (4 December 2025)
city-of-london-police = City of London Police: بدء خدمة Report Fraud (4 ديسمبر 2025)
# en: Ofcom: How to report scam texts and mobile calls to 7726
ofcom-how-to-report = Ofcom: كيف تبلّغ عن الرسائل النصية والمكالمات الاحتيالية إلى 7726
# en: Mobile UK: Protect against fraud (7726)
mobile-uk-protect-against = Mobile UK: احمِ نفسك من الاحتيال (7726)
# en: Take Five to Stop Fraud: advice on requests to move money
take-five-to-stop = Take Five to Stop Fraud: نصائح عن طلبات نقل الأموال
# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
matthew-barber-mp-is = Matthew Barber MP: هل هذا بنكك حقًا؟ (خدمة 159)
# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
metropolitan-police-neighbourhood-alert = تنبيه الحي من Metropolitan Police: مكالمات احتيالية تنتحل صفة البنوك أو الشرطة
# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
nhs-lancashire-and-south = NHS Lancashire and South Cumbria: انتبه للاحتيال (ما لن تطلبه NHS أبدًا)
# en: A scam is a trick to steal your money or your details. Some people who make scams pretend to be the NHS. They send texts and emails, or they phone you.
a-scam-is-a = الاحتيال خدعة لسرقة أموالك أو بياناتك. بعض المحتالين يدّعون أنهم من NHS. يرسلون رسائل نصية ورسائل بريد إلكتروني، أو يتصلون بك.
# en: The NHS will never text, email or phone to ask for your bank details.
the-nhs-will-never = لن تطلب منك NHS أبدًا بياناتك المصرفية، لا برسالة نصية ولا ببريد إلكتروني ولا بمكالمة.
# en: The NHS will never ask for your password or your PIN. A PIN is a secret number.
the-nhs-will-never-2 = لن تطلب منك NHS أبدًا كلمة المرور أو رقم PIN. رقم PIN هو رقم سري.
# en: The NHS App is free. You never pay to use it.
the-nhs-app-is = تطبيق NHS App مجاني. لا تدفع أبدًا لتستخدمه.
# en: Spot a scam
spot-a-scam = كيف تكشف الاحتيال
# en: Be careful with any text, email or call that:
be-careful-with-any = انتبه لأي رسالة نصية أو بريد إلكتروني أو مكالمة:
# en: A bank card next to a question mark
a-bank-card-next-2 = بطاقة مصرفية بجانب علامة استفهام
# en: asks for your bank details, a password or a PIN
asks-for-your-bank = تطلب بياناتك المصرفية أو كلمة مرور أو رقم PIN
# en: A hand holding out coins
a-hand-holding-out = يد تمد قطعًا نقدية
# en: asks you to pay money
asks-you-to-pay = تطلب منك أن تدفع مالًا
# en: A clock next to a warning sign
a-clock-next-to = ساعة بجانب علامة تحذير
# en: says you must act fast, or something bad will happen
says-you-must-act = تقول إن عليك أن تتصرف بسرعة، وإلا سيحدث شيء سيئ
# en: A chain link next to a question mark
a-chain-link-next = حلقة سلسلة بجانب علامة استفهام
# en: has a link to a website you do not know
has-a-link-to = فيها رابط لموقع لا تعرفه
# en: A page of writing with some words crossed out
a-page-of-writing = صفحة مكتوبة، بعض كلماتها مشطوبة
# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = فيها أخطاء إملائية أو يبدو شكلها غريبًا بعض الشيء
# en: Texts, emails and calls
texts-emails-and-calls = الرسائل النصية والبريد الإلكتروني والمكالمات
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a-3 = هاتف على شاشته رسالة وعلامة تحذير صفراء
# en: A scam text can look like it comes from the NHS.
a-scam-text-can = قد تبدو الرسالة النصية الاحتيالية كأنها من NHS.
# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = الرابط يأخذك إلى موقع عندما تضغط عليه. قد يبدو رابط الاحتيال مثل رابط حقيقي من NHS. إذا لم تكن متأكدًا، لا تضغط عليه.
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = بدلًا من ذلك، افتح تطبيق NHS App بنفسك. أو ادخل إلى [nhs.uk]({ $link1 }) بنفسك.
# en: A letter with a yellow warning sign and a link in it
a-letter-with-a-2 = رسالة عليها علامة تحذير صفراء وفيها رابط
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can-2 = قد تبدو رسالة البريد الإلكتروني الاحتيالية حقيقية. قد تستخدم اسم NHS وألوانها.
# en: Do not open links or files in an email you did not expect.
do-not-open-links-2 = لا تفتح الروابط أو الملفات في رسالة بريد إلكتروني لم تكن تتوقعها.
# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = مكالمة على شاشة هاتف، وعلامة تحذير صفراء
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
someone-may-phone-and = قد يتصل بك شخص ويقول إنه من NHS. أو من عيادة طبيبك العام (GP) أو من البنك.
# en: A GP surgery is where your family doctor works.
a-gp-surgery-is = عيادة الطبيب العام هي المكان الذي يعمل فيه طبيب عائلتك.
# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
if-you-are-not = المتصل الحقيقي يعطيك وقتًا لتتأكد. إذا لم تكن متأكدًا، أغلق الخط. ثم اتصل بهم على رقم تعرفه من قبل.
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = يستطيع المحتالون أن يُظهروا رقمًا مزيفًا على هاتفك. لذلك لا تثق بالرقم وحده.
# en: What to do with a scam
what-to-do-with = ماذا تفعل برسائل الاحتيال
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = هاتف عليه رسالة وسهم. السهم يعني أنك تعيد إرسال الرسالة.
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = وصلتك رسالة نصية احتيالية؟ أعد إرسالها إلى الرقم **7726**. هذا مجاني.
# en: You then get a text back. It asks for the number the scam came from. Send that number too.
you-then-get-a = بعد ذلك تصلك رسالة نصية. تسألك عن الرقم الذي جاءت منه رسالة الاحتيال. أرسل هذا الرقم أيضًا.
# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = هذا يساعد شركات الهاتف على إيقاف الاحتيال. ثم احذف الرسالة.
# en: A letter going into a bin
a-bin-with-a = رسالة تدخل في سلة المهملات
# en: Got a scam email? Do not reply to it.
got-a-scam-email = وصلك بريد إلكتروني احتيالي؟ لا ترد عليه.
# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
forward-it-to-report = أعد إرسالها إلى [report@phishing.gov.uk]({ $link1 }). ثم احذفها. يمكنك أيضًا أن تضع عليها علامة junk أو spam.
# en: If you tapped a link or gave your details
if-you-tapped-a = إذا ضغطت على رابط أو أعطيت بياناتك
# en: Do not panic, but act fast.
do-not-panic-but = لا داعي للذعر، لكن تصرّف بسرعة.
# en: It is not your fault. Scams can fool anyone.
it-is-not-your = هذا ليس خطأك. الاحتيال يمكن أن يخدع أي شخص.
# en: A red stop sign with a white hand on it, next to a phone
a-red-stop-sign = إشارة توقف حمراء عليها يد بيضاء، بجانب هاتف
# en: Close the website. Do not type anything into it.
close-the-website-do = أغلق الموقع. لا تكتب فيه أي شيء.
# en: A bank card next to a phone: call your bank
a-bank-card-next = بطاقة مصرفية بجانب هاتف: اتصل بالبنك
# en: Did you give your bank details or pay money? Call your bank now.
did-you-give-your = هل أعطيت بياناتك المصرفية أو دفعت مالًا؟ اتصل بالبنك الآن.
# en: Use the phone number on the back of your bank card. Or call **159**. It puts you through to most banks safely.
use-the-phone-number = استخدم رقم الهاتف المكتوب على ظهر بطاقتك المصرفية. أو اتصل بالرقم **159**. يوصلك بأمان إلى معظم البنوك.
# en: Never move your money to a “safe account”. A real bank never asks you to do this.
never-move-your-money = لا تنقل أموالك أبدًا إلى «حساب آمن». البنك الحقيقي لا يطلب منك هذا أبدًا.
# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = قفل يدور حوله سهمان، من أجل كلمة مرور جديدة
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = هل كتبت كلمة مرور؟ غيّرها الآن. غيّرها في كل حساب يستخدم كلمة المرور نفسها.
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = امرأة كبيرة في السن تتكلم مع شاب. هو يستمع إليها ويساعدها.
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = أخبر شخصًا تثق به. يمكنه أن يساعدك لتعرف ماذا تفعل بعد ذلك.
# en: A police officer’s hat next to a phone
a-police-officer-s = قبعة شرطي بجانب هاتف
# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
report-the-scam-to = أبلغ عن الاحتيال إلى **Report Fraud**. ادخل إلى [reportfraud.police.uk]({ $link1 }) أو اتصل بالرقم **0300 123 2040**.
# en: Report Fraud took over from Action Fraud in December 2025.
report-fraud-took-over = حلّت خدمة Report Fraud محل Action Fraud في ديسمبر 2025.
# en: Remember
remember = تذكّر
# en: Stop and think before you tap a link.
stop-and-think-before = توقف وفكّر قبل أن تضغط على أي رابط.
# en: Ask someone you trust if you are not sure.
ask-someone-you-trust = اسأل شخصًا تثق به إذا لم تكن متأكدًا.
# en: Do not give your bank details, password or PIN to anyone who contacts you.
do-not-give-your = لا تعطِ بياناتك المصرفية أو كلمة المرور أو رقم PIN لأي شخص يتصل بك.
# en: Do not reply to a text or email that might be a scam.
do-not-reply-to = لا ترد على رسالة نصية أو بريد إلكتروني قد يكون احتيالًا.
# en: Want help to learn more? See [how to get help to get online]({ $link1 }).
want-help-to-learn = هل تريد مساعدة لتتعلم أكثر؟ اقرأ [كيف تحصل على مساعدة لاستخدام الإنترنت]({ $link1 }).
# en: junk
junk = junk
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = مجلد لرسائل البريد الإلكتروني التي تبدو غير مرغوب فيها أو غير آمنة
# en: spam
spam = spam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = رسائل لم تطلبها. كثير منها احتيال.
# en: tap
tap = تضغط
# en: touch the screen with your finger
touch-the-screen-with = تلمس الشاشة بإصبعك
