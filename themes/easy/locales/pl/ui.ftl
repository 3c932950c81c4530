# Interface words of the easy theme, in Polish (Polski).
# status: machine-assisted draft, needs review by a fluent speaker
# Each line is one message: its id, "=", then the words readers see.
# Words in { $braces } are filled in by easyguide; keep them as they are.

skip-to-content = Przejdź do głównej treści
languages-heading = Języki
choose-language = Wybierz swój język
guides-heading = Poradniki
guides-intro = Wybierz poradnik. Każdy poradnik pokazuje krok po kroku, co zrobić.
# The title of START-HERE.html, the first page of an offline copy (easyguide bundle).
start-title = Zacznij tutaj
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
# Labels in the "Need help?" box, before a help point's address, phone number and opening times.
help-address = Adres:
help-phone = Telefon:
help-opening = Godziny otwarcia:

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
# The label of a note for a digital champion or carer (> [!HELPER]), on print handouts.
callout-helper = Dla osoby, która pomaga
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
# same: day, month, year, as in English
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

## The accessibility statement (one page per language, linked from every page's footer)
statement-link = Deklaracja dostępności
statement-heading = Deklaracja dostępności
# $organisation is who runs the site, from site.toml.
statement-intro = Tę stronę internetową prowadzi { $organisation }. Chcemy, żeby jak najwięcej osób mogło z niej korzystać.
statement-can = Możesz powiększyć tekst nawet 4 razy i nadal przeczytasz każde słowo. Możesz korzystać ze strony tylko za pomocą klawiatury. Możesz jej słuchać za pomocą czytnika ekranu.
statement-status-heading = Jak dostępna jest ta strona internetowa
statement-status-full = Ta strona internetowa w pełni spełnia Wytyczne dla dostępności treści internetowych (WCAG). Chodzi o wersję 2.2 i poziom AA.
statement-status-partial = Ta strona internetowa częściowo spełnia Wytyczne dla dostępności treści internetowych (WCAG). Chodzi o wersję 2.2 i poziom AA. Lista poniżej mówi, co nie jest jeszcze dostępne.
# $pages is how many pages were checked.
statement-checked = { $pages ->
        [one] Sprawdzamy { $pages } stronę za każdym razem, gdy tworzymy stronę internetową.
        [few] Sprawdzamy wszystkie { $pages } strony za każdym razem, gdy tworzymy stronę internetową.
        [many] Sprawdzamy wszystkie { $pages } stron za każdym razem, gdy tworzymy stronę internetową.
       *[other] Sprawdzamy wszystkie { $pages } stron za każdym razem, gdy tworzymy stronę internetową.
    } Sprawdzanie przez komputer nie znajdzie wszystkich problemów. Prosimy, daj nam znać, jeśli jakiś znajdziesz.
statement-problems-heading = Co nie jest dostępne
statement-no-problems = Nasze sprawdzanie nie znalazło żadnych problemów.
statement-easy-read = Tekst łatwy do czytania
# $pages is how many pages have the problem.
statement-problem-pages = { $pages ->
    [one] 1 strona
    [few] { $pages } strony
    [many] { $pages } stron
   *[other] { $pages } strony
    }
statement-report-heading = Powiedz nam o problemie
statement-report = Powiedz nam, jeśli nie możesz skorzystać z jakiejś części tej strony internetowej. Powiedz nam też, jeśli potrzebujesz poradnika w innej formie. Na przykład wydrukowanego dużą czcionką albo przeczytanego na głos.
statement-email = E-mail:
statement-phone = Telefon:
statement-no-contact = Zapytaj w bibliotece albo w przychodni, która powiedziała ci o tej stronie internetowej.
statement-enforcement-heading = Jeśli nasza odpowiedź cię nie zadowala
statement-enforcement = Strony internetowe instytucji publicznych muszą przestrzegać zasad dostępności. Pilnuje tego Equality and Human Rights Commission (EHRC). To Komisja ds. Równości i Praw Człowieka. Nie podoba ci się, jak ci odpowiadamy? Skontaktuj się wtedy z Equality Advisory and Support Service (EASS). To Służba Doradztwa i Wsparcia ds. Równości.
statement-enforcement-ni = W Irlandii Północnej skontaktuj się z Equality Commission for Northern Ireland (ECNI). To Komisja ds. Równości Irlandii Północnej.
statement-prepared-heading = O tej deklaracji
# $date is when the statement was written, written out as in "Checked on".
statement-prepared = Napisaliśmy tę deklarację { $date }. Sprawdzamy ją ponownie za każdym razem, gdy tworzymy stronę internetową.
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

## Offline copy (easyguide bundle): README.txt, plain text for library staff
# $site is the site's name; $guides how many guides; $count how many languages and
# $languages their names; $updated the day the newest guide was updated; $address the
# website's address. Keep the file names START-HERE.html and README.txt as they are.
offline-readme =
    { $site }: kopia offline

    Ten folder to kopia strony internetowej { $site }. Działa na komputerze bez internetu, na przykład z pamięci USB (pendrive’a).

    Jak ją otworzyć
    1. Najpierw rozpakuj plik: kliknij go prawym przyciskiem myszy i wybierz „Extract all” (Wyodrębnij wszystkie). Poradniki nie działają wewnątrz pliku zip.
    2. Otwórz nowy folder. Kliknij dwa razy plik START-HERE.html. Otworzy się w przeglądarce internetowej.
    3. Wybierz język, a potem poradnik.

    Co jest w środku
    { $guides ->
        [one] 1 poradnik
        [few] { $guides } poradniki
        [many] { $guides } poradników
       *[other] { $guides } poradników
    } w { $count ->
        [one] 1 języku
        [few] { $count } językach
        [many] { $count } językach
       *[other] { $count } językach
    }: { $languages }.
    Każdy poradnik ma stronę do wydruku: otwórz poradnik, a potem wybierz „Wydrukuj ten poradnik”.
    Linki do innych stron internetowych, na przykład NHS 111 online, działają tylko z internetem.

    Najnowszy poradnik w tej kopii zaktualizowano { $updated }.
    Najnowsza wersja jest na stronie { $address }
