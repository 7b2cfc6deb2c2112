"""Display names for the short codes the models store (kinds, ratings, statuses).

Every name goes through the core's translation hook, so the window shows them in the
user's language while the book stores language-neutral codes.
"""
from __future__ import annotations

from custbook.i18n import QT_TRANSLATE_NOOP


def genders() -> dict[str, str]:
    return {"": QT_TRANSLATE_NOOP("Vocab", "Not given"), "female": QT_TRANSLATE_NOOP("Vocab", "Female"),
            "male": QT_TRANSLATE_NOOP("Vocab", "Male"), "other": QT_TRANSLATE_NOOP("Vocab", "Other")}


def contact_kinds() -> dict[str, str]:
    return {"call": QT_TRANSLATE_NOOP("Vocab", "Phone call"), "wechat": QT_TRANSLATE_NOOP("Vocab", "WeChat"),
            "sms": QT_TRANSLATE_NOOP("Vocab", "Text message"), "visit": QT_TRANSLATE_NOOP("Vocab", "Visit"),
            "gift": QT_TRANSLATE_NOOP("Vocab", "Gift"), "card": QT_TRANSLATE_NOOP("Vocab", "Card"),
            "letter": QT_TRANSLATE_NOOP("Vocab", "Letter"), "other": QT_TRANSLATE_NOOP("Vocab", "Other")}


def complaint_channels() -> dict[str, str]:
    return {"in_store": QT_TRANSLATE_NOOP("Vocab", "In store"), "phone": QT_TRANSLATE_NOOP("Vocab", "Phone"),
            "wechat": QT_TRANSLATE_NOOP("Vocab", "WeChat"), "online": QT_TRANSLATE_NOOP("Vocab", "Online review"),
            "other": QT_TRANSLATE_NOOP("Vocab", "Other")}


# A complaint's statuses in workflow order, and those still open (custbook.complaints.steps
# decides which one applies; the customer list filters on "has an open complaint").
COMPLAINT_STATUSES = ("new", "in_progress", "awaiting_follow_up", "resolved", "closed")
OPEN_COMPLAINT_STATUSES = ("new", "in_progress", "awaiting_follow_up")


def complaint_statuses() -> dict[str, str]:
    return {"new": QT_TRANSLATE_NOOP("Vocab", "New"), "in_progress": QT_TRANSLATE_NOOP("Vocab", "In progress"),
            "awaiting_follow_up": QT_TRANSLATE_NOOP("Vocab", "Awaiting follow-up"),
            "resolved": QT_TRANSLATE_NOOP("Vocab", "Resolved"), "closed": QT_TRANSLATE_NOOP("Vocab", "Closed")}


def severities() -> dict[int, str]:
    return {1: QT_TRANSLATE_NOOP("Vocab", "Minor"), 2: QT_TRANSLATE_NOOP("Vocab", "Moderate"), 3: QT_TRANSLATE_NOOP("Vocab", "Serious")}


def ratings() -> dict[str, str]:
    return {"satisfied": QT_TRANSLATE_NOOP("Vocab", "Satisfied"), "neutral": QT_TRANSLATE_NOOP("Vocab", "Neutral"),
            "dissatisfied": QT_TRANSLATE_NOOP("Vocab", "Dissatisfied")}


def reminder_kinds() -> dict[str, str]:
    return {"follow_up": QT_TRANSLATE_NOOP("Vocab", "Follow-up call"), "birthday": QT_TRANSLATE_NOOP("Vocab", "Birthday"),
            "anniversary": QT_TRANSLATE_NOOP("Vocab", "Anniversary"), "holiday": QT_TRANSLATE_NOOP("Vocab", "Holiday greeting"),
            "complaint": QT_TRANSLATE_NOOP("Vocab", "Complaint follow-up"),
            "repurchase": QT_TRANSLATE_NOOP("Vocab", "Re-purchase"), "visit": QT_TRANSLATE_NOOP("Vocab", "Visit"),
            "slipping": QT_TRANSLATE_NOOP("Vocab", "Slipping away"), "custom": QT_TRANSLATE_NOOP("Vocab", "Other")}


def compensation_kinds() -> dict[str, str]:
    return {"refund": QT_TRANSLATE_NOOP("Vocab", "Refund"), "replacement": QT_TRANSLATE_NOOP("Vocab", "Replacement"),
            "repair": QT_TRANSLATE_NOOP("Vocab", "Repair"), "gift": QT_TRANSLATE_NOOP("Vocab", "Gift"),
            "voucher": QT_TRANSLATE_NOOP("Vocab", "Voucher"), "discount": QT_TRANSLATE_NOOP("Vocab", "Discount"),
            "other": QT_TRANSLATE_NOOP("Vocab", "Other")}


def sources() -> dict[str, str]:
    """How a customer first came to the shop."""
    return {"walk_in": QT_TRANSLATE_NOOP("Vocab", "Walked in"),
            "referral": QT_TRANSLATE_NOOP("Vocab", "Referred by a customer"),
            "online": QT_TRANSLATE_NOOP("Vocab", "Online"),
            "event": QT_TRANSLATE_NOOP("Vocab", "Event"),
            "social": QT_TRANSLATE_NOOP("Vocab", "Social media"),
            "other": QT_TRANSLATE_NOOP("Vocab", "Other")}
