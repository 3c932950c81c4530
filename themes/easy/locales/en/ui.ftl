# Interface words of the easy theme, in English.
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = Skip to the main content
languages-heading = Languages
choose-language = Choose your language
guides-heading = Guides
guides-intro = Choose a guide. Each guide shows you what to do, step by step.
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

## Callout boxes and do and don't lists
callout-note = Good to know
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Urgent
advice-do = Do
advice-dont = Do not

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
