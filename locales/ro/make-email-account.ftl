# Română: the guide "make-email-account", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Make an email account
# make-an-email-account =


# en: Get a free email address. You need one for the NHS App and for many other things online.
# get-a-free-email =


# en: About 15 minutes
# about-15-minutes =


# en: A phone, tablet or computer with the internet
# a-phone-tablet-or =


# en: Your mobile phone, to get a code
# your-mobile-phone-to =


# en: A pen and paper
# a-pen-and-paper =


# en: Northern Ireland Cyber Security Centre (with the NCSC): Be Cyber Aware – protect your email
# northern-ireland-cyber-security =


# en: Kennington Parish Council: Have you secured your email account? (from NCSC Cyber Aware)
# kennington-parish-council-have =


# en: NCSC and CyberScotland: Passwords and 2-step verification
# ncsc-and-cyberscotland-passwords =


# en: Google: Gmail sign-in page (Create account)
# google-gmail-sign-in =


# en: everydaytech.org: How to create an email address (a recovery phone number)
# everydaytech-org-how-to =


# en: An email address is like a postal address for messages on the internet. It looks like **name@example.com**.
# an-email-address-is =


# en: You need an email address to get the NHS App. Many free email services let you make one.
# you-need-an-email =


# en: Choose a free email service
# choose-a-free-email =


# en: Two different coloured letters side by side, for 2 email services
# two-different-coloured-letters =


# en: Choose a free email service. Gmail from Google and Outlook from Microsoft are 2 of them.
# choose-a-free-email-2 =


# en: Ask a friend or a library helper which one they use. They can help you with it.
# ask-a-friend-or =


# en: A phone with a button at the bottom of the screen
# a-phone-with-a =


# en: Open the email app, or go to the service’s website. Tap **Create account**.
# open-the-email-app =


# en: Tell them about you
# tell-them-about-you =


# en: A form with lines for a name and a date of birth
# a-form-with-lines =


# en: Type your first name and last name. Then type your date of birth.
# type-your-first-name =


# en: Choose your email address
# choose-your-email-address =


# en: A letter with an @ sign made of lines
# a-letter-with-an =


# en: Choose the first part of your email address. For example, your name and some numbers.
# choose-the-first-part =


# en: Someone else may have it already. Then try a different one. Write your new email address on paper.
# someone-else-may-have =


# en: Make a strong password
# make-a-strong-password =


# en: 3 cards in a row, for 3 random words
# text-3-cards-in-a =


# en: Make a password from 3 random words. For example, think of 3 things you can see now.
# make-a-password-from =


# en: Do not use your name, your birthday or a pet’s name. Do not use this password anywhere else.
# do-not-use-your =


# en: A notebook in a drawer, kept at home
# a-notebook-in-a =


# en: Write your password down if you need to. Keep it somewhere safe at home.
# write-your-password-down =


# en: Add your phone number
# add-your-phone-number =


# en: A phone with a speech bubble. The bubble has 6 dots for a code.
# a-phone-with-a-2 =


# en: Type your mobile phone number. The service sends you a code by text. Type the code in.
# type-your-mobile-phone =


# en: Your phone number helps you get back in if you forget your password.
# your-phone-number-helps =


# en: Turn on 2-step verification
# turn-on-2-step =


# en: A padlock and a phone with a tick
# a-padlock-and-a =


# en: Turn on **2-step verification**. Look for it in your account’s settings.
# turn-on-2-step-2 =


# en: On a new phone or computer, you then need your password and a code. A thief cannot get in with your password alone.
# on-a-new-phone =


# en: Send a test email
# send-a-test-email =


# en: A letter flying from one phone to another
# a-letter-flying-from =


# en: Send an email to a friend. Ask them to reply. Now you know it works.
# send-an-email-to =


# en: Next, you can [get the NHS App]({ $link1 }). Learn how to [spot fake NHS emails]({ $link2 }) too.
# next-you-can-get =


# en: Do not tell anyone your password. Not even a helper.
# do-not-tell-anyone =


# en: Do not open emails you did not expect from people you do not know.
# do-not-open-emails =


# en: verification
# verification =


# en: a check that it is really you
# a-check-that-it =


# en: settings
# settings =


# en: the part of an app or phone where you choose how it works
# the-part-of-an =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

