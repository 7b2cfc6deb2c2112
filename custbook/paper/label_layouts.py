"""A4 label sheets: the common ones as presets, and any other measured by the user.

A label sheet is rows × columns of labels of one size, placed from the sheet's top-left
corner by a top and a left margin with gaps between them. The presets carry the maker's
measurements of sheets sold everywhere (Avery Zweckform / Herma / the 21- and 24-up
A4 sheets stationers in China sell with the same sizes); anything else is typed in from
a ruler. A layout that does not fit on A4 is refused with the measure to change.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP

A4_MM = (210.0, 297.0)
CUSTOM = "custom"


@dataclass(frozen=True)
class LabelLayout:
    """Where the labels of one sheet are, in millimetres from the top-left corner."""

    key: str
    columns: int
    rows: int
    width: float        # one label
    height: float
    top: float          # from the top edge to the first row
    left: float         # from the left edge to the first column
    column_gap: float = 0.0
    row_gap: float = 0.0
    maker: str = ""     # e.g. "Avery 3652", to find the box in the shop

    @property
    def per_sheet(self) -> int:
        """How many labels one sheet holds."""
        return self.columns * self.rows

    def name(self) -> str:
        """How the layout is listed: "3 × 7 = 21 labels, 70 × 42.3 mm (Avery 3652)"."""
        text = QT_TRANSLATE_NOOP("LabelLayouts", "{columns} × {rows} = {n} labels, "
                                 "{width} × {height} mm").format(
            columns=self.columns, rows=self.rows, n=self.per_sheet, width=_mm(self.width),
            height=_mm(self.height))
        return f"{text} ({self.maker})" if self.maker else text

    def position(self, index: int) -> tuple[float, float]:
        """The top-left corner (mm from the sheet's top-left) of label `index` (0-based,
        row by row) on its sheet."""
        row, column = divmod(index % self.per_sheet, self.columns)
        return (self.left + column * (self.width + self.column_gap),
                self.top + row * (self.height + self.row_gap))

    def sheets_for(self, labels: int, start_at: int = 1) -> int:
        """How many sheets `labels` take when the first goes on label `start_at`."""
        if labels <= 0:
            return 0
        used = (start_at - 1) + labels
        return -(-used // self.per_sheet)


def _mm(value: float) -> str:
    return f"{value:g}"


def presets() -> list[LabelLayout]:
    """The common A4 sheets, most usual first (measurements from the makers' sheets)."""
    return [
        LabelLayout("3x7-70x42.3", 3, 7, 70, 42.3, 0.45, 0, maker="Avery 3652"),
        LabelLayout("3x8-70x37", 3, 8, 70, 37, 0.5, 0, maker="Avery 3474"),
        LabelLayout("3x8-70x36", 3, 8, 70, 36, 4.5, 0, maker="Avery 3475"),
        LabelLayout("2x7-99.1x38.1", 2, 7, 99.1, 38.1, 15.15, 4.65, 2.5, 0, maker="Avery L7163"),
        LabelLayout("3x7-63.5x38.1", 3, 7, 63.5, 38.1, 15.15, 7.25, 2.5, 0, maker="Avery L7160"),
        LabelLayout("2x8-99.1x33.9", 2, 8, 99.1, 33.9, 12.9, 4.65, 2.5, 0, maker="Avery L7162"),
        LabelLayout("2x4-99.1x67.7", 2, 4, 99.1, 67.7, 13.1, 4.65, 2.5, 0, maker="Avery L7165"),
    ]


def preset(key: str) -> LabelLayout | None:
    """The preset called `key`, or None."""
    return next((p for p in presets() if p.key == key), None)


def custom(columns: int, rows: int, width: float, height: float, top: float, left: float,
           column_gap: float = 0.0, row_gap: float = 0.0) -> LabelLayout:
    """A layout measured by the user, checked to fit on A4."""
    return check(LabelLayout(CUSTOM, int(columns), int(rows), float(width), float(height),
                             float(top), float(left), float(column_gap), float(row_gap)))


def check(layout: LabelLayout) -> LabelLayout:
    """The layout itself, or ValidationError naming the measure that does not fit on A4."""
    if layout.columns < 1 or layout.rows < 1:
        raise ValidationError("columns" if layout.columns < 1 else "rows", QT_TRANSLATE_NOOP(
            "LabelLayouts", "A sheet needs at least one row and one column."))
    for field in ("width", "height", "top", "left", "column_gap", "row_gap"):
        if getattr(layout, field) < 0:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "LabelLayouts", "Sizes and margins cannot be negative."))
    if layout.width < 15 or layout.height < 8:
        raise ValidationError("width" if layout.width < 15 else "height", QT_TRANSLATE_NOOP(
            "LabelLayouts", "A label must be at least 15 mm wide and 8 mm high to hold an "
            "address."))
    across = layout.left + layout.columns * layout.width + (layout.columns - 1) * layout.column_gap
    down = layout.top + layout.rows * layout.height + (layout.rows - 1) * layout.row_gap
    # a few tenths of a millimetre over is the makers' rounding, not a mistake
    if across > A4_MM[0] + 0.5:
        raise ValidationError("width", QT_TRANSLATE_NOOP(
            "LabelLayouts", "The labels are {mm} mm wide in all, wider than A4 (210 mm).")
            .format(mm=_mm(round(across, 1))))
    if down > A4_MM[1] + 0.5:
        raise ValidationError("height", QT_TRANSLATE_NOOP(
            "LabelLayouts", "The labels are {mm} mm high in all, taller than A4 (297 mm).")
            .format(mm=_mm(round(down, 1))))
    return layout


def as_text(layout: LabelLayout) -> str:
    """The layout as one line to remember it by (preset key, or the custom measures)."""
    if layout.key != CUSTOM:
        return layout.key
    return ",".join(_mm(v) for v in (layout.columns, layout.rows, layout.width, layout.height,
                                     layout.top, layout.left, layout.column_gap, layout.row_gap))


def from_text(text: str) -> LabelLayout:
    """The layout remembered by `as_text` (the first preset when it cannot be read)."""
    found = preset(text)
    if found is not None:
        return found
    try:
        c, r, w, h, t, left, cg, rg = (float(v) for v in text.split(","))
        return custom(int(c), int(r), w, h, t, left, cg, rg)
    except (ValueError, ValidationError):
        return presets()[0]


def customised(layout: LabelLayout, **measures) -> LabelLayout:
    """`layout` with some measures changed, as a custom layout (checked)."""
    return check(replace(layout, key=CUSTOM, maker="", **measures))
