# العربية: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = استخدم خدمة NHS 111 عبر الإنترنت
# en: Get help fast for a health problem that is urgent but not an emergency.
get-help-for-a = احصل على مساعدة سريعة لمشكلة صحية عاجلة، لكنها ليست حالة طارئة.
# en: About 10 to 20 minutes
about-10-to-20 = من 10 إلى 20 دقيقة تقريبًا
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = هاتف أو جهاز لوحي أو كمبيوتر متصل بالإنترنت
# en: The age and sex of the person who needs help
the-age-and-sex = عمر الشخص الذي يحتاج إلى المساعدة، وجنسه (ذكر أو أنثى)
# en: Their symptoms: what is wrong
their-symptoms-what-is = أعراضه: ما الذي يشكو منه
# en: swast.nhs.uk (South Western Ambulance Service): emergencies to call an ambulance for
swast-nhs-uk-south = swast.nhs.uk (South Western Ambulance Service): حالات الطوارئ التي تطلب لها سيارة إسعاف
# en: 111.nhs.uk: How 111 online works
text-111-nhs-uk-how = 111.nhs.uk: كيف تعمل خدمة 111 عبر الإنترنت
# en: nhs.uk: How NHS 111 online works
nhs-uk-how-nhs = nhs.uk: كيف تعمل خدمة NHS 111 عبر الإنترنت
# en: Lincolnshire Partnership NHS Foundation Trust: Need help now? (111, the mental health option)
lincolnshire-partnership-nhs-foundation = Lincolnshire Partnership NHS Foundation Trust: هل تحتاج إلى مساعدة الآن؟ (111، خيار الصحة النفسية)
# en: Tees, Esk and Wear Valleys NHS Foundation Trust: Crisis advice (111, SignVideo)
tees-esk-and-wear = Tees, Esk and Wear Valleys NHS Foundation Trust: نصائح في الأزمات (111، SignVideo)
# en: NHS in London (myhealth.london.nhs.uk): NHS 111 (textphone 18001 111, interpreters)
nhs-in-london-myhealth = NHS in London (myhealth.london.nhs.uk): NHS 111 (الهاتف النصي 18001 111، المترجمون)
# en: Aneurin Bevan University Health Board: Mental health crisis (NHS 111 Wales, option 2)
aneurin-bevan-university-health = Aneurin Bevan University Health Board: أزمة الصحة النفسية (NHS 111 Wales، الخيار 2)
# en: NHS 111 Wales: 111.wales.nhs.uk
nhs-111-wales-111 = NHS 111 Wales: 111.wales.nhs.uk
# en: An ambulance with its blue lights on
an-ambulance-with-its = سيارة إسعاف أضواؤها الزرقاء مضاءة
# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
call-999-now-if-2 = **اتصل بالرقم 999 الآن** إذا كانت حياة شخص ما في خطر. مثلًا، إذا كان:
# en: have pain in their chest
have-pain-in-their = يشعر بألم في صدره
# en: cannot breathe well
cannot-breathe-well = لا يستطيع التنفس جيدًا
# en: will not wake up
will-not-wake-up = لا يستيقظ
# en: are bleeding a lot and it will not stop
are-bleeding-a-lot = ينزف كثيرًا ولا يتوقف النزيف
# en: have a face that drops on one side
have-a-face-that = يتدلى وجهه من جهة واحدة
# en: have one arm that is weak or will not go up
have-one-arm-that = يشعر بضعف في ذراع واحدة، أو لا يستطيع أن يرفعها
# en: cannot speak clearly
cannot-speak-clearly = لا يستطيع الكلام بوضوح
# en: have a fit that is not stopping
have-a-fit-that = عنده نوبة تشنّج لا تتوقف
# en: have a bad allergic reaction, like a swollen face or lips
have-a-bad-allergic = عنده رد فعل تحسسي شديد، مثل تورّم الوجه أو الشفتين
# en: suddenly become confused
suddenly-become-confused = مشوَّش الذهن فجأة
# en: have a serious head injury
have-a-serious-head = مصابًا إصابة خطيرة في رأسه
# en: have a bad burn
have-a-bad-burn = عنده حرق شديد
# en: have seriously hurt themselves, or may end their life
have-seriously-hurt-themselves = قد آذى نفسه أذى خطيرًا، أو قد ينهي حياته
# en: A face that drops, a weak arm or unclear speech may mean a stroke. Call 999 at once.
a-face-that-drops = تدلّي الوجه، أو ضعف ذراع واحدة، أو عدم وضوح الكلام، قد يعني سكتة دماغية. اتصل بالرقم 999 فورًا.
# en: Is it a mental health crisis? Call **111** and choose the mental health option. You can call 24 hours a day, every day.
is-it-a-mental = هل هي أزمة صحة نفسية؟ اتصل بالرقم **111** واختر خيار الصحة النفسية. يمكنك الاتصال 24 ساعة في اليوم، كل يوم.
# en: In a mental health crisis in Wales, call **111** and choose option 2.
in-a-mental-health = في أزمة الصحة النفسية في ويلز، اتصل بالرقم **111** واختر الخيار 2.
# en: When to use NHS 111
when-to-use-nhs = متى تستخدم خدمة NHS 111
# en: A phone with a question mark inside a speech bubble
a-phone-showing-a = هاتف عليه علامة استفهام داخل فقاعة كلام
# en: Use NHS 111 when you need help fast but it is not an emergency.
use-nhs-111-online-2 = استخدم خدمة NHS 111 عندما تحتاج إلى مساعدة سريعة، لكن الحالة ليست طارئة.
# en: It can help when you feel ill and do not know what to do.
it-can-help-when = يمكنها أن تساعدك عندما تشعر بالمرض ولا تعرف ماذا تفعل.
# en: A man sits at home at night. He talks on his phone by the light of a lamp.
a-man-sits-at = رجل يجلس في بيته ليلًا. يتكلم في هاتفه على ضوء مصباح.
# en: NHS 111 is free. It is open all day and all night, every day.
it-is-free-it = خدمة NHS 111 مجانية. وهي متاحة طوال النهار والليل، كل يوم.
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
you-can-also-call = يمكنك أيضًا الاتصال بالرقم **111** من أي هاتف. المكالمة مجانية. يمكنك أن تطلب شخصًا يتكلم لغتك.
# en: Two hands signing next to a laptop with a video call
two-hands-signing-next = يدان تتكلمان بلغة الإشارة بجانب كمبيوتر محمول عليه مكالمة فيديو
# en: Are you deaf? You can use NHS 111 in British Sign Language. An interpreter joins you on a video call.
are-you-deaf-you = هل أنت أصم؟ يمكنك أن تستخدم خدمة NHS 111 بلغة الإشارة البريطانية (British Sign Language). ينضم إليك مترجم في مكالمة فيديو.
# en: You can also call **18001 111** from a textphone.
you-can-also-call-2 = يمكنك أيضًا الاتصال بالرقم **18001 111** من هاتف نصي (textphone).
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = خدمة NHS 111 عبر الإنترنت للأشخاص في إنجلترا، من عمر 5 سنوات فأكثر. إذا كان الطفل أصغر من 5 سنوات، اتصل بالرقم 111.
# en: **In Wales, use NHS 111 Wales.** Go to [111.wales.nhs.uk]({ $link1 }) or call **111**. The call is free.
in-wales-use-nhs = **في ويلز، استخدم NHS 111 Wales.** ادخل إلى [111.wales.nhs.uk]({ $link1 }) أو اتصل بالرقم **111**. المكالمة مجانية.
# en: Get help online
get-help = احصل على المساعدة عبر الإنترنت
# en: A web browser with an address bar and a big blue button
a-web-browser-showing = متصفح إنترنت فيه شريط للعنوان وزر أزرق كبير
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = ادخل إلى [111.nhs.uk]({ $link1 }) من هاتفك أو جهازك اللوحي أو الكمبيوتر.
# en: The website asks some questions first. For example, where you are, who needs help, and their age. You can answer for yourself or for someone else.
the-website-asks-some = يطرح عليك الموقع بعض الأسئلة أولًا. مثلًا: أين أنت، ومن يحتاج إلى المساعدة، وكم عمره. يمكنك أن تجيب عن نفسك أو عن شخص آخر.
# en: A list of questions with tick boxes
a-list-of-questions = قائمة أسئلة فيها مربعات للاختيار
# en: Choose the symptom that worries you most. The website checks 1 symptom at a time.
choose-the-symptom-that = اختر العَرَض الذي يقلقك أكثر من غيره. يفحص الموقع عَرَضًا واحدًا في كل مرة.
# en: Symptoms are what is wrong, like pain or a high temperature. Answer the questions about the symptom.
answer-the-questions-about = الأعراض هي ما تشكو منه، مثل الألم أو ارتفاع الحرارة. أجب عن الأسئلة المتعلقة بالعَرَض.
# en: A nurse talks on a phone
a-nurse-speaking-on = ممرضة تتكلم في الهاتف
# en: The website tells you what to do next.
the-website-tells-you = يخبرك الموقع بما عليك فعله بعد ذلك.
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
it-may-tell-you = قد يطلب منك أن تذهب إلى الصيدلي أو إلى طبيبك العام (GP). الطبيب العام هو طبيب العائلة. وقد يخبرك إلى أين تذهب لتحصل على المساعدة.
# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
a-nurse-may-phone = قد تعاود ممرضة الاتصال بك. قد تأتي المكالمة من رقم لا تعرفه. أجب عليها.
# en: A real NHS nurse never asks for your bank details. Learn how to [spot NHS scams]({ $link1 }).
a-real-nhs-nurse = الممرضة الحقيقية من NHS لا تطلب أبدًا معلومات حسابك المصرفي. تعلّم كيف [تكشف الاحتيال باسم NHS]({ $link1 }).
# en: If it is serious or you get worse
if-it-is-serious = إذا كانت الحالة خطيرة أو ساءت حالتك
# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
if-the-website-says = هل طلب منك الموقع أن تتصل بالرقم 999 أو أن تذهب إلى A\&E؟ افعل ذلك الآن. A\&E هو قسم الطوارئ في المستشفى.
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = إذا ساءت حالتك وأنت تنتظر، اتصل بالرقم 111. وإذا أصبحت الحالة طارئة، اتصل بالرقم 999.
# en: Keep safe
keep-safe = حافظ على سلامتك
# en: Answer every question as well as you can.
answer-every-question-as = أجب عن كل سؤال بأفضل ما تستطيع.
# en: Keep your phone with you if you wait for a call.
have-your-phone-with = أبقِ هاتفك معك إذا كنت تنتظر مكالمة.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = لا تستخدم خدمة NHS 111 عبر الإنترنت في الحالات الطارئة. اتصل بالرقم 999.
# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
need-help-with-a = هل تحتاج إلى مساعدة في مشكلة طويلة الأمد؟ اسأل طبيبك العام (GP). اقرأ [كيف تحجز موعدًا مع الطبيب العام]({ $link1 }).
# en: pharmacist
pharmacist = الصيدلي
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = خبير في الأدوية يعمل في الصيدلية
