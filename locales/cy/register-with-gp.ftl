# Cymraeg: the guide "register-with-gp", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Register with a GP surgery
# register-with-a-gp =


# en: Anyone in England can register with a GP surgery for free. You do not need an address or ID.
# anyone-in-england-can =


# en: About 15 minutes to fill in the form
# about-15-minutes-to =


# en: Your name and date of birth
# your-name-and-date =


# en: An address where you can get letters, if you have one
# an-address-where-you =


# en: A phone, tablet or computer, if you register online
# a-phone-tablet-or =


# en: nhs.uk: How to register with a GP surgery (as quoted by Arcadian Gardens Surgery)
# nhs-uk-how-to =


# en: nhs.uk: How to register with a GP practice (reasons to refuse, in writing)
# nhs-uk-how-to-2 =


# en: Healthwatch England: Registering with your GP – understanding your rights
# healthwatch-england-registering-with =


# en: NHS England: You and your general practice (the patient charter)
# nhs-england-you-and =


# en: Andaman Surgery: Registration policy (a temporary address for homeless patients)
# andaman-surgery-registration-policy =


# en: Heathrow Medical Centre: New patients (documents are not required; confirming registration)
# heathrow-medical-centre-new =


# en: Birmingham Mind: How to register with a GP practice (help with the form, interpreters)
# birmingham-mind-how-to =


# en: A GP is a family doctor. A GP surgery is the place where GPs work.
# a-gp-is-a =


# en: Register with a GP surgery near you. Then you can see a GP when you need to.
# register-with-a-gp-2 =


# en: Anyone in England can register with a GP surgery. It is free.
# anyone-in-england-can-2 =


# en: **Do you live in Wales?** Ask a GP surgery near you how to register. The rules on this page are for England.
# do-you-live-in =


# en: You do not need
# you-do-not-need =


# en: A house with a cross next to it
# a-house-with-a =


# en: a fixed address
# a-fixed-address =


# en: An ID card with a cross next to it
# an-id-card-with =


# en: ID, like a passport or a driving licence
# id-like-a-passport =


# en: A folder of papers with a cross next to it
# a-folder-of-papers =


# en: papers about your immigration status
# papers-about-your-immigration =


# en: A card with 10 dots for a number, and a cross next to it
# a-card-with-10 =


# en: your NHS number
# your-nhs-number =


# en: ID can help the surgery find your old records. But they cannot say no because you do not have it.
# id-can-help-the =


# en: Find a surgery
# find-a-surgery =


# en: A map with 3 pins, for GP surgeries near you
# a-map-with-3 =


# en: Find GP surgeries near you. Use the NHS website, or ask at a library or a community centre.
# find-gp-surgeries-near =


# en: Choose one near where you live or stay. A surgery may say no if you live outside its area.
# choose-one-near-where =


# en: Register
# register =


# en: A phone with a form, and a paper form next to it
# a-phone-with-a =


# en: Ask the surgery how to register. You can usually fill in a form online. Or ask for a paper form at the front desk.
# ask-the-surgery-how =


# en: A form with lines for name, date of birth and address
# a-form-with-lines =


# en: Fill in your name, your date of birth and your address.
# fill-in-your-name =


# en: Do you have no fixed address? Give a friend’s address, a day centre or the surgery’s own address.
# do-you-have-no =


# en: Two people talk. One speech bubble has a flag, for another language.
# two-people-talk-one =


# en: Need help with the form? Ask the surgery. You can ask for an interpreter too.
# need-help-with-the =


# en: What happens next
# what-happens-next =


# en: A letter with a tick on it
# a-letter-with-a =


# en: You get a letter or a message when you are registered.
# the-surgery-tells-you =


# en: Then you can contact them when you need help. See [how to contact your GP surgery online]({ $link1 }).
# then-you-can-contact =


# en: A letter with a cross and a pen
# a-letter-with-a-2 =


# en: Did the surgery say no? It must tell you why in writing.
# did-the-surgery-say =


# en: For example, it may have no space for new patients. Then ask another surgery near you.
# for-example-it-may =


# en: Need help to register? Ask at a library, a community centre or a charity. See [how to get help to get online]({ $link1 }).
# need-help-to-register =

