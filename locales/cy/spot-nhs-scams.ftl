# Cymraeg: the guide "spot-nhs-scams", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Spot fake NHS texts, emails and calls
# spot-fake-nhs-texts =


# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you clicked a link.
# some-scams-pretend-to =


# en: About 10 minutes to read
# about-10-minutes-to =


# en: Nothing. Read this guide before you need it.
# nothing-read-this-guide =


# en: National Cyber Security Centre: Phishing: spot and report scam emails, texts, websites and calls
# national-cyber-security-centre =


# en: nhs.uk: NHS App help and support
# nhs-uk-nhs-app =


# en: Take Five to Stop Fraud: advice on scam texts, emails and calls
# take-five-to-stop =


# en: A scam is a trick to steal your money or your details. Some people who make scams pretend to be the NHS. They send texts and emails, or they phone you.
# a-scam-is-a =


# en: The NHS will never text, email or phone to ask for your bank details.
# the-nhs-will-never =


# en: The NHS will never ask for your password or your PIN. A PIN is a secret number.
# the-nhs-will-never-2 =


# en: The NHS App is free. You never pay to use it.
# the-nhs-app-is =


# en: Spot a scam
# spot-a-scam =


# en: A phone with a message on the screen and a yellow warning sign
# a-phone-with-a =


# en: Be careful with any text, email or call that:
# be-careful-with-any =


# en: asks for your bank details, a password or a PIN
# asks-for-your-bank =


# en: asks you to pay money
# asks-you-to-pay =


# en: says you must act fast, or something bad will happen
# says-you-must-act =


# en: has a link to a website you do not know
# has-a-link-to =


# en: has spelling mistakes or looks a bit odd
# has-spelling-mistakes-or =


# en: A phone showing a link. A fish hook hangs from it, like a trap.
# a-phone-showing-a =


# en: Take care with links. A link takes you to a website when you tap it.
# take-care-with-links =


# en: A scam link can look like a real NHS link. If you are not sure, do not tap it.
# a-scam-link-can =


# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
# open-the-nhs-app =


# en: A phone call on a phone screen, and a yellow warning sign
# a-phone-call-on =


# en: Someone may phone and say they are from the NHS or your GP surgery. A GP surgery is where your family doctor works.
# someone-may-phone-and =


# en: If you are not sure, hang up. Then phone your GP surgery on a number you already know.
# if-you-are-not =


# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
# people-who-make-scams =


# en: A letter with a fish hook in it, like a trap
# a-letter-with-a =


# en: A scam email can look real. It may use the NHS name and colours.
# a-scam-email-can =


# en: Do not open links or files in an email you did not expect.
# do-not-open-links =


# en: What to do with a scam
# what-to-do-with =


# en: A phone with a message and an arrow. The arrow shows you send the message on.
# a-phone-with-a-2 =


# en: Got a scam text? Send it on to **7726**. It is free.
# got-a-scam-text =


# en: This helps phone companies stop scams. Then delete the text.
# this-helps-phone-companies =


# en: A bin with a letter going into it
# a-bin-with-a =


# en: Got a scam email? Do not reply to it.
# got-a-scam-email =


# en: Mark it as junk or spam. Then delete it.
# mark-it-as-junk =


# en: If you tapped a link or gave your details
# if-you-tapped-a =


# en: Do not panic, but act fast.
# do-not-panic-but =


# en: It is not your fault. Scams can fool anyone.
# it-is-not-your =


# en: A red stop sign with a white hand on it, next to a phone
# a-red-stop-sign =


# en: Close the website. Do not type anything into it.
# close-the-website-do =


# en: A bank card next to a phone: call your bank
# a-bank-card-next =


# en: Did you give your bank details or pay money? Call your bank now.
# did-you-give-your =


# en: Use the phone number on the back of your bank card.
# use-the-phone-number =


# en: A padlock with 2 arrows going round it, for a new password
# a-padlock-with-2 =


# en: Did you type a password? Change it now. Change it on every account that uses the same password.
# did-you-type-a =


# en: An older woman talks with a young man. He listens and helps her.
# an-older-woman-talks =


# en: Tell someone you trust. They can help you check what to do next.
# tell-someone-you-trust =


# en: You can also report the scam. Your bank or the police can tell you how.
# you-can-also-report =


# en: Remember
# remember =


# en: Stop and think before you tap a link.
# stop-and-think-before =


# en: Ask someone you trust if you are not sure.
# ask-someone-you-trust =


# en: Do not give your bank details, password or PIN to anyone who contacts you.
# do-not-give-your =


# en: Do not reply to a text or email that might be a scam.
# do-not-reply-to =


# en: Want help to learn more? See [how to get help to get online]({ $link1 }).
# want-help-to-learn =

