# Polski: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Korzystanie z NHS 111 online
# en: Get help fast for a health problem that is urgent but not an emergency.
# stale: the words above changed; before, they were: Get help for a health problem that is urgent but not an emergency.
get-help-for-a = Uzyskaj pomoc w pilnym problemie zdrowotnym, który nie jest nagłym wypadkiem.
# en: About 10 to 20 minutes
about-10-to-20 = Około 10 do 20 minut
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Telefon, tablet lub komputer z internetem
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Your age, sex and symptoms
your-age-sex-and = Twój wiek, płeć i objawy

# en: The age and sex of the person who needs help
# the-age-and-sex =


# en: Their symptoms: what is wrong
# their-symptoms-what-is =

# en: nhs.uk: When to use 111
nhs-uk-when-to = nhs.uk: Kiedy korzystać z 111

# en: nhs.uk: How NHS 111 online works
# nhs-uk-how-nhs =

# en: nhs.uk: When to call 999
nhs-uk-when-to-2 = nhs.uk: Kiedy dzwonić pod 999

# en: nhs.uk: When to go to A\&E
# nhs-uk-when-to-3 =


# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
# call-999-now-if-2 =


# en: have pain in their chest
# have-pain-in-their =


# en: cannot breathe well
# cannot-breathe-well =


# en: will not wake up
# will-not-wake-up =


# en: are bleeding a lot and it will not stop
# are-bleeding-a-lot =


# en: have a face that drops on one side
# have-a-face-that =


# en: cannot lift both arms
# cannot-lift-both-arms =


# en: cannot speak clearly
# cannot-speak-clearly =

# en: Do not use NHS 111 online for this.
# stale: the words above changed; before, they were: 111.nhs.uk: NHS 111 online
text-111-nhs-uk-nhs = 111.nhs.uk: NHS 111 online
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
call-999-now-if = **Zadzwoń pod 999 teraz**, jeśli ktoś jest bardzo chory lub ciężko ranny i jego życie może być zagrożone. Na przykład jeśli ma ból w klatce piersiowej, nie może oddychać albo nie można go obudzić. Nie używaj do tego NHS 111 online.
# en: When to use NHS 111
# stale: the words above changed; before, they were: When to use NHS 111 online
when-to-use-nhs = Kiedy korzystać z NHS 111 online
# en: A phone with a question mark inside a speech bubble
# stale: the words above changed; before, they were: A phone showing a question mark inside a speech bubble
a-phone-showing-a = Telefon ze znakiem zapytania w dymku
# en: Use NHS 111 when you need help fast but it is not an emergency.
# stale: the words above changed; before, they were: Use NHS 111 online when you need help fast, but it is not an emergency.
use-nhs-111-online-2 = Korzystaj z NHS 111 online, gdy potrzebujesz szybkiej pomocy, ale to nie jest nagły wypadek.

# en: It can help when you feel ill and do not know what to do.
# it-can-help-when =


# en: A man sits at home at night. He talks on his phone by the light of a lamp.
# a-man-sits-at =

# en: NHS 111 is free. It is open all day and all night, every day.
# stale: the words above changed; before, they were: It is free. It is open all day and all night.
it-is-free-it = To nic nie kosztuje. Działa przez cały dzień i całą noc.
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
# stale: the words above changed; before, they were: You can also call **111** on any phone. The call is free.
you-can-also-call = Możesz też zadzwonić pod **111** z każdego telefonu. Połączenie jest bezpłatne.
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
# stale: the words above changed; before, they were: NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 online jest dla osób w wieku 5 lat i starszych. Dla dziecka poniżej 5 lat zadzwoń pod 111.
# en: Get help online
# stale: the words above changed; before, they were: Get help
get-help = Uzyskaj pomoc
# en: A web browser with an address bar and a big blue button
# stale: the words above changed; before, they were: A web browser showing the address 111.nhs.uk
a-web-browser-showing = Ekran telefonu z adresem 111.nhs.uk
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Wejdź na [111.nhs.uk]({ $link1 }) w telefonie, tablecie lub komputerze.

# en: The website asks some questions first. For example, where you are, who needs help, and their age.
# the-website-asks-some =

# en: A list of questions with tick boxes
a-list-of-questions = Lista pytań z polami do zaznaczenia
# en: Answer the questions about the symptoms.
# stale: the words above changed; before, they were: Answer the questions about your symptoms.
answer-the-questions-about = Odpowiedz na pytania o swoje objawy.
# en: Symptoms are what is wrong, like pain or a high temperature.
# stale: the words above changed; before, they were: Your symptoms are what is wrong, like pain or a high temperature.
your-symptoms-are-what = Objawy to to, co Ci dolega, na przykład ból lub wysoka gorączka.
# en: A nurse talks on a phone
# stale: the words above changed; before, they were: A nurse speaking on a phone
a-nurse-speaking-on = Pielęgniarka mówi przez telefon
# en: The website tells you what to do next.
the-website-tells-you = Strona powie Ci, co robić dalej.
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
# stale: the words above changed; before, they were: It may tell you to see a pharmacist or go to a GP.
it-may-tell-you = Może Ci doradzić wizytę u farmaceuty albo u lekarza rodzinnego (GP).
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A nurse or doctor may call you back.
a-nurse-or-doctor = Pielęgniarka lub lekarz może do Ciebie oddzwonić.

# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
# a-nurse-may-phone =


# en: If it is serious or you get worse
# if-it-is-serious =


# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
# if-the-website-says =

# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Jeśli poczujesz się gorzej w czasie czekania, zadzwoń pod 111. Jeśli stanie się to nagły wypadek, zadzwoń pod 999.
# en: Keep safe
keep-safe = Bądź bezpieczny
# en: Answer every question as well as you can.
answer-every-question-as = Odpowiedz na każde pytanie najlepiej, jak potrafisz.
# en: Keep your phone with you if you wait for a call.
# stale: the words above changed; before, they were: Have your phone with you if you are waiting for a call.
have-your-phone-with = Miej telefon przy sobie, jeśli czekasz na połączenie.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Nie używaj NHS 111 online w nagłym wypadku. Zadzwoń pod 999.

# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
# need-help-with-a =

