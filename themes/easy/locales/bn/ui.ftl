# Interface words of the easy theme, in Bengali (বাংলা).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = মূল বিষয়বস্তুতে যান
languages-heading = ভাষা
choose-language = আপনার ভাষা বেছে নিন
guides-heading = নির্দেশিকা
guides-intro = একটি নির্দেশিকা বেছে নিন। প্রতিটি নির্দেশিকা আপনাকে ধাপে ধাপে দেখায় কী করতে হবে।
# The title of START-HERE.html, the first page of an offline copy (easyguide bundle).
start-title = এখান থেকে শুরু করুন
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
# Labels in the "Need help?" box, before a help point's address, phone number and opening times.
help-address = ঠিকানা:
help-phone = ফোন:
help-opening = খোলার সময়:

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
# The label of a note for a digital champion or carer (> [!HELPER]), on print handouts.
callout-helper = যিনি সাহায্য করছেন তাঁর জন্য
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
# same: day, month, year, as in English
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

## The accessibility statement (one page per language, linked from every page's footer)
statement-link = প্রবেশযোগ্যতা বিবৃতি
statement-heading = প্রবেশযোগ্যতা বিবৃতি
# $organisation is who runs the site, from site.toml.
statement-intro = { $organisation } এই ওয়েবসাইটটি চালায়। আমরা চাই, যত বেশি সম্ভব মানুষ যেন এটি ব্যবহার করতে পারেন।
statement-can = আপনি লেখা 4 গুণ পর্যন্ত বড় করতে পারেন। তখনও আপনি প্রতিটি শব্দ পড়তে পারবেন। আপনি শুধু কিবোর্ড দিয়ে ওয়েবসাইটটি ব্যবহার করতে পারেন। আপনি স্ক্রিন রিডার দিয়ে এটি শুনতে পারেন।
statement-status-heading = এই ওয়েবসাইটটি কতটা প্রবেশযোগ্য
statement-status-full = এই ওয়েবসাইটটি ওয়েব বিষয়বস্তুর প্রবেশযোগ্যতা নির্দেশনা (WCAG) পুরোপুরি মেনে চলে। সংস্করণটি 2.2, আর স্তরটি AA।
statement-status-partial = এই ওয়েবসাইটটি ওয়েব বিষয়বস্তুর প্রবেশযোগ্যতা নির্দেশনা (WCAG) কিছুটা মেনে চলে। সংস্করণটি 2.2, আর স্তরটি AA। নিচের তালিকায় লেখা আছে কী এখনও প্রবেশযোগ্য নয়।
# $pages is how many pages were checked.
statement-checked = প্রতিবার ওয়েবসাইটটি তৈরি করার সময় আমরা সব { $pages }টি পৃষ্ঠা যাচাই করি। কম্পিউটারের যাচাই সব সমস্যা খুঁজে পায় না। আপনি কোনো সমস্যা পেলে দয়া করে আমাদের জানান।
statement-problems-heading = কী প্রবেশযোগ্য নয়
statement-no-problems = আমাদের যাচাই কোনো সমস্যা খুঁজে পায়নি।
statement-easy-read = সহজপাঠ্য
# $pages is how many pages have the problem.
statement-problem-pages = { $pages ->
    [one] 1টি পৃষ্ঠা
   *[other] { $pages }টি পৃষ্ঠা
    }
statement-report-heading = কোনো সমস্যার কথা আমাদের জানান
statement-report = এই ওয়েবসাইটের কোনো অংশ ব্যবহার করতে না পারলে আমাদের জানান। কোনো নির্দেশিকা অন্যভাবে দরকার হলেও আমাদের জানান। যেমন বড় অক্ষরে ছাপা, বা পড়ে শোনানো।
statement-email = ইমেইল:
statement-phone = ফোন:
statement-no-contact = যে লাইব্রেরি বা জিপি সার্জারি আপনাকে এই ওয়েবসাইটের কথা বলেছে, সেখানে জিজ্ঞেস করুন।
statement-enforcement-heading = আমাদের উত্তরে আপনি খুশি না হলে
statement-enforcement = সরকারি প্রতিষ্ঠানের ওয়েবসাইটগুলোকে প্রবেশযোগ্যতার নিয়ম মানতে হয়। Equality and Human Rights Commission (EHRC), অর্থাৎ সমতা ও মানবাধিকার কমিশন, এটি নিশ্চিত করে। আমরা যেভাবে উত্তর দিই, তাতে কি আপনি খুশি নন? তাহলে আপনি এই সেবার সাথে যোগাযোগ করুন: Equality Advisory and Support Service (EASS)। এর মানে হলো সমতা বিষয়ে পরামর্শ ও সহায়তার সেবা।
statement-enforcement-ni = নর্দান আয়ারল্যান্ডে আপনি এই কমিশনের সাথে যোগাযোগ করুন: Equality Commission for Northern Ireland (ECNI)। এর মানে হলো নর্দান আয়ারল্যান্ডের সমতা কমিশন।
statement-prepared-heading = এই বিবৃতি সম্পর্কে
# $date is when the statement was written, written out as in "Checked on".
statement-prepared = আমরা এই বিবৃতিটি { $date } তারিখে লিখেছি। প্রতিবার ওয়েবসাইটটি তৈরি করার সময় আমরা এটি আবার যাচাই করি।
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

## Offline copy (easyguide bundle): README.txt, plain text for library staff
# $site is the site's name; $guides how many guides; $count how many languages and
# $languages their names; $updated the day the newest guide was updated; $address the
# website's address. Keep the file names START-HERE.html and README.txt as they are.
offline-readme =
    { $site }: অফলাইন কপি

    এই ফোল্ডারটি { $site } ওয়েবসাইটের একটি কপি। এটি ইন্টারনেট ছাড়াই কম্পিউটারে চলে, যেমন একটি USB স্টিক থেকে।

    কীভাবে খুলবেন
    1. প্রথমে ফাইলটি আনজিপ করুন: এর ওপর রাইট-ক্লিক করুন আর «Extract all» (সব বের করুন) বেছে নিন। zip ফাইলের ভেতর থেকে নির্দেশিকাগুলো কাজ করে না।
    2. নতুন ফোল্ডারটি খুলুন। START-HERE.html ফাইলটিতে ডাবল-ক্লিক করুন। এটি ওয়েব ব্রাউজারে খুলবে।
    3. একটি ভাষা বেছে নিন, তারপর একটি নির্দেশিকা।

    এতে কী আছে
    { $guides ->
        [one] 1টি নির্দেশিকা
       *[other] { $guides }টি নির্দেশিকা
    }, { $count ->
        [one] 1টি ভাষায়
       *[other] { $count }টি ভাষায়
    }: { $languages }।
    প্রতিটি নির্দেশিকার একটি প্রিন্ট করার পৃষ্ঠা আছে: নির্দেশিকাটি খুলুন, তারপর «এই গাইডটি প্রিন্ট করুন» বেছে নিন।
    অন্য ওয়েবসাইটের লিংক, যেমন NHS 111 online, খুলতে এখনও ইন্টারনেট লাগবে।

    এই কপির সবচেয়ে নতুন নির্দেশিকাটি { $updated } তারিখে হালনাগাদ করা হয়েছে।
    সবচেয়ে নতুন সংস্করণের জন্য এখানে যান: { $address }
