# Cymraeg: the guide "nhs-app-messages", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Messages and notifications in the NHS App
# messages-and-notifications-in =


# en: Get messages from the NHS in the NHS App. Know that they are real.
# get-messages-from-the =


# en: About 5 minutes
# about-5-minutes =


# en: The NHS App on your phone or tablet, with your NHS login
# the-nhs-app-on =


# en: NHS England Digital: Notifications and messaging in the NHS App
# nhs-england-digital-notifications =


# en: NHS Notify: NHS App messages (push notifications and badges)
# nhs-notify-nhs-app =


# en: 3W Health: Managing NHS App notifications (from nhs.uk, Managing your NHS account)
# text-3w-health-managing-nhs =


# en: Windrush Medical Practice: NHS App messaging
# windrush-medical-practice-nhs =


# en: Doncaster and Bassetlaw Teaching Hospitals: The way you receive appointment reminders is changing
# doncaster-and-bassetlaw-teaching =


# en: NHS Wales App: terms of use (apphelp.nhs.wales)
# nhs-wales-app-terms =


# en: The NHS can send you messages in the NHS App. They come to a safe place inside the app, called your inbox.
# the-nhs-can-send =


# en: A notification on your phone tells you a new message has come.
# a-notification-on-your =


# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
# no-app-yet-first =


# en: **Is your GP surgery in Wales?** The NHS Wales App works in its own way. This guide is about the NHS App in England.
# is-your-gp-surgery =


# en: What messages can be about
# what-messages-can-be =


# en: A calendar with one day circled
# a-calendar-with-one =


# en: an appointment, or a reminder about one
# an-appointment-or-a =


# en: A test tube next to a page
# a-test-tube-next =


# en: a test result from your GP surgery
# a-test-result-from =


# en: A jab and a shield
# a-jab-and-a =


# en: an invitation to have a jab or a check
# an-invitation-to-have =


# en: Turn on notifications
# turn-on-notifications =


# en: A phone with a menu. A yellow circle marks a button at the bottom.
# a-phone-with-a =


# en: Open the NHS App and log in. Tap **More**. Then tap **Account and settings**.
# open-the-nhs-app =


# en: A phone with a switch turned on
# a-phone-with-a-2 =


# en: Tap **Manage notifications**. Turn the switch on.
# tap-manage-notifications-turn =


# en: Do you use the app on more than 1 phone or tablet? Turn notifications on for each one.
# do-you-use-the =


# en: Read a message
# read-a-message =


# en: A phone with a small alert at the top. The app has a red dot.
# a-phone-with-a-3 =


# en: A notification shows on your phone. It does not show what the message says. It only tells you a message has come.
# a-notification-shows-on =


# en: A red dot with a number may show on the NHS App too.
# a-red-dot-with =


# en: A phone with an open message in the NHS App
# a-phone-with-an =


# en: Open the NHS App yourself and log in. Then open your messages.
# open-the-nhs-app-2 =


# en: Your GP surgery or another NHS service sent it. Read it and do what it asks.
# your-gp-surgery-or =


# en: Did you not read a message in time? You may get a text instead.
# did-you-not-read =


# en: Keep safe
# keep-safe =


# en: A real NHS App message is inside the NHS App. Open the app yourself to read it.
# a-real-nhs-app =


# en: Got a text or email that says it is from the NHS App? Do not tap its links. Open the app yourself instead.
# got-a-text-or =


# en: A phone on a table with 2 people near it
# a-phone-on-a =


# en: Do other people use your phone? They can see your notifications.
# do-other-people-use =


# en: Turn notifications off if you do not want this.
# turn-notifications-off-if =


# en: Learn more about how to [spot NHS scams]({ $link1 }).
# learn-more-about-how =


# en: notification
# notification =


# en: a short alert on your phone. It tells you something new has come.
# a-short-alert-on =


# en: log in
# log-in =


# en: type your email address and password to get into your account
# type-your-email-address =


# en: settings
# settings =


# en: the part of an app or phone where you choose how it works
# the-part-of-an =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

