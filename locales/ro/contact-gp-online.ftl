# Română: the guide "contact-gp-online", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Contact your GP surgery online
# contact-your-gp-surgery =


# en: Use your GP surgery's online form to ask for help, an appointment or a medicine.
# use-your-gp-surgery =


# en: About 10 minutes
# about-10-minutes =


# en: A phone, tablet or computer with the internet
# a-phone-tablet-or =


# en: Your GP surgery's website, or the NHS App
# your-gp-surgery-s =


# en: A few words about what you need
# a-few-words-about =


# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
# department-of-health-and =


# en: NHS England: You and your general practice (the patient charter)
# nhs-england-you-and =


# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
# pulse-practices-must-keep =


# en: Management in Practice: GPs need to triage patient requests (what happens within 1 working day)
# management-in-practice-gps =


# en: NHS England Digital: Notifications and messaging in the NHS App
# nhs-england-digital-notifications =


# en: South Western Ambulance Service: When to call 999
# south-western-ambulance-service =


# en: Your GP surgery has an online form. You can use it to ask for help without phoning. A GP is a family doctor.
# your-gp-surgery-has =


# en: The form is open from 8am to 6:30pm, Monday to Friday. Every GP surgery in England must keep it open at these times.
# the-form-is-open =


# en: An ambulance with its blue lights on
# an-ambulance-with-its =


# en: The form is not for emergencies. **Call 999** if someone’s life may be in danger. See [when to call 999]({ $link1 }).
# the-form-is-not =


# en: Need help fast, and your surgery is closed? Use [NHS 111 online]({ $link1 }) or call **111**.
# need-help-fast-and =


# en: **Is your GP surgery in Wales?** Ask them how to contact them online. The rules on this page are for England.
# is-your-gp-surgery =


# en: Find the form
# find-the-form =


# en: A web browser showing a GP surgery’s website
# a-web-browser-showing =


# en: Go to your GP surgery’s website. Look for the button to contact the surgery online.
# go-to-your-gp =


# en: You can also find it in the NHS App. Open the app and log in. Look for the option to contact your GP surgery.
# you-can-also-find =


# en: Fill in the form
# fill-in-the-form =


# en: A phone showing a form with 3 choices: a medicine, a question and a calendar
# a-phone-showing-a =


# en: Choose what you need help with. For example, a health problem, a medicine, or a letter from the surgery.
# choose-what-you-need =


# en: A phone with a form and a pencil
# a-phone-with-a =


# en: Answer the questions. Say what is wrong, and how long you have had it.
# answer-the-questions-say =


# en: Short words are fine. For example, “sore knee for 2 weeks”.
# short-words-are-fine =


# en: A phone with a speech bubble and a flag, for another language
# a-phone-with-a-2 =


# en: Tell them if you need an interpreter. Tell them if you need extra help too. For example, a longer appointment or a quiet place.
# tell-them-if-you =


# en: A phone and a clock, for when you can talk
# a-phone-and-a =


# en: Say how they can contact you, and when you are free.
# say-how-they-can =


# en: Check your phone number is right. They may call you.
# check-your-phone-number =


# en: Send it
# send-it =


# en: A phone with a big green tick and a paper plane
# a-phone-with-a-3 =


# en: Check your answers. Then send the form.
# check-your-answers-then =


# en: You get a message to say that your surgery has it.
# you-get-a-message =


# en: What happens next
# what-happens-next =


# en: A calendar with a tick on the next day
# a-calendar-with-a =


# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday, but not bank holidays.
# your-surgery-tells-you =


# en: They may offer you an appointment or phone you. They may send you a message, or tell you to see a pharmacist.
# they-may-offer-you =


# en: A phone with a message in the NHS App
# a-phone-with-a-4 =


# en: Keep your phone with you. Look for a text, a call or a message in the NHS App.
# keep-your-phone-with =


# en: See [messages in the NHS App]({ $link1 }).
# see-messages-in-the =


# en: Feel worse while you wait? Use [NHS 111 online]({ $link1 }) or call **111**.
# feel-worse-while-you =


# en: Remember
# remember =


# en: Use the form for things that are not urgent.
# use-the-form-for =


# en: Say clearly what is wrong.
# say-clearly-what-is =


# en: Do not use the form in an emergency. Call 999.
# do-not-use-the =


# en: log in
# log-in =


# en: type your email address and password to get into your account
# type-your-email-address =


# en: pharmacist
# pharmacist =


# en: an expert in medicines who works in a pharmacy
# an-expert-in-medicines =

