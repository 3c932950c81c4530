# Cymraeg: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Defnyddio NHS 111 ar-lein
# en: Get help fast for a health problem that is urgent but not an emergency.
get-help-for-a = Cael help yn gyflym gyda phroblem iechyd sy'n frys ond nad yw'n argyfwng.
# en: About 10 to 20 minutes
about-10-to-20 = Tua 10 i 20 munud
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Ffôn, llechen neu gyfrifiadur gyda'r rhyngrwyd
# en: The age and sex of the person who needs help
the-age-and-sex = Oed a rhyw y person sydd angen help
# en: Their symptoms: what is wrong
their-symptoms-what-is = Eu symptomau: beth sydd o'i le
# en: swast.nhs.uk (South Western Ambulance Service): emergencies to call an ambulance for
swast-nhs-uk-south = swast.nhs.uk (South Western Ambulance Service): argyfyngau sydd angen ambiwlans
# en: 111.nhs.uk: How 111 online works
text-111-nhs-uk-how = 111.nhs.uk: Sut mae 111 ar-lein yn gweithio
# en: nhs.uk: How NHS 111 online works
nhs-uk-how-nhs = nhs.uk: Sut mae NHS 111 ar-lein yn gweithio
# en: Lincolnshire Partnership NHS Foundation Trust: Need help now? (111, the mental health option)
lincolnshire-partnership-nhs-foundation = Lincolnshire Partnership NHS Foundation Trust: Angen help nawr? (111, yr opsiwn iechyd meddwl)
# en: Tees, Esk and Wear Valleys NHS Foundation Trust: Crisis advice (111, SignVideo)
tees-esk-and-wear = Tees, Esk and Wear Valleys NHS Foundation Trust: Cyngor mewn argyfwng (111, SignVideo)
# en: NHS in London (myhealth.london.nhs.uk): NHS 111 (textphone 18001 111, interpreters)
nhs-in-london-myhealth = NHS in London (myhealth.london.nhs.uk): NHS 111 (ffôn testun 18001 111, cyfieithwyr)
# en: Aneurin Bevan University Health Board: Mental health crisis (NHS 111 Wales, option 2)
aneurin-bevan-university-health = Bwrdd Iechyd Prifysgol Aneurin Bevan: Argyfwng iechyd meddwl (NHS 111 Wales, opsiwn 2)
# en: NHS 111 Wales: 111.wales.nhs.uk
nhs-111-wales-111 = NHS 111 Wales: 111.wales.nhs.uk
# en: An ambulance with its blue lights on
an-ambulance-with-its = Ambiwlans gyda'i oleuadau glas ymlaen
# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
call-999-now-if-2 = **Ffoniwch 999 nawr** os gall bywyd rhywun fod mewn perygl. Er enghraifft, os ydyn nhw:
# en: have pain in their chest
have-pain-in-their = yn cael poen yn eu brest
# en: cannot breathe well
cannot-breathe-well = yn methu anadlu'n dda
# en: will not wake up
will-not-wake-up = yn methu deffro
# en: are bleeding a lot and it will not stop
are-bleeding-a-lot = yn gwaedu llawer a dydy'r gwaedu ddim yn stopio
# en: have a face that drops on one side
have-a-face-that = wedi colli nerth yn eu hwyneb, ac mae un ochr wedi disgyn
# en: have one arm that is weak or will not go up
have-one-arm-that = yn wan mewn un fraich, neu'n methu ei chodi
# en: cannot speak clearly
cannot-speak-clearly = yn methu siarad yn glir
# en: have a fit that is not stopping
have-a-fit-that = yn cael ffit sydd ddim yn stopio
# en: have a bad allergic reaction, like a swollen face or lips
have-a-bad-allergic = yn cael adwaith alergaidd drwg, fel wyneb neu wefusau wedi chwyddo
# en: suddenly become confused
suddenly-become-confused = yn drysu'n sydyn
# en: have a serious head injury
have-a-serious-head = wedi cael anaf difrifol i'r pen
# en: have a bad burn
have-a-bad-burn = wedi cael llosg drwg
# en: have seriously hurt themselves, or may end their life
have-seriously-hurt-themselves = wedi brifo eu hunain yn ddifrifol, neu mewn perygl o ddod â'u bywyd i ben
# en: A face that drops, a weak arm or unclear speech may mean a stroke. Call 999 at once.
a-face-that-drops = Gall wyneb wedi disgyn, un fraich wan neu siarad aneglur olygu strôc. Ffoniwch 999 ar unwaith.
# en: Is it a mental health crisis? Call **111** and choose the mental health option. You can call 24 hours a day, every day.
is-it-a-mental = Ydy hi'n argyfwng iechyd meddwl? Ffoniwch **111** a dewis yr opsiwn iechyd meddwl. Gallwch chi ffonio 24 awr y dydd, bob dydd.
# en: In a mental health crisis in Wales, call **111** and choose option 2.
in-a-mental-health = Mewn argyfwng iechyd meddwl yng Nghymru, ffoniwch **111** a dewis opsiwn 2.
# en: When to use NHS 111
when-to-use-nhs = Pryd i ddefnyddio NHS 111
# en: A phone with a question mark inside a speech bubble
a-phone-showing-a = Ffôn gyda marc cwestiwn mewn swigen siarad
# en: Use NHS 111 when you need help fast but it is not an emergency.
use-nhs-111-online-2 = Defnyddiwch NHS 111 pan fydd angen help yn gyflym arnoch chi, ond nid yw'n argyfwng.
# en: It can help when you feel ill and do not know what to do.
it-can-help-when = Gall helpu os ydych chi'n teimlo'n sâl ac yn ansicr beth i'w wneud.
# en: A man sits at home at night. He talks on his phone by the light of a lamp.
a-man-sits-at = Mae dyn yn eistedd gartref yn y nos. Mae'n siarad ar ei ffôn wrth olau lamp.
# en: NHS 111 is free. It is open all day and all night, every day.
it-is-free-it = Mae NHS 111 am ddim. Mae ar agor drwy'r dydd a thrwy'r nos, bob dydd.
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
you-can-also-call = Gallwch chi hefyd ffonio **111** ar unrhyw ffôn. Mae'r alwad am ddim. Gallwch chi ofyn am rywun sy'n siarad eich iaith chi.
# en: Two hands signing next to a laptop with a video call
two-hands-signing-next = Dwy law yn arwyddo wrth ymyl gliniadur gyda galwad fideo
# en: Are you deaf? You can use NHS 111 in British Sign Language. An interpreter joins you on a video call.
are-you-deaf-you = Ydych chi'n fyddar? Gallwch chi ddefnyddio NHS 111 yn Iaith Arwyddion Prydain. Mae cyfieithydd yn ymuno â chi ar alwad fideo.
# en: You can also call **18001 111** from a textphone.
you-can-also-call-2 = Gallwch chi hefyd ffonio **18001 111** o ffôn testun.
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = Mae NHS 111 ar-lein ar gyfer pobl yn Lloegr, 5 oed a hŷn. Ar gyfer plentyn dan 5 oed, ffoniwch 111.
# en: **In Wales, use NHS 111 Wales.** Go to [111.wales.nhs.uk]({ $link1 }) or call **111**. The call is free.
in-wales-use-nhs = **Yng Nghymru, defnyddiwch NHS 111 Wales.** Ewch i [111.wales.nhs.uk]({ $link1 }) neu ffoniwch **111**. Mae'r alwad am ddim.
# en: Get help online
get-help = Cael help ar-lein
# en: A web browser with an address bar and a big blue button
a-web-browser-showing = Porwr gwe gyda bar cyfeiriad a botwm mawr glas
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Ewch i [111.nhs.uk]({ $link1 }) ar eich ffôn, llechen neu gyfrifiadur.
# en: The website asks some questions first. For example, where you are, who needs help, and their age. You can answer for yourself or for someone else.
the-website-asks-some = Mae'r wefan yn gofyn rhai cwestiynau yn gyntaf. Er enghraifft, ble rydych chi, pwy sydd angen help, a'u hoed. Gallwch chi ateb drosoch chi'ch hun neu dros rywun arall.
# en: A list of questions with tick boxes
a-list-of-questions = Rhestr o gwestiynau gyda blychau ticio
# en: Choose the symptom that worries you most. The website checks 1 symptom at a time.
choose-the-symptom-that = Dewiswch y symptom sy'n eich poeni fwyaf. Mae'r wefan yn gwirio 1 symptom ar y tro.
# en: Symptoms are what is wrong, like pain or a high temperature. Answer the questions about the symptom.
answer-the-questions-about = Symptomau yw beth sydd o'i le, fel poen neu dymheredd uchel. Atebwch y cwestiynau am y symptom.
# en: A nurse talks on a phone
a-nurse-speaking-on = Nyrs yn siarad ar ffôn
# en: The website tells you what to do next.
the-website-tells-you = Mae'r wefan yn dweud wrthych chi beth i'w wneud nesaf.
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
it-may-tell-you = Efallai y bydd yn dweud wrthych chi am weld fferyllydd neu eich meddyg teulu (GP). Efallai y bydd yn dweud ble i fynd am help.
# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
a-nurse-may-phone = Efallai y bydd nyrs yn eich ffonio chi'n ôl. Gall yr alwad ddod o rif nad ydych chi'n ei adnabod. Atebwch hi.
# en: A real NHS nurse never asks for your bank details. Learn how to [spot NHS scams]({ $link1 }).
a-real-nhs-nurse = Dydy nyrs go iawn o'r NHS byth yn gofyn am eich manylion banc. Dysgwch sut i [adnabod sgamiau NHS]({ $link1 }).
# en: If it is serious or you get worse
if-it-is-serious = Os yw'n ddifrifol neu os ydych chi'n gwaethygu
# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
if-the-website-says = Ydy'r wefan yn dweud wrthych chi am ffonio 999 neu fynd i A\&E? Gwnewch hynny nawr. A\&E yw'r adran frys mewn ysbyty.
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Os byddwch chi'n gwaethygu wrth aros, ffoniwch 111. Os daw'n argyfwng, ffoniwch 999.
# en: Keep safe
keep-safe = Cadw'n ddiogel
# en: Answer every question as well as you can.
answer-every-question-as = Atebwch bob cwestiwn cystal ag y gallwch chi.
# en: Keep your phone with you if you wait for a call.
have-your-phone-with = Cadwch eich ffôn gyda chi os ydych chi'n aros am alwad.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Peidiwch â defnyddio NHS 111 ar-lein mewn argyfwng. Ffoniwch 999.
# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
need-help-with-a = Angen help gyda phroblem tymor hir? Gofynnwch i'ch meddyg teulu. Darllenwch [sut i wneud apwyntiad gyda meddyg teulu]({ $link1 }).
# en: pharmacist
pharmacist = fferyllydd
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = arbenigwr ar feddyginiaethau sy'n gweithio mewn fferyllfa
