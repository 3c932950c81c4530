# Interface words of the easy theme, in Romanian (Română).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = Salt la conținutul principal
languages-heading = Limbi
choose-language = Alegeți limba dumneavoastră
guides-heading = Ghiduri
guides-intro = Alegeți un ghid. Fiecare ghid vă arată ce să faceți, pas cu pas.
# The title of START-HERE.html, the first page of an offline copy (easyguide bundle).
start-title = Începeți aici
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
# Labels in the "Need help?" box, before a help point's address, phone number and opening times.
help-address = Adresă:
help-phone = Telefon:
help-opening = Program:

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
# same: the Romanian word is spelt as the English one
callout-important = Important
callout-warning = Atenție
# same: the Romanian word is spelt as the English one
callout-caution = Urgent
# The label of a note for a digital champion or carer (> [!HELPER]), on print handouts.
callout-helper = Pentru persoana care ajută
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
# same: day, month, year, as in English
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

## The accessibility statement (one page per language, linked from every page's footer)
statement-link = Declarație de accesibilitate
statement-heading = Declarație de accesibilitate
# $organisation is who runs the site, from site.toml.
statement-intro = { $organisation } administrează acest site. Vrem ca cât mai mulți oameni să îl poată folosi.
statement-can = Puteți mări textul de până la 4 ori. Tot veți putea citi fiecare cuvânt. Puteți folosi site-ul doar cu tastatura. Îl puteți asculta cu un cititor de ecran.
statement-status-heading = Cât de accesibil este acest site
statement-status-full = Acest site respectă complet Ghidurile de accesibilitate a conținutului web (WCAG). Este vorba de versiunea 2.2, nivelul AA.
statement-status-partial = Acest site respectă parțial Ghidurile de accesibilitate a conținutului web (WCAG). Este vorba de versiunea 2.2, nivelul AA. Lista de mai jos arată ce nu este încă accesibil.
# $pages is how many pages were checked.
statement-checked = { $pages ->
        [one] Verificăm { $pages } pagină de fiecare dată când facem site-ul.
        [few] Verificăm toate cele { $pages } pagini de fiecare dată când facem site-ul.
       *[other] Verificăm toate cele { $pages } de pagini de fiecare dată când facem site-ul.
    } Verificările făcute de calculator nu găsesc toate problemele. Vă rugăm să ne spuneți dacă găsiți una.
statement-problems-heading = Ce nu este accesibil
statement-no-problems = Verificările noastre nu au găsit nicio problemă.
statement-easy-read = Ușor de citit
# $pages is how many pages have the problem.
statement-problem-pages = { $pages ->
    [one] 1 pagină
    [few] { $pages } pagini
   *[other] { $pages } de pagini
    }
statement-report-heading = Spuneți-ne despre o problemă
statement-report = Spuneți-ne dacă nu puteți folosi o parte din acest site. Spuneți-ne și dacă aveți nevoie de un ghid în altă formă. De exemplu, scris cu litere mari sau citit cu voce tare.
statement-email = E-mail:
statement-phone = Telefon:
statement-no-contact = Întrebați la biblioteca sau la cabinetul medical care v-a spus despre acest site.
statement-enforcement-heading = Dacă răspunsul nostru nu vă mulțumește
statement-enforcement = Site-urile instituțiilor publice trebuie să respecte regulile de accesibilitate. Equality and Human Rights Commission (EHRC) se asigură de acest lucru. Aceasta este Comisia pentru Egalitate și Drepturile Omului. Dacă nu vă mulțumește cum vă răspundem, contactați Equality Advisory and Support Service (EASS). Acesta este Serviciul de Consiliere și Sprijin pentru Egalitate.
statement-enforcement-ni = În Irlanda de Nord, contactați Equality Commission for Northern Ireland (ECNI). Aceasta este Comisia pentru Egalitate din Irlanda de Nord.
statement-prepared-heading = Despre această declarație
# $date is when the statement was written, written out as in "Checked on".
statement-prepared = Am scris această declarație pe { $date }. O verificăm din nou de fiecare dată când facem site-ul.
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

## Offline copy (easyguide bundle): README.txt, plain text for library staff
# $site is the site's name; $guides how many guides; $count how many languages and
# $languages their names; $updated the day the newest guide was updated; $address the
# website's address. Keep the file names START-HERE.html and README.txt as they are.
offline-readme =
    { $site }: copie offline

    Acest folder este o copie a site-ului { $site }. Funcționează pe un calculator fără internet, de exemplu de pe un stick USB.

    Cum o deschideți
    1. Mai întâi dezarhivați fișierul: faceți clic dreapta pe el și alegeți „Extract all” (Extragere totală). Ghidurile nu funcționează din interiorul fișierului zip.
    2. Deschideți folderul nou. Faceți dublu clic pe START-HERE.html. Se deschide în browserul web.
    3. Alegeți o limbă, apoi un ghid.

    Ce conține
    { $guides ->
        [one] 1 ghid
        [few] { $guides } ghiduri
       *[other] { $guides } de ghiduri
    } în { $count ->
        [one] 1 limbă
        [few] { $count } limbi
       *[other] { $count } de limbi
    }: { $languages }.
    Fiecare ghid are o pagină de tipărit: deschideți ghidul, apoi alegeți „Tipăriți acest ghid”.
    Linkurile către alte site-uri, de exemplu NHS 111 online, au nevoie în continuare de internet.

    Cel mai nou ghid din această copie a fost actualizat pe { $updated }.
    Pentru cea mai nouă versiune, intrați pe { $address }
