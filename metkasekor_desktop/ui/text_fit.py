"""Heights from the text a widget shows, so that no line is cut in any language.

Khmer lines are taller than Latin ones, so a height in pixels fixed for English cuts
them; these helpers measure the rows and lines in the font in use instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit

MAX_LIST_ROWS = 8  # a longer list scrolls


def fit_rows(view: QAbstractItemView, max_rows: int = MAX_LIST_ROWS, min_rows: int = 3) -> int:
    """Give a list the height of its rows (at least ``min_rows``, at most ``max_rows``;
    more rows scroll) and return it. Call again when the rows change."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    heights = [view.sizeHintForRow(r) for r in range(min(count, max_rows))]
    row = max([h for h in heights if h > 0] or [view.fontMetrics().lineSpacing() + 4])
    shown = max(min_rows, min(count, max_rows))
    height = sum(heights) + row * (shown - len(heights)) + 2 * view.frameWidth() + 2
    view.setFixedHeight(height)
    return height


def fit_lines(edit: QPlainTextEdit, lines: int = 3, max_lines: int | None = None) -> int:
    """Give a notes box room for ``lines`` lines of its font, growing to ``max_lines``
    (twice ``lines`` by default) when there is room; more text scrolls."""
    margins = edit.contentsMargins()
    extra = int(2 * edit.document().documentMargin()) + margins.top() + margins.bottom()
    line = edit.fontMetrics().lineSpacing()
    height = lines * line + extra
    edit.setMinimumHeight(height)
    edit.setMaximumHeight((max_lines or 2 * lines) * line + extra)
    return height
