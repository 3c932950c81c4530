# العربية: the guide "repeat-prescription", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Order a repeat prescription online
order-a-repeat-prescription = اطلب وصفة طبية متكررة عبر الإنترنت
# en: Order more of your usual medicine, using the NHS App.
order-more-of-your = اطلب المزيد من دوائك المعتاد، باستخدام تطبيق NHS App.
# en: About 5 minutes to order. Your medicine can take a few days.
about-5-minutes-to = نحو 5 دقائق للطلب. قد يستغرق وصول دوائك بضعة أيام.
# en: The NHS App, with your NHS login
the-nhs-app-with = تطبيق NHS App، مع حساب NHS login الخاص بك
# en: The names of the medicines you need
the-names-of-the = أسماء الأدوية التي تحتاج إليها
# en: NHS England Digital: Prescriptions in the NHS App
nhs-england-digital-prescriptions = NHS England Digital: الوصفات الطبية في تطبيق NHS App
# en: School Lane Surgery: Prescriptions (acute prescriptions and electronic repeat dispensing)
school-lane-surgery-prescriptions = School Lane Surgery: الوصفات الطبية (الوصفات لمرة واحدة، والصرف المتكرر الإلكتروني)
# en: Hampshire and Isle of Wight ICB: Ordering repeat prescriptions (nominating a pharmacy)
hampshire-and-isle-of = Hampshire and Isle of Wight ICB: طلب الوصفات الطبية المتكررة (اختيار صيدلية)
# en: Department of Health and Social Care: prescription charges frozen for 2025 to 2026
department-of-health-and = Department of Health and Social Care: تجميد رسوم الوصفات الطبية لعام 2025 إلى 2026
# en: HM Treasury: prescription charge freeze extended for 2026 to 2027
hm-treasury-prescription-charge = HM Treasury: تمديد تجميد رسوم الوصفات الطبية لعام 2026 إلى 2027
# en: NHS Business Services Authority: What are NHS penalty charges?
nhs-business-services-authority = NHS Business Services Authority: ما هي غرامات NHS؟
# en: UK Parliament written answer 223505: penalty charges for wrong prescription claims
uk-parliament-written-answer = البرلمان البريطاني، الجواب المكتوب 223505: غرامات الطلبات الخاطئة للوصفات المجانية
# en: Welsh Government: Free prescriptions in Wales
nhs-uk-how-to = Welsh Government: الوصفات الطبية المجانية في ويلز
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: شروط الاستخدام (apphelp.nhs.wales)
# en: A prescription is a note from a doctor or nurse. It lets you get medicine from a pharmacy.
a-prescription-is-a = الوصفة الطبية ورقة من طبيب أو ممرض. تسمح لك بالحصول على دواء من الصيدلية.
# en: A pharmacy is a shop for medicines.
a-pharmacy-is-a = الصيدلية متجر للأدوية.
# en: A **repeat prescription** is for a medicine you take all the time. You can order more without seeing your doctor each time.
a-repeat-prescription-is = **الوصفة الطبية المتكررة** هي لدواء تتناوله طوال الوقت. يمكنك أن تطلب المزيد منه دون أن ترى طبيبك في كل مرة.
# en: Your GP surgery looks after your repeat prescriptions. A GP is a family doctor.
your-gp-surgery-looks = عيادة طبيبك العام تهتم بوصفاتك الطبية المتكررة. الطبيب العام (GP) هو طبيب العائلة.
# en: You can order your medicine in the NHS App. No app yet? First, see [how to get the NHS App]({ $link1 }).
you-can-order-your = يمكنك أن تطلب دواءك في تطبيق NHS App. ليس لديك التطبيق بعد؟ اقرأ أولًا [كيف تنزّل تطبيق NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** You can order in the NHS Wales App instead.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** يمكنك أن تطلب في تطبيق NHS Wales App بدلًا من ذلك.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = التطبيق يتغير من وقت لآخر. قد تبدو الشاشات عندك مختلفة قليلًا عن هذا الدليل.
# en: Check your pharmacy
check-your-pharmacy = تحقق من صيدليتك
# en: A phone with a pill and a medicine box on its screen
a-phone-with-a = هاتف على شاشته حبة دواء وعلبة دواء
# en: Open the NHS App and log in. Tap **Prescriptions**.
open-the-nhs-app = افتح تطبيق NHS App ثم سجّل الدخول. اضغط على **Prescriptions** (الوصفات الطبية).
# en: A pharmacy shop with a green cross sign and medicines in the window
a-pharmacy-shop-with = صيدلية عليها لافتة صليب أخضر، وفي واجهتها أدوية
# en: Check your **nominated pharmacy**.
check-your-nominated-pharmacy = تحقق من **الصيدلية المختارة**.
# en: The app shows it on the prescriptions page. To change it, tap the link to change your pharmacy.
the-app-shows-it = يعرضها التطبيق في صفحة الوصفات الطبية. لتغييرها، اضغط على رابط تغيير الصيدلية.
# en: A pharmacy or your GP surgery can change it for you too.
a-pharmacy-or-your = يمكن أيضًا لصيدلية أو لعيادة طبيبك العام أن تغيّرها لك.
# en: You can choose a pharmacy near you. Or you can choose an online pharmacy. An online pharmacy sends your medicine by post.
you-can-choose-a = يمكنك أن تختار صيدلية قريبة منك. أو يمكنك أن تختار صيدلية على الإنترنت. الصيدلية على الإنترنت ترسل لك دواءك بالبريد.
# en: Order your medicine
order-your-medicine = اطلب دواءك
# en: A phone with a list of 3 medicines. 2 of them have a tick.
a-phone-with-a-2 = هاتف عليه قائمة فيها 3 أدوية. على 2 منها علامة صح.
# en: Tap to order a repeat prescription. The app shows a list of your repeat medicines.
tap-to-order-a = اضغط لتطلب وصفة طبية متكررة. يعرض التطبيق قائمة أدويتك المتكررة.
# en: Tick the medicines you need. Only order what you need.
tick-the-medicines-you = ضع علامة صح على الأدوية التي تحتاج إليها. اطلب فقط ما تحتاج إليه.
# en: Some medicines may say you cannot order them yet. The app tells you why. For example, it may be too soon to order again.
some-medicines-may-say = قد يظهر عند بعض الأدوية أنك لا تستطيع طلبها بعد. يخبرك التطبيق بالسبب. مثلًا، قد يكون الوقت مبكرًا لطلبها مرة أخرى.
# en: A phone with a note on the screen, and a pencil
a-phone-with-a-3 = هاتف على شاشته ملاحظة، وقلم رصاص
# en: You can add a short note for your GP surgery. For example, “I am going away soon.”
you-can-add-a = يمكنك أن تضيف ملاحظة قصيرة لعيادة طبيبك العام. مثلًا: «سأسافر قريبًا.»
# en: A phone with a big green tick and a paper plane
a-phone-with-a-4 = هاتف عليه علامة صح خضراء كبيرة وطائرة ورقية
# en: Check your order. Then tap the button to send it.
check-your-order-then = راجع طلبك. ثم اضغط على الزر لترسله.
# en: You cannot order every medicine in the app. A one-off medicine is not on your repeat list.
you-cannot-order-every = لا تستطيع أن تطلب كل دواء في التطبيق. الدواء الذي تأخذه مرة واحدة ليس في قائمة أدويتك المتكررة.
# en: Does your pharmacy send you the same medicine each month without an order? Then you do not order it in the app.
does-your-pharmacy-send = هل ترسل لك صيدليتك الدواء نفسه كل شهر دون طلب؟ إذن لا تطلبه في التطبيق.
# en: What happens next
what-happens-next = ماذا يحدث بعد ذلك
# en: A calendar: a tick on the first day, a pill 1 week later
a-calendar-a-tick = تقويم: علامة صح في اليوم الأول، وحبة دواء بعد أسبوع واحد
# en: Your GP surgery checks your order. This can take a few working days. Working days are Monday to Friday.
your-gp-surgery-checks = تراجع عيادة طبيبك العام طلبك. قد يستغرق هذا بضعة أيام عمل. أيام العمل من الاثنين إلى الجمعة.
# en: Order about 7 days before your medicine runs out.
order-about-7-days = اطلب دواءك قبل أن ينفد بنحو 7 أيام.
# en: A phone with 3 dots in a row. The first 2 dots are green.
a-phone-with-3 = هاتف عليه 3 نقاط في صف. أول نقطتين خضراوان.
# en: Your GP surgery sends the order to your pharmacy. The pharmacy gets your medicine ready.
your-gp-surgery-sends = ترسل عيادة طبيبك العام الطلب إلى صيدليتك. تجهّز الصيدلية دواءك.
# en: The app may show how your order is doing. Some pharmacies send you a text when it is ready.
the-app-may-show = قد يبيّن التطبيق أين وصل طلبك. بعض الصيدليات ترسل لك رسالة نصية عندما يكون جاهزًا.
# en: A pharmacist gives a bag of medicine to an older man with a stick
a-pharmacist-gives-a = صيدلي يعطي كيس دواء لرجل كبير في السن يحمل عصا
# en: Go to your pharmacy to pick up your medicine. If you use an online pharmacy, it comes by post.
go-to-your-pharmacy = اذهب إلى صيدليتك لتأخذ دواءك. إذا كنت تستخدم صيدلية على الإنترنت، يصلك الدواء بالبريد.
# en: What it costs
what-it-costs = كم يكلّف
# en: Prescriptions are free in Wales, Scotland and Northern Ireland.
prescriptions-are-free-in = الوصفات الطبية مجانية في ويلز واسكتلندا وأيرلندا الشمالية.
# en: In England, each medicine costs **£9.90**. Many people get their medicines free. For example, people aged 60 or over, or under 16.
you-may-need-to = في إنجلترا، يكلّف كل دواء **£9.90**. كثير من الناس يحصلون على أدويتهم مجانًا. مثلًا، من عمرهم 60 سنة أو أكثر، أو أقل من 16 سنة.
# en: Do you need a lot of medicines? A **prepayment certificate** may cost you less. It costs £32.05 for 3 months, or £114.50 for 12 months.
do-you-need-a = هل تحتاج إلى أدوية كثيرة؟ قد تكلّفك **prepayment certificate** (شهادة الدفع المسبق) أقل. تكلّف £32.05 لمدة 3 أشهر، أو £114.50 لمدة 12 شهرًا.
# en: Only say you get free medicines if it is true. If you get it wrong, you may pay a fine of up to £100. You also pay for the medicine.
only-say-you-get = لا تقل إنك تحصل على أدوية مجانية إلا إذا كان هذا صحيحًا. إذا أخطأت، قد تدفع غرامة تصل إلى £100. وتدفع أيضًا ثمن الدواء.
# en: In Wales, your prescriptions are free if your GP is in Wales. You must get them from a pharmacy in Wales.
in-wales-your-prescriptions = في ويلز، وصفاتك الطبية مجانية إذا كان طبيبك العام في ويلز. يجب أن تأخذها من صيدلية في ويلز.
# en: When to ask your GP surgery instead
when-to-ask-your = متى تسأل عيادة طبيبك العام بدلًا من ذلك
# en: Talk to your GP surgery if:
talk-to-your-gp = تكلّم مع عيادة طبيبك العام إذا:
# en: your medicine is not on the list in the app
your-medicine-is-not = كان دواؤك غير موجود في القائمة في التطبيق
# en: you need a new medicine
you-need-a-new = كنت تحتاج إلى دواء جديد
# en: your medicine makes you feel unwell
your-medicine-makes-you = كان دواؤك يجعلك تشعر بتعب
# en: the app says you need a medicine review
the-app-says-you = قال التطبيق إنك تحتاج إلى مراجعة أدوية (medicine review)
# en: A medicine review is a check of your medicines. A doctor, nurse or pharmacist does it.
a-medicine-review-is = مراجعة الأدوية هي فحص لأدويتك. يقوم بها طبيب أو ممرض أو صيدلي.
# en: Have you run out of a medicine you need today? Ask a pharmacist for help. They may be able to give you some.
have-you-run-out = هل نفد منك دواء تحتاج إليه اليوم؟ اطلب المساعدة من الصيدلي. قد يستطيع أن يعطيك كمية منه.
# en: You can also use [NHS 111 online]({ $link1 }) or call **111**.
you-can-also-use = يمكنك أيضًا أن تستخدم [خدمة NHS 111 عبر الإنترنت]({ $link1 }) أو تتصل بالرقم **111**.
# en: Check the name on the box when you get your medicine.
check-the-name-on = تأكد من الاسم على العلبة عندما تأخذ دواءك.
# en: Ask the pharmacist if you have a question about your medicine.
ask-the-pharmacist-if = اسأل الصيدلي إذا كان عندك سؤال عن دوائك.
# en: Do not order medicine you do not need.
do-not-order-medicine = لا تطلب دواءً لا تحتاج إليه.
# en: Do not wait until you have no medicine left.
do-not-wait-until = لا تنتظر حتى لا يبقى معك دواء.
# en: nominated pharmacy
nominated-pharmacy = الصيدلية المختارة
# en: the pharmacy you choose to get your medicines from. Your GP surgery sends your prescriptions there.
the-pharmacy-you-choose = الصيدلية التي تختارها لتأخذ منها أدويتك. عيادة طبيبك العام ترسل وصفاتك الطبية إليها.
# en: prepayment certificate
prepayment-certificate = prepayment certificate
# en: a certificate you buy to get all your NHS prescriptions for one price
a-certificate-you-buy = شهادة تشتريها لتحصل على كل وصفاتك الطبية من NHS بسعر واحد
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
# en: pharmacist
pharmacist = الصيدلي
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = خبير في الأدوية يعمل في الصيدلية
# en: tap
tap = اضغط
# en: touch the screen with your finger
touch-the-screen-with = المس الشاشة بإصبعك
