# Interface words of the easy theme, in English.
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.
# status: reviewed

skip-to-content = Skip to the main content
languages-heading = Languages
choose-language = Choose your language
guides-heading = Guides
guides-intro = Choose a guide. Each guide shows you what to do, step by step.
# The title of START-HERE.html, the first page of an offline copy (easyguide bundle).
start-title = Start here
all-guides = See all the guides
footer-note = These guides are written in easy read. The pictures help you follow each step.

## Guide pages
step-of = Step { $number } of { $total }
you-need = What you need
time-taken = How long it takes
updated = Checked on { $date }
review-due = We will check this guide again by { $date }.
sources = Where the facts come from
help-heading = Need help?
# Labels in the "Need help?" box, before a help point's address, phone number and opening times.
help-address = Address:
help-phone = Phone:
help-opening = Open:

## Where a guide applies: the UK's nations
nation-england = England
nation-northern-ireland = Northern Ireland
nation-scotland = Scotland
nation-wales = Wales
# $nations is one or more of the names above: "England", "England and Wales".
guide-nations = This guide is for people in { $nations }.
# The label of a passage for some nations only.
nation-passage = If you live in { $nations }
# Joins the last name to the others: $first may be several names with commas.
nations-and = { $first } and { $last }

## Callout boxes and do and don't lists
callout-note = Good to know
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Urgent
# The label of a note for a digital champion or carer (> [!HELPER]), on print handouts.
callout-helper = For the person helping
advice-do = Do
advice-dont = Do not

## Translations
# After a piece of a guide shown in the language it was written in.
untranslated-mark = not translated yet
# At the top of a guide with no translation into this language yet.
# $source is the language the guide was written in, as a code such as "en".
untranslated-guide = This guide is not translated yet. You will see it in { $source ->
        [en] English
       *[other] the language it was written in
    }.
# At the top of a guide that is partly translated. $count is how many parts are not.
untranslated-parts = { $count ->
        [one] 1 part of this guide is not translated yet. It is marked "not translated yet".
       *[other] { $count } parts of this guide are not translated yet. They are marked "not translated yet".
    }
# When a translation has not been checked by a person who speaks the language well.
review-draft = A fluent speaker has not checked this translation yet.
review-machine = A computer helped to make this translation. A fluent speaker has not checked it yet.

## Dates: "21 November 2026"
date-format = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The accessibility statement (one page per language, linked from every page's footer)
statement-link = Accessibility statement
statement-heading = Accessibility statement
# $organisation is who runs the site, from site.toml.
statement-intro = { $organisation } runs this website. We want as many people as possible to be able to use it.
statement-can = You can make the text bigger, up to 4 times, and still read every word. You can use the website with a keyboard only. You can listen to it with a screen reader.
statement-status-heading = How accessible this website is
statement-status-full = This website fully meets the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA.
statement-status-partial = This website partly meets the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA. The list below says what is not accessible yet.
# $pages is how many pages were checked.
statement-checked = We check all { $pages } pages every time we make the website. Computer checks cannot find every problem. Please tell us if you find one.
statement-problems-heading = What is not accessible
statement-no-problems = Our checks found no problems.
statement-easy-read = Easy read
# $pages is how many pages have the problem.
statement-problem-pages = { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
statement-report-heading = Tell us about a problem
statement-report = Tell us if you cannot use part of this website, or if you need a guide in another way, for example in large print or read out.
statement-email = Email:
statement-phone = Phone:
statement-no-contact = Ask at the library or GP surgery that told you about this website.
statement-enforcement-heading = If you are not happy with our answer
statement-enforcement = The Equality and Human Rights Commission (EHRC) makes sure public websites follow the rules on accessibility. If you are not happy with how we answer you, contact the Equality Advisory and Support Service (EASS).
statement-enforcement-ni = In Northern Ireland, contact the Equality Commission for Northern Ireland (ECNI).
statement-prepared-heading = About this statement
# $date is when the statement was written, written out as in "Checked on".
statement-prepared = We wrote this statement on { $date }. It is checked again every time we make the website.
## Pages for other websites: the embedded guide and "Use this guide on your website"
embed-title = { $title } (for other websites)
embed-full-guide = Open the full guide
share-link = Use this guide on your website
share-intro = You can show this guide on your own website for free. It stays up to date.
share-frame-heading = Show the guide in a frame
share-frame-help = Copy this code. Paste it into your web page where the guide should go.
share-frame-preview = See how the guide looks in a frame
share-fragment-heading = Put the guide into your page
share-fragment-help = Your web team can put the guide's words straight into your page. Add this stylesheet to the page, then the guide's file.
share-fragment-file = The guide's file for your page
share-data-heading = Get the guide as data
share-data-help = Your web team can read the guide from this address, to show it in their own way.
share-back = Back to the guide

## Print handouts
print-title = { $title } (to print)
print-link = Print this guide
print-online = Read this guide online
print-qr = Scan this code with your phone camera to open the guide online.
print-back = Back to the guide

## Offline copy (easyguide bundle): README.txt, plain text for library staff
# $site is the site's name; $guides how many guides; $count how many languages and
# $languages their names; $updated the day the newest guide was updated; $address the
# website's address. Keep the file names START-HERE.html and README.txt as they are.
offline-readme =
    { $site }: offline copy

    This folder is a copy of the website { $site }. It works on a computer with no internet connection, for example from a USB stick.

    How to open it
    1. Unzip the file first: right-click it and choose "Extract all". The guides do not work from inside the zip file.
    2. Open the new folder and double-click START-HERE.html. It opens in the web browser.
    3. Choose a language, then a guide.

    What is in it
    { $guides ->
        [one] 1 guide
       *[other] { $guides } guides
    } in { $count ->
        [one] 1 language
       *[other] { $count } languages
    }: { $languages }.
    Every guide has a page to print: open the guide, then choose "Print this guide".
    Links to other websites, such as NHS 111 online, still need the internet.

    The newest guide in this copy was updated on { $updated }.
    For the newest version, visit { $address }
