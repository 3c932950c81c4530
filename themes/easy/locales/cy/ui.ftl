# Interface words of the easy theme, in Welsh (Cymraeg).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = Neidio i'r prif gynnwys
languages-heading = Ieithoedd
choose-language = Dewiswch eich iaith
guides-heading = Canllawiau
guides-intro = Dewiswch ganllaw. Mae pob canllaw yn dangos i chi beth i'w wneud, gam wrth gam.
# The title of START-HERE.html, the first page of an offline copy (easyguide bundle).
start-title = Dechrau yma
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
# Labels in the "Need help?" box, before a help point's address, phone number and opening times.
help-address = Cyfeiriad:
help-phone = Ffôn:
help-opening = Ar agor:

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
# The label of a note for a digital champion or carer (> [!HELPER]), on print handouts.
callout-helper = I'r person sy'n helpu
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

## The accessibility statement (one page per language, linked from every page's footer)
statement-link = Datganiad hygyrchedd
statement-heading = Datganiad hygyrchedd
# $organisation is who runs the site, from site.toml.
statement-intro = Mae { $organisation } yn rhedeg y wefan hon. Rydyn ni eisiau i gymaint o bobl â phosibl allu ei defnyddio.
statement-can = Gallwch chi wneud y testun hyd at 4 gwaith yn fwy. Byddwch chi'n dal i allu darllen pob gair. Gallwch chi ddefnyddio'r wefan gyda bysellfwrdd yn unig. Gallwch chi wrando arni gyda darllenydd sgrin.
statement-status-heading = Pa mor hygyrch yw'r wefan hon
statement-status-full = Mae'r wefan hon yn bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) yn llawn. Y fersiwn yw 2.2, a'r lefel yw AA.
statement-status-partial = Mae'r wefan hon yn bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) yn rhannol. Y fersiwn yw 2.2, a'r lefel yw AA. Mae'r rhestr isod yn dweud beth sydd ddim yn hygyrch eto.
# $pages is how many pages were checked.
statement-checked = Rydyn ni'n gwirio'r { $pages } tudalen i gyd bob tro rydyn ni'n gwneud y wefan. Ni all gwiriadau cyfrifiadur ddod o hyd i bob problem. Rhowch wybod i ni os byddwch chi'n dod o hyd i un.
statement-problems-heading = Beth sydd ddim yn hygyrch
statement-no-problems = Ni wnaeth ein gwiriadau ddod o hyd i unrhyw broblemau.
statement-easy-read = Hawdd ei ddeall
# $pages is how many pages have the problem.
statement-problem-pages = { $pages ->
    [zero] 0 tudalen
    [one] 1 dudalen
    [two] 2 dudalen
    [few] 3 tudalen
    [many] 6 thudalen
   *[other] { $pages } tudalen
    }
statement-report-heading = Rhowch wybod i ni am broblem
statement-report = Rhowch wybod i ni os na allwch chi ddefnyddio rhan o'r wefan hon. Rhowch wybod i ni hefyd os oes angen canllaw arnoch chi mewn ffordd arall. Er enghraifft, mewn print bras neu wedi'i ddarllen yn uchel.
statement-email = E-bost:
statement-phone = Ffôn:
statement-no-contact = Gofynnwch yn y llyfrgell neu'r feddygfa a ddywedodd wrthych chi am y wefan hon.
statement-enforcement-heading = Os nad ydych chi'n hapus gyda'n hateb
statement-enforcement = Mae'n rhaid i wefannau cyhoeddus ddilyn y rheolau hygyrchedd. Mae'r Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) yn gwneud yn siŵr o hyn. Ydych chi'n anhapus gyda'r ffordd rydyn ni'n eich ateb? Yna cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).
statement-enforcement-ni = Yng Ngogledd Iwerddon, cysylltwch â'r Equality Commission for Northern Ireland (ECNI). Dyma Gomisiwn Cydraddoldeb Gogledd Iwerddon.
statement-prepared-heading = Am y datganiad hwn
# $date is when the statement was written, written out as in "Checked on".
statement-prepared = Ysgrifennon ni'r datganiad hwn ar { $date }. Rydyn ni'n ei wirio eto bob tro rydyn ni'n gwneud y wefan.
## Pages for other websites: the embedded guide and "Use this guide on your website"
embed-title = { $title } (ar gyfer gwefannau eraill)
embed-full-guide = Agor y canllaw llawn
share-link = Defnyddio'r canllaw hwn ar eich gwefan
share-intro = Gallwch ddangos y canllaw hwn ar eich gwefan eich hun am ddim. Mae'n aros yn gyfredol.
share-frame-heading = Dangos y canllaw mewn ffrâm
share-frame-help = Copïwch y cod hwn. Gludwch ef yn eich tudalen we lle dylai'r canllaw fynd.
share-frame-preview = Gweld sut mae'r canllaw yn edrych mewn ffrâm
share-fragment-heading = Rhoi'r canllaw yn eich tudalen
share-fragment-help = Gall eich tîm gwe roi geiriau'r canllaw yn syth yn eich tudalen. Ychwanegwch y ddalen arddull hon at y dudalen, yna ffeil y canllaw.
share-fragment-file = Ffeil y canllaw ar gyfer eich tudalen
share-data-heading = Cael y canllaw fel data
share-data-help = Gall eich tîm gwe ddarllen y canllaw o'r cyfeiriad hwn, i'w ddangos yn eu ffordd eu hunain.
share-back = Yn ôl i'r canllaw

## Print handouts
print-title = { $title } (i'w argraffu)
print-link = Argraffu'r canllaw hwn
print-online = Darllen y canllaw hwn ar-lein
print-qr = Sganiwch y cod hwn gyda chamera eich ffôn i agor y canllaw ar-lein.
print-back = Yn ôl i'r canllaw

## Offline copy (easyguide bundle): README.txt, plain text for library staff
# $site is the site's name; $guides how many guides; $count how many languages and
# $languages their names; $updated the day the newest guide was updated; $address the
# website's address. Keep the file names START-HERE.html and README.txt as they are.
offline-readme =
    { $site }: copi all-lein

    Copi o'r wefan { $site } yw'r ffolder yma. Mae'n gweithio ar gyfrifiadur heb y rhyngrwyd, er enghraifft o gof bach USB.

    Sut i'w agor
    1. Yn gyntaf, dadsipiwch y ffeil: de-gliciwch arni a dewiswch "Extract all" (Echdynnu'r cyfan). Nid yw'r canllawiau'n gweithio y tu mewn i'r ffeil zip.
    2. Agorwch y ffolder newydd. Cliciwch ddwywaith ar START-HERE.html. Mae'n agor yn y porwr gwe.
    3. Dewiswch iaith. Yna dewiswch ganllaw.

    Beth sydd ynddo
    { $guides ->
        [zero] { $guides } canllaw
        [one] 1 canllaw
        [two] { $guides } ganllaw
        [few] { $guides } chanllaw
        [many] { $guides } chanllaw
       *[other] { $guides } canllaw
    } mewn { $count ->
        [zero] { $count } iaith
        [one] 1 iaith
        [two] { $count } iaith
        [few] { $count } iaith
        [many] { $count } iaith
       *[other] { $count } iaith
    }: { $languages }.
    Mae gan bob canllaw dudalen i'w hargraffu: agorwch y canllaw, yna dewiswch "Argraffu'r canllaw hwn".
    Mae angen y rhyngrwyd o hyd ar gyfer dolenni i wefannau eraill, fel NHS 111 online.

    Cafodd y canllaw mwyaf newydd yn y copi hwn ei ddiweddaru ar { $updated }.
    I gael y fersiwn mwyaf newydd, ewch i { $address }
