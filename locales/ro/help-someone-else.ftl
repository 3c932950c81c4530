# Română: the guide "help-someone-else", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Help someone else with their GP services online
# help-someone-else-with =


# en: Are you a carer, a parent or a family member? You may be able to help them in the NHS App.
# are-you-a-carer =


# en: About 15 minutes to ask. Your GP surgery may take a few days to set it up.
# about-15-minutes-to =


# en: Your own NHS App, with your own NHS login
# your-own-nhs-app =


# en: The person you help, if they can agree to it
# the-person-you-help =


# en: Photo ID, for you and maybe for them
# photo-id-for-you =


# en: nhs.uk: How to get family and carer access (proxy access) for adults
# nhs-uk-how-to =


# en: nhs.uk: Information for under-16s – a parent or guardian accessing your doctor's services
# nhs-uk-information-for =


# en: Larwood Health Partnership: Proxy access – using linked profiles
# larwood-health-partnership-proxy =


# en: South Molton Medical Centre: How to set up proxy access
# south-molton-medical-centre =


# en: Kirton Medical Centre: NHS App – all you need to know (switch profiles)
# kirton-medical-centre-nhs =


# en: NHS Wales App: terms of use (apphelp.nhs.wales)
# nhs-wales-app-terms =


# en: You may care for someone. Or you may help a child, a parent or a friend.
# you-may-care-for =


# en: You can ask to use their GP services online for them. This is called **proxy access**.
# you-can-ask-to =


# en: In the NHS App, you then see their **linked profile** next to your own. A profile is the part of the app with one person’s details.
# in-the-nhs-app =


# en: **Is your GP surgery in Wales?** Ask them how you can help someone online. This guide is about the NHS App in England.
# is-your-gp-surgery =


# en: What you may be able to do
# what-you-may-be =


# en: The GP surgery decides what you can do. You may be able to:
# the-gp-surgery-decides =


# en: A calendar with one day circled
# a-calendar-with-one =


# en: book and cancel their appointments
# book-and-cancel-their =


# en: A medicine box and a pill
# a-medicine-box-and =


# en: order their repeat prescriptions
# order-their-repeat-prescriptions =


# en: A folder with a heart on it
# a-folder-with-a =


# en: see some or all of their GP health record
# see-some-or-all =


# en: Ask for access
# ask-for-access =


# en: Two people at a GP surgery desk: a carer and an older man
# two-people-at-a =


# en: Contact the GP surgery of the person you help. Ask for proxy access.
# contact-the-gp-surgery =


# en: For the NHS App, you both need to be patients at the same GP surgery. If you are not, the surgery can tell you what to use instead.
# for-the-nhs-app =


# en: A form and a passport
# a-form-and-a =


# en: You may both have to fill in a form. You may also need to show photo ID.
# you-may-both-have =


# en: A person nods and signs a form
# a-person-nods-and =


# en: The surgery checks that the person you help agrees.
# the-surgery-checks-that =


# en: Can they not understand or agree, for example because of dementia? The surgery may still give you access. It decides what is best for them.
# can-they-not-understand =


# en: A phone with a tick: access is ready
# a-phone-with-a =


# en: The surgery sets it up. It tells you when it is ready.
# the-surgery-sets-it =


# en: Use their profile
# use-their-profile =


# en: A phone with 2 faces. An arrow goes from one face to the other.
# a-phone-with-2 =


# en: Open the NHS App and log in with your own NHS login.
# open-the-nhs-app =


# en: Choose the name of the person you help. Now you can book or order for them.
# choose-the-name-of =


# en: A phone with a coloured band at the top, to show whose profile it is
# a-phone-with-a-2 =


# en: The app shows whose profile you are using. Check the name before you book or order.
# the-app-shows-whose =


# en: Go back to your own profile when you finish.
# go-back-to-your =


# en: What you cannot do
# what-you-cannot-do =


# en: You cannot do more than the surgery allows.
# you-cannot-do-more =


# en: Do not use their NHS login or password. Use your own.
# do-not-use-their =


# en: A parent’s access stops when a child turns 16. The child can then choose who helps them.
# a-parent-s-access =


# en: The person you help can ask the surgery to change your access. They can ask to stop it too.
# the-person-you-help-2 =


# en: Want to see your own record? See [how to see your health record]({ $link1 }).
# want-to-see-your =


# en: proxy access
# proxy-access =


# en: when a GP surgery lets you use some of its online services for someone else
# when-a-gp-surgery =


# en: log in
# log-in =


# en: type your email address and password to get into your account
# type-your-email-address =

