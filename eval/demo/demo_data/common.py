"""Language-independent data for the Kaffeo demo: intents, groups, agents, products, internal notes."""

# Intent -> number of tickets (uneven on purpose; sums to 480).
INTENT_COUNTS = {
    "billing.refund": 36,
    "billing.double_charge": 16,
    "billing.invoice": 16,
    "billing.payment_failed": 16,
    "billing.update_payment_method": 13,
    "subscription.cancel": 32,
    "subscription.pause_skip": 22,
    "subscription.change_plan": 14,
    "subscription.renewal_charge": 16,
    "order.tracking": 38,
    "order.cancel": 16,
    "order.change_address": 15,
    "order.damaged": 22,
    "order.wrong_item": 16,
    "order.missing_item": 17,
    "returns.return_request": 20,
    "returns.exchange": 13,
    "account.login": 16,
    "account.password_reset": 16,
    "account.delete_data": 13,
    "account.update_details": 12,
    "product.question": 20,
    "technical.app_bug": 17,
    "promo.discount_code": 16,
    "feedback.complaint": 14,
    "other.non_actionable": 18,
}

LANG_WEIGHTS = {"fr": 0.40, "en": 0.25, "de": 0.18, "es": 0.17}

GROUPS = {
    360001: "Billing",
    360002: "Orders & Shipping",
    360003: "Returns",
    360004: "Accounts & App",
    360005: "General",
}


def default_group(intent):
    top = intent.split(".")[0]
    if top in ("billing", "subscription"):
        return 360001
    if top == "order":
        return 360002
    if top == "returns":
        return 360003
    if top == "account" or intent == "technical.app_bug":
        return 360004
    return 360005


# Realistic mis-routings (about 8 % of tickets use one of these).
GROUP_DEVIATIONS = {
    "billing.refund": [360003, 360002],
    "billing.double_charge": [360005],
    "billing.invoice": [360002, 360005],
    "billing.payment_failed": [360004],
    "billing.update_payment_method": [360004],
    "subscription.cancel": [360005, 360004],
    "subscription.pause_skip": [360002],
    "subscription.change_plan": [360005],
    "subscription.renewal_charge": [360005],
    "order.tracking": [360005, 360003],
    "order.cancel": [360001],
    "order.change_address": [360004],
    "order.damaged": [360003],
    "order.wrong_item": [360003],
    "order.missing_item": [360003],
    "returns.return_request": [360002],
    "returns.exchange": [360002],
    "account.login": [360005],
    "account.password_reset": [360005],
    "account.delete_data": [360005, 360001],
    "account.update_details": [360001],
    "product.question": [360002],
    "technical.app_bug": [360005],
    "promo.discount_code": [360001],
    "feedback.complaint": [360002],
    "other.non_actionable": [360002],
}

AGENTS = {
    5001: ("Camille", "f"),
    5002: ("Lucas", "m"),
    5003: ("Inès", "f"),
    5004: ("Jonas", "m"),
    5005: ("Lena", "f"),
    5006: ("Pablo", "m"),
    5007: ("Lucía", "f"),
    5008: ("Emma", "f"),
}

# Which agents answer which language (weights).
AGENTS_BY_LANG = {
    "fr": [(5001, 4), (5002, 4), (5003, 4), (5008, 1)],
    "en": [(5008, 6), (5002, 2), (5005, 2), (5006, 1)],
    "de": [(5004, 5), (5005, 5)],
    "es": [(5006, 5), (5007, 5)],
}

BASE_TAGS = {
    "billing.refund": ["refund"],
    "billing.double_charge": ["double_charge"],
    "billing.invoice": ["invoice"],
    "billing.payment_failed": ["payment_failed"],
    "billing.update_payment_method": ["payment_method"],
    "subscription.cancel": ["cancel_subscription"],
    "subscription.pause_skip": ["pause"],
    "subscription.change_plan": ["change_plan"],
    "subscription.renewal_charge": ["renewal"],
    "order.tracking": ["tracking"],
    "order.cancel": ["cancel_order"],
    "order.change_address": ["address_change"],
    "order.damaged": ["damaged"],
    "order.wrong_item": ["wrong_item"],
    "order.missing_item": ["missing_item"],
    "returns.return_request": ["return"],
    "returns.exchange": ["exchange"],
    "account.login": ["login"],
    "account.password_reset": ["password"],
    "account.delete_data": ["gdpr"],
    "account.update_details": ["account_update"],
    "product.question": ["product_question"],
    "technical.app_bug": ["app_bug"],
    "promo.discount_code": ["promo"],
    "feedback.complaint": ["complaint"],
    "other.non_actionable": [],
}

# Optional extra tags per intent, picked with some probability.
EXTRA_TAGS = {
    "billing.refund": ["refund_pending"],
    "billing.double_charge": ["refund"],
    "billing.payment_failed": ["card_declined"],
    "subscription.cancel": ["subscription", "churn"],
    "subscription.pause_skip": ["subscription"],
    "subscription.change_plan": ["subscription"],
    "subscription.renewal_charge": ["subscription", "refund"],
    "order.damaged": ["replacement"],
    "order.wrong_item": ["replacement"],
    "order.missing_item": ["replacement"],
    "returns.return_request": ["return_label"],
    "feedback.complaint": ["escalated"],
}

TICKET_TYPE = {
    "billing.refund": "question",
    "billing.double_charge": "incident",
    "billing.invoice": "question",
    "billing.payment_failed": "incident",
    "billing.update_payment_method": "task",
    "subscription.cancel": "task",
    "subscription.pause_skip": "task",
    "subscription.change_plan": "task",
    "subscription.renewal_charge": "incident",
    "order.tracking": "question",
    "order.cancel": "task",
    "order.change_address": "task",
    "order.damaged": "incident",
    "order.wrong_item": "incident",
    "order.missing_item": "incident",
    "returns.return_request": "task",
    "returns.exchange": "task",
    "account.login": "incident",
    "account.password_reset": "question",
    "account.delete_data": "task",
    "account.update_details": "task",
    "product.question": "question",
    "technical.app_bug": "incident",
    "promo.discount_code": "question",
    "feedback.complaint": "incident",
    "other.non_actionable": "question",
}

# Intents whose customers may write in angry capitals.
ANGRY_OK = {
    "billing.refund", "billing.double_charge", "billing.payment_failed", "subscription.cancel",
    "subscription.renewal_charge", "order.tracking", "order.damaged", "order.wrong_item",
    "order.missing_item", "account.login", "technical.app_bug", "feedback.complaint", "order.cancel",
}

# Intents for which the agent opens with an apology rather than a thank-you.
NEGATIVE = ANGRY_OK | {"promo.discount_code", "returns.exchange", "account.password_reset"}

# Intents for which an order number line makes sense.
ORDER_RELATED = {
    "billing.refund", "billing.invoice", "order.tracking", "order.cancel", "order.change_address",
    "order.damaged", "order.wrong_item", "order.missing_item", "returns.return_request",
    "returns.exchange", "promo.discount_code",
}

# Help-center article topic used when an agent links an article.
INTENT_TOPIC = {
    "billing.refund": "refunds",
    "billing.double_charge": "refunds",
    "billing.invoice": "invoices",
    "billing.payment_failed": "payments",
    "billing.update_payment_method": "payments",
    "subscription.cancel": "subscriptions",
    "subscription.pause_skip": "subscriptions",
    "subscription.change_plan": "subscriptions",
    "subscription.renewal_charge": "renewals",
    "order.tracking": "delivery",
    "order.cancel": "delivery",
    "order.change_address": "delivery",
    "order.damaged": "damaged",
    "order.wrong_item": "damaged",
    "order.missing_item": "damaged",
    "returns.return_request": "returns",
    "returns.exchange": "returns",
    "account.login": "account",
    "account.password_reset": "account",
    "account.delete_data": "gdpr",
    "account.update_details": "account",
    "product.question": "brewing",
    "technical.app_bug": "app",
    "promo.discount_code": "promo",
    "feedback.complaint": None,
    "other.non_actionable": None,
}

# ---------------------------------------------------------------- products
COFFEES = ["Moka Blend", "Ethiopia Sidamo", "Decaf Colombia", "Brazil Santos", "Kenya AA",
           "Espresso Roma", "Guatemala Antigua", "Peru Organic"]
BEAN_SIZES = [("250 g", 1.0), ("500 g", 1.85), ("1 kg", 3.4)]
BEAN_BASE = {"Moka Blend": 8.90, "Ethiopia Sidamo": 11.50, "Decaf Colombia": 10.90,
             "Brazil Santos": 8.50, "Kenya AA": 12.90, "Espresso Roma": 8.90,
             "Guatemala Antigua": 10.50, "Peru Organic": 9.90}
CAPSULES = [("Lungo", 17.50), ("Ristretto", 17.50), ("Decaf", 18.50), ("Vanilla", 19.00)]
GRINDERS = [("Mahlwerk M2", 189.00), ("Mahlwerk M2", 189.00), ("Mahlwerk M1", 129.00)]
MACHINES = [("Barista One", 649.00), ("Barista One", 649.00), ("Barista One Mini", 449.00)]

PLANS = [("Découverte", 19.90), ("Classique", 34.90), ("Capsules 100", 32.00), ("Barista", 44.90)]

PROMO_CODES = ["BIENVENUE10", "WELCOME10", "KAFFEO15", "PRINTEMPS20", "SUMMER15", "HERBST10",
               "RENTREE10", "NEWSLETTER5", "APP10", "CAFE2026", "MOKA20", "AMI-7K3Q", "AMI-Z82P",
               "FREUND-4LQ9", "AMIGO-9TXC"]

# ------------------------------------------------------- internal notes (EN)
# intent -> {scenario: [notes]}; "default" is used when the scenario has no own list.
NOTES = {
    "billing.refund": {
        "default": ["Checked Stripe: refund {ref} of {amount} status succeeded. Told customer 5-7 business days.",
                    "Refund had not been triggered after cancellation, pushed it manually in back office.",
                    "Refund already sent on {refund_date_iso}, bank delay. Sent the reference to the customer.",
                    "Card replaced by bank - refund will be rerouted by issuer, nothing to do on our side."],
        "return": ["Return scanned at Lyon warehouse on {refund_date_iso}, goods unopened. Refund triggered.",
                   "RMA was stuck in 'received' status, refund pushed manually.",
                   "Return checked OK, refund {ref} sent to original payment method."],
    },
    "billing.double_charge": {
        "default": ["Checked Stripe, duplicate capture confirmed ({amount} x2, same minute). Refunded the second one.",
                    "Duplicate charge caused by retry after 3DS timeout. Refund issued, flagged to dev (#payments).",
                    "Two captures on order {order}. Refunded the duplicate, ref {ref}."],
        "preauth": ["Only one capture in Stripe. The other line is an auth hold that will drop. Explained.",
                    "Not a double charge: pending pre-authorisation only."],
    },
    "billing.invoice": {
        "default": ["Sent invoice for {order} manually from the back office.",
                    "Invoice was there in account > Orders, customer looked under Subscriptions. Explained.",
                    "Reissued invoice with corrected address."],
        "vat": ["Regenerated invoice with company name + VAT number, sent as PDF.",
                "B2B invoice redone, added billing company to account."],
    },
    "billing.payment_failed": {
        "default": ["Stripe decline code: do_not_honor (issuer). Retry scheduled automatically in 48h.",
                    "Decline at 3DS step. Retried payment manually.",
                    "No charge taken on failed attempts, checked in Stripe."],
        "order": ["Checkout attempt declined at 3DS, no charge, no order created.",
                  "No capture in Stripe for the failed checkout attempts. Customer can retry safely."],
        "expired": ["Card on file expired ({last4}). Box on hold until new card is added.",
                    "expired_card decline. Asked customer to add new card, retry is automatic."],
    },
    "billing.update_payment_method": {
        "default": ["Customer can do it self-service, sent the steps. Nothing to change on our side.",
                    "Card must be added by customer (PCI), cannot take card numbers by mail."],
        "app": ["Greyed out save button = known bug APP-377 in old app versions. Pointed to website."],
    },
    "subscription.cancel": {
        "default": ["Cancelled in Recharge, effective immediately. No further charges.",
                    "Cancellation done before charge date, next box will not ship.",
                    "Cancelled. Churn reason logged: other / not specified."],
        "price": ["Churn reason: price. Logged in churn sheet.", "Cancelled before {next_charge_iso}. Reason: price increase."],
        "moving": ["Churn reason: moving outside delivery area. Cancelled.", "Moving abroad, cancelled subscription, account kept."],
    },
    "subscription.pause_skip": {
        "default": ["Paused {pause_months} month(s), resumes automatically.", "Pause set in Recharge, resume date checked."],
        "skip": ["Skipped next box, no charge on {next_charge_iso}.", "Skip done, subscription stays active."],
        "too_long": ["Customer asked for 6 months pause: max is 3, paused 3 and told them."],
        "info": ["Info only: pause is free, price kept."],
    },
    "subscription.change_plan": {
        "default": ["Plan switched from {plan} to {new_plan}, takes effect at next renewal."],
        "grind": ["Changed grind setting on the subscription."],
        "coffee": ["Added origin preference to subscription notes for the roastery."],
    },
    "subscription.renewal_charge": {
        "default": ["Box not shipped yet, cancelled shipment and refunded {amount}.",
                    "Cancellation was logged before the renewal date but the charge still went through (sync issue). Refunded.",
                    "Charge of {last_charge_iso} refunded, box stopped before picking."],
        "shipped": ["Box already delivered. Sent return label + paused next month."],
        "why": ["Legit renewal charge, explained timing (3 days before the 1st). No refund needed.",
                "Customer didn't recognise the KAFFEO LYON descriptor. Explained renewal."],
    },
    "order.tracking": {
        "default": ["Tracking {tracking} checked: in transit, on time.", "Parcel with carrier, ETA confirmed on carrier site."],
        "late": ["Parcel delayed at hub. Opened inquiry with carrier, reship if no scan in 48h.",
                 "Carrier delay in the region this week, several tickets."],
        "stuck": ["Tracking {tracking}: parcel at sorting hub for 3+ days. Opened inquiry with carrier.",
                  "Carrier inquiry opened, if no scan in 48h we reship."],
        "none": ["Shipping confirmation email bounced or in spam. Resent tracking.", "Tracking email not opened - resent."],
        "delivered": ["Marked delivered without POD location. Carrier investigation opened, reship in 48h if not found."],
    },
    "order.cancel": {
        "default": ["Order not picked yet, cancelled in WMS and refunded.", "Cancelled before picking, refund issued."],
        "shipped": ["Too late, already shipped. Customer can refuse the parcel or return it."],
    },
    "order.change_address": {
        "default": ["Address updated in WMS before picking.", "Corrected address on order, label reprinted."],
        "shipped": ["Already handed to carrier, requested redirection with carrier."],
    },
    "order.damaged": {
        "default": ["Photo received, box crushed. Replacement sent, no need to return.",
                    "Damage claim filed with carrier for {order}. Replacement shipped today.",
                    "Second damaged parcel this month for this address - flagged packaging to warehouse."],
        "machine": ["Machine arrived damaged: sent replacement + pickup of damaged unit on delivery.",
                    "High value damage - carrier claim opened with photos, replacement unit shipped."],
        "unsafe": ["Opened/wet bags: told customer not to consume. Replacement prepared."],
    },
    "order.wrong_item": {
        "default": ["Picking error confirmed (bins next to each other). Reship correct item, customer can keep the wrong one.",
                    "Warehouse informed about SKU mix-up.", "Sent correct item + return label for wrong one."],
        "gift": ["Express reship before 3pm cut-off for a gift. Customer keeps the wrong box."],
    },
    "order.missing_item": {
        "default": ["Packing weight lower than expected, item clearly missing. Reshipped.", "Missing item reshipped free of charge."],
        "backorder": ["Item shipped separately (backorder), second tracking sent."],
    },
    "returns.return_request": {
        "default": ["Return label sent (prepaid). RMA created.", "RMA created, label emailed."],
        "opened": ["Opened coffee can't be returned. Goodwill voucher 10 EUR instead."],
    },
    "returns.exchange": {
        "default": ["Exchange created, new item ships when return is scanned.", "Exchange RMA created with prepaid label."],
        "defect": ["Warranty exchange, new unit shipped, pickup of the faulty one on delivery."],
    },
    "account.login": {
        "default": ["Account active, no lock. Sent reset instructions."],
        "apple": ["Customer had 2 accounts (Apple private relay email + normal email). Merged order history."],
        "loop": ["Session cookie issue, known after site migration. Clear cookies."],
        "lockout": ["Account was locked after 5 failed attempts. Unlocked."],
        "hacked": ["Suspicious login from unknown country - forced logout, address change reverted, reset sent. Security notified.",
                   "Account takeover suspected: locked account, revoked sessions, no order placed."],
    },
    "account.password_reset": {
        "default": ["Reset email was in spam. Resent.", "Email on file had a typo, corrected and resent reset link."],
        "expired": ["Reset link expired (1h). Sent a new one."],
        "how": ["Explained self-service password change."],
    },
    "account.delete_data": {
        "deceased": ["Deceased customer, request from family. Account deactivated, deletion scheduled (30 days)."],
        "default": ["GDPR deletion request logged in DPO tracker, deadline 30 days.",
                    "Identity verified via account email. Deletion queued.",
                    "Active subscription cancelled first, then deletion scheduled."],
    },
    "account.update_details": {
        "default": ["Updated account details.", "Name/phone changed on account."],
        "email": ["Email changed in account, verification sent to new address."],
        "address": ["Updated default shipping address on account and subscription."],
    },
    "product.question": {
        "default": ["Standard question, answered from brewing guide.", "Answered with macro 'product info'."],
        "stock": ["Checked with purchasing: next Kenya lot ETA ~3 weeks."],
    },
    "technical.app_bug": {
        "default": ["Known bug in app version {app_version} (JIRA APP-412), fix in next release.",
                    "Workaround: log out/in and reinstall. Bug reported to mobile team."],
        "crash": ["Crash log found in Crashlytics for {device}. Linked to APP-398.", "Crash on {app_version}, fix in store review."],
        "notif": ["Duplicate push notifications - APP-405, fixed yesterday."],
    },
    "promo.discount_code": {
        "default": ["Code {code} only valid on one-off orders. Refunded the discount manually.",
                    "Code valid, discount was applied - showed the customer the invoice line."],
        "expired": ["Code {code} expired. Created personal replacement code, 7 days."],
        "stack": ["Customer tried to stack two codes. Explained one code per order."],
        "forgot": ["Applied discount retroactively as partial refund."],
        "info": ["Info only: welcome code not valid on subscriptions."],
    },
    "feedback.complaint": {
        "default": ["Logged complaint in feedback board. 10 EUR voucher.", "Escalated to team lead. Goodwill voucher 10 EUR."],
        "taste": ["Feedback forwarded to roastery (roast level). Sent replacement bag from another lot."],
        "service": ["Escalated to team lead. Goodwill voucher 10 EUR offered.", "Backlog issue last week, apologised, voucher."],
        "packaging": ["Logged in feedback board (packaging)."],
        "delivery": ["Escalated to logistics lead re carrier performance. Free shipping next order."],
    },
    "other.non_actionable": {
        "spam": ["Spam / sales pitch, no action.", "SEO pitch, closing.", "Marked as spam.", "Cold outreach, not relevant. Closed."],
        "auto": ["Out-of-office auto-reply to newsletter, no action.", "Auto-reply, closing.", "Autoresponder, closing."],
        "thanks": ["Customer just says thanks, closing.", "Nothing to do, closing."],
        "default": ["Nothing to do, closing."],
    },
}

NOTES_FR_GENERIC = [
    "Vérifié dans le back-office, tout est conforme. Réponse envoyée.",
    "Client fidèle (abonné depuis 2023), geste commercial OK.",
    "Vu avec l'entrepôt ce matin.",
    "Doublon d'un ticket précédent, fusionné.",
    "Cliente déjà contactée par téléphone, on confirme par écrit.",
]
