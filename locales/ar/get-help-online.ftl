# العربية: the guide "get-help-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get help to get online
get-help-to-get = احصل على مساعدة لاستخدام الإنترنت
# en: Find free help near you to use the internet and the NHS App.
find-free-help-near = اعثر على مساعدة مجانية قريبة منك، لتستخدم الإنترنت وتطبيق NHS App.
# en: A few minutes to ask for help
a-few-minutes-to = بضع دقائق لتطلب المساعدة
# en: Nothing to start with. The help in this guide is free.
nothing-to-start-with = لا شيء في البداية. المساعدة في هذا الدليل مجانية.
# en: Your phone or tablet, if you have one
your-phone-or-tablet = هاتفك أو جهازك اللوحي، إذا كان لديك واحد
# en: vodafone.co.uk news: free data SIM cards for 200,000 people
vodafone-co-uk-news = أخبار vodafone.co.uk: شرائح SIM مجانية فيها بيانات إنترنت لـ 200,000 شخص
# en: Cambridgeshire County Council: Libraries offer free SIM cards from the National Databank
cambridgeshire-county-council-libraries = Cambridgeshire County Council: المكتبات تقدّم شرائح SIM مجانية من National Databank
# en: digitaldurham.org: how donated laptops and tablets reach people who need them
digitaldurham-org-how-donated = digitaldurham.org: كيف تصل أجهزة الكمبيوتر المحمولة والأجهزة اللوحية المتبرَّع بها إلى من يحتاجها
# en: Which?: How to switch to a broadband social tariff
which-how-to-switch = Which?: كيف تنتقل إلى تعرفة اجتماعية للإنترنت
# en: NHS England Digital: Guide for volunteers – helping someone set up their NHS App
nhs-england-digital-guide = NHS England Digital: دليل للمتطوعين – كيف تساعد شخصًا على إعداد تطبيق NHS App
# en: The internet can be hard to use at first. You do not need to learn on your own. There is free help near you.
the-internet-can-be = قد يكون استخدام الإنترنت صعبًا في البداية. لا تحتاج إلى أن تتعلم وحدك. هناك مساعدة مجانية قريبة منك.
# en: Where to get free help
where-to-get-free = أين تجد مساعدة مجانية
# en: A young man helps an older woman to use a computer in a library.
a-young-man-helps = شاب يساعد امرأة كبيرة في السن على استخدام كمبيوتر في مكتبة عامة.
# en: Go to your local library. Most libraries have computers and Wi-Fi that you can use for free.
go-to-your-local = اذهب إلى المكتبة العامة القريبة منك. معظم المكتبات فيها أجهزة كمبيوتر وشبكة Wi-Fi تستطيع استخدامها مجانًا.
# en: Wi-Fi lets your phone or computer use the internet without a cable.
wi-fi-lets-your = شبكة Wi-Fi تتيح لهاتفك أو للكمبيوتر استخدام الإنترنت دون سلك.
# en: Library staff can show you how to start. Many libraries have free classes too.
library-staff-can-show = يستطيع موظفو المكتبة أن يعلّموك كيف تبدأ. كثير من المكتبات فيها دروس مجانية أيضًا.
# en: A community centre with 3 people of different ages outside
a-community-centre-with = مركز مجتمعي أمامه 3 أشخاص من أعمار مختلفة
# en: Community centres and charities can help too. So can some GP surgeries, where family doctors work.
community-centres-and-charities = المراكز المجتمعية والجمعيات الخيرية يمكنها أن تساعدك أيضًا. وكذلك بعض عيادات الأطباء العامين (GP)، حيث يعمل أطباء العائلة.
# en: Ask them: “Do you help people to get online?”
ask-them-do-you = اسألهم: «هل تساعدون الناس على استخدام الإنترنت؟»
# en: A man in a wheelchair shows a woman how to use a tablet
a-man-in-a = رجل على كرسي متحرك يعلّم امرأة كيف تستخدم جهازًا لوحيًا
# en: Ask for a **digital champion**.
ask-for-a-digital = اطلب مساعدًا يُسمّى **digital champion**.
# en: They can help you get the NHS App, one step at a time.
they-can-help-you = يمكنه أن يساعدك على تنزيل تطبيق NHS App، خطوة بخطوة.
# en: Free data and devices
free-data-and-devices = بيانات إنترنت وأجهزة مجانية
# en: A small SIM card next to a phone with signal bars
a-small-sim-card = شريحة SIM صغيرة بجانب هاتف عليه أعمدة الإشارة
# en: Some libraries and community centres give out free mobile data. Data lets your phone use the internet when you are out.
some-libraries-and-community = بعض المكتبات والمراكز المجتمعية توزّع بيانات إنترنت مجانية للهاتف. هذه البيانات تتيح لهاتفك استخدام الإنترنت عندما تكون خارج البيت.
# en: The data comes on a SIM card.
the-data-comes-on = تأتي البيانات على شريحة SIM.
# en: A tablet and a phone with a bow, like a gift
a-tablet-and-a = جهاز لوحي وهاتف عليهما شريطة، مثل الهدية
# en: Some places can give you a free phone, tablet or laptop. It may be one that someone used before.
some-places-can-give = بعض الأماكن يمكنها أن تعطيك مجانًا هاتفًا أو جهازًا لوحيًا أو كمبيوترًا محمولًا. قد يكون جهازًا استعمله شخص آخر من قبل.
# en: Ask what they have. There may be a wait.
ask-what-they-have = اسأل عمّا لديهم. قد تضطر إلى الانتظار.
# en: A piggy bank next to a Wi-Fi sign, for cheaper internet
a-piggy-bank-next = حصّالة نقود بجانب علامة Wi-Fi، تعني إنترنت أرخص
# en: Do you get benefits, like Universal Credit or Pension Credit? Ask your phone or internet company for a **social tariff**.
do-you-get-benefits = هل تحصل على إعانات، مثل Universal Credit أو Pension Credit؟ اطلب من شركة الهاتف أو الإنترنت **تعرفة اجتماعية** (social tariff).
# en: A social tariff is a cheaper deal for people who get some benefits.
a-social-tariff-is = التعرفة الاجتماعية عرض أرخص للأشخاص الذين يحصلون على بعض الإعانات.
# en: Where to ask
where-to-ask = أين تسأل
# en: A person asks a helper for help at a desk
a-person-asks-a = شخص يطلب المساعدة من مساعد عند مكتب
# en: Ask at your library or GP surgery. You can also ask at a community centre.
ask-at-your-library = اسأل في المكتبة أو في عيادة طبيبك العام. يمكنك أيضًا أن تسأل في مركز مجتمعي.
# en: Say: “I want help to get online.”
say-i-want-help = قل: «أريد مساعدة لأستخدم الإنترنت.»
# en: You can also ask family or friends that you trust.
you-can-also-ask = يمكنك أيضًا أن تسأل أفراد عائلتك أو أصدقاءك الذين تثق بهم.
# en: There may be a box called **Need help?** at the end of this guide. It tells you where to get help near you.
there-may-be-a = قد تجد في نهاية هذا الدليل مربعًا عنوانه **هل تحتاج إلى مساعدة؟** يخبرك أين تجد المساعدة قريبًا منك.
# en: Remember
remember = تذكّر
# en: Ask as many questions as you like.
ask-as-many-questions = اسأل ما تشاء من الأسئلة.
# en: Write down what you learn, to help you next time.
write-down-what-you = اكتب ما تتعلمه، ليساعدك في المرة القادمة.
# en: Do not tell a helper your passwords or your PIN. Type them in yourself.
do-not-tell-a = لا تخبر من يساعدك بكلمات المرور أو رقم PIN. اكتبها بنفسك.
# en: A PIN is a secret number, like the one for your bank card.
a-pin-is-a = رقم PIN هو رقم سري، مثل الرقم السري لبطاقتك المصرفية.
# en: When you are ready, see [how to get the NHS App]({ $link1 }). Learn how to [spot fake NHS texts, emails and calls]({ $link2 }) too.
when-you-are-ready = عندما تكون مستعدًا، اقرأ [كيف تنزّل تطبيق NHS App]({ $link1 }). وتعلّم أيضًا كيف [تكشف الرسائل النصية ورسائل البريد الإلكتروني والمكالمات المزيفة باسم NHS]({ $link2 }).
# en: SIM card
sim-card = شريحة SIM
# en: a small card that goes inside your phone. It lets your phone use a mobile network.
a-small-card-that = بطاقة صغيرة توضع داخل هاتفك. تتيح لهاتفك استخدام شبكة الهاتف المحمول.
# en: digital champion
digital-champion = digital champion
# en: a helper who shows people how to use the internet. Many are volunteers.
a-helper-who-shows = مساعد يعلّم الناس كيف يستخدمون الإنترنت. كثير منهم متطوعون.
