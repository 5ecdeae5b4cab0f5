# -*- coding: utf-8 -*-
"""English fragments for the Kaffeo demo tickets (hand-written, CC0-1.0)."""

CODE = "en"

FIRST_NAMES = [("Emily", "f"), ("James", "m"), ("Olivia", "f"), ("Harry", "m"), ("Sophie", "f"), ("Daniel", "m"),
               ("Charlotte", "f"), ("Tom", "m"), ("Hannah", "f"), ("Ben", "m"), ("Priya", "f"), ("Oliver", "m"),
               ("Grace", "f"), ("Liam", "m"), ("Zoe", "f"), ("Mohammed", "m"), ("Aisha", "f"), ("George", "m"),
               ("Rachel", "f"), ("Callum", "m"), ("Megan", "f"), ("Sam", "m"), ("Laura", "f"), ("Niall", "m"),
               ("Fiona", "f"), ("Chris", "m"), ("Becky", "f"), ("Marcus", "m")]
LAST_NAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Johnson", "Roberts",
              "Walker", "Wright", "Patel", "Khan", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke",
              "Murphy", "O'Brien", "Campbell", "Stewart", "Turner", "Cooper", "Ward", "Morgan"]
COUNTRIES = [("GB", 80), ("FR", 6), ("DE", 6), ("ES", 5), ("BE", 3)]
CITIES = {
    "GB": [("London", "SE15 4QN"), ("Manchester", "M4 1HN"), ("Bristol", "BS6 5QA"), ("Leeds", "LS6 2AB"),
           ("Edinburgh", "EH9 1PR"), ("Brighton", "BN1 4GH"), ("Cardiff", "CF24 3DG"), ("York", "YO31 7EB"),
           ("Glasgow", "G12 8QQ"), ("Oxford", "OX4 1DU")],
    "FR": [("Lyon", "69007"), ("Paris", "75018"), ("Nice", "06000")],
    "DE": [("Berlin", "10437"), ("Munich", "80331")],
    "ES": [("Barcelona", "08012"), ("Valencia", "46001")],
    "BE": [("Brussels", "1000")],
}
STREETS = ["{n} Victoria Road", "{n} Church Street", "Flat {n}, Albion House, Mill Lane", "{n} Station Road",
           "{n} Queen's Avenue", "{n} Park Terrace", "{n} Harbour Street", "{n} Elm Grove"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d):
    return "%d %s" % (d.day, MONTHS[d.month - 1])


def fmt_date_num(d):
    return "%02d/%02d" % (d.day, d.month)


def fmt_amount(v, cur):
    return ("£%.2f" % v) if cur == "GBP" else ("€%.2f" % v)


def delivery(cc):
    return "2-4 business days" if cc == "FR" else "3-6 business days"


def caps_name(n):
    return "%s capsules" % n


def phone(rng):
    return "07%03d %06d" % (rng.randrange(1000), rng.randrange(10 ** 6))


def reply_header(d):
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if d.day % 2:
        return "On %s, %s %d, %d at %d:%02d %s Kaffeo <support@kaffeo.example> wrote:" % (
            WEEKDAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day, d.year, h, d.minute, ampm)
    return "On %d %s %d, at %02d:%02d, Kaffeo Support <support@kaffeo.example> wrote:" % (
        d.day, MONTHS[d.month - 1][:3], d.year, d.hour, d.minute)


def outlook_header(d, email, subject):
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    sep = "-----Original Message-----" if d.day % 3 else "________________________________"
    return "%s\nFrom: Kaffeo Support <support@kaffeo.example>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
        sep, WEEKDAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, h, d.minute, ampm, email, subject)


RE_PREFIX = ["Re: ", "RE: "]
FWD_PREFIX = ["Fwd: ", "FW: "]
MOBILE_SUBJECT = "Message from the Kaffeo app"

OPENERS = ["Hi,", "Hello,", "Hi there,", "Hi Kaffeo team,", "Dear Kaffeo,", "Hey,", "Good morning,", "Dear Sir/Madam,",
           "Hiya,", "Hello there,", "To whom it may concern,", "Afternoon,"]
CLOSERS = ["Thanks,\n{first}", "Many thanks,\n{first} {last}", "Cheers\n{first}", "Kind regards,\n{first} {last}",
           "Thanks in advance.", "Best,\n{first}", "Regards,\n{first} {last}", "Thank you!", "Ta,\n{first}",
           "Look forward to hearing from you.\n{first}", "Best wishes,\n{first} {last}", "Thx"]
BACKSTORY = ["I've been a subscriber for {years} years and this is the first time I've had to write in.",
             "I'm writing on behalf of my partner, the account is in their name.",
             "I tried the live chat but it just kept saying an agent would be with me shortly.",
             "Love your coffee, genuinely, but this has been frustrating.",
             "Apologies if this has already been answered, I couldn't find it in the FAQ.",
             "This is my second email about this.",
             "I order for our small office (we're 12 people, so we get through a lot of coffee).",
             "Bit of background: a friend recommended you and this was my first order."]
ASIDES = ["[not=technical.app_bug] Also, unrelated, but the app keeps logging me out on my {device}.",
          "[not=product.question] Separate question: is the {coffee} any good in an AeroPress?",
          "[not=promo.discount_code] I also had a {code} code that never seemed to work, but that's a minor thing.",
          "[not=billing.invoice] Could you also send me a VAT receipt while you're at it?",
          "[not=account.update_details] By the way my mobile number has changed, it's now {phone}.",
          "PS the {coffee} from last month was lovely.",
          "[not=subscription.pause_skip] I'm also away for a few weeks in summer so might need to sort out the box then.",
          "[not=order.tracking] On a side note, my last order took ages to arrive too.",
          "PS your website is painfully slow on mobile."]
RAMBLES = ["Sorry for the essay, it's been a long week.",
           "I don't normally complain but I've run out of patience.",
           "Anyway, hoping you can sort it.",
           "Not sure if this is the right address for this, please forward if not."]
DETAIL_LINES = ["Order number: {order}", "Order {order} placed on {date}", "(order ref {order})", "Ref: {order}",
                "It's order {order} if that helps.", "Order no. {order}"]
SUBJECT_GENERIC = ["Query", "Help please", "Question", "My order", "Issue", "Urgent", "Contact form", "Complaint",
                   "(no subject)", "Hello"]

FOLLOWUPS_THANKS = ["Thanks so much!", "Brilliant, thank you.", "Perfect, cheers {agent}!", "Great, thanks for the quick reply.",
                    "Thank you, much appreciated 🙂", "ok thanks", "That's sorted then, thanks!", "Lovely, thank you very much.",
                    "Received, thanks.", "Amazing service, thank you!"]
FOLLOWUPS_Q = [
    ("Thanks! Will I get an email confirming this?",
     "Yes, you'll receive an automatic confirmation email later today. Have a lovely day!\n\n{agent}"),
    ("Great. Do I need to do anything on my end?",
     "Nothing at all, it's all taken care of. Enjoy your coffee, {first}!\n\n{agent}"),
    ("Thanks. Could you send me the invoice for it too?",
     "Of course, I've just emailed it to you as a PDF. You can also find it any time under Account > Orders.\n\n{agent}"),
    ("OK thanks, how long will that take?",
     "A few business days at most, and you'll get an email as soon as it's done.\n\n{agent}"),
]
SECOND_REPLIES = ["You're welcome, {first}! Enjoy your coffee.\n\n{agent}", "My pleasure, have a great day!\n\n{agent}",
                  "Happy to help!\n\n{agent} – Kaffeo", "Anytime! Take care.\n\n{agent}"]

AGENT_GREETINGS = ["Hi {first},", "Hello {first},", "Dear {first},", "Hi {first},", "Hi there,"]
AGENT_THANKS = ["Thanks for getting in touch.", "Thank you for your message.", "Thanks for your patience.",
                "Thanks for reaching out."]
AGENT_SORRY = ["I'm really sorry about this.", "Apologies for the inconvenience.",
               "I completely understand your frustration, and I'm sorry.", "Sorry for the wait, and thanks for bearing with us."]
AGENT_MORE = ["Let me know if there's anything else I can do.", "If you have any other questions, just reply to this email.",
              "Happy to help with anything else."]
ARTICLE_LINES = ["You'll find more details in our help centre: {url}", "More information here: {url}",
                 "Our help article walks through it step by step: {url}"]
AGENT_CLOSINGS = ["Best wishes,\n{agent}\nKaffeo Customer Care", "Kind regards,\n{agent} – Kaffeo",
                  "Have a lovely day,\n{agent}", "All the best,\n{agent}\nThe Kaffeo team", "Cheers,\n{agent} at Kaffeo"]

SIGNATURES = ["--\n{first} {last}\nProcurement Manager\nT: {phone}",
              "{first} {last}\n{street}\n{city} {postcode}",
              "--\n{first} {last} | Office Manager\nNorthlight Studio Ltd\nM: {phone}",
              "{first} {last}\nHead of Operations, Brightside Dental\n{phone}",
              "Best\n--\n{first}"]
MOBILE_SIGS = ["Sent from my iPhone", "Sent from my Galaxy", "Sent from my iPad", "Sent from Outlook for iOS",
               "Sent from Yahoo Mail on Android", "Get Outlook for Android"]
LEGAL_FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received "
    "this email in error please notify the sender immediately and delete it. Any unauthorised use, disclosure or "
    "copying is prohibited.",
    "DISCLAIMER: The information in this message is confidential and may be legally privileged. It is intended "
    "solely for the addressee. Access to this message by anyone else is unauthorised.",
    "Please consider the environment before printing this email.",
]
QUOTED = [
    ("delivery", "Hi {first},\n\nGood news - your order {order2} is on its way!\nTrack it here: {tracking_url}\n\nThe Kaffeo team", "Your order {order2} has shipped"),
    ("subscriptions", "Hi {first},\n\nYour next {plan} box will be prepared on {renewal}. You can still change, skip or pause it from your account.\n\nSee you soon,\nKaffeo", "Your box is coming soon"),
    ("refunds", "Hi {first},\n\nWe've processed the refund for order {order2}. It should show on your statement within 5-7 business days.\n\nKind regards,\nKaffeo Customer Care", "Your refund is on its way"),
    ("promo", "Hi {first},\n\n15% off all single origins this weekend with code KAFFEO15!\n\nUnsubscribe | Manage preferences", "This weekend only: 15% off"),
    ("account", "Hello,\n\nWe received a request to reset your password. This link is valid for 1 hour.\n\nIf you didn't request this, you can ignore this email.", "Reset your password"),
    ("invoices", "Hi {first},\n\nThanks for your order {order2}! Your invoice is available under Account > Orders.\n\nThe Kaffeo team", "Order confirmation {order2}"),
    ("returns", "Hi {first},\n\nPlease find your prepaid return label attached. Just drop the parcel at any post office.\n\nEmma - Kaffeo", "Your return label"),
    ("damaged", "Hi {first},\n\nThanks for the photo. We've sent a replacement free of charge.\n\nBest wishes,\nEmma - Kaffeo Customer Care", "Re: damaged parcel"),
]

I = {}

I["billing.refund"] = {
    "subjects": ["Refund", "Still waiting for my refund", "Refund for order {order}", "Where is my refund?", "refund??",
                 "Refund request", "Refund not received"],
    "msgs": [
        "[sc=return] I sent the parcel back {days} days ago using your prepaid label and still haven't been refunded. {ask}",
        "You confirmed the cancellation of {order} on {date} but the {amount} hasn't come back to my account yet. Is that normal?",
        "Hi, can I get a refund for my last {plan} box please? I asked for it to be cancelled and it came anyway. It's unopened and I'm happy to send it back.",
        "My account says the refund of {amount} was processed on {refund_date} but there's nothing on my bank statement. Which one is right?",
        "[sc=return] [cat=grinder] Returned the {item} because it wasn't right for me (dropped it at the post office on {date}). Can you confirm you got it and when the refund will go through?",
        "Three emails, no reply. I just want my {amount} back. It's really not complicated.",
        "[sc=card] Quick question - when I'm refunded does the money go back on my card or as store credit? My card was replaced last month after it got cloned.",
        "I got a partial refund of {amount} but the whole order {order} was cancelled. Shouldn't the delivery charge be refunded too?",
        "[cat=beans] Only one of the two bags of {item} was in stock and I was told the difference would be refunded. How long does that usually take?",
        "[sc=return] The tracking shows my return was delivered to you a week ago. Since then, nothing. {ask}",
    ],
    "asks": ["Could you let me know where the refund is?", "When can I expect the money back?", "Can you check please?",
             "Please sort this out asap."],
    "replies": {"default": [
        "I've checked order {order}: the refund of {amount} was approved today. It goes back to the payment method you used at checkout and usually appears within 5-7 business days, depending on your bank. You'll get a confirmation email with reference {ref}.",
        "The refund of {amount} was issued on {refund_date} (reference {ref}). Refunds always go back to the original payment method within 5-7 business days, so it should show up very soon. If your card has been replaced in the meantime, your bank will automatically move it to the new card. If nothing appears after that, just reply here and we'll trace it with our payment provider.",
        "I've just refunded {amount} for order {order}, including the delivery charge. The money goes back to the card or PayPal account used for the order, within 5-7 business days. We don't issue store credit unless you ask for it.",
    ], "card": [
        "Refunds always go back to the payment method used for the order, never as store credit unless you ask for it. As your card has been replaced, your bank will automatically move the money to the new card - nothing for you to do. For order {order}, the refund of {amount} was issued on {refund_date} (ref {ref}); please allow 5-7 business days for it to show on your statement.",
    ], "return": [
        "Your return has arrived at our Lyon warehouse and been checked, so we've issued the refund of {amount} to your original payment method (reference {ref}). Please allow 5-7 business days for it to appear on your statement.",
        "Your parcel was received and checked at our warehouse on {refund_date}, and the refund of {amount} (ref {ref}) went out the same day to your original payment method. Banks usually take 5-7 business days to show it. Sorry we didn't let you know sooner.",
    ]},
}

I["billing.double_charge"] = {
    "subjects": ["Charged twice!", "Double charge", "Duplicate payment on my card", "Payment taken twice for {order}",
                 "I've been charged 2x", "DOUBLE CHARGED"],
    "msgs": [
        "I've just checked my banking app and there are two payments of {amount} to Kaffeo on the same day for one order ({order}). Please refund the duplicate.",
        "YOU HAVE CHARGED ME TWICE. {amount} TWICE. I want it refunded today.",
        "The payment failed the first time on your website so I tried again, and now I can see two charges of {amount}. Can you cancel one of them?",
        "[cat=machine] I ordered a {item} and my bank shows two payments of {amount}. That's a lot of money to have tied up, I need this sorted urgently please.",
        "My {plan} box was charged twice this month ({amount} on {last_charge} and again the next day). I only have one subscription!",
        "[sc=preauth] There are 2 lines from Kaffeo at {amount} on my statement, one pending and one completed. Is that a double payment or just an authorisation?",
        "hi i think i paid twice, the page froze and i hit the button again. sorry! can you refund one",
    ],
    "replies": {"default": [
        "I've checked with our payment provider and there were indeed two captures of {amount} for order {order}. The second one was refunded today (reference {ref}) and will be back on your original payment method within 5-7 business days.",
        "You're right - the payment was captured twice because of a glitch during checkout. I've refunded the duplicate {amount}; you'll see it back in your account within 5-7 business days. Your order is of course only charged once.",
        "Having looked into it, it is a genuine double charge. The refund of {amount} is on its way (ref {ref}) and will reach the card used within 5-7 business days. I've also flagged this to our tech team so it doesn't happen again.",
    ], "preauth": [
        "I've checked and only one payment of {amount} was actually taken. The 'pending' line is a pre-authorisation placed by your bank at checkout; it isn't charged and drops off by itself within a few days (up to 7 with some banks). If it's still there after that, send us a screenshot of your statement and we'll sort it.",
    ]},
}

I["billing.invoice"] = {
    "subjects": ["Invoice", "Invoice request", "VAT invoice for {order}", "Where can I find my invoice?", "receipt please",
                 "Invoice with company name"],
    "msgs": [
        "Could you send me the invoice for order {order}? I can't find it in my emails.",
        "[sc=vat] I need a VAT invoice in my company's name for order {order} (Brightside Dental Ltd, VAT GB 123 4567 89). Is that possible?",
        "Where can I download invoices for my subscription? My accountant needs them for the tax year.",
        "Hi, the invoice I received has my old address on it. Could you reissue it with {street}, {city} {postcode}?",
        "I can't see this month's box invoice in my account, only the one-off orders.",
        "receipt for {order} please, it's for an expense claim",
        "Is it possible to get a single invoice covering both {order} and {order2}? Thanks.",
    ],
    "replies": {
        "default": [
            "Please find the invoice for order {order} attached. For future reference, all your invoices (one-off orders and subscription boxes) can be downloaded as PDFs under Account > Orders - click the order and then 'Download invoice'.",
            "Your invoices are always available under Account > Orders: every order and every box has its own 'Invoice (PDF)' button. I've also attached the one for {order} to this email.",
            "Done - I've emailed you the invoice. Handy tip for next time: in Account > Orders, the PDF icon on the right of each order downloads the invoice straight away.",
        ],
        "vat": [
            "I've regenerated the invoice for {order} with your company name and VAT number - it's attached. For future orders you can add these details under Account > Billing addresses, and they'll appear automatically on the invoices you download from Account > Orders.",
        ],
    },
}

I["billing.payment_failed"] = {
    "subjects": ["Payment declined", "Payment failed", "Card not going through", "Box payment failed", "Can't pay",
                 "Payment problem"],
    "msgs": [
        "I got an email saying the payment for my {plan} box failed, but there's money in the account. What's going on?",
        "[sc=order] Can't complete my order, the payment keeps getting declined (Mastercard). Tried three times now.",
        "[sc=expired] My card expired, which I guess is why the payment didn't go through. Will the box still be sent if I update it?",
        "[sc=order] PayPal checkout isn't working, it just sends me back to the basket with an error. Trying to buy the {item}.",
        "My bank blocked your {amount} payment as suspicious. It's unblocked now, can you retry it?",
        "[sc=order] payment declined but my card works everywhere else?? whats the issue",
        "[sc=order] Getting 'transaction declined' when I try to pay in the app. Haven't tried on the laptop yet.",
        "[sc=expired] Told my payment failed for the subscription. I've switched banks and the card ending {last4} is closed.",
    ],
    "replies": {
        "default": [
            "The decline came from your bank (reason given: 'declined by issuer'), not from our side. We automatically retry within 48 hours; you can also update your card under Account > Payment methods and click 'Retry payment'. Your {plan} box ships as soon as the payment is accepted.",
            "I've looked at the transaction: it was blocked at the 3D Secure step. I've just retried the {amount} payment, so you'll only need to approve the notification from your bank. If it fails again, try on the website rather than the app, or use PayPal.",
        ],
        "order": [
            "Your order wasn't charged, so you can safely try again without any risk of paying twice. Usually this kind of decline comes from an online spending limit or an expired 3D Secure check - your bank can confirm. Once the payment goes through, we ship within 24 hours.",
            "The payment attempt was blocked by your bank during the 3D Secure check: nothing was charged and the order wasn't created. Please try again and approve the notification in your banking app; if it still fails, use the website rather than the app, or pay with PayPal. Your basket has been saved.",
        ],
        "expired": [
            "Yes, the payment failed because the card on file had expired. Add your new card under Account > Payment methods and set it as default: we'll automatically retry the {amount} payment and your {plan} box will go out straight after, with no delay to next month. For security, please never send us card numbers by email.",
        ],
    },
}

I["billing.update_payment_method"] = {
    "subjects": ["Change card details", "Update payment method", "New card", "Switch to PayPal", "Update billing details"],
    "msgs": [
        "How do I change the card linked to my subscription? I've got a new one ending {last4_new}.",
        "Can I pay for my subscription with PayPal instead of my debit card?",
        "My card expires at the end of this month. Do I need to do anything for the {renewal} box to be paid?",
        "[sc=app] I tried updating my card in the app but the Save button stays greyed out. Can you do it for me?",
        "I'd like the boxes to be paid from our joint account card from now on. What do I do?",
    ],
    "replies": {"default": [
        "You can do this yourself in a few seconds: Account > Payment methods > 'Add card', then tick 'Use as default for my subscription'. The next payment, on {next_charge} for the {renewal} box, will then be taken from the new card. For your security we can't enter card details for you, and please never email us card numbers.",
        "Yes - we accept cards, PayPal and SEPA direct debit (for euro accounts). Under Account > Payment methods, add the new method and select it as default; it'll be used from the next renewal. You can then remove the old card.",
    ], "app": [
        "The greyed-out button is a known bug in an older version of the app. Until the update lands, please use the website: Account > Payment methods > Add. Anything you save there shows up in the app immediately.",
    ]},
}

I["subscription.cancel"] = {
    "subjects": ["Cancel subscription", "Cancel my subscription please", "Cancellation", "Stop my box", "Unsubscribe from box",
                 "Cancel {plan} box", "Cancelling"],
    "msgs": [
        "I'd like to cancel my {plan} subscription. Please confirm there won't be any more payments taken.",
        "Hi, please can you stop my box from next month? We've got far too much coffee in the cupboard at the moment!",
        "[sc=price] With the price going up I'd rather stop the subscription. Can you cancel it before the next payment on {next_charge}?",
        "HOW DO I CANCEL. THE APP JUST SPINS WHEN I PRESS CANCEL.",
        "[sc=moving] I'm moving to Canada next month and you don't deliver there, so sadly I need to cancel. Thanks for {years} years of great coffee!",
        "How do you cancel? I can't find the button anywhere in my account.",
        "Please cancel my dad's subscription ({first} {last}), he's gone into a care home and won't need it. I look after his affairs.",
        "cancel my subscription pls",
        "I haven't been very happy with the last few coffees, so I'd like to cancel. Please confirm by email.",
        "Cancel immediately please, found a cheaper option.",
    ],
    "replies": {
        "default": [
            "All done - your {plan} subscription is cancelled. As your request came in before the payment on {next_charge}, no further boxes will be sent or charged. You'll receive a confirmation email. If you ever fancy coming back, you can resubscribe from your account at any time.",
            "I've cancelled your subscription and no further payments will be taken. For reference, you can also cancel yourself under Account > Subscription > 'Cancel' at any time before the renewal date (the 1st of each month). And if it's more about having too much coffee, you can pause for up to 3 months instead.",
            "Your cancellation is confirmed and effective immediately - you won't be charged again. Thanks for being a Kaffeo subscriber, and we hope to see you again!",
        ],
        "moving": [
            "What an adventure! I've cancelled your {plan} subscription, so nothing will be sent or charged from now on. Thank you for your loyalty - your account stays open, so if you move back to Europe you can resubscribe in one click.",
        ],
        "price": [
            "I understand. I've cancelled your subscription before the {next_charge} payment, so you won't be charged again. If you ever want something lighter, the Découverte box at {discovery_price} a month is an option - but no pressure at all.",
        ],
    },
}

I["subscription.pause_skip"] = {
    "subjects": ["Pause subscription", "Skip a box", "Holiday - no box please", "Pause my box", "Skip next delivery"],
    "msgs": [
        "We're away for most of August - can I pause my subscription?",
        "[sc=skip] Is it possible to skip next month's box? Still got a full bag of {coffee}.",
        "I'd like to put my subscription on hold for {pause_txt} while I work through my stock.",
        "[sc=too_long] I'm going travelling for six months. Could you pause the subscription for 6 months?",
        "[sc=skip] no box on {renewal} please, we'll be away",
        "How do I pause? In the app I only see Cancel and I don't want to cancel.",
        "[sc=skip] I have too many capsules, I'd like to skip one delivery but keep the subscription going. Thanks!",
        "[sc=info] Does pausing cost anything? And do I keep my current price of {plan_price} when I restart?",
    ],
    "replies": {
        "default": [
            "Done - your {plan} subscription is paused for {pause_txt}. Nothing will be sent or charged during that time, and it restarts automatically with the {resume_date} box. Pausing is free and you keep your current price. You can change or end the pause any time under Account > Subscription > 'Pause'.",
            "No problem! Under Account > Subscription, the 'Pause' button (just above 'Cancel') lets you pause for 1 to 3 months. To save you the hassle I've already set it for {pause_txt}, restarting on {resume_date}.",
        ],
        "skip": [
            "Noted - the {renewal} box is skipped. You won't be charged this month and the subscription carries on as normal the month after. Next time you can do it yourself under Account > Subscription > 'Skip next box', up until the payment date ({next_charge}).",
            "No problem, I've skipped your next box. Nothing will be taken on {next_charge} and your subscription stays active for the following months.",
        ],
        "info": [
            "Pausing is completely free and you keep your current price of {plan_price} when it restarts. You can pause for 1 to 3 months under Account > Subscription > 'Pause' - just do it before the next payment on {next_charge} - and the subscription restarts automatically afterwards.",
        ],
        "too_long": [
            "Pauses are limited to 3 months in a row, so I've set it for 3 months (restarting on {resume_date}). You'll get a reminder a few days before and can extend again from your account or by emailing us. Alternatively you can cancel now and resubscribe when you're back, at no cost.",
        ],
    },
}

I["subscription.change_plan"] = {
    "subjects": ["Change plan", "Switch to {new_plan}", "Change my subscription", "Different grind please", "Upgrade my box"],
    "msgs": [
        "I'd like to switch from the {plan} box to the {new_plan} box. Can I do that mid-month?",
        "[sc=grind] I've just bought a grinder so I'd like whole beans instead of ground from now on. Please update my subscription.",
        "[sc=coffee] I'm not a fan of the really fruity African coffees. Can I get only the chocolatey ones in my box?",
        "[plan=Classique;new_plan=Découverte] Hi, the {plan} is too much for just me. What smaller option do you have?",
        "[plan=Classique;new_plan=Capsules 100] Can I switch to the capsule subscription (Capsules 100) instead of beans? How does the price change?",
        "[sc=grind] Could you change my grind to cafetière / french press? Got a new setup.",
    ],
    "replies": {
        "default": [
            "Done - your subscription moves from {plan} to {new_plan} ({new_plan_price} a month). The change applies from your next box on {renewal}, with the payment taken on {next_charge}. You can change plans yourself at any time under Account > Subscription > 'Change plan'.",
            "Good choice! I've switched your plan: you'll get the {new_plan} box at {new_plan_price} a month from the {renewal} renewal. This month's box has already been prepared on your previous plan.",
        ],
        "grind": [
            "Updated - from the {renewal} box onwards your coffee will be sent with the new grind. You can change this any time under Account > Subscription > 'Coffee preferences', up until {next_charge}.",
        ],
        "coffee": [
            "I've added the preference 'chocolatey / nutty profiles only' to your subscription, and our roasters will take it into account from the {renewal} box. You can also exclude specific origins under Account > Subscription > 'Coffee preferences'.",
        ],
    },
}

I["subscription.renewal_charge"] = {
    "subjects": ["Unexpected charge", "Why was I charged?", "Subscription charge", "Charged {amount} without ordering",
                 "I cancelled but got charged"],
    "msgs": [
        "I was charged {amount} on {last_charge} but I thought I'd cancelled. Can you explain?",
        "[sc=why] Why is there a payment of {amount}? I haven't ordered anything this month.",
        "I didn't realise the subscription renews automatically. I've been charged {amount} and don't want this box - it hasn't arrived yet.",
        "I CANCELLED MY SUBSCRIPTION AND YOU STILL TOOK {amount}!",
        "[sc=why] The box payment came out on {last_charge} but I thought it was on the 1st. Why that date?",
        "[sc=shipped] Forgot to pause and the {plan} box arrived yesterday. I don't want it, can I get a refund?",
    ],
    "replies": {
        "default": [
            "The {amount} payment on {last_charge} is the renewal of your {plan} box: payment is taken 3 days before the renewal date (the 1st of the month). As the box hadn't shipped yet, I've cancelled it and refunded the {amount}; it will be back on your payment method within 5-7 business days. Your subscription is now cancelled and no further payments will be taken.",
            "I understand the surprise. Your cancellation was registered before the renewal date, so this payment shouldn't have been kept. I've refunded it (ref {ref}) - it'll reappear within 5-7 business days - and the box won't be sent.",
            "Kaffeo subscriptions renew on the 1st of each month, with the payment taken 3 days before, which is why you saw it on {last_charge}. As requested, I've stopped the box and refunded the {amount} (5-7 business days). To avoid surprises, we email a reminder 5 days before each payment.",
        ],
        "why": [
            "This {amount} payment is the monthly renewal of your {plan} subscription. Subscriptions renew on the 1st of each month and payment is taken 3 days before (in your case on {last_charge}) so we can roast your coffee in time; it shows as 'KAFFEO LYON' on your statement. Your box ships in the first days of the month. If you'd rather skip or pause a future box, you can do it under Account > Subscription before the next payment on {next_charge}.",
            "It is your {plan} box: the renewal is on the 1st of the month, but payment is taken 3 days before, hence {last_charge}. We send a reminder email 5 days before every payment - I've checked that reminders are switched on for your account. So nothing wrong, and your box is being prepared.",
        ],
        "shipped": [
            "As the box has already been delivered I can't simply cancel the payment, but you can return it if it's unopened: I've emailed you a prepaid return label. Once the box is back in Lyon we'll refund {amount} to your original payment method within 5-7 business days. I've also paused your subscription for next month.",
        ],
    },
}

I["order.tracking"] = {
    "subjects": ["Where is my order?", "Tracking for {order}", "Parcel not arrived", "Delivery delay", "Order still not here",
                 "Tracking not updating", "No tracking email", "WHERE IS MY PARCEL"],
    "msgs": [
        "I ordered on {date} and nothing has arrived yet. Could you tell me where my parcel is?",
        "[sc=stuck] The {carrier} tracking hasn't moved in 4 days, it just says 'in transit'. Is that normal?",
        "[sc=none] I never got a shipping email with a tracking number for order {order}. Has it actually gone out?",
        "[sc=late] I've been waiting {days} days for my order. Your site says 3-6 days to the UK. That's a bit much, no?",
        "When will order {order} arrive? I need it before Saturday, it's a birthday present.",
        "[sc=stuck] Parcel has said 'held at sorting centre' since Monday. Is it ever going to turn up??",
        "where's my order",
        "[sc=late] STILL NOTHING. ORDERED {date}. THIS IS RIDICULOUS.",
        "[sc=none] The tracking link in your email gives me an error page. Could you send the number again?",
        "[sc=late] Order {order} still hasn't arrived and the tracking has said 'delivery in the next few days' for a week now. Starting to worry - I paid {amount} for this.",
        "[sc=delivered] Tracking says delivered but there's nothing on my doorstep or with the neighbours. Can you check where it was left?",
        "Has my order actually been dispatched? I ordered on Sunday night.",
    ],
    "replies": {
        "default": [
            "Your order {order} was dispatched on {ship_date} with {carrier}. Tracking number: {tracking}\nTrack online: {tracking_url}\n\nThe parcel is currently out for delivery and due on {eta}. As a reminder, our delivery times are {delivery} after dispatch.",
            "I've checked: the parcel left our Lyon warehouse on {ship_date} ({carrier}, tracking {tracking}). According to the carrier it's due on {eta}. You can follow it here: {tracking_url}",
            "Good news, your parcel is on its way! It was handed to {carrier} on {ship_date} and should arrive on {eta}. If you're out, it'll go to the nearest pickup point and you'll get a card through the door. Tracking: {tracking_url}",
        ],
        "late": [
            "I'm sorry about the delay. Your order {order} was handed to {carrier} on {ship_date} but got held up at the sorting hub. It's moving again and delivery is now expected on {eta} (tracking: {tracking_url}). If it hasn't arrived by then, let me know and we'll send a new order free of charge.",
            "Our usual delivery time is {delivery} and your parcel is past that, which isn't right. I've opened an investigation with {carrier} (tracking {tracking}). They're quoting delivery on {eta}; if there's no movement within 48 hours we'll reship your order for free.",
        ],
        "stuck": [
            "Your parcel has indeed been stuck at the {carrier} sorting centre for several days. I've opened a claim with the carrier. If it hasn't moved within 48 hours we'll resend order {order} free of charge without waiting for the claim to finish. I'll keep you posted.",
            "Thanks for keeping an eye on it. Tracking {tracking} hasn't updated since the sorting centre scan, which sometimes happens with {carrier}. I've chased them and they confirm the parcel is with them and will be delivered on {eta}. If not, I'll send a new parcel straight away.",
        ],
        "delivered": [
            "{carrier} marked parcel {tracking} as delivered on {delivered_date}, but the driver didn't record a specific safe place. Could you check with your neighbours and any parcel room by tomorrow? In parallel I've opened an investigation with the carrier; if the parcel isn't found within 48 hours, we'll resend order {order} free of charge.",
        ],
        "none": [
            "Sorry, it looks like the shipping email didn't reach you. Your order {order} left on {ship_date} with {carrier}.\nTracking number: {tracking}\nLink: {tracking_url}\n\nExpected delivery: {eta}. Do check your spam folder - our dispatch emails sometimes end up there.",
            "Here are your tracking details: carrier {carrier}, number {tracking}, direct link {tracking_url}. The parcel is on its way and should arrive on {eta}. I've also resent the dispatch email to {email}.",
        ],
    },
}

I["order.cancel"] = {
    "subjects": ["Cancel my order", "Cancel order {order}", "Ordered by mistake", "Please cancel", "Order cancellation"],
    "msgs": [
        "I've just placed order {order} and picked the wrong product. Can you cancel it before it ships?",
        "Please cancel yesterday's order, I found the same machine in a shop locally.",
        "I accidentally ordered the same thing twice ({order} and {order2}). Could you cancel one of them?",
        "[sc=shipped] I want to cancel my order but I've already had the dispatch email. Is it still possible?",
        "cancel order {order} please, mistake",
        "[cat=machine] On second thoughts I'd like to cancel the {item}. It shouldn't have shipped yet.",
    ],
    "replies": {
        "default": [
            "Your order {order} hadn't been picked yet, so I've cancelled it. The refund of {amount} has been issued and will reach your original payment method within 5-7 business days. You'll get a cancellation confirmation by email.",
            "Done, order {order} is cancelled. If your bank still shows a 'pending' transaction, it's only an authorisation and will drop off on its own; otherwise the refund will appear within 5-7 business days.",
        ],
        "shipped": [
            "Unfortunately order {order} was already handed to {carrier} on {ship_date}, so I can't cancel it any more. You can either refuse the parcel on delivery (it will come back to us automatically), or accept it and send it back within 30 days with the prepaid label I'll email you. Either way, we refund once it's back with us, within 5-7 business days, as long as the coffee is unopened.",
        ],
    },
}

I["order.change_address"] = {
    "subjects": ["Change delivery address", "Wrong address on order", "Update address for {order}", "Address mistake"],
    "msgs": [
        "I put the wrong address on order {order}. The correct one is {street}, {city} {postcode}. Please update!",
        "[sc=shipped] My parcel has already left but I'd like it delivered to my work instead of home. Is that doable?",
        "Hi, the delivery address is our old one, we moved last month. New address: {street}, {city} {postcode}.",
        "My address is missing the flat number - it's Flat 4B. The courier won't find me otherwise.",
        "WRONG POSTCODE on {order}!! it should be {postcode}",
    ],
    "replies": {
        "default": [
            "No problem - order {order} hadn't shipped yet, so I've updated the delivery address. It'll go out today and you'll get the {carrier} tracking by email. Don't forget to update your default address under Account > Addresses for future orders too.",
            "Fixed! The new address is saved on order {order}, which hadn't left the warehouse yet. Delivery within {delivery}.",
        ],
        "shipped": [
            "The parcel has already been handed to {carrier}, so I can't change the address from our side any more. I've asked the carrier to redirect it, and you can also pick a different delivery option via the tracking link: {tracking_url}. If it comes back to us, we'll resend it to the right address free of charge.",
        ],
    },
}

I["order.damaged"] = {
    "subjects": ["Damaged parcel", "Item broken on arrival", "Bag split open", "Machine arrived damaged", "Order {order} damaged",
                 "Coffee everywhere in the box"],
    "msgs": [
        "My parcel arrived completely crushed and one of the bags had split - coffee all over the box. Photo attached.",
        "[cat=machine;sc=machine] The {item} I received today has a cracked water tank. The box was bashed in too. Photos attached.",
        "[cat=caps] The box of {item} turned up squashed and loads of the capsules are punctured. What can I do?",
        "[cat=grinder] The {item} arrived with the hopper lid snapped in half. Picture attached. Really disappointed, it was a gift.",
        "PARCEL DESTROYED. COFFEE EVERYWHERE. PHOTO ATTACHED. SEND A REPLACEMENT.",
        "[sc=unsafe] The bag of {coffee} was open when it arrived (the valve is torn off). Is it still safe to drink?",
        "[cat=machine;sc=machine] Looks like the courier dropped it - my {item} has a big dent on the side and the portafilter won't lock in. Don't have a photo of the box, already recycled it, but have photos of the machine.",
        "[sc=unsafe] Parcel arrived soaking wet, all the bags are damp. Not sure I want to open them.",
    ],
    "replies": {
        "default": [
            "Thanks for the photo, and sorry it arrived like that. I'm sending replacements for the damaged items today, free of charge; you'll get the {carrier} tracking by email (delivery within {delivery}). No need to send the damaged items back - feel free to bin them.",
            "We've got your photos. A full replacement is going out today at no cost, and I've reported the damage to {carrier}. You don't need to return the coffee; if you'd rather have a refund than a replacement, just say the word.",
        ],
        "machine": [
            "What a shame! I'm sending you a brand new {item} as a replacement; it leaves tomorrow morning. The courier will collect the damaged one on delivery - just pop it back in its box. No cost to you.",
        ],
        "unsafe": [
            "To be safe, please don't drink coffee from an opened or damp bag. For our claim with the carrier a quick photo of the product is all we need (just reply with it); the replacement is already being prepared regardless and will ship within 24 hours, free of charge.",
        ],
    },
}

I["order.wrong_item"] = {
    "subjects": ["Wrong item received", "Wrong order", "Not what I ordered", "Wrong coffee sent", "Mix-up with order {order}"],
    "msgs": [
        "I ordered {coffee} whole beans and received ground coffee. I don't have a grinder so I can't use it.",
        "[cat=caps] Instead of the {item} I got Ristretto capsules. Can you send the right ones?",
        "Mistake on order {order}: I got a Decaf Colombia I never ordered instead of the Moka Blend.",
        "[sc=gift;prio=urgent] This is for a present tomorrow evening and you've sent the wrong gift box!!! Can you do anything by express?",
        "wrong coffee in the box, not my order. there's even someone else's delivery note in there",
        "I ordered the 1 kg bag and got a 250 g one. The invoice definitely says 1 kg.",
    ],
    "replies": {
        "default": [
            "Apologies - that's a picking error on our side. I'm sending the correct item today, free of charge (delivery within {delivery}). Please keep the item we sent by mistake, or pass it on to someone who'll enjoy it!",
            "Thanks for letting us know. The right product goes out today with {carrier}. For the wrong item, I've emailed you a prepaid return label - just drop it at a pickup point, at no cost to you.",
        ],
        "gift": [
            "I'm so sorry. I've sent the correct gift box by express today, before the 3pm cut-off, for delivery tomorrow before 1pm (tracking on its way by email). Please keep the box you received by mistake. I hope the surprise goes well!",
        ],
    },
}

I["order.missing_item"] = {
    "subjects": ["Item missing", "Something missing from my parcel", "Incomplete order", "Missing product from {order}"],
    "msgs": [
        "Got order {order} but the bag of {coffee} is missing. Everything else is there.",
        "[cat=caps] I ordered {qty} boxes of capsules and only some of them arrived. The box wasn't damaged.",
        "My {plan} box arrived with just one bag instead of two.",
        "The descaler I added to my order isn't in the parcel, even though it's on the packing slip.",
        "[sc=backorder] Order arrived without the grinder! Just the coffee. Is that right?",
        "parcel arrived but 2 items missing. order {order}",
    ],
    "replies": {
        "default": [
            "Sorry about that. I've checked and the item wasn't packed when your order was prepared. I'm sending it today, free of charge, with {carrier} (delivery within {delivery}). You'll get the tracking number by email.",
            "Thanks for flagging it. The recorded parcel weight confirms an item was missing, so a top-up parcel goes out today at no cost. If you'd rather have a refund for the missing item, just let me know.",
        ],
        "backorder": [
            "No need to worry: your order was sent in two parcels because the grinder was being restocked. It left on {ship_date} with {carrier}, tracking {tracking} ({tracking_url}), due on {eta}. Sorry we didn't make that clearer.",
        ],
    },
}

I["returns.return_request"] = {
    "subjects": ["Return", "Return request", "How do I return something?", "Return label please", "Sending an item back"],
    "msgs": [
        "I'd like to return an unopened bag of {coffee}, it's not what I was after. How do I go about it?",
        "[cat=machine] My {item} arrived 10 days ago but it's too big for my kitchen. It's still in the original packaging - can I send it back?",
        "[sc=opened] I opened the {coffee} and really don't like it, far too acidic. Can I return it?",
        "Hi, how do I get a return label? I want to send back order {order}.",
        "[cat=grinder] The {item} is too loud for us (new baby in the house). Used it twice. Can I return it?",
        "How long do I have to return something? The order arrived 3 weeks ago.",
        "return please, unopened, order {order}",
    ],
    "replies": {
        "default": [
            "Of course! We accept returns within 30 days of delivery for unopened coffee and for equipment in its original packaging. I've emailed you a prepaid return label: print it, stick it on the parcel and drop it at any post office or pickup point. The refund is made to your original payment method within 5-7 business days of the parcel reaching us.",
            "No problem at all. You're within the 30-day window, and the prepaid return label has just been sent to {email}. As soon as the parcel reaches our Lyon warehouse we'll refund {amount} to the payment method you used, within 5-7 business days.",
        ],
        "opened": [
            "For hygiene reasons we can only take back unopened coffee. But I don't want you to be left with a bad experience, so I've added a £8 / €10 voucher to your account for your next order. If you prefer smoother coffees, the Moka Blend or Brazil Santos should suit you better.",
        ],
    },
}

I["returns.exchange"] = {
    "subjects": ["Exchange", "Swap my coffee", "Exchange request", "Exchange grinder", "Wrong grind - exchange?"],
    "msgs": [
        "I picked the wrong grind - espresso instead of filter. Bags are unopened. Can I swap them?",
        "[cat=grinder] I'd like to exchange the black {item} for the stainless steel one. Happy to pay the difference.",
        "[sc=defect;cat=machine] My {item} has been leaking from underneath since the first use. I want it exchanged for a new one.",
        "I got a gift set but I only drink decaf. Could I exchange it for Decaf Colombia?",
        "Exchange please: {coffee} 1 kg beans for the same in ground. Not opened.",
    ],
    "replies": {
        "default": [
            "Happy to. I've emailed you a prepaid return label; the new item will ship as soon as your parcel is scanned by the carrier, so you don't have to wait for it to reach us. Exchanges are free as long as the product is unopened and within 30 days.",
            "Noted - the exchange is set up. Send the unopened item back with the prepaid label from your email, and we'll ship the replacement within 24 hours. If there's a price difference, we'll refund it or send you a payment link.",
        ],
        "defect": [
            "A leak from the first use isn't normal: your machine is under warranty and we'll exchange it. A new {item} ships today, and the courier will collect the old one on delivery (in its box if possible). No cost to you.",
        ],
    },
}

I["account.login"] = {
    "subjects": ["Can't log in", "Login problem", "Account locked", "Can't access my account", "Login not working"],
    "msgs": [
        "I can't log in to my account, it says 'incorrect credentials' but I'm sure my password is right.",
        "[sc=lockout;prio=high] My account's been locked after too many attempts. How do I unlock it? I need to change my box before tomorrow.",
        "[sc=hacked;prio=urgent] Someone has logged into my account and changed the delivery address! I didn't do it and now I can't log in. PLEASE HELP.",
        "[sc=apple] I used to log in with Apple and now it's created a brand new empty account. Where have my orders gone?",
        "[sc=loop] The site keeps bouncing me back to the login page, can't get into my account at all (Safari on Mac).",
        "cant log in with {email}, it says no account exists",
    ],
    "replies": {
        "default": [
            "I've checked your account ({email}) and it's active. The quickest fix is to click 'Forgot password' on the login page: you'll get a link valid for 1 hour to set a new one. If you used to sign in with Apple or Google, please use that button rather than email and password.",
        ],
        "apple": [
            "The issue was two accounts created with two different email addresses. I've merged the history into your main account {email}, so all your orders and your subscription are there. Please log in with that address.",
        ],
        "loop": [
            "This happens when a session cookie gets corrupted. Clear the cache and cookies for kaffeo.example (or try a private window) and log in again. On our side your account is working normally.",
        ],
        "lockout": [
            "Your account was locked after 5 failed attempts, as a security measure. I've just unlocked it. I'd recommend resetting your password via 'Forgot password' (the link is valid for 1 hour) and then updating your box before the payment on {next_charge}.",
        ],
        "hacked": [
            "Thank you for alerting us so quickly. I've immediately locked your account, signed out every session and reversed the address change; no order was placed. You'll receive a password reset link (valid for 1 hour) at {email}. Please choose a password you don't use anywhere else. Full card numbers are never visible in your account, but keep an eye on your statements as a precaution.",
        ],
    },
}

I["account.password_reset"] = {
    "subjects": ["Forgot password", "Password reset", "Reset link not working", "No password reset email", "password"],
    "msgs": [
        "I asked to reset my password but I'm not getting any email.",
        "[sc=expired] The link to change my password says 'link expired'. I only got it last night.",
        "[sc=how] How do I change my password? I can't remember it.",
        "forgot my password and the reset email never arrives (checked spam)",
        "Hi, I've clicked 'forgot password' four times now, still nothing. My email is {email}.",
        "[sc=expired] The reset link opens a blank page in the app. What do I do?",
    ],
    "replies": {
        "default": [
            "I've just resent a password reset email to {email}. It normally arrives within 5 minutes - please check your spam and promotions folders. The link is valid for 1 hour; after that, simply request a new one.",
            "The email address on your account had a typo, which is why the email wasn't reaching you. I've corrected it and sent you a fresh reset link, valid for 1 hour.",
        ],
        "how": [
            "You can change your password any time under Account > Security > 'Change password'. If you don't remember it, log out and use 'Forgot password' on the login page - you'll receive a link valid for 1 hour.",
        ],
        "expired": [
            "Reset links are valid for 1 hour for security reasons, hence the 'link expired' message. I've just sent you a new one: please open it in your web browser (not the app) within the next hour.",
        ],
    },
}

I["account.delete_data"] = {
    "subjects": ["Delete my account", "GDPR deletion request", "Delete my personal data", "Right to erasure", "Close my account"],
    "msgs": [
        "Under GDPR I'm asking you to delete my account and all personal data you hold about me.",
        "Please delete my Kaffeo account and confirm when it's done.",
        "I don't use your service any more. Can you erase my data (address, order history, card)? And take me off the newsletter.",
        "Account deletion please. And I'd like to know what data you have on me first.",
        "I've got an active subscription but I want everything gone - subscription and account. Please sort it.",
    ],
    "replies": [
        "Your deletion request has been logged. In line with GDPR, your account and personal data will be erased within 30 days at the latest, and you'll get a confirmation email when it's done. Only invoices are kept for the period required by law (accounting obligations). You've been removed from the newsletter today.",
        "Noted. I've first cancelled your subscription (no further payments) and then passed the deletion request to our data protection lead: the account will be erased within 30 days. If you'd like a copy of your data beforehand, reply to this email and we'll send it over.",
    ],
}

I["account.update_details"] = {
    "subjects": ["Change my email address", "Update my details", "Change of name", "New phone number", "Update account info"],
    "msgs": [
        "[sc=email] I'd like to change the email on my account to {email}. The old one doesn't work any more.",
        "[sc=address] We've moved house - please update my address for future boxes: {street}, {city} {postcode}.",
        "I got married, could you change the surname on my account? New surname: {last}.",
        "How do I update my phone number? The courier can't reach me. New one: {phone}.",
        "I don't want text messages any more, email only. Where do I change that?",
    ],
    "replies": {
        "default": [
            "That's updated on your account. For future reference, you can change your details (name, phone, notification preferences) any time under Account > My details.",
            "Done! The change is saved and will apply to your upcoming orders and boxes. Nothing else needed from you.",
        ],
        "email": [
            "I've changed your account email to {email}. A verification email has just been sent there - click the link to confirm. From now on you'll log in with this address and the same password.",
        ],
        "address": [
            "Noted - your new address ({street}, {city} {postcode}) is now the default for your account and subscription. The {renewal} box will go there. You can manage addresses under Account > Addresses.",
        ],
    },
}

I["product.question"] = {
    "subjects": ["Question about a coffee", "Grind advice", "Product question", "Capsule compatibility", "Descaling the Barista One",
                 "Grinder setting", "Quick question"],
    "msgs": [
        "[sc=grind] Which grind should I choose for a cafetière? Don't want to get it wrong.",
        "[sc=decaf] How is your Decaf Colombia decaffeinated? Chemical solvents? I'm pregnant so trying to be careful.",
        "[sc=freshness] How long does a bag of beans keep once opened? And unopened?",
        "[sc=machine_compat] Are your capsules compatible with a Nespresso Vertuo?",
        "[sc=descale;cat=machine] How often should I descale the {item}? The light's been flashing since this morning.",
        "[sc=grinder_setting;cat=grinder] What setting do you recommend on the {item} for espresso? My shots are running way too fast.",
        "[sc=stock] Kenya AA has been out of stock for ages, when is it coming back?",
        "[sc=gift_sub] Can I buy someone a 3-month subscription as a gift? It's for my brother.",
        "[sc=storage] Is it ok to freeze coffee? I bought a lot in the sale.",
        "[sc=grind] what grind for an aeropress?",
    ],
    "replies": {
        "default": ["Thanks for your question! Our brewing guide covers each method - let us know what kit you use and we'll give you more specific advice."],
        "grind": [
            "For a cafetière (French press) go for a coarse grind - otherwise the coffee slips through the mesh and turns bitter. For an AeroPress, a medium-fine 'filter' grind works best. You can pick the grind on every product page and in your subscription preferences.",
        ],
        "decaf": [
            "Our Decaf Colombia is decaffeinated with the natural Swiss Water process - no chemical solvents. It contains less than 0.1% caffeine, roughly 2-3 mg per cup compared with 80-100 mg in a regular coffee. For medical questions your doctor or midwife is always the best reference.",
        ],
        "freshness": [
            "Unopened, a bag of beans keeps its full flavour for about 6 months after the roast date printed on the back. Once opened, aim for 3-4 weeks, resealing the bag (it has a zip and a valve) and keeping it away from light and heat - but not in the fridge. Ground coffee goes stale faster: ideally 1-2 weeks.",
        ],
        "storage": [
            "Yes, freezing is the only good option for longer storage: split the coffee into small airtight portions (a week each), never refreeze, and let the bag come back to room temperature before opening to avoid condensation. The fridge, on the other hand, is best avoided.",
        ],
        "machine_compat": [
            "Our capsules work with Nespresso® Original machines (Inissia, Pixie, Essenza, CitiZ...) but not with the Vertuo range, which uses a different barcoded format. If you have a Vertuo, we'd suggest our beans or ground coffee instead.",
        ],
        "descale": [
            "When the light flashes, the {item} is asking to be descaled - roughly every 4-6 weeks depending on your water hardness. Use our descaler (or any liquid espresso descaler), start the programme by holding the steam button for 5 seconds, then rinse with two full tanks of clean water. The full guide is in section 7 of the manual.",
        ],
        "grinder_setting": [
            "For espresso on the {item}, start at setting 6 and adjust in small steps: if the shot runs too fast (under 20 seconds for a double), go one notch finer to 5 or 4. Aim for about 25-30 seconds for 36 g in the cup from 18 g of coffee. Purge a few grams after each change.",
        ],
        "stock": [
            "Kenya AA depends on the harvest, and our new lot arrives from Mombasa in about 3 weeks. Click 'Notify me' on the product page and you'll get an email as soon as it's back. In the meantime, Ethiopia Sidamo has a similar fruity profile.",
        ],
        "gift_sub": [
            "Yes! We offer gift subscriptions of 3, 6 or 12 months, paid upfront with no automatic renewal. You choose the plan, the date of the first box and can add a personal message. Have a look at the 'Gifts' section of the website.",
        ],
    },
}

I["technical.app_bug"] = {
    "subjects": ["App keeps crashing", "App bug", "Problem with the Kaffeo app", "App won't open", "Duplicate notifications"],
    "msgs": [
        "[sc=crash] The app closes itself as soon as I open the 'My subscription' tab. {device}, version {app_version}.",
        "[sc=crash] Since the last update the app is stuck on the loading screen with the logo.",
        "The 'Add to basket' button does nothing in the Android app. Works fine on the website.",
        "[sc=notif] I get the same 'Your box is on its way' notification five times every time. Really annoying.",
        "My past orders don't show in the app, the list is empty, but they're all there on the website.",
        "[sc=crash] APP IS USELESS. CRASHES EVERY TIME I TRY TO PAY.",
        "Scanning the QR code on the box doesn't work, the camera opens then black screen. ({device}, {os})",
    ],
    "replies": {
        "default": [
            "Thanks for the detailed report. It's a known bug in version {app_version} and it's fixed in the next update, due in the next few days. In the meantime everything is available on the website under kaffeo.example > Account. Sorry for the hassle!",
            "I've passed this on to our mobile team with your device details ({device}, {os}). Until the fix is out, please log out of the app, delete it and reinstall it from the store - that solves it in most cases.",
        ],
        "crash": [
            "We found the crash report matching your {device}: the problem comes from version {app_version} and affects some devices. A fix is being reviewed by the app stores right now. In the meantime you can manage your subscription and payments on the website, which isn't affected.",
        ],
        "notif": [
            "That's a bug on our side: notifications were being sent to every device logged into the account, sometimes several times. A fix went live yesterday. If it continues, go to Settings > Notifications in the app and switch 'Box tracking' off and on again.",
        ],
    },
}

I["promo.discount_code"] = {
    "subjects": ["Promo code not working", "Discount code", "Discount not applied", "Code {code} invalid", "Forgot my promo code"],
    "msgs": [
        "The code {code} doesn't work, it says 'invalid code'. I got it in your newsletter.",
        "[sc=expired] Tried to use {code} but it says expired, even though the newsletter only came out last week!",
        "[sc=stack] I wanted to use my referral code and {code} together but the site only accepts one. Is that right?",
        "[sc=forgot] I forgot to add my code {code} when I placed order {order}. Can you apply the discount retrospectively?",
        "[sc=info] Does the welcome code work on subscriptions or just one-off orders?",
        "promo code not working!!!",
    ],
    "replies": {
        "default": [
            "I've checked the code {code}: it's valid but only applies to one-off coffee orders (not machines or subscriptions), which is why you saw 'invalid code'. I've applied the discount manually and the difference will be refunded within 5-7 business days.",
        ],
        "applied": [
            "The code did work on our side - the discount is shown on your invoice. If you want to double-check, you'll find it under Account > Orders on the 'Discount' line.",
        ],
        "info": [
            "The welcome code only applies to your first one-off coffee order - it doesn't work on subscriptions, machines or grinders. And as a reminder, it's one code per order; codes can't be combined.",
        ],
        "expired": [
            "The {code} code was valid until midnight on Sunday, hence the message. As the newsletter reached some customers late, I've created a personal equivalent code for you, valid for 7 days: KF-THANKS-{last4}. One code per order, as usual.",
        ],
        "stack": [
            "Yes, that's expected: only one promo code can be used per order and codes can't be combined. The site automatically keeps the better one if you enter a second. Your referral code stays valid for a future order.",
        ],
        "forgot": [
            "No problem - I've applied the {code} discount to order {order} retrospectively. The difference is being refunded to your original payment method within 5-7 business days. Just a reminder: one code per order.",
        ],
    },
}

I["feedback.complaint"] = {
    "subjects": ["Very disappointed", "Complaint", "Not happy", "Quality has dropped", "Poor customer service"],
    "msgs": [
        "[sc=taste] The last two bags of {coffee} tasted burnt, nothing like usual. Has the quality gone down?",
        "[sc=service] I emailed customer service three times last week and got no reply at all. Not good enough for a company that claims to care about its customers.",
        "[sc=packaging] Why so much plastic in your parcels? For a brand that talks about sustainability it's disappointing.",
        "[sc=delivery] Third late delivery in a row with your courier. I pay for a subscription, I expect some consistency.",
        "Honestly disappointed by the price increase email, no real explanation given. Staying for now but not thrilled.",
    ],
    "replies": {
        "default": [
            "Thanks for the honest feedback - it really is valuable. I've passed it on to the team concerned. By way of apology I've added a voucher to your account for your next order.",
        ],
        "taste": [
            "Thank you for telling us. We switched to a new lot of {coffee} recently (new harvest) and the roast came out slightly darker. Your comment has gone to our roaster, who is adjusting from the next batch. Meanwhile I'm sending you a replacement bag from a different lot, on us.",
        ],
        "service": [
            "You're absolutely right, and I apologise: we had a spike in messages and some went unanswered for far too long. I'm taking your case personally. To make up for it, I've added a voucher to your account.",
        ],
        "packaging": [
            "That's a very fair point. Since this spring we've been replacing plastic void fill with recycled kraft paper; some parcels still go out with the old stock, which will be used up by the end of the month. The coffee bags themselves are recyclable with soft plastics (valve included).",
        ],
        "delivery": [
            "Three late deliveries in a row isn't acceptable, I agree. I've escalated it to our logistics lead, who is talking to {carrier} about your area. Your next order ships free and I'll personally keep an eye on your next box.",
        ],
    },
}

I["other.non_actionable"] = {
    "subjects": {
        "spam": ["SEO partnership for kaffeo.example", "Increase your sales by 300%", "Quick question about your website",
                 "Guest post opportunity", "Influencer collaboration", "Your Shopify store"],
        "auto": ["Automatic reply: Out of office", "Out of Office", "Auto-reply: on annual leave", "Automatic reply"],
        "thanks": ["Thanks!", "Re: your order", "All sorted", "Thank you", "Got it"],
        "default": ["Thanks"],
    },
    "msgs": [
        "[sc=spam] Hi there,\n\nI was browsing kaffeo.example and noticed a few issues that are hurting your Google rankings. We'd love to offer you a free SEO audit and a tailored plan to triple your organic traffic. Would you be open to a quick 10-minute call this week?\n\nBest,\nRyan | Growth Specialist",
        "[sc=spam] Hello,\n\nWe run a network of lifestyle blogs with 2M monthly readers and are offering sponsored guest posts from $150. Let me know if you're interested and I'll send our media kit.\n\nThanks,\nSarah",
        "[sc=spam] Hi! I'm a coffee content creator with 48k followers on TikTok. I'd love to collaborate - free products in exchange for a review? DM or email me back!",
        "[sc=spam] Dear Store Owner, your website is not mobile friendly and is losing customers. Our team can redesign it for only $499. Reply YES for a free mock-up.",
        "[sc=auto] Thank you for your email. I'm out of the office until {renewal} with limited access to email. For urgent matters please contact my colleague on {phone}.\n\n{first} {last}",
        "[sc=auto] This is an automatic reply. I am currently on annual leave and will respond to your message on my return.",
        "[sc=auto] Your message to {email} couldn't be delivered right now because the mailbox is full. This is an automated message.",
        "[sc=thanks] Thanks for your reply, all sorted on my end. Have a good day!",
        "[sc=thanks] Parcel turned up in the end, you can close this. Cheers!",
        "[sc=thanks] Just to say the replacement arrived this morning, perfect. Thanks to the whole team!",
        "[sc=thanks] thank you!!",
    ],
    "replies": {
        "default": ["Thanks for your message, have a great day!\n\n{agent}"],
        "spam": ["Thanks for reaching out, but we're not interested. Please remove us from your mailing list.",
                 "Thank you, but we won't be taking this further."],
        "auto": ["Automatic reply received - nothing further needed on your side. Have a good day!"],
        "thanks": ["Thanks for letting us know, glad it's all sorted! Enjoy your coffee.",
                   "Great news, thanks for the update. I'll close this request now.",
                   "You're welcome! Don't hesitate if you need anything else."],
    },
}

INTENTS = I

# Phrase-level paraphrases applied at random to customer messages (pattern, alternatives).
PARAPHRASES = [
    ("Could you", ["Can you", "Would you be able to", "Could you possibly"]),
    ("Can you", ["Could you", "Are you able to"]),
    ("I'd like to", ["I would like to", "I want to", "I need to"]),
    ("Is that normal?", ["Is this normal?", "Is that normal??", "Is that expected?"]),
    ("please", ["pls", "please", "please!"]),
    ("I've", ["I have", "I've"]),
    ("haven't", ["have not", "haven't"]),
    ("can't", ["cannot", "can't", "cant"]),
    ("Thanks", ["Thank you", "Thanks", "Thx"]),
    ("Hi, ", ["Hi. ", "Hi - "]),
    ("really", ["genuinely", "really", "honestly"]),
    ("asap", ["as soon as possible", "ASAP"]),
    ("nothing has arrived yet", ["I still haven't received anything", "nothing's turned up"]),
    ("Honestly", ["To be honest", "Frankly"]),
]


def months_txt(n):
    return "1 month" if n == 1 else "%d months" % n
