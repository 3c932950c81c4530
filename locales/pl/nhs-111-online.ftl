# Polski: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Korzystanie z NHS 111 online
# en: Get help fast for a health problem that is urgent but not an emergency.
get-help-for-a = Szybka pomoc, gdy masz pilny problem ze zdrowiem, ale to nie jest nagły wypadek.
# en: About 10 to 20 minutes
about-10-to-20 = Około 10 do 20 minut
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Telefon, tablet lub komputer z internetem
# en: The age and sex of the person who needs help
the-age-and-sex = Wiek i płeć osoby, która potrzebuje pomocy
# en: Their symptoms: what is wrong
their-symptoms-what-is = Objawy tej osoby: co jej dolega
# en: swast.nhs.uk (South Western Ambulance Service): emergencies to call an ambulance for
swast-nhs-uk-south = swast.nhs.uk (South Western Ambulance Service): nagłe sytuacje, w których trzeba wezwać karetkę
# en: 111.nhs.uk: How 111 online works
text-111-nhs-uk-how = 111.nhs.uk: Jak działa 111 online
# en: nhs.uk: How NHS 111 online works
nhs-uk-how-nhs = nhs.uk: Jak działa NHS 111 online
# en: Lincolnshire Partnership NHS Foundation Trust: Need help now? (111, the mental health option)
lincolnshire-partnership-nhs-foundation = Lincolnshire Partnership NHS Foundation Trust: Potrzebujesz pomocy teraz? (111, opcja zdrowia psychicznego)
# en: Tees, Esk and Wear Valleys NHS Foundation Trust: Crisis advice (111, SignVideo)
tees-esk-and-wear = Tees, Esk and Wear Valleys NHS Foundation Trust: Porady w kryzysie (111, SignVideo)
# en: NHS in London (myhealth.london.nhs.uk): NHS 111 (textphone 18001 111, interpreters)
nhs-in-london-myhealth = NHS in London (myhealth.london.nhs.uk): NHS 111 (telefon tekstowy 18001 111, tłumacze)
# en: Aneurin Bevan University Health Board: Mental health crisis (NHS 111 Wales, option 2)
aneurin-bevan-university-health = Aneurin Bevan University Health Board: Kryzys psychiczny (NHS 111 Wales, opcja 2)
# en: NHS 111 Wales: 111.wales.nhs.uk
nhs-111-wales-111 = NHS 111 Wales: 111.wales.nhs.uk
# en: An ambulance with its blue lights on
an-ambulance-with-its = Karetka z niebieskimi światłami na sygnale
# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
call-999-now-if-2 = **Zadzwoń pod 999 od razu**, jeśli czyjeś życie może być w niebezpieczeństwie. Na przykład jeśli ta osoba:
# en: have pain in their chest
have-pain-in-their = czuje ból w klatce piersiowej
# en: cannot breathe well
cannot-breathe-well = nie może dobrze oddychać
# en: will not wake up
will-not-wake-up = nie budzi się
# en: are bleeding a lot and it will not stop
are-bleeding-a-lot = mocno krwawi i krwawienie nie ustaje
# en: have a face that drops on one side
have-a-face-that = ma twarz opadniętą z jednej strony
# en: have one arm that is weak or will not go up
have-one-arm-that = ma jedną rękę słabą albo nie może jej podnieść
# en: cannot speak clearly
cannot-speak-clearly = nie może wyraźnie mówić
# en: have a fit that is not stopping
have-a-fit-that = ma drgawki, które nie ustają
# en: have a bad allergic reaction, like a swollen face or lips
have-a-bad-allergic = ma silną reakcję alergiczną, na przykład spuchniętą twarz albo wargi
# en: suddenly become confused
suddenly-become-confused = nagle traci orientację i nie wie, co się dzieje
# en: have a serious head injury
have-a-serious-head = ma poważny uraz głowy
# en: have a bad burn
have-a-bad-burn = ma poważne oparzenie
# en: have seriously hurt themselves, or may end their life
have-seriously-hurt-themselves = poważnie się zraniła albo może odebrać sobie życie
# en: A face that drops, a weak arm or unclear speech may mean a stroke. Call 999 at once.
a-face-that-drops = Opadnięta twarz, słaba ręka albo niewyraźna mowa mogą oznaczać udar. Od razu zadzwoń pod 999.
# en: Is it a mental health crisis? Call **111** and choose the mental health option. You can call 24 hours a day, every day.
is-it-a-mental = Czy to kryzys psychiczny? Zadzwoń pod **111** i wybierz opcję dotyczącą zdrowia psychicznego. Możesz dzwonić 24 godziny na dobę, codziennie.
# en: In a mental health crisis in Wales, call **111** and choose option 2.
in-a-mental-health = W kryzysie psychicznym w Walii zadzwoń pod **111** i wybierz opcję 2.
# en: When to use NHS 111
when-to-use-nhs = Kiedy korzystać z NHS 111
# en: A phone with a question mark inside a speech bubble
a-phone-showing-a = Telefon ze znakiem zapytania w dymku
# en: Use NHS 111 when you need help fast but it is not an emergency.
use-nhs-111-online-2 = Korzystaj z NHS 111, gdy potrzebujesz szybkiej pomocy, ale to nie jest nagły wypadek.
# en: It can help when you feel ill and do not know what to do.
it-can-help-when = NHS 111 może pomóc, gdy źle się czujesz i nie wiesz, co zrobić.
# en: A man sits at home at night. He talks on his phone by the light of a lamp.
a-man-sits-at = Mężczyzna siedzi w nocy w domu. Rozmawia przez telefon przy świetle lampy.
# en: NHS 111 is free. It is open all day and all night, every day.
it-is-free-it = NHS 111 jest bezpłatny. Działa przez cały dzień i całą noc, każdego dnia.
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
you-can-also-call = Możesz też zadzwonić pod **111** z każdego telefonu. Połączenie jest bezpłatne. Możesz poprosić o osobę, która mówi w Twoim języku.
# en: Two hands signing next to a laptop with a video call
two-hands-signing-next = Dłonie pokazują znaki języka migowego obok laptopa z rozmową wideo
# en: Are you deaf? You can use NHS 111 in British Sign Language. An interpreter joins you on a video call.
are-you-deaf-you = Jesteś osobą niesłyszącą? Możesz korzystać z NHS 111 w brytyjskim języku migowym. Tłumacz dołącza do Ciebie przez rozmowę wideo.
# en: You can also call **18001 111** from a textphone.
you-can-also-call-2 = Możesz też zadzwonić pod **18001 111** z telefonu tekstowego.
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 online jest dla osób w Anglii, które mają 5 lat lub więcej. Jeśli dziecko ma mniej niż 5 lat, zadzwoń pod 111.
# en: **In Wales, use NHS 111 Wales.** Go to [111.wales.nhs.uk]({ $link1 }) or call **111**. The call is free.
in-wales-use-nhs = **W Walii korzystaj z NHS 111 Wales.** Wejdź na [111.wales.nhs.uk]({ $link1 }) albo zadzwoń pod **111**. Połączenie jest bezpłatne.
# en: Get help online
get-help = Pomoc przez internet
# en: A web browser with an address bar and a big blue button
a-web-browser-showing = Przeglądarka internetowa z paskiem adresu i dużym niebieskim przyciskiem
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Wejdź na [111.nhs.uk]({ $link1 }) w telefonie, tablecie lub komputerze.
# en: The website asks some questions first. For example, where you are, who needs help, and their age. You can answer for yourself or for someone else.
the-website-asks-some = Strona najpierw zadaje kilka pytań. Na przykład: gdzie jesteś, kto potrzebuje pomocy i ile ma lat. Możesz odpowiadać za siebie albo za kogoś innego.
# en: A list of questions with tick boxes
a-list-of-questions = Lista pytań z polami do zaznaczenia
# en: Choose the symptom that worries you most. The website checks 1 symptom at a time.
choose-the-symptom-that = Wybierz objaw, który martwi Cię najbardziej. Strona sprawdza 1 objaw naraz.
# en: Symptoms are what is wrong, like pain or a high temperature. Answer the questions about the symptom.
answer-the-questions-about = Objawy to to, co dolega, na przykład ból albo wysoka temperatura. Odpowiedz na pytania o ten objaw.
# en: A nurse talks on a phone
a-nurse-speaking-on = Pielęgniarka rozmawia przez telefon
# en: The website tells you what to do next.
the-website-tells-you = Strona powie Ci, co zrobić dalej.
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
it-may-tell-you = Może Ci powiedzieć, że pomoże Ci farmaceuta albo Twój lekarz rodzinny (GP). Może też powiedzieć, gdzie iść po pomoc.
# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
a-nurse-may-phone = Pielęgniarka może do Ciebie oddzwonić. Połączenie może przyjść z numeru, którego nie znasz. Odbierz je.
# en: A real NHS nurse never asks for your bank details. Learn how to [spot NHS scams]({ $link1 }).
a-real-nhs-nurse = Prawdziwa pielęgniarka NHS nigdy nie pyta o Twoje dane bankowe. Dowiedz się, [jak rozpoznać oszustów podszywających się pod NHS]({ $link1 }).
# en: If it is serious or you get worse
if-it-is-serious = Jeśli to coś poważnego albo czujesz się gorzej
# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
if-the-website-says = Jeśli strona każe zadzwonić pod 999 albo iść na A\&E, zrób to od razu. A\&E to szpitalny oddział ratunkowy.
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Jeśli poczujesz się gorzej w czasie czekania, zadzwoń pod 111. Jeśli to stanie się nagłym wypadkiem, zadzwoń pod 999.
# en: Keep safe
keep-safe = Dbaj o bezpieczeństwo
# en: Answer every question as well as you can.
answer-every-question-as = Odpowiedz na każde pytanie najlepiej, jak potrafisz.
# en: Keep your phone with you if you wait for a call.
have-your-phone-with = Miej telefon przy sobie, jeśli czekasz na połączenie.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Nie korzystaj z NHS 111 online w nagłym wypadku. Zadzwoń pod 999.
# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
need-help-with-a = Masz problem ze zdrowiem, który trwa długo? Zapytaj swojego lekarza rodzinnego. Zobacz, [jak umówić wizytę u lekarza rodzinnego]({ $link1 }).
# en: pharmacist
pharmacist = farmaceuta
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = specjalista od leków, który pracuje w aptece
