# Interface words of the easy theme, in Urdu (اردو).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = مرکزی مواد پر جائیں
languages-heading = زبانیں
choose-language = اپنی زبان منتخب کریں
guides-heading = گائیڈز
guides-intro = ایک گائیڈ منتخب کریں۔ ہر گائیڈ آپ کو قدم بہ قدم بتاتی ہے کہ کیا کرنا ہے۔
# The title of START-HERE.html, the first page of an offline copy (easyguide bundle).
start-title = یہاں سے شروع کریں
all-guides = تمام گائیڈز دیکھیں
footer-note = یہ گائیڈز آسان زبان میں لکھی گئی ہیں۔ تصویریں ہر قدم پر عمل کرنے میں آپ کی مدد کرتی ہیں۔

## Guide pages
step-of = مرحلہ { $number } از { $total }
you-need = آپ کو کیا چاہیے
time-taken = اس میں کتنا وقت لگتا ہے
updated = { $date } کو جانچا گیا
review-due = ہم اس گائیڈ کو { $date } تک دوبارہ جانچیں گے۔
sources = معلومات کہاں سے لی گئی ہیں
help-heading = مدد چاہیے؟
# Labels in the "Need help?" box, before a help point's address, phone number and opening times.
help-address = پتہ:
help-phone = فون:
help-opening = کھلنے کے اوقات:

## Where a guide applies: the UK's nations
nation-england = انگلینڈ
nation-northern-ireland = ناردرن آئرلینڈ
nation-scotland = اسکاٹ لینڈ
nation-wales = ویلز
# $nations is one or more of the names above: "England", "England and Wales".
guide-nations = یہ گائیڈ { $nations } کے لوگوں کے لیے ہے۔
# The label of a passage for some nations only.
nation-passage = اگر آپ { $nations } میں رہتے ہیں
# Joins the last name to the others: $first may be several names with commas.
nations-and = { $first } اور { $last }

## Callout boxes and do and don't lists
callout-note = جاننا مفید ہے
callout-tip = مشورہ
callout-important = اہم
callout-warning = انتباہ
callout-caution = فوری
# The label of a note for a digital champion or carer (> [!HELPER]), on print handouts.
callout-helper = مدد کرنے والے شخص کے لیے
advice-do = یہ کریں
advice-dont = یہ نہ کریں

## Translations
untranslated-mark = ابھی ترجمہ نہیں ہوا
untranslated-guide = اس گائیڈ کا ابھی ترجمہ نہیں ہوا۔ آپ اسے { $source ->
        [en] انگریزی میں
       *[other] اسی زبان میں جس میں یہ لکھی گئی تھی
    } دیکھیں گے۔
untranslated-parts = { $count ->
        [one] اس گائیڈ کے 1 حصے کا ابھی ترجمہ نہیں ہوا۔ اس پر «ابھی ترجمہ نہیں ہوا» لکھا ہے۔
       *[other] اس گائیڈ کے { $count } حصوں کا ابھی ترجمہ نہیں ہوا۔ ان پر «ابھی ترجمہ نہیں ہوا» لکھا ہے۔
    }
review-draft = اردو اچھی طرح بولنے والے کسی شخص نے ابھی اس ترجمے کو نہیں جانچا۔
review-machine = یہ ترجمہ کمپیوٹر کی مدد سے کیا گیا ہے۔ اردو اچھی طرح بولنے والے کسی شخص نے ابھی اسے نہیں جانچا۔

## Dates: "21 نومبر 2026"
# same: day, month, year, as in English
date-format = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## The accessibility statement (one page per language, linked from every page's footer)
statement-link = رسائی کا بیان
statement-heading = رسائی کا بیان
# $organisation is who runs the site, from site.toml.
statement-intro = اس ویب سائٹ کو چلانے والا ادارہ { $organisation } ہے۔ ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ اسے استعمال کر سکیں۔
statement-can = آپ متن کو 4 گنا تک بڑا کر سکتے ہیں۔ پھر بھی آپ ہر لفظ پڑھ سکیں گے۔ آپ صرف کی بورڈ سے ویب سائٹ استعمال کر سکتے ہیں۔ آپ اسکرین ریڈر کے ذریعے اسے سن سکتے ہیں۔
statement-status-heading = یہ ویب سائٹ کتنی قابلِ رسائی ہے
statement-status-full = ویب مواد تک رسائی کی ہدایات کو WCAG کہتے ہیں۔ یہ ویب سائٹ ان ہدایات پر پوری طرح عمل کرتی ہے۔ یہ ورژن 2.2 اور لیول AA کی بات ہے۔
statement-status-partial = ویب مواد تک رسائی کی ہدایات کو WCAG کہتے ہیں۔ یہ ویب سائٹ کچھ حد تک ان ہدایات پر عمل کرتی ہے۔ یہ ورژن 2.2 اور لیول AA کی بات ہے۔ نیچے دی گئی فہرست بتاتی ہے کہ ابھی کیا قابلِ رسائی نہیں ہے۔
# $pages is how many pages were checked.
statement-checked = ہر بار ویب سائٹ بناتے وقت ہم تمام { $pages } صفحات جانچتے ہیں۔ کمپیوٹر کی جانچ ہر مسئلہ نہیں ڈھونڈ سکتی۔ اگر آپ کو کوئی مسئلہ ملے تو براہ کرم ہمیں بتائیں۔
statement-problems-heading = کیا قابلِ رسائی نہیں ہے
statement-no-problems = ہماری جانچ میں کوئی مسئلہ نہیں ملا۔
statement-easy-read = پڑھنے میں آسان
# $pages is how many pages have the problem.
statement-problem-pages = { $pages ->
    [one] 1 صفحہ
   *[other] { $pages } صفحات
    }
statement-report-heading = ہمیں کسی مسئلے کے بارے میں بتائیں
statement-report = اگر آپ ویب سائٹ کا کوئی حصہ استعمال نہیں کر سکتے تو ہمیں بتائیں۔ اگر آپ کو کوئی گائیڈ کسی اور طریقے سے چاہیے تو بھی ہمیں بتائیں۔ مثلاً بڑے حروف میں، یا پڑھ کر سنائی گئی۔
statement-email = ای میل:
statement-phone = فون:
statement-no-contact = جس لائبریری یا جی پی سرجری نے یہ ویب سائٹ بتائی، وہاں پوچھیں۔
statement-enforcement-heading = اگر آپ ہمارے جواب سے خوش نہیں ہیں
statement-enforcement = عوامی اداروں کی ویب سائٹوں کو رسائی کے اصول ماننے ہوتے ہیں۔ یہ بات ایک کمیشن یقینی بناتا ہے: Equality and Human Rights Commission (EHRC)۔ اس کا مطلب ہے: مساوات اور انسانی حقوق کا کمیشن۔ کیا آپ ہمارے جواب دینے کے طریقے سے خوش نہیں ہیں؟ تو پھر اس سروس سے رابطہ کریں: Equality Advisory and Support Service (EASS)۔ اس کا مطلب ہے: مساوات کے بارے میں مشورے اور مدد کی سروس۔
statement-enforcement-ni = ناردرن آئرلینڈ میں اس کمیشن سے رابطہ کریں: Equality Commission for Northern Ireland (ECNI)۔ اس کا مطلب ہے: ناردرن آئرلینڈ کا مساوات کمیشن۔
statement-prepared-heading = اس بیان کے بارے میں
# $date is when the statement was written, written out as in "Checked on".
statement-prepared = ہم نے یہ بیان { $date } کو لکھا۔ ہر بار ویب سائٹ بناتے وقت ہم اسے دوبارہ جانچتے ہیں۔
## Pages for other websites: the embedded guide and "Use this guide on your website"
embed-title = { $title } (دوسری ویب سائٹوں کے لیے)
embed-full-guide = پوری گائیڈ کھولیں
share-link = یہ گائیڈ اپنی ویب سائٹ پر لگائیں
share-intro = آپ یہ گائیڈ اپنی ویب سائٹ پر مفت دکھا سکتے ہیں۔ یہ ہمیشہ تازہ رہتی ہے۔
share-frame-heading = گائیڈ کو ایک فریم میں دکھائیں
share-frame-help = یہ کوڈ کاپی کریں۔ اسے اپنے ویب صفحے پر وہاں لگائیں جہاں گائیڈ ہونی چاہیے۔
share-frame-preview = دیکھیں کہ گائیڈ فریم میں کیسی لگتی ہے
share-fragment-heading = گائیڈ کو اپنے صفحے میں ڈالیں
share-fragment-help = آپ کی ویب ٹیم گائیڈ کے الفاظ سیدھے آپ کے صفحے میں ڈال سکتی ہے۔ صفحے میں یہ اسٹائل شیٹ شامل کریں، پھر گائیڈ کی فائل۔
share-fragment-file = آپ کے صفحے کے لیے گائیڈ کی فائل
share-data-heading = گائیڈ کو ڈیٹا کے طور پر لیں
share-data-help = آپ کی ویب ٹیم اس پتے سے گائیڈ پڑھ سکتی ہے، تاکہ اسے اپنے طریقے سے دکھائے۔
share-back = گائیڈ پر واپس جائیں

## Print handouts
print-title = { $title } (پرنٹ کرنے کے لیے)
print-link = یہ گائیڈ پرنٹ کریں
print-online = یہ گائیڈ انٹرنیٹ پر پڑھیں
print-qr = گائیڈ انٹرنیٹ پر کھولنے کے لیے یہ کوڈ اپنے فون کے کیمرے سے اسکین کریں۔
print-back = گائیڈ پر واپس جائیں

## Offline copy (easyguide bundle): README.txt, plain text for library staff
# $site is the site's name; $guides how many guides; $count how many languages and
# $languages their names; $updated the day the newest guide was updated; $address the
# website's address. Keep the file names START-HERE.html and README.txt as they are.
offline-readme =
    { $site }: آف لائن کاپی

    یہ فولڈر ویب سائٹ { $site } کی کاپی ہے۔ یہ انٹرنیٹ کے بغیر کمپیوٹر پر چلتا ہے، مثلاً USB اسٹک سے۔

    اسے کیسے کھولیں
    1. پہلے فائل کو ان زپ کریں: اس پر رائٹ کلک کریں اور «Extract all» (سب نکالیں) منتخب کریں۔ زپ فائل کے اندر سے گائیڈز کام نہیں کرتیں۔
    2. نیا فولڈر کھولیں۔ START-HERE.html پر ڈبل کلک کریں۔ یہ ویب براؤزر میں کھلے گا۔
    3. ایک زبان منتخب کریں، پھر ایک گائیڈ۔

    اس میں کیا ہے
    { $guides ->
        [one] 1 گائیڈ ہے
       *[other] { $guides } گائیڈز ہیں
    }، { $count ->
        [one] 1 زبان میں
       *[other] { $count } زبانوں میں
    }: { $languages }۔
    ہر گائیڈ کا ایک صفحہ پرنٹ کرنے کے لیے ہے: گائیڈ کھولیں، پھر «یہ گائیڈ پرنٹ کریں» منتخب کریں۔
    دوسری ویب سائٹوں کے لنکس کے لیے، جیسے NHS 111 online، پھر بھی انٹرنیٹ چاہیے۔

    اس کاپی کی سب سے نئی گائیڈ { $updated } کو اپ ڈیٹ ہوئی تھی۔
    سب سے نیا ورژن دیکھنے کے لیے یہاں جائیں: { $address }
