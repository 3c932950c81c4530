# العربية: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = احجز موعدًا مع الطبيب العام عبر الإنترنت، أو راجعه، أو ألغِه
# en: Ask for a GP appointment online, or book one in the NHS App. Check or cancel it.
use-the-nhs-app = اطلب موعدًا مع الطبيب العام عبر الإنترنت، أو احجزه في تطبيق NHS App. ثم راجعه أو ألغِه.
# en: About 5 to 10 minutes
about-5-to-10 = من 5 إلى 10 دقائق تقريبًا
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = هاتف أو جهاز لوحي أو كمبيوتر متصل بالإنترنت
# en: The NHS App with your NHS login, if you want to book in the app
the-nhs-app-with = تطبيق NHS App مع حساب NHS login الخاص بك، إذا أردت أن تحجز في التطبيق
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = مفكرتك أو التقويم، لتعرف متى تكون متفرغًا
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: عقد الأطباء العامين – ما تحتاج إلى معرفته (29 سبتمبر 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: أنت وعيادة طبيبك العام (ميثاق المرضى)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: يجب أن تبقى نماذج العيادات مفتوحة من 8 صباحًا إلى 6:30 مساءً، من 1 أكتوبر 2025
# en: Kirton Medical Centre: NHS App – all you need to know (appointments)
nhs-uk-nhs-app = Kirton Medical Centre: تطبيق NHS App – كل ما تحتاج إلى معرفته (المواعيد)
# en: South Western Ambulance Service: When to call 999
nhs-uk-when-to = South Western Ambulance Service: متى تتصل بالرقم 999
# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = الطبيب العام (GP) هو طبيب العائلة. عيادة الطبيب العام هي المكان الذي يعمل فيه طبيبك.
# en: You can ask for an appointment online in 2 ways. Use your surgery’s online form. Or book in the NHS App, if your surgery lets you.
you-can-ask-for = يمكنك أن تطلب موعدًا عبر الإنترنت بطريقتين. استخدم نموذج عيادتك على الإنترنت. أو احجز في تطبيق NHS App، إذا سمحت لك عيادتك بذلك.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = ليس لديك التطبيق بعد؟ اقرأ أولًا [كيف تنزّل تطبيق NHS App]({ $link1 }).
# en: An ambulance with its blue lights on
an-ambulance-with-its = سيارة إسعاف أضواؤها الزرقاء مضاءة
# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **اتصل بالرقم 999** إذا كانت حياة شخص ما في خطر.
# en: See [when to call 999]({ $link1 }).
see-when-to-call = اقرأ [متى تتصل بالرقم 999]({ $link1 }).
# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = هل تحتاج إلى مساعدة سريعة، لكن الحالة ليست طارئة؟ استخدم [خدمة NHS 111 عبر الإنترنت]({ $link1 }) أو اتصل بالرقم **111**.
# en: **Is your GP surgery in Wales?** Ask them how to book online. You may be able to use the NHS Wales App.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** اسألهم كيف تحجز عبر الإنترنت. قد تستطيع أن تستخدم تطبيق NHS Wales App.
# en: Ask with the online form
ask-with-the-online = اطلب موعدًا بالنموذج الإلكتروني
# en: A phone showing a form with boxes to fill in
a-phone-showing-a = هاتف يعرض نموذجًا فيه خانات لتملأها
# en: Every GP surgery in England has an online form. It is open from 8am to 6:30pm, Monday to Friday.
every-gp-surgery-in = لكل عيادة طبيب عام في إنجلترا نموذج على الإنترنت. هو مفتوح من 8 صباحًا إلى 6:30 مساءً، من الاثنين إلى الجمعة.
# en: Find it on your surgery’s website, or in the NHS App. Say what is wrong and what you need.
find-it-on-your = تجده على موقع عيادتك على الإنترنت، أو في تطبيق NHS App. قل ما المشكلة وما تحتاج إليه.
# en: A clock and a phone with a message
a-clock-and-a = ساعة وهاتف عليه رسالة
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday.
your-surgery-tells-you = تخبرك عيادتك بما سيحدث بعد ذلك خلال يوم عمل واحد. أيام العمل من الاثنين إلى الجمعة.
# en: They may offer an appointment, phone you, or send you a message.
they-may-offer-an = قد يعرضون عليك موعدًا، أو يتصلون بك، أو يرسلون لك رسالة.
# en: See [how to contact your GP surgery online]({ $link1 }).
see-how-to-contact = اقرأ [كيف تتواصل مع عيادة طبيبك العام عبر الإنترنت]({ $link1 }).
# en: Book in the NHS App
book-in-the-nhs = احجز في تطبيق NHS App
# en: A phone with a calendar on its screen
a-phone-with-a = هاتف على شاشته تقويم
# en: Open the NHS App and log in. Tap **Appointments**.
open-the-nhs-app = افتح تطبيق NHS App ثم سجّل الدخول. اضغط على **Appointments** (المواعيد).
# en: Then tap the option for your GP surgery.
then-tap-the-option = ثم اضغط على الخيار الخاص بعيادة طبيبك العام.
# en: A phone with a speech bubble and a keyboard, for typing a message
a-phone-with-a-2 = هاتف عليه فقاعة كلام ولوحة مفاتيح، لكتابة رسالة
# en: Tap to book an appointment.
tap-to-book-an = اضغط لتحجز موعدًا.
# en: The app may ask what the appointment is for. Write a few words. For example, “a cough for 3 weeks”.
the-app-may-ask = قد يسألك التطبيق عن سبب الموعد. اكتب بضع كلمات. مثلًا: «سعال منذ 3 أسابيع».
# en: A calendar page with one day circled, and a clock
a-calendar-page-with = صفحة تقويم عليها يوم محاط بدائرة، وساعة
# en: Choose the type of appointment. It may be in person, on the phone or by video.
choose-the-type-of = اختر نوع الموعد. قد يكون حضوريًا، أو بالهاتف، أو بالفيديو.
# en: Then choose a day and a time that suit you.
then-choose-a-day = ثم اختر يومًا ووقتًا يناسبانك.
# en: A phone with a calendar and a big green tick
a-phone-with-a-3 = هاتف عليه تقويم وعلامة صح خضراء كبيرة
# en: Check the day, the time and the place. Then tap the button to book.
check-the-day-the = تأكد من اليوم والوقت والمكان. ثم اضغط على الزر لتحجز.
# en: Write the day and time on your calendar. Or put it in your diary.
write-the-day-and = اكتب اليوم والوقت على التقويم. أو اكتبهما في مفكرتك.
# en: Check your appointments
check-your-appointments = راجع مواعيدك
# en: A phone with a list of 2 appointments, each with a small calendar
a-phone-with-a-4 = هاتف عليه قائمة فيها موعدان، بجانب كل موعد تقويم صغير
# en: Tap **Appointments** to see the ones you have booked.
tap-appointments-to-see = اضغط على **Appointments** (المواعيد) لترى المواعيد التي حجزتها.
# en: You can see the day, the time and the type of each one.
you-can-see-the = يمكنك أن ترى اليوم والوقت ونوع كل موعد.
# en: Cancel an appointment
cancel-an-appointment = ألغِ موعدًا
# en: Cancel as soon as you know you cannot go. Then someone else can have it.
cancel-as-soon-as = ألغِ الموعد حين تعرف أنك لا تستطيع الذهاب. هكذا يمكن أن يأخذه شخص آخر.
# en: A calendar page with a big red cross on one day
a-calendar-page-with-2 = صفحة تقويم عليها علامة × حمراء كبيرة على يوم واحد
# en: Find the appointment in the app. Tap to cancel it.
find-the-appointment-in = ابحث عن الموعد في التطبيق. اضغط لتلغيه.
# en: The app may ask why. Then tap the button to say yes, cancel it.
the-app-may-ask-2 = قد يسألك التطبيق عن السبب. ثم اضغط على الزر لتؤكد الإلغاء.
# en: Cannot cancel in the app? Phone your GP surgery.
cannot-cancel-in-the = لا تستطيع الإلغاء في التطبيق؟ اتصل بعيادة طبيبك العام.
# en: Ask for help you need
ask-for-help-you = اطلب المساعدة التي تحتاج إليها
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = شخصان يتكلمان. في إحدى فقاعتي الكلام علم، للغة أخرى.
# en: Do you need an interpreter? Ask when you book. The surgery can find one for you.
do-you-need-an = هل تحتاج إلى مترجم؟ اطلبه عندما تحجز. تستطيع العيادة أن تجد لك مترجمًا.
# en: A quiet room with a chair and a clock
a-quiet-room-with = غرفة هادئة فيها كرسي وساعة
# en: Do you need extra help? For example, a longer appointment or a quiet place to wait. Tell your surgery.
do-you-need-extra = هل تحتاج إلى مساعدة إضافية؟ مثلًا: موعد أطول، أو مكان هادئ تنتظر فيه. أخبر عيادتك.
# en: On the day
on-the-day = في يوم الموعد
# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
a-waiting-room-at = غرفة انتظار في عيادة طبيب عام. رجل على كرسي متحرك وامرأة كبيرة في السن ينتظران دورهما.
# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
get-to-your-gp = اذهب إلى عيادة طبيبك العام قبل موعدك ببضع دقائق. أخبر موظف الاستقبال أنك وصلت.
# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
is-it-a-phone = هل موعدك بالهاتف؟ أبقِ هاتفك معك وشغّل الصوت. قد تتأخر المكالمة قليلًا.
# en: Remember
remember = تذكّر
# en: Write a list of what you want to say.
write-a-list-of = اكتب قائمة بما تريد أن تقوله.
# en: Take your list of medicines with you.
take-your-list-of = خذ معك قائمة أدويتك.
# en: Do not book more than you need. Other people need appointments too.
do-not-book-more = لا تحجز أكثر مما تحتاج إليه. الناس الآخرون يحتاجون إلى مواعيد أيضًا.
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
# en: tap
tap = اضغط
# en: touch the screen with your finger
touch-the-screen-with = المس الشاشة بإصبعك
