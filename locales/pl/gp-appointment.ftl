# Polski: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = Umów, sprawdź lub odwołaj wizytę u lekarza rodzinnego online
# en: Ask for a GP appointment online, or book one in the NHS App. Check or cancel it.
use-the-nhs-app = Poproś o wizytę u lekarza rodzinnego przez internet albo umów ją w NHS App. Sprawdź ją lub odwołaj.
# en: About 5 to 10 minutes
about-5-to-10 = Około 5 do 10 minut
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Telefon, tablet lub komputer z internetem
# en: The NHS App with your NHS login, if you want to book in the app
the-nhs-app-with = NHS App i Twoje konto NHS login, jeśli chcesz umówić wizytę w aplikacji
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = Twój kalendarz lub notes, żeby sprawdzić, kiedy masz czas
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: Umowa z lekarzami rodzinnymi (GP contract) – co musisz wiedzieć (29 września 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Ty i Twoja przychodnia (karta praw pacjenta)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: od 1 października 2025 przychodnie muszą mieć formularze online otwarte od 8:00 do 18:30
# en: Kirton Medical Centre: NHS App – all you need to know (appointments)
nhs-uk-nhs-app = Kirton Medical Centre: NHS App – wszystko, co musisz wiedzieć (wizyty)
# en: South Western Ambulance Service: When to call 999
nhs-uk-when-to = South Western Ambulance Service: Kiedy dzwonić pod 999
# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = GP to lekarz rodzinny. Twoja przychodnia to miejsce, gdzie pracuje Twój lekarz rodzinny.
# en: You can ask for an appointment online in 2 ways. Use your surgery’s online form. Or book in the NHS App, if your surgery lets you.
you-can-ask-for = O wizytę możesz poprosić przez internet na 2 sposoby. Użyj formularza online swojej przychodni. Albo umów wizytę w NHS App, jeśli przychodnia na to pozwala.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = Nie masz jeszcze aplikacji? Najpierw zobacz, [jak pobrać NHS App]({ $link1 }).
# en: An ambulance with its blue lights on
an-ambulance-with-its = Karetka z niebieskimi światłami na sygnale
# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **Zadzwoń pod 999**, jeśli czyjeś życie może być w niebezpieczeństwie.
# en: See [when to call 999]({ $link1 }).
see-when-to-call = Zobacz, [kiedy dzwonić pod 999]({ $link1 }).
# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = Potrzebujesz szybko pomocy, ale to nie jest nagły wypadek? Skorzystaj z [NHS 111 online]({ $link1 }) lub zadzwoń pod **111**.
# en: **Is your GP surgery in Wales?** Ask them how to book online. You may be able to use the NHS Wales App.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** Zapytaj tam, jak umówić wizytę przez internet. Może możesz korzystać z NHS Wales App.
# en: Ask with the online form
ask-with-the-online = Poproś o wizytę przez formularz online
# en: A phone showing a form with boxes to fill in
a-phone-showing-a = Telefon z formularzem z polami do wypełnienia
# en: Every GP surgery in England has an online form. It is open from 8am to 6:30pm, Monday to Friday.
every-gp-surgery-in = Każda przychodnia w Anglii ma formularz online. Jest otwarty od 8:00 do 18:30, od poniedziałku do piątku.
# en: Find it on your surgery’s website, or in the NHS App. Say what is wrong and what you need.
find-it-on-your = Znajdziesz go na stronie swojej przychodni albo w NHS App. Napisz, co Ci dolega i czego potrzebujesz.
# en: A clock and a phone with a message
a-clock-and-a = Zegar i telefon z wiadomością
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday.
your-surgery-tells-you = Przychodnia w ciągu 1 dnia roboczego powie Ci, co będzie dalej. Dni robocze to dni od poniedziałku do piątku.
# en: They may offer an appointment, phone you, or send you a message.
they-may-offer-an = Może zaproponować wizytę, zadzwonić do Ciebie albo wysłać Ci wiadomość.
# en: See [how to contact your GP surgery online]({ $link1 }).
see-how-to-contact = Zobacz, [jak skontaktować się z przychodnią przez internet]({ $link1 }).
# en: Book in the NHS App
book-in-the-nhs = Umów wizytę w NHS App
# en: A phone with a calendar on its screen
a-phone-with-a = Telefon z kalendarzem na ekranie
# en: Open the NHS App and log in. Tap **Appointments**.
open-the-nhs-app = Otwórz NHS App i zaloguj się. Naciśnij **Appointments** (wizyty).
# en: Then tap the option for your GP surgery.
then-tap-the-option = Potem naciśnij opcję dla swojej przychodni.
# en: A phone with a speech bubble and a keyboard, for typing a message
a-phone-with-a-2 = Telefon z dymkiem i klawiaturą, do pisania wiadomości
# en: Tap to book an appointment.
tap-to-book-an = Naciśnij, żeby umówić wizytę.
# en: The app may ask what the appointment is for. Write a few words. For example, “a cough for 3 weeks”.
the-app-may-ask = Aplikacja może zapytać, w jakiej sprawie jest wizyta. Napisz kilka słów. Na przykład: „kaszel od 3 tygodni”.
# en: A calendar page with one day circled, and a clock
a-calendar-page-with = Kartka z kalendarza z zakreślonym dniem i zegar
# en: Choose the type of appointment. It may be in person, on the phone or by video.
choose-the-type-of = Wybierz rodzaj wizyty. Wizyta może być na miejscu, przez telefon lub przez wideo.
# en: Then choose a day and a time that suit you.
then-choose-a-day = Potem wybierz dzień i godzinę, które Ci pasują.
# en: A phone with a calendar and a big green tick
a-phone-with-a-3 = Telefon z kalendarzem i dużym zielonym ptaszkiem
# en: Check the day, the time and the place. Then tap the button to book.
check-the-day-the = Sprawdź dzień, godzinę i miejsce. Potem naciśnij przycisk, żeby umówić wizytę.
# en: Write the day and time on your calendar. Or put it in your diary.
write-the-day-and = Zapisz dzień i godzinę w kalendarzu. Albo zapisz je w notesie.
# en: Check your appointments
check-your-appointments = Sprawdź swoje wizyty
# en: A phone with a list of 2 appointments, each with a small calendar
a-phone-with-a-4 = Telefon z listą 2 wizyt, każda z małym kalendarzem
# en: Tap **Appointments** to see the ones you have booked.
tap-appointments-to-see = Naciśnij **Appointments** (wizyty), żeby zobaczyć wizyty, które masz umówione.
# en: You can see the day, the time and the type of each one.
you-can-see-the = Zobaczysz dzień, godzinę i rodzaj każdej wizyty.
# en: Cancel an appointment
cancel-an-appointment = Odwołaj wizytę
# en: Cancel as soon as you know you cannot go. Then someone else can have it.
cancel-as-soon-as = Odwołaj wizytę, gdy tylko wiesz, że nie możesz przyjść. Wtedy ktoś inny może z niej skorzystać.
# en: A calendar page with a big red cross on one day
a-calendar-page-with-2 = Kartka z kalendarza z dużym czerwonym krzyżykiem na jednym dniu
# en: Find the appointment in the app. Tap to cancel it.
find-the-appointment-in = Znajdź wizytę w aplikacji. Naciśnij, żeby ją odwołać.
# en: The app may ask why. Then tap the button to say yes, cancel it.
the-app-may-ask-2 = Aplikacja może zapytać, dlaczego. Potem naciśnij przycisk, żeby potwierdzić, że chcesz ją odwołać.
# en: Cannot cancel in the app? Phone your GP surgery.
cannot-cancel-in-the = Nie możesz odwołać wizyty w aplikacji? Zadzwoń do przychodni.
# en: Ask for help you need
ask-for-help-you = Poproś o pomoc, której potrzebujesz
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = Dwie osoby rozmawiają. W jednym dymku jest flaga, czyli inny język.
# en: Do you need an interpreter? Ask when you book. The surgery can find one for you.
do-you-need-an = Potrzebujesz tłumacza? Powiedz o tym, kiedy umawiasz wizytę. Przychodnia może znaleźć tłumacza dla Ciebie.
# en: A quiet room with a chair and a clock
a-quiet-room-with = Cichy pokój z krzesłem i zegarem
# en: Do you need extra help? For example, a longer appointment or a quiet place to wait. Tell your surgery.
do-you-need-extra = Potrzebujesz dodatkowej pomocy? Na przykład dłuższej wizyty albo cichego miejsca do czekania. Powiedz o tym w przychodni.
# en: On the day
on-the-day = W dniu wizyty
# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
a-waiting-room-at = Poczekalnia w przychodni. Mężczyzna na wózku i starsza kobieta czekają na swoją kolej.
# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
get-to-your-gp = Przyjdź do przychodni kilka minut wcześniej. Powiedz w rejestracji, że już jesteś.
# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
is-it-a-phone = Masz wizytę przez telefon? Miej telefon przy sobie i włącz dźwięk. Telefon może być trochę później.
# en: Remember
remember = Pamiętaj
# en: Write a list of what you want to say.
write-a-list-of = Zapisz listę tego, co chcesz powiedzieć.
# en: Take your list of medicines with you.
take-your-list-of = Weź ze sobą listę swoich leków.
# en: Do not book more than you need. Other people need appointments too.
do-not-book-more = Nie umawiaj więcej wizyt, niż potrzebujesz. Inni ludzie też potrzebują wizyt.
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
# en: tap
tap = naciśnij
# en: touch the screen with your finger
touch-the-screen-with = dotknij ekranu palcem
