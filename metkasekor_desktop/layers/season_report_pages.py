"""The pages of the season report: the pictures (map, charts), the rich text that lays
them out with the tables, and printing it all to a PDF.

Qt's rich text engine (QTextDocument) paginates, repeats nothing it should not, and
shapes Khmer; the document is laid out in units of 1/96 inch, so a picture
:data:`CONTENT_WIDTH` wide fills the text width of an A4 page with the 2 cm margins that
printing a document adds.
Pictures are drawn at :data:`PICTURE_SCALE` times that size, about 290 dpi on paper.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QHashSeed, QMarginsF, QRectF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from metkasekor_desktop.analysis.season_report import SeasonReportData
from metkasekor_desktop.layers import measure_words
from metkasekor_desktop.layers import report_charts as charts
from metkasekor_desktop.layers.fonts import khmer_family
from metkasekor_desktop.layers.message_words import shown_number_text
from metkasekor_desktop.layers.season_report_tables import (
    Table,
    adoption_tables,
    diffusion_table,
    event_table,
    market_table,
    provider_table,
    trial_names,
    trial_table,
)
from metkasekor_desktop.layers.season_report_words import (
    area_name,
    number,
    percent,
    signed,
    word,
)
from metkasekor_desktop.layers.season_words import season_label

CONTENT_WIDTH = 640  # document units (1/96 inch): A4 less the two 2 cm margins of print
PICTURE_SCALE = 3
PDF_DPI = 300
CA_GREEN = QColor(46, 125, 50)
EARLIER_GREY = QColor(158, 158, 158)
MAX_DIFFUSION_PANELS = 12  # districts drawn; the table lists them all


def title_of(data: SeasonReportData) -> str:
    return word("title", season=season_label(data.season))


@dataclass
class Images:
    """The report's pictures by resource name, and their height in document units."""

    images: dict[str, QImage] = field(default_factory=dict)
    heights: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, height: int, draw: Callable[[QPainter, QRectF], None]) -> None:
        image = QImage(CONTENT_WIDTH * PICTURE_SCALE, height * PICTURE_SCALE,
                       QImage.Format.Format_RGB32)
        image.fill(QColor(255, 255, 255))
        dots = round(96 * PICTURE_SCALE / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter, QRectF(0, 0, image.width(), image.height()))
        finally:
            painter.end()
        self.images[name] = image
        self.heights[name] = height

    @classmethod
    def draw(cls, project, data: SeasonReportData, names: str) -> Images:
        """The map of the season's plots by practice and every chart of the report."""
        from metkasekor_desktop.layers.season_report_map import draw_practice_map

        out = cls()
        out.add("map", 860, lambda p, r: draw_practice_map(p, r, project, data, names))
        districts = list(data.by_district.rows)
        if districts:
            labels = charts.BarLabels(title=word("chart_adoption"),
                                      value_axis=word("c_plots"), no_data=word("no_data"))
            k_plots = data.by_district.headers.index("Plots")
            k_before = data.by_district.headers.index("Plots a year earlier")
            categories = [area_name(str(r[0]), names) for r in districts]
            series = [(word("this_season"), [float(r[k_plots] or 0) for r in districts],
                       CA_GREEN)]
            if data.previous is not None:
                series.append((word("a_year_earlier"),
                               [float(r[k_before] or 0) for r in districts], EARLIER_GREY))
            out.add("adoption", 300, lambda p, r: charts.draw_bars(p, r, categories, series,
                                                                   labels))
        areas = list(data.diffusion)[:MAX_DIFFUSION_PANELS]
        if areas:
            rows = math.ceil(len(areas) / 2)
            titles = [f"{area_name(a.uptake.area, names)} ({a.uptake.area})" for a in areas]
            out.add("diffusion", min(920, 60 + 220 * rows),
                    lambda p, r: charts.draw_small_multiples(
                        p, r, areas, diffusion_labels(), columns=2, titles=titles))
        for n, trial in enumerate(trial_names(data)):
            shown = [r for r in headline_comparisons(data) if r.trial == trial]
            measures = [measure_words.measure_text(r, names) for r in shown]
            out.add(f"trial-{n}", min(900, 80 + 24 * len(shown)),
                    lambda p, r, rows=shown, m=measures: charts.draw_comparison(
                        p, r, rows, comparison_labels(), m))
        return out


def headline_comparisons(data: SeasonReportData) -> list:
    """The comparisons the chart shows: yields, labour and margins, and the soil at the
    top depth of each trial (the tables list every depth)."""
    top: dict[str, tuple[float, float]] = {}
    for r in data.comparisons:
        if r.depth is not None and (r.trial not in top or r.depth < top[r.trial]):
            top[r.trial] = r.depth
    return [r for r in data.comparisons if r.depth is None or r.depth == top.get(r.trial)]


def diffusion_labels() -> charts.DiffusionLabels:
    return charts.DiffusionLabels(
        title="{area}", year=word("Year"), farmers=word("c_farmers"),
        adopters=word("c_adopters"), fit=word("c_fit"), projection=word("c_projection"),
        band=word("c_band"), target=word("c_target"), register=word("c_register"),
        tipping=word("c_tipping"), tipping_year=word("c_tipping_year"),
        tipping_passed=word("c_tipping_passed"), too_few=word("c_too_few"),
        no_target=word("c_no_target"), no_data=word("c_no_adoption"))


def comparison_labels() -> charts.ComparisonLabels:
    return charts.ComparisonLabels(
        title=word("c_compare_title"), axis=word("c_compare_axis"),
        value=word("c_compare_value"), not_available=word("c_not_available"),
        higher=word("c_higher"), lower=word("c_lower"), no_data=word("no_data"))


# --- the rich text -----------------------------------------------------------------

_STYLE = """
h1 { font-size: 20pt; color: #1b5e20; margin-bottom: 2px; }
h2 { font-size: 14pt; color: #1b5e20; margin-top: 14px; }
h3 { font-size: 11pt; margin-top: 10px; }
p { font-size: 9.5pt; }
p.note { font-size: 8.5pt; color: #555555; }
li { font-size: 10.5pt; }
table { border-collapse: collapse; }
th { font-size: 8pt; background-color: #e8f5e9; font-weight: bold; }
td { font-size: 8pt; }
"""


def _esc(value: object) -> str:
    return html.escape(str(value))


def _cell(value: object, decimals: int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return number(value, decimals or 0)
    return str(value)


_FIGURE = re.compile(r"^[<>+−-]?[0-9០-៩][0-9០-៩.,]*( … [+−-]?[0-9០-៩][0-9០-៩.,]*)?$")


def _figure_like(value: object) -> bool:
    """A number, nothing, or a number already written out (aligned to the right)."""
    if value is None or isinstance(value, (int, float)):
        return True
    return bool(_FIGURE.match(str(value)))


def table_html(table: Table) -> str:
    if not table.rows:
        return f'<p class="note">{_esc(word("none"))}</p>'
    numeric = [all(_figure_like(r[k]) for r in table.rows)
               for k in range(len(table.headers))]
    head = "".join(f'<th align="{"right" if n else "left"}">{_esc(h)}</th>'
                   for h, n in zip(table.headers, numeric, strict=True))
    body = []
    for row in table.rows:
        cells = "".join(
            f'<td align="{"right" if n else "left"}">{_esc(_cell(v, d))}</td>'
            for v, d, n in zip(row, table.decimals, numeric, strict=True))
        body.append(f"<tr>{cells}</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" '
            f'style="border-color: #9e9e9e;"><thead><tr>{head}</tr></thead>'
            f'{"".join(body)}</table>')


def _image(name: str, images: Images) -> str:
    if name not in images.images:
        return ""
    return (f'<p align="center"><img src="mk:{name}" width="{CONTENT_WIDTH}" '
            f'height="{images.heights[name]}"></p>')


def _summary(data: SeasonReportData) -> str:
    s = data.summary
    lines = [word("s_adopters", farmers=number(s.farmers), women=number(s.women),
                  men=number(s.men), plots=number(s.plots), hectares=number(s.hectares, 1))]
    if s.change_plots is not None:
        lines.append(word("s_change", change_plots=signed(s.change_plots),
                          change_hectares=signed(s.change_hectares, 1)))
    if s.planned_plots:
        lines.append(word("s_planned", planned=number(s.planned_plots)))
    lines.append(word("s_tipping", past=number(len(s.districts_past)),
                      districts=number(s.districts),
                      expected=number(len(s.districts_expected))))
    lines.append(word("s_market", providers=number(s.providers),
                      services=number(s.services), hectares=number(s.hectares_served, 1),
                      fees=number(s.fees_riel)))
    lines.append(word("s_events", events=number(s.events), women=number(s.women_attending),
                      men=number(s.men_attending)))
    lines.append(word("s_trials", comparisons=number(s.comparisons),
                      significant=number(s.significant)))
    return "<ul>" + "".join(f"<li>{_esc(line)}</li>" for line in lines) + "</ul>"


def report_html(data: SeasonReportData, names: str, as_of: date, project_name: str,
                workbook: str) -> str:
    """The whole report as rich text (pictures as ``mk:`` resources)."""
    break_before = '<div style="page-break-before: always;"></div>'
    by_district, by_practice, by_sex, by_adopter = adoption_tables(data, names)
    if data.previous is None:
        compared = word("adoption_no_previous")
    elif not data.settled:
        compared = word("adoption_unsettled")
    else:
        compared = word("adoption_note", previous=season_label(data.previous))
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{_esc(title_of(data))}</h1>",
        f"<p>{_esc(word('subtitle', name=project_name))}<br>"
        f"{_esc(word('as_of', date=shown_number_text(as_of.isoformat())))}</p>",
        f"<h2>{_esc(word('summary'))}</h2>", _summary(data),
        f'<p class="note">{_esc(word("page_tables", file=workbook))}</p>',
        break_before, f"<h2>{_esc(word('map'))}</h2>", "{image:map}",
    ]
    parts += [break_before, f"<h2>{_esc(word('adoption'))}</h2>",
              f'<p class="note">{_esc(compared)}</p>']
    if not data.targets_given:
        parts.append(f'<p class="note">{_esc(word("no_targets"))}</p>')
    parts += [f"<h3>{_esc(word('by_district'))}</h3>", table_html(by_district),
              "{image:adoption}",
              f"<h3>{_esc(word('by_practice'))}</h3>", table_html(by_practice),
              f"<h3>{_esc(word('by_sex'))}</h3>", table_html(by_sex),
              f"<h3>{_esc(word('by_adopter'))}</h3>", table_html(by_adopter)]
    threshold = percent(data.threshold, 0)
    parts += [break_before, f"<h2>{_esc(word('diffusion'))}</h2>",
              f'<p class="note">{_esc(word("diffusion_note", threshold=threshold))}</p>',
              table_html(diffusion_table(data, names)), "{image:diffusion}"]
    parts += [break_before, f"<h2>{_esc(word('market'))}</h2>",
              f'<p class="note">{_esc(word("market_note", year=data.season.year))}</p>',
              table_html(market_table(data, names)),
              f"<h3>{_esc(word('market_by_provider'))}</h3>",
              table_html(provider_table(data, names))]
    parts += [break_before, f"<h2>{_esc(word('trials'))}</h2>",
              f'<p class="note">{_esc(word("trials_note"))}</p>',
              *[f"<h3>{_esc(name)}</h3>" + table_html(trial_table(data, names, name))
                + "{image:trial-" + str(n) + "}" for n, name in enumerate(trial_names(data))],
              f"<h2>{_esc(word('events'))}</h2>", table_html(event_table(data)),
              "</body></html>"]
    return "".join(parts)


def with_images(text: str, images: Images) -> str:
    """Put the pictures where the text names them (a missing one leaves nothing)."""
    return re.sub(r"\{image:([a-z0-9-]+)\}", lambda m: _image(m.group(1), images), text)


def print_pdf(text: str, images: Images, path: Path, *, title: str) -> None:
    """Lay out ``text`` with ``images`` on A4 pages and write them to ``path``.

    Qt's PDF writer embeds the fonts in the order of a hash table, whose seed is random
    per run; a fixed seed while the report is written makes the same report the same
    bytes (hash flooding is no concern for a table of the report's own fonts).
    """
    QHashSeed.setDeterministicGlobalSeed()
    try:
        _print(text, images, path, title)
    finally:
        QHashSeed.resetRandomGlobalSeed()


def _print(text: str, images: Images, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setCreator("MetKasekor Desktop")
    writer.setTitle(title)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))  # print_ adds 2 cm
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["DejaVu Sans", khmer_family()])
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    for name, image in images.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mk:{name}"),
                             image)
    document.setHtml(with_images(text, images))
    document.print_(writer)
