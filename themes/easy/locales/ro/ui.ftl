# Interface words of the easy theme, in Romanian (Română).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = Salt la conținutul principal
languages-heading = Limbi
choose-language = Alegeți limba dumneavoastră
guides-heading = Ghiduri
guides-intro = Alegeți un ghid. Fiecare ghid vă arată ce să faceți, pas cu pas.
all-guides = Vedeți toate ghidurile
footer-note = Aceste ghiduri sunt scrise pe înțelesul tuturor. Imaginile vă ajută să urmați fiecare pas.

## Guide pages
step-of = Pasul { $number } din { $total }
you-need = De ce aveți nevoie
time-taken = Cât durează
updated = Verificat pe { $date }
review-due = Vom verifica din nou acest ghid până pe { $date }.
sources = De unde provin informațiile
help-heading = Aveți nevoie de ajutor?

## Where a guide applies: the UK's nations
nation-england = Anglia
nation-northern-ireland = Irlanda de Nord
nation-scotland = Scoția
nation-wales = Țara Galilor
# $nations is one or more of the names above: "Anglia", "Anglia și Țara Galilor".
guide-nations = Acest ghid este pentru persoanele care locuiesc în { $nations }.
# The label of a passage for some nations only.
nation-passage = Dacă locuiți în { $nations }
# Joins the last name to the others: $first may be several names with commas.
nations-and = { $first } și { $last }

## Callout boxes and do and don't lists
callout-note = Bine de știut
callout-tip = Sfat
callout-important = Important
callout-warning = Atenție
callout-caution = Urgent
advice-do = Faceți așa
advice-dont = Nu faceți așa

## Translations
untranslated-mark = netradus încă
untranslated-guide = Acest ghid nu este tradus încă. Îl veți vedea { $source ->
        [en] în limba engleză
       *[other] în limba în care a fost scris
    }.
untranslated-parts = { $count ->
        [one] 1 parte din acest ghid nu este tradusă încă. Este marcată „netradus încă”.
        [few] { $count } părți din acest ghid nu sunt traduse încă. Sunt marcate „netradus încă”.
       *[other] { $count } de părți din acest ghid nu sunt traduse încă. Sunt marcate „netradus încă”.
    }
review-draft = Această traducere nu a fost verificată încă de o persoană care vorbește fluent limba română.
review-machine = Această traducere a fost făcută cu ajutorul unui calculator. Nu a fost verificată încă de o persoană care vorbește fluent limba română.

## Dates: "21 noiembrie 2026"
date-format = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Pages for other websites: the embedded guide and "Use this guide on your website"
embed-title = { $title } (pentru alte site-uri)
embed-full-guide = Deschideți tot ghidul
share-link = Folosiți acest ghid pe site-ul dumneavoastră
share-intro = Puteți arăta gratuit acest ghid pe site-ul dumneavoastră. Rămâne mereu actualizat.
share-frame-heading = Arătați ghidul într-un cadru
share-frame-help = Copiați acest cod. Lipiți-l în pagina dumneavoastră, unde vreți să fie ghidul.
share-frame-preview = Vedeți cum arată ghidul într-un cadru
share-fragment-heading = Puneți ghidul în pagina dumneavoastră
share-fragment-help = Echipa dumneavoastră web poate pune textul ghidului direct în pagină. Adăugați această foaie de stil în pagină, apoi fișierul ghidului.
share-fragment-file = Fișierul ghidului pentru pagina dumneavoastră
share-data-heading = Luați ghidul ca date
share-data-help = Echipa dumneavoastră web poate citi ghidul de la această adresă, ca să îl arate în felul ei.
share-back = Înapoi la ghid

## Print handouts
print-title = { $title } (de tipărit)
print-link = Tipăriți acest ghid
print-online = Citiți acest ghid pe internet
print-qr = Scanați acest cod cu camera telefonului ca să deschideți ghidul pe internet.
print-back = Înapoi la ghid
