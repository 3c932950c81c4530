# Interface words of the easy theme, in Welsh (Cymraeg).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = Neidio i'r prif gynnwys
languages-heading = Ieithoedd
choose-language = Dewiswch eich iaith
guides-heading = Canllawiau
guides-intro = Dewiswch ganllaw. Mae pob canllaw yn dangos i chi beth i'w wneud, gam wrth gam.
all-guides = Gweld yr holl ganllawiau
footer-note = Mae'r canllawiau hyn mewn iaith hawdd ei darllen. Mae'r lluniau'n eich helpu i ddilyn pob cam.

## Guide pages
step-of = Cam { $number } o { $total }
you-need = Beth sydd ei angen arnoch chi
time-taken = Faint o amser mae'n ei gymryd
updated = Gwiriwyd ar { $date }
review-due = Byddwn ni'n gwirio'r canllaw hwn eto erbyn { $date }.
sources = O ble mae'r ffeithiau'n dod
help-heading = Angen help?

## Where a guide applies: the UK's nations
# The names only ever stand inside the sentences below, so Scotland is "yr Alban" in lower case.
nation-england = Lloegr
nation-northern-ireland = Gogledd Iwerddon
nation-scotland = yr Alban
nation-wales = Cymru
# "pobl Cymru" (the people of Wales) needs no mutation, whichever names $nations holds.
guide-nations = Mae'r canllaw hwn ar gyfer pobl { $nations }.
# "yn" changes the name after it (yng Nghymru), so the common single names are written out.
nation-passage = { $nations ->
        [Cymru] Os ydych chi'n byw yng Nghymru
        [Lloegr] Os ydych chi'n byw yn Lloegr
       *[other] Ar gyfer pobl { $nations }
    }
# "a" changes Cymru to Chymru.
nations-and = { $last ->
        [Cymru] { $first } a Chymru
       *[other] { $first } a { $last }
    }

## Callout boxes and do and don't lists
callout-note = Da gwybod
callout-tip = Awgrym
callout-important = Pwysig
callout-warning = Rhybudd
callout-caution = Brys
advice-do = Gwnewch
advice-dont = Peidiwch

## Translations
untranslated-mark = heb ei gyfieithu eto
untranslated-guide = Nid yw'r canllaw hwn wedi'i gyfieithu eto. Byddwch chi'n ei weld yn { $source ->
        [en] Saesneg
       *[other] yr iaith y cafodd ei ysgrifennu ynddi
    }.
untranslated-parts = { $count ->
        [one] Nid yw 1 rhan o'r canllaw hwn wedi'i chyfieithu eto. Mae wedi'i marcio "heb ei gyfieithu eto".
       *[other] Nid yw { $count } rhan o'r canllaw hwn wedi'u cyfieithu eto. Maen nhw wedi'u marcio "heb ei gyfieithu eto".
    }
review-draft = Nid yw siaradwr Cymraeg rhugl wedi gwirio'r cyfieithiad hwn eto.
review-machine = Cafodd y cyfieithiad hwn ei wneud gyda help cyfrifiadur. Nid yw siaradwr Cymraeg rhugl wedi'i wirio eto.

## Dates: "21 Tachwedd 2026"
# same: day, month, year, as in English
date-format = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
