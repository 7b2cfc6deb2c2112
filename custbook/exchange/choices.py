"""The choices an export or an import offers, without the code behind them.

The command line's grammar lists them (`--format`, `--columns`, `--encoding`,
`--on-duplicate`) for `--help` and checks what is typed, and must not import the
exporter and the importer (peewee, the models, the search, phone numbers: 0.2 s; -X
importtime) to do so. `custbook.exchange.export` and `custbook.exchange.importer` take
them from here.
"""
from __future__ import annotations

FORMATS = ("csv", "xlsx", "vcf")
CSV_ENCODINGS = ("utf-8-sig", "gbk")
# What the import does with a row whose phone an existing customer already has.
ON_DUPLICATE = ("skip", "update", "create")


def _english_headers() -> dict[str, str]:
    """Column key -> header in English, whatever language is active when this loads.

    The headers are looked up in the current language each time (`translate` below,
    QCoreApplication.translate in the window), so a switch of language takes effect;
    the local no-op only marks them for lupdate.
    """
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
        return text

    return {
        "name": QT_TRANSLATE_NOOP("Export", "Name"),
        "phone": QT_TRANSLATE_NOOP("Export", "Phone"),
        "other_phones": QT_TRANSLATE_NOOP("Export", "Other phones"),
        "email": QT_TRANSLATE_NOOP("Export", "E-mail"),
        "wechat_id": QT_TRANSLATE_NOOP("Export", "WeChat"),
        "gender": QT_TRANSLATE_NOOP("Export", "Gender"),
        "birthday": QT_TRANSLATE_NOOP("Export", "Birthday"),
        "lunar_birthday": QT_TRANSLATE_NOOP("Export", "Lunar birthday"),
        "address": QT_TRANSLATE_NOOP("Export", "Address"),
        "tier": QT_TRANSLATE_NOOP("Export", "Member tier"),
        "tags": QT_TRANSLATE_NOOP("Export", "Tags"),
        "member_since": QT_TRANSLATE_NOOP("Export", "Member since"),
        "last_visit_on": QT_TRANSLATE_NOOP("Export", "Last visit"),
        "purchase_count": QT_TRANSLATE_NOOP("Export", "Purchases"),
        "total_spent": QT_TRANSLATE_NOOP("Export", "Total spent"),
        "description": QT_TRANSLATE_NOOP("Export", "Notes"),
        "created_at": QT_TRANSLATE_NOOP("Export", "Added on"),
        "company": QT_TRANSLATE_NOOP("Export", "Company"),
        # the import reads this header back as the spend before the book (field_map)
        "prior_spend": QT_TRANSLATE_NOOP("Export", "Spent before Custbook"),
    }


COLUMNS: dict[str, str] = _english_headers()
DEFAULT_COLUMNS = ("name", "phone", "other_phones", "email", "wechat_id", "gender", "birthday",
                   "lunar_birthday", "address", "tier", "tags", "description", "company",
                   "prior_spend")
