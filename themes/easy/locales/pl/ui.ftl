# Interface words of the easy theme, in Polish (Polski).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = Przejdź do głównej treści
languages-heading = Języki
choose-language = Wybierz swój język
guides-heading = Poradniki
guides-intro = Wybierz poradnik. Każdy poradnik pokazuje krok po kroku, co zrobić.
all-guides = Zobacz wszystkie poradniki
footer-note = Te poradniki są napisane prostym językiem. Obrazki pomagają wykonać każdy krok.

## Guide pages
step-of = Krok { $number } z { $total }
you-need = Czego potrzebujesz
time-taken = Ile to trwa
updated = Sprawdzono { $date }
review-due = Sprawdzimy ten poradnik ponownie do { $date }.
sources = Skąd pochodzą informacje
help-heading = Potrzebujesz pomocy?

## Where a guide applies: the UK's nations
# The names are in the locative case (w Anglii), because they only ever follow "w".
nation-england = Anglii
nation-northern-ireland = Irlandii Północnej
nation-scotland = Szkocji
nation-wales = Walii
guide-nations = Ten poradnik jest dla osób, które mieszkają w { $nations }.
nation-passage = Jeśli mieszkasz w { $nations }
nations-and = { $first } i { $last }

## Callout boxes and do and don't lists
callout-note = Warto wiedzieć
callout-tip = Wskazówka
callout-important = Ważne
callout-warning = Ostrzeżenie
callout-caution = Pilne
advice-do = Rób tak
advice-dont = Nie rób tak

## Translations
untranslated-mark = jeszcze nieprzetłumaczone
untranslated-guide = Ten poradnik nie jest jeszcze przetłumaczony. Zobaczysz go { $source ->
        [en] po angielsku
       *[other] w języku, w którym został napisany
    }.
untranslated-parts = { $count ->
        [one] 1 część tego poradnika nie jest jeszcze przetłumaczona. Jest oznaczona „jeszcze nieprzetłumaczone”.
        [few] { $count } części tego poradnika nie są jeszcze przetłumaczone. Są oznaczone „jeszcze nieprzetłumaczone”.
       *[other] { $count } części tego poradnika nie jest jeszcze przetłumaczonych. Są oznaczone „jeszcze nieprzetłumaczone”.
    }
review-draft = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, która dobrze mówi po polsku.
review-machine = To tłumaczenie powstało z pomocą komputera. Nie zostało jeszcze sprawdzone przez osobę, która dobrze mówi po polsku.

## Dates: "21 listopada 2026" (the month in the genitive)
date-format = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Pages for other websites: the embedded guide and "Use this guide on your website"
embed-title = { $title } (dla innych stron)
embed-full-guide = Otwórz cały poradnik
share-link = Pokaż ten poradnik na swojej stronie
share-intro = Możesz za darmo pokazać ten poradnik na swojej stronie. Zawsze będzie aktualny.
share-frame-heading = Pokaż poradnik w ramce
share-frame-help = Skopiuj ten kod. Wklej go na swoją stronę w miejscu, gdzie ma być poradnik.
share-frame-preview = Zobacz, jak poradnik wygląda w ramce
share-fragment-heading = Wstaw poradnik do swojej strony
share-fragment-help = Twój zespół od strony może wstawić tekst poradnika prosto do strony. Dodaj do strony ten arkusz stylów, a potem plik poradnika.
share-fragment-file = Plik poradnika dla Twojej strony
share-data-heading = Pobierz poradnik jako dane
share-data-help = Twój zespół od strony może czytać poradnik z tego adresu i pokazać go po swojemu.
share-back = Wróć do poradnika

## Print handouts
print-title = { $title } (do wydruku)
print-link = Wydrukuj ten poradnik
print-online = Czytaj ten poradnik w internecie
print-qr = Zeskanuj ten kod aparatem w telefonie, aby otworzyć poradnik w internecie.
print-back = Wróć do poradnika
