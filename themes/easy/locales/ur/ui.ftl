# Interface words of the easy theme, in Urdu (اردو).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = مرکزی مواد پر جائیں
languages-heading = زبانیں
choose-language = اپنی زبان منتخب کریں
guides-heading = گائیڈز
guides-intro = ایک گائیڈ منتخب کریں۔ ہر گائیڈ آپ کو قدم بہ قدم بتاتی ہے کہ کیا کرنا ہے۔
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
