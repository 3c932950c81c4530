# Interface words of the easy theme, in Bengali (বাংলা).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = মূল বিষয়বস্তুতে যান
languages-heading = ভাষা
choose-language = আপনার ভাষা বেছে নিন
guides-heading = নির্দেশিকা
guides-intro = একটি নির্দেশিকা বেছে নিন। প্রতিটি নির্দেশিকা আপনাকে ধাপে ধাপে দেখায় কী করতে হবে।
all-guides = সব নির্দেশিকা দেখুন
footer-note = এই নির্দেশিকাগুলো সহজ ভাষায় লেখা। ছবিগুলো আপনাকে প্রতিটি ধাপ অনুসরণ করতে সাহায্য করে।

## Guide pages
step-of = ধাপ { $number }, মোট { $total }টি ধাপের মধ্যে
you-need = আপনার যা লাগবে
time-taken = কত সময় লাগে
updated = { $date } তারিখে যাচাই করা হয়েছে
review-due = আমরা { $date } তারিখের মধ্যে এই নির্দেশিকাটি আবার যাচাই করব।
sources = তথ্য কোথা থেকে এসেছে
help-heading = সাহায্য দরকার?

## Where a guide applies: the UK's nations
nation-england = ইংল্যান্ড
nation-northern-ireland = নর্দান আয়ারল্যান্ড
nation-scotland = স্কটল্যান্ড
nation-wales = ওয়েলস
# $nations is one or more of the names above: "England", "England and Wales".
guide-nations = এই নির্দেশিকাটি { $nations }-এর মানুষের জন্য।
# The label of a passage for some nations only.
nation-passage = আপনি যদি { $nations }-এ থাকেন
# Joins the last name to the others: $first may be several names with commas.
nations-and = { $first } ও { $last }

## Callout boxes and do and don't lists
callout-note = জেনে রাখা ভালো
callout-tip = পরামর্শ
callout-important = গুরুত্বপূর্ণ
callout-warning = সতর্কতা
callout-caution = জরুরি
advice-do = করুন
advice-dont = করবেন না

## Translations
untranslated-mark = এখনও অনুবাদ করা হয়নি
untranslated-guide = এই নির্দেশিকাটি এখনও অনুবাদ করা হয়নি। আপনি এটি { $source ->
        [en] ইংরেজিতে
       *[other] যে ভাষায় এটি লেখা হয়েছিল সেই ভাষায়
    } দেখবেন।
untranslated-parts = { $count ->
        [one] এই নির্দেশিকার 1টি অংশ এখনও অনুবাদ করা হয়নি। এটিতে «এখনও অনুবাদ করা হয়নি» লেখা আছে।
       *[other] এই নির্দেশিকার { $count }টি অংশ এখনও অনুবাদ করা হয়নি। সেগুলোতে «এখনও অনুবাদ করা হয়নি» লেখা আছে।
    }
review-draft = বাংলা ভালোভাবে বলতে পারেন এমন কেউ এখনও এই অনুবাদটি যাচাই করেননি।
review-machine = এই অনুবাদটি কম্পিউটারের সাহায্যে করা হয়েছে। বাংলা ভালোভাবে বলতে পারেন এমন কেউ এখনও এটি যাচাই করেননি।

## Dates: "21 নভেম্বর 2026"
date-format = { $day } { $month } { $year }
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

## Pages for other websites: the embedded guide and "Use this guide on your website"
embed-title = { $title } (অন্য ওয়েবসাইটের জন্য)
embed-full-guide = পুরো গাইডটি খুলুন
share-link = এই গাইডটি আপনার ওয়েবসাইটে ব্যবহার করুন
share-intro = আপনি এই গাইডটি আপনার ওয়েবসাইটে বিনামূল্যে দেখাতে পারেন। এটি সবসময় হালনাগাদ থাকে।
share-frame-heading = গাইডটি একটি ফ্রেমে দেখান
share-frame-help = এই কোডটি কপি করুন। গাইডটি যেখানে চান, আপনার ওয়েব পেজের সেখানে পেস্ট করুন।
share-frame-preview = ফ্রেমে গাইডটি কেমন দেখায় দেখুন
share-fragment-heading = গাইডটি আপনার পেজের ভেতরে দিন
share-fragment-help = আপনার ওয়েব টিম গাইডের লেখা সরাসরি আপনার পেজে দিতে পারে। পেজে এই স্টাইলশিটটি যোগ করুন, তারপর গাইডের ফাইলটি।
share-fragment-file = আপনার পেজের জন্য গাইডের ফাইল
share-data-heading = গাইডটি ডেটা হিসেবে নিন
share-data-help = আপনার ওয়েব টিম এই ঠিকানা থেকে গাইডটি পড়তে পারে, নিজেদের মতো করে দেখানোর জন্য।
share-back = গাইডে ফিরে যান

## Print handouts
print-title = { $title } (প্রিন্ট করার জন্য)
print-link = এই গাইডটি প্রিন্ট করুন
print-online = এই গাইডটি অনলাইনে পড়ুন
print-qr = গাইডটি অনলাইনে খুলতে আপনার ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।
print-back = গাইডে ফিরে যান
