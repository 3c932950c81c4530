# Cymraeg: the guide "help-someone-else", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Help someone else with their GP services online
help-someone-else-with = Helpu rhywun arall gyda'i wasanaethau meddyg teulu ar-lein
# en: Are you a carer, a parent or a family member? You may be able to help them in the NHS App.
are-you-a-carer = Ydych chi'n ofalwr, yn rhiant neu'n aelod o'r teulu? Efallai y gallwch chi eu helpu yn yr NHS App.
# en: About 15 minutes to ask. Your GP surgery may take a few days to set it up.
about-15-minutes-to = Tua 15 munud i ofyn. Gall eich meddygfa gymryd ychydig ddyddiau i'w drefnu.
# en: Your own NHS App, with your own NHS login
your-own-nhs-app = Eich NHS App eich hun, gyda'ch NHS login eich hun
# en: The person you help, if they can agree to it
the-person-you-help = Y person rydych chi'n ei helpu, os gallan nhw gytuno i hyn
# en: Photo ID, for you and maybe for them
photo-id-for-you = Prawf adnabod gyda llun, i chi ac efallai iddyn nhw
# en: nhs.uk: How to get family and carer access (proxy access) for adults
nhs-uk-how-to = nhs.uk: Sut i gael mynediad i deulu a gofalwyr (mynediad procsi) i oedolion
# en: nhs.uk: Information for under-16s – a parent or guardian accessing your doctor's services
nhs-uk-information-for = nhs.uk: Gwybodaeth i bobl dan 16 oed – rhiant neu warcheidwad yn defnyddio gwasanaethau eich meddyg
# en: Larwood Health Partnership: Proxy access – using linked profiles
larwood-health-partnership-proxy = Larwood Health Partnership: Mynediad procsi – defnyddio proffiliau cysylltiedig
# en: South Molton Medical Centre: How to set up proxy access
south-molton-medical-centre = South Molton Medical Centre: Sut i sefydlu mynediad procsi
# en: Kirton Medical Centre: NHS App – all you need to know (switch profiles)
kirton-medical-centre-nhs = Kirton Medical Centre: NHS App – popeth sydd angen i chi ei wybod (newid proffil)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: telerau defnyddio (apphelp.nhs.wales)
# en: You may care for someone. Or you may help a child, a parent or a friend.
you-may-care-for = Efallai eich bod chi'n gofalu am rywun. Neu efallai eich bod chi'n helpu plentyn, rhiant neu ffrind.
# en: You can ask to use their GP services online for them. This is called **proxy access**.
you-can-ask-to = Gallwch chi ofyn am gael defnyddio eu gwasanaethau meddyg teulu ar-lein ar eu rhan. Yr enw ar hyn yw **mynediad procsi** (proxy access).
# en: In the NHS App, you then see their **linked profile** next to your own. A profile is the part of the app with one person’s details.
in-the-nhs-app = Yna byddwch chi'n gweld eu **proffil cysylltiedig** (linked profile) yn yr NHS App. Mae wrth ymyl eich proffil chi. Proffil yw'r rhan o'r ap gyda manylion un person.
# en: **Is your GP surgery in Wales?** Ask them how you can help someone online. This guide is about the NHS App in England.
is-your-gp-surgery = **Ydy eich meddygfa yng Nghymru?** Gofynnwch iddyn nhw sut gallwch chi helpu rhywun ar-lein. Mae'r canllaw hwn yn sôn am yr NHS App yn Lloegr.
# en: What you may be able to do
what-you-may-be = Beth efallai y gallwch chi ei wneud
# en: The GP surgery decides what you can do. You may be able to:
the-gp-surgery-decides = Y feddygfa sy'n penderfynu beth gallwch chi ei wneud. Efallai y gallwch chi:
# en: A calendar with one day circled
a-calendar-with-one = Calendr gydag un diwrnod wedi'i gylchu
# en: book and cancel their appointments
book-and-cancel-their = drefnu a chanslo eu hapwyntiadau
# en: A medicine box and a pill
a-medicine-box-and = Bocs meddyginiaeth a thabled
# en: order their repeat prescriptions
order-their-repeat-prescriptions = archebu eu presgripsiynau amlroddadwy
# en: A folder with a heart on it
a-folder-with-a = Ffolder gyda chalon arni
# en: see some or all of their GP health record
see-some-or-all = weld rhan o'u cofnod iechyd GP, neu'r cyfan
# en: Ask for access
ask-for-access = Gofyn am fynediad
# en: Two people at a GP surgery desk: a carer and an older man
two-people-at-a = Dau berson wrth ddesg meddygfa: gofalwr a dyn hŷn
# en: Contact the GP surgery of the person you help. Ask for proxy access.
contact-the-gp-surgery = Cysylltwch â meddygfa'r person rydych chi'n ei helpu. Gofynnwch am fynediad procsi.
# en: For the NHS App, you both need to be patients at the same GP surgery. If you are not, the surgery can tell you what to use instead.
for-the-nhs-app = I ddefnyddio'r NHS App, rhaid i chi'ch dau fod yn yr un feddygfa. Os nad ydych chi, gall y feddygfa ddweud beth i'w ddefnyddio yn lle hynny.
# en: A form and a passport
a-form-and-a = Ffurflen a phasbort
# en: You may both have to fill in a form. You may also need to show photo ID.
you-may-both-have = Efallai y bydd rhaid i chi'ch dau lenwi ffurflen. Efallai y bydd angen i chi ddangos prawf adnabod gyda llun hefyd.
# en: A person nods and signs a form
a-person-nods-and = Mae person yn nodio ac yn llofnodi ffurflen
# en: The surgery checks that the person you help agrees.
the-surgery-checks-that = Mae'r feddygfa yn gwirio bod y person rydych chi'n ei helpu yn cytuno.
# en: Can they not understand or agree, for example because of dementia? The surgery may still give you access. It decides what is best for them.
can-they-not-understand = Ydyn nhw'n methu deall neu gytuno, er enghraifft oherwydd dementia? Efallai y bydd y feddygfa yn dal i roi mynediad i chi. Mae'n penderfynu beth sydd orau iddyn nhw.
# en: A phone with a tick: access is ready
a-phone-with-a = Ffôn gyda thic: mae'r mynediad yn barod
# en: The surgery sets it up. It tells you when it is ready.
the-surgery-sets-it = Mae'r feddygfa yn ei drefnu. Mae'n dweud wrthych chi pan fydd yn barod.
# en: Use their profile
use-their-profile = Defnyddio eu proffil
# en: A phone with 2 faces. An arrow goes from one face to the other.
a-phone-with-2 = Ffôn gyda 2 wyneb. Mae saeth yn mynd o un wyneb i'r llall.
# en: Open the NHS App and log in with your own NHS login.
open-the-nhs-app = Agorwch yr NHS App a mewngofnodwch gyda'ch NHS login eich hun.
# en: Choose the name of the person you help. Now you can book or order for them.
choose-the-name-of = Dewiswch enw'r person rydych chi'n ei helpu. Nawr gallwch chi drefnu neu archebu ar eu rhan.
# en: A phone with a coloured band at the top, to show whose profile it is
a-phone-with-a-2 = Ffôn gyda band lliw ar y top, i ddangos proffil pwy yw e
# en: The app shows whose profile you are using. Check the name before you book or order.
the-app-shows-whose = Mae'r ap yn dangos proffil pwy rydych chi'n ei ddefnyddio. Gwiriwch yr enw cyn i chi drefnu neu archebu.
# en: Go back to your own profile when you finish.
go-back-to-your = Ewch yn ôl i'ch proffil eich hun pan fyddwch chi'n gorffen.
# en: What you cannot do
what-you-cannot-do = Beth na allwch chi ei wneud
# en: You cannot do more than the surgery allows.
you-cannot-do-more = Allwch chi ddim gwneud mwy nag y mae'r feddygfa yn ei ganiatáu.
# en: Do not use their NHS login or password. Use your own.
do-not-use-their = Peidiwch â defnyddio eu NHS login na'u cyfrinair. Defnyddiwch eich rhai chi.
# en: A parent’s access stops when a child turns 16. The child can then choose who helps them.
a-parent-s-access = Mae mynediad rhiant yn stopio pan fydd plentyn yn troi'n 16 oed. Yna gall y plentyn ddewis pwy sy'n ei helpu.
# en: The person you help can ask the surgery to change your access. They can ask to stop it too.
the-person-you-help-2 = Gall y person rydych chi'n ei helpu ofyn i'r feddygfa newid eich mynediad. Gallan nhw ofyn am ei stopio hefyd.
# en: Want to see your own record? See [how to see your health record]({ $link1 }).
want-to-see-your = Eisiau gweld eich cofnod eich hun? Darllenwch [sut i weld eich cofnod iechyd]({ $link1 }).
# en: proxy access
proxy-access = mynediad procsi
# en: when a GP surgery lets you use some of its online services for someone else
when-a-gp-surgery = pan fydd meddygfa yn gadael i chi ddefnyddio ei gwasanaethau ar-lein dros rywun arall
# en: log in
log-in = mewngofnodwch
# en: type your email address and password to get into your account
type-your-email-address = teipiwch eich cyfeiriad e-bost a'ch cyfrinair i fynd i mewn i'ch cyfrif
