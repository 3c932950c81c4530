# Polski: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = Umów, sprawdź lub odwołaj wizytę u lekarza rodzinnego online
# en: Use the NHS App to book a GP appointment, check it or cancel it.
use-the-nhs-app = Użyj NHS App, żeby umówić wizytę u lekarza rodzinnego, sprawdzić ją lub odwołać.
# en: About 5 to 10 minutes
about-5-to-10 = Około 5 do 10 minut
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App i Twoje konto NHS login
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = Twój kalendarz lub notes, żeby sprawdzić, kiedy masz czas

# en: nhs.uk: GP appointments and bookings
# nhs-uk-gp-appointments =


# en: nhs.uk: NHS App help and support – Appointments
# nhs-uk-nhs-app =


# en: nhs.uk: When to call 999
# nhs-uk-when-to =

# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = GP to lekarz rodzinny. Twoja przychodnia to miejsce, gdzie pracuje Twój lekarz rodzinny.
# en: In the NHS App, you can book, check and cancel some GP appointments. No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = W NHS App możesz umówić, sprawdzić i odwołać niektóre wizyty u lekarza rodzinnego. Nie masz jeszcze aplikacji? Najpierw zobacz, [jak pobrać NHS App]({ $link1 }).
# en: Not every GP surgery lets you book in the app. Some ask you to fill in a form online instead. Some ask you to phone them.
not-every-gp-surgery = Nie każda przychodnia pozwala umawiać wizyty w aplikacji. Niektóre proszą, żeby wypełnić formularz w internecie. Niektóre proszą, żeby zadzwonić.
# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **Zadzwoń pod 999**, jeśli czyjeś życie może być w niebezpieczeństwie.
# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = Potrzebujesz szybko pomocy, ale to nie jest nagły wypadek? Skorzystaj z [NHS 111 online]({ $link1 }) lub zadzwoń pod **111**.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Aplikacja co jakiś czas się zmienia. Twoje ekrany mogą wyglądać trochę inaczej niż w tym poradniku.
# en: Book an appointment
book-an-appointment = Umów wizytę
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
# a-phone-with-a-4 =


# en: Tap **Appointments** to see the ones you have booked.
# tap-appointments-to-see =


# en: You can see the day, the time and the type of each one.
# you-can-see-the =

# en: Cancel an appointment
cancel-an-appointment = Odwołaj wizytę

# en: Cancel as soon as you know you cannot go. Then someone else can have it.
# cancel-as-soon-as =


# en: A calendar page with a big red cross on one day
# a-calendar-page-with-2 =


# en: Find the appointment in the app. Tap to cancel it.
# find-the-appointment-in =


# en: The app may ask why. Then tap the button to say yes, cancel it.
# the-app-may-ask-2 =


# en: Cannot cancel in the app? Phone your GP surgery.
# cannot-cancel-in-the =

# en: On the day
on-the-day = W dniu wizyty

# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
# a-waiting-room-at =


# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
# get-to-your-gp =


# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
# is-it-a-phone =

# en: Remember
remember = Pamiętaj

# en: Write a list of what you want to say.
# write-a-list-of =


# en: Take your list of medicines with you.
# take-your-list-of =


# en: Do not book more than you need. Other people need appointments too.
# do-not-book-more =

