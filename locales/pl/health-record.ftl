# Polski: the guide "health-record", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: See your health record and test results
see-your-health-record = Zobacz swoją dokumentację medyczną i wyniki badań
# en: See your GP health record and your test results in the NHS App.
see-your-gp-health = Zobacz w NHS App swoją dokumentację u lekarza rodzinnego i wyniki badań.
# en: About 5 to 10 minutes
about-5-to-10 = Około 5 do 10 minut
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App i Twoje konto NHS login
# en: A quiet place where other people cannot see your screen
a-quiet-place-where = Spokojne miejsce, gdzie inni nie widzą Twojego ekranu
# en: NHS England Digital: Patient records in the NHS App (guidance for GP practices)
nhs-england-digital-patient = NHS England Digital: Dokumentacja pacjentów w NHS App (wskazówki dla przychodni)
# en: Ansdell Medical Centre: Your GP health record (what is not in it)
ansdell-medical-centre-your = Ansdell Medical Centre: Twoja dokumentacja u GP (czego w niej nie ma)
# en: St Luke's Surgery, Guildford: Accessing your GP-held records via the NHS App
st-luke-s-surgery = St Luke's Surgery, Guildford: Dostęp do dokumentacji u GP przez NHS App
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Powiadomienia i wiadomości w NHS App
# en: nhs.uk: How to get proxy access (family and carer access)
nhs-uk-how-to = nhs.uk: Jak dostać dostęp w czyimś imieniu (proxy access, dostęp dla rodziny i opiekunów)
# en: NHS England Digital support: What are the age restrictions for the NHS App?
nhs-uk-nhs-app = NHS England Digital support: Od ilu lat można korzystać z NHS App?
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: warunki korzystania (apphelp.nhs.wales)
# en: Your **GP health record** is what your GP surgery writes about your health. A GP is a family doctor.
your-gp-health-record = Twoja **dokumentacja u GP** to to, co Twoja przychodnia zapisuje o Twoim zdrowiu. GP to lekarz rodzinny.
# en: It shows things like your medicines, your allergies and your test results. An allergy is when something, like a food or a medicine, makes you ill.
it-shows-things-like = Widać w niej na przykład Twoje leki, alergie i wyniki badań. Masz alergię, gdy coś Ci szkodzi, na przykład jakieś jedzenie albo lek.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }). You must prove who you are to see your record.
no-app-yet-first = Nie masz jeszcze aplikacji? Najpierw zobacz, [jak pobrać NHS App]({ $link1 }). Żeby zobaczyć dokumentację, musisz potwierdzić, kim jesteś.
# en: **Is your GP surgery in Wales?** You can see your GP record in the NHS Wales App.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** Swoją dokumentację u GP zobaczysz w NHS Wales App.
# en: Your GP surgery decides what you can see. You may not see everything. Under 16? Ask your GP surgery.
your-gp-surgery-decides = Twoja przychodnia decyduje, co możesz zobaczyć. Możesz nie widzieć wszystkiego. Masz mniej niż 16 lat? Zapytaj w przychodni.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Aplikacja co jakiś czas się zmienia. Twoje ekrany mogą wyglądać trochę inaczej niż w tym poradniku.
# en: Open your health record
open-your-health-record = Otwórz swoją dokumentację medyczną
# en: A phone with a folder on its screen. The folder has a heart on it.
a-phone-with-a = Telefon z teczką na ekranie. Na teczce jest serce.
# en: Open the NHS App and log in. Tap **Your health**. Then tap **GP health record**.
open-the-nhs-app = Otwórz NHS App i zaloguj się. Naciśnij **Your health** (Twoje zdrowie). Potem naciśnij **GP health record** (dokumentacja u GP).
# en: A folder with a heart, and tabs for medicines, jabs and tests
a-folder-with-a = Teczka z sercem i zakładkami: leki, szczepienia i badania
# en: Choose what you want to see. For example:
choose-what-you-want = Wybierz, co chcesz zobaczyć. Na przykład:
# en: your medicines
your-medicines = Twoje leki
# en: your allergies
your-allergies = Twoje alergie
# en: your vaccinations
your-vaccinations = Twoje szczepienia
# en: your test results
your-test-results = Twoje wyniki badań
# en: notes from your appointments
notes-from-your-appointments = notatki z Twoich wizyt
# en: Vaccinations are jabs that protect you from illness, like the flu jab.
vaccinations-are-jabs-that = Szczepienia to zastrzyki, które chronią przed chorobami, na przykład szczepionka na grypę.
# en: Your GP record does not have everything. Some letters from a hospital, dentist or optician are not in it.
your-gp-record-does = W dokumentacji u GP nie ma wszystkiego. Nie ma w niej niektórych listów ze szpitala, od dentysty albo optyka.
# en: They are only in it if the sender gave your GP a copy.
they-are-only-in = Są w niej tylko wtedy, gdy nadawca dał kopię Twojemu lekarzowi rodzinnemu.
# en: Ask them for anything else.
ask-them-for-anything = O resztę zapytaj szpital, dentystę albo optyka.
# en: A page of notes with a magnifying glass over it
a-page-of-notes = Kartka z notatkami, a nad nią lupa
# en: Read your record. Some words may be hard. They are medical words.
read-your-record-some = Przeczytaj swoją dokumentację. Niektóre słowa mogą być trudne. To słowa medyczne.
# en: Ask your GP surgery if you do not know what something means.
ask-your-gp-surgery = Zapytaj w przychodni, jeśli nie wiesz, co coś znaczy.
# en: See your test results
see-your-test-results = Zobacz wyniki badań
# en: A phone with a list of results, next to a test tube
a-phone-with-a-2 = Telefon z listą wyników obok probówki
# en: In your health record, tap **Test results**. Then tap a test to see more.
in-your-health-record = W dokumentacji naciśnij **Test results** (wyniki badań). Potem naciśnij badanie, żeby zobaczyć więcej.
# en: A doctor or nurse may add a short note to a result. For example, “normal, no action needed”.
a-doctor-or-nurse = Lekarz albo pielęgniarka może dodać do wyniku krótką notatkę. Na przykład: „normal, no action needed” (wynik prawidłowy, nic nie trzeba robić).
# en: Your GP surgery may also send a result as a message in the NHS App. See [messages in the NHS App]({ $link1 }).
your-gp-surgery-may = Przychodnia może też wysłać wynik jako wiadomość w NHS App. Zobacz, [jak działają wiadomości w NHS App]({ $link1 }).
# en: A phone with a result, and a speech bubble with a question mark
a-phone-with-a-3 = Telefon z wynikiem i dymek ze znakiem zapytania
# en: You may see a result before a doctor talks to you about it. This can be when your GP surgery is closed.
you-may-see-a = Możesz zobaczyć wynik, zanim lekarz z Tobą o nim porozmawia. Może się to zdarzyć, gdy przychodnia jest zamknięta.
# en: Worried about a result? Contact your GP surgery. They can tell you what it means.
worried-about-a-result = Martwisz się wynikiem? Skontaktuj się z przychodnią. Tam powiedzą Ci, co on znaczy.
# en: Feel very unwell? Do not wait. Use [NHS 111 online]({ $link1 }) or call **111**. Call **999** if someone’s life may be in danger.
feel-very-unwell-do = Czujesz się bardzo źle? Nie czekaj. Skorzystaj z [NHS 111 online]({ $link1 }) albo zadzwoń pod **111**. Zadzwoń pod **999**, jeśli czyjeś życie może być w niebezpieczeństwie.
# en: If something looks wrong
if-something-looks-wrong = Jeśli coś wygląda na błąd
# en: A page of notes with a pencil, for putting a mistake right
a-page-of-notes-2 = Kartka z notatkami i ołówek, żeby poprawić błąd
# en: Does something look wrong or missing? Tell your GP surgery. They can check it.
does-something-look-wrong = Coś wygląda na błąd albo czegoś brakuje? Powiedz o tym w przychodni. Tam to sprawdzą.
# en: Tell them too if you see details about someone else.
tell-them-too-if = Powiedz też, jeśli widzisz informacje o kimś innym.
# en: Keep your record private
keep-your-record-private = Zachowaj dokumentację dla siebie
# en: An older man reads his tablet alone in his armchair at home
an-older-man-reads = Starszy mężczyzna czyta coś na tablecie, sam w fotelu w domu
# en: Your record is private. Read it where other people cannot see your screen.
your-record-is-private = Twoja dokumentacja jest prywatna. Czytaj ją tam, gdzie inni nie widzą Twojego ekranu.
# en: Log out when you finish, if other people use your phone, tablet or computer.
log-out-when-you = Wyloguj się, kiedy skończysz, jeśli inni korzystają z Twojego telefonu, tabletu lub komputera.
# en: Is someone making you show them your record? You do not have to. Tell your GP surgery.
is-someone-making-you = Ktoś zmusza Cię, żeby pokazać mu Twoją dokumentację? Nie musisz tego robić. Powiedz o tym w przychodni.
# en: Remember
remember = Pamiętaj
# en: Do you care for someone? Their GP surgery may let you see their record for them. See [how to help someone else]({ $link1 }).
do-you-care-for = Opiekujesz się kimś? Przychodnia tej osoby może pozwolić Ci oglądać jej dokumentację. Zobacz, [jak pomóc komuś innemu]({ $link1 }).
# en: Keep your NHS login password secret.
keep-your-nhs-login = Nikomu nie mów hasła do NHS login.
# en: Want someone you trust to help with your record? Ask your GP surgery.
want-someone-you-trust = Chcesz, żeby zaufana osoba pomagała Ci z dokumentacją? Zapytaj w przychodni.
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
# en: tap
tap = naciśnij
# en: touch the screen with your finger
touch-the-screen-with = dotknij ekranu palcem
