# Interface words of the easy theme, in Arabic (العربية).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = انتقل إلى المحتوى الرئيسي
languages-heading = اللغات
choose-language = اختر لغتك
guides-heading = الأدلة
guides-intro = اختر دليلًا. كل دليل يوضح لك ما عليك فعله، خطوة بخطوة.
# The title of START-HERE.html, the first page of an offline copy (easyguide bundle).
start-title = ابدأ هنا
all-guides = عرض جميع الأدلة
footer-note = هذه الأدلة مكتوبة بلغة سهلة القراءة. تساعدك الصور على اتباع كل خطوة.

## Guide pages
step-of = الخطوة { $number } من { $total }
you-need = ما تحتاج إليه
time-taken = كم من الوقت يستغرق
updated = تمت المراجعة في { $date }
review-due = سنراجع هذا الدليل مرة أخرى بحلول { $date }.
sources = من أين تأتي المعلومات
help-heading = هل تحتاج إلى مساعدة؟
# Labels in the "Need help?" box, before a help point's address, phone number and opening times.
help-address = العنوان:
help-phone = الهاتف:
help-opening = ساعات العمل:

## Where a guide applies: the UK's nations
nation-england = إنجلترا
nation-northern-ireland = أيرلندا الشمالية
nation-scotland = اسكتلندا
nation-wales = ويلز
# $nations is one or more of the names above: "إنجلترا", "إنجلترا وويلز".
guide-nations = هذا الدليل للأشخاص الذين يعيشون في { $nations }.
# The label of a passage for some nations only.
nation-passage = إذا كنت تعيش في { $nations }
# Joins the last name to the others: $first may be several names with commas.
nations-and = { $first } و{ $last }

## Callout boxes and do and don't lists
callout-note = من المفيد أن تعرف
callout-tip = نصيحة
callout-important = مهم
callout-warning = تحذير
callout-caution = عاجل
# The label of a note for a digital champion or carer (> [!HELPER]), on print handouts.
callout-helper = للشخص الذي يساعد
advice-do = افعل
advice-dont = لا تفعل

## Translations
untranslated-mark = لم يُترجم بعد
untranslated-guide = هذا الدليل غير مترجم بعد. ستراه { $source ->
        [en] باللغة الإنجليزية
       *[other] باللغة التي كُتب بها
    }.
untranslated-parts = { $count ->
        [one] جزء واحد من هذا الدليل لم يُترجم بعد. وهو معلَّم بعبارة «لم يُترجم بعد».
        [two] جزءان من هذا الدليل لم يُترجما بعد. وهما معلَّمان بعبارة «لم يُترجم بعد».
        [few] { $count } أجزاء من هذا الدليل لم تُترجم بعد. وهي معلَّمة بعبارة «لم يُترجم بعد».
        [many] { $count } جزءًا من هذا الدليل لم تُترجم بعد. وهي معلَّمة بعبارة «لم يُترجم بعد».
       *[other] { $count } جزء من هذا الدليل لم تُترجم بعد. وهي معلَّمة بعبارة «لم يُترجم بعد».
    }
review-draft = لم يراجع هذه الترجمة بعدُ شخص يتقن اللغة العربية.
review-machine = تمت هذه الترجمة بمساعدة الحاسوب. لم يراجعها بعدُ شخص يتقن اللغة العربية.

## Dates: "21 نوفمبر 2026"
# same: day, month, year, as in English
date-format = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## The accessibility statement (one page per language, linked from every page's footer)
statement-link = بيان سهولة الوصول
statement-heading = بيان سهولة الوصول
# $organisation is who runs the site, from site.toml.
statement-intro = الجهة التي تدير هذا الموقع هي { $organisation }. نريد أن يستطيع أكبر عدد ممكن من الناس استخدامه.
statement-can = يمكنك تكبير النص حتى 4 مرات، وستبقى قادرًا على قراءة كل كلمة. يمكنك استخدام الموقع بلوحة المفاتيح فقط. يمكنك الاستماع إليه بقارئ الشاشة.
statement-status-heading = ما مدى سهولة الوصول إلى هذا الموقع
statement-status-full = يلبي هذا الموقع إرشادات سهولة الوصول إلى محتوى الويب (WCAG) بالكامل. الإصدار هو 2.2، والمستوى هو AA.
statement-status-partial = يلبي هذا الموقع إرشادات سهولة الوصول إلى محتوى الويب (WCAG) جزئيًا. الإصدار هو 2.2، والمستوى هو AA. تذكر القائمة أدناه ما لا يسهل الوصول إليه بعد.
# $pages is how many pages were checked.
statement-checked = نفحص جميع الصفحات، وعددها { $pages }، في كل مرة نبني فيها الموقع. الفحص بالحاسوب لا يجد كل المشاكل. من فضلك أخبرنا إذا وجدت مشكلة.
statement-problems-heading = ما لا يسهل الوصول إليه
statement-no-problems = لم تجد فحوصاتنا أي مشكلة.
statement-easy-read = سهل القراءة
# $pages is how many pages have the problem.
statement-problem-pages = { $pages ->
    [zero] 0 صفحة
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحة
   *[other] { $pages } صفحة
    }
statement-report-heading = أخبرنا عن مشكلة
statement-report = أخبرنا إذا لم تستطع استخدام جزء من هذا الموقع. وأخبرنا أيضًا إذا احتجت إلى دليل بطريقة أخرى. مثلًا بخط كبير، أو مقروءًا بصوت عالٍ.
statement-email = البريد الإلكتروني:
statement-phone = الهاتف:
statement-no-contact = اسأل في المكتبة أو عيادة الطبيب العام التي أخبرتك عن هذا الموقع.
statement-enforcement-heading = إذا لم تكن راضيًا عن ردنا
statement-enforcement = يجب أن تتبع مواقع الجهات العامة قواعد سهولة الوصول. تتأكد من ذلك Equality and Human Rights Commission (EHRC)، أي لجنة المساواة وحقوق الإنسان. هل أنت غير راضٍ عن طريقة ردنا عليك؟ اتصل إذن بـ Equality Advisory and Support Service (EASS)، أي خدمة المشورة والدعم للمساواة.
statement-enforcement-ni = في أيرلندا الشمالية، اتصل بـ Equality Commission for Northern Ireland (ECNI)، أي لجنة المساواة.
statement-prepared-heading = عن هذا البيان
# $date is when the statement was written, written out as in "Checked on".
statement-prepared = كتبنا هذا البيان في { $date }. ونفحصه مرة أخرى في كل مرة نبني فيها الموقع.
## Pages for other websites: the embedded guide and "Use this guide on your website"
embed-title = { $title } (لمواقع أخرى)
embed-full-guide = افتح الدليل كاملًا
share-link = استخدم هذا الدليل على موقعك
share-intro = يمكنك عرض هذا الدليل على موقعك مجانًا. يبقى الدليل محدّثًا دائمًا.
share-frame-heading = اعرض الدليل في إطار
share-frame-help = انسخ هذه الشيفرة. الصقها في صفحتك حيث تريد الدليل.
share-frame-preview = شاهد شكل الدليل في إطار
share-fragment-heading = ضع الدليل داخل صفحتك
share-fragment-help = يستطيع فريق موقعك وضع كلمات الدليل مباشرة في صفحتك. أضف ملف التنسيق هذا إلى الصفحة، ثم ملف الدليل.
share-fragment-file = ملف الدليل لصفحتك
share-data-heading = احصل على الدليل كبيانات
share-data-help = يستطيع فريق موقعك قراءة الدليل من هذا العنوان، ليعرضه بطريقته.
share-back = ارجع إلى الدليل

## Print handouts
print-title = { $title } (للطباعة)
print-link = اطبع هذا الدليل
print-online = اقرأ هذا الدليل على الإنترنت
print-qr = امسح هذا الرمز بكاميرا هاتفك لفتح الدليل على الإنترنت.
print-back = ارجع إلى الدليل

## Offline copy (easyguide bundle): README.txt, plain text for library staff
# $site is the site's name; $guides how many guides; $count how many languages and
# $languages their names; $updated the day the newest guide was updated; $address the
# website's address. Keep the file names START-HERE.html and README.txt as they are.
offline-readme =
    { $site }: نسخة تعمل بدون إنترنت

    هذا المجلد نسخة من الموقع { $site }. يعمل على حاسوب غير متصل بالإنترنت، مثلًا من ذاكرة USB.

    كيف تفتح النسخة
    1. أولًا فُكّ ضغط الملف: انقر عليه بالزر الأيمن للفأرة، واختر «Extract all» (استخراج الكل). الأدلة لا تعمل وهي داخل ملف zip.
    2. افتح المجلد الجديد. انقر مرتين على START-HERE.html. سيفتح في متصفح الإنترنت.
    3. اختر لغة، ثم اختر دليلًا.

    ماذا يوجد فيها
    { $guides ->
        [zero] { $guides } دليل
        [one] دليل واحد
        [two] دليلان
        [few] { $guides } أدلة
        [many] { $guides } دليلًا
       *[other] { $guides } دليل
    } { $count ->
        [zero] بـ{ $count } لغة
        [one] بلغة واحدة
        [two] بلغتين
        [few] بـ{ $count } لغات
        [many] بـ{ $count } لغةً
       *[other] بـ{ $count } لغة
    }: { $languages }.
    لكل دليل صفحة للطباعة: افتح الدليل، ثم اختر «اطبع هذا الدليل».
    الروابط إلى مواقع أخرى، مثل NHS 111 online، ما زالت تحتاج إلى الإنترنت.

    أحدث دليل في هذه النسخة تم تحديثه في { $updated }.
    للحصول على أحدث نسخة، زُر { $address }
