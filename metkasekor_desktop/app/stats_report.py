"""``stats`` on a terminal: the trial comparisons as fixed-width text, in the command's
language.

One block per trial: a row per season and measure, the block ANOVA of an
RCBD trial below its row, then the soil trends per year. The headings are messages, the
measures and units in Khmer the words of the Trial results window; columns are as wide as
a terminal shows their text (Khmer vowel signs above or below take none).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from metkasekor_desktop.analysis.trial_comparisons import ComparisonRow, TrendRow
from metkasekor_desktop.app.analysis_commands import _width
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers import measure_words
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.season_words import name_text


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns and padded to them (``{:<W.W}``)."""
    out, used = [], 0
    for ch in text:
        taken = _width(ch)
        if used + taken > width:
            break
        out.append(ch)
        used += taken
    return "".join(out) + " " * (width - used)


def _left(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _right(text: str, width: int) -> str:
    return " " * max(0, width - _width(text)) + text


def _num(value: float, digits: int = 3) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def _p(value: float) -> str:
    if math.isnan(value):
        return "-"
    return "<0.001" if value < 0.001 else f"{value:.3f}"


def _ci(low: float, high: float) -> str:
    return say(msg("{low} to {high}", low=_num(low), high=_num(high)))


def _note(note: str) -> str:
    return f"  ({say(note)})" if note else ""


def _measure(row: ComparisonRow, language: str) -> str:
    """The measure as the analysis names it in English ("Yield maize"), in Khmer as the
    Trial results window does."""
    if language == "km":
        return measure_words.measure_text(row, "kh")
    return say(row.measure)


def _unit(unit: str) -> str:
    return measure_words.unit_text(unit)


def stats_report(rows: Sequence[ComparisonRow], trend_rows: Sequence[TrendRow] = (),
                 language: str = "en") -> str:
    """A fixed-width report for a terminal or a batch log: one block per trial."""
    measure, unit, ci = say(msg("Measure")), say(msg("Unit")), say(msg("95% CI"))
    head = (f"{_left(say(msg('Season')), 16)} {_left(measure, 44)} {_left(unit, 8)} "
            f"{'n':>3} {'CA':>9} {'FP':>9} {'CA-FP':>9} {_right(ci, 21)} {'p':>7} "
            f"{'CA/FP':>6}")
    trend_head = (f"{_left(say(msg('Trend per year')), 16)} {_left(measure, 44)} "
                  f"{_left(unit, 8)} {'n':>3} {_right(say(msg('slope')), 9)} "
                  f"{_right(ci, 21)} {'p':>7}")
    lines: list[str] = []
    trials = list(dict.fromkeys([r.trial for r in rows] + [t.trial for t in trend_rows]))
    for name in trials:
        lines += [say(msg("Trial: {trial}", trial=name)), head, "-" * _width(head)]
        for r in (r for r in rows if r.trial == name):
            lines.append(
                f"{_fit(name_text(r.season), 16)} {_fit(_measure(r, language), 44)} "
                f"{_fit(_unit(r.unit), 8)} {r.n_pairs:>3} "
                f"{_num(r.mean_demo):>9} {_num(r.mean_control):>9} "
                f"{_num(r.mean_difference):>9} {_right(_ci(r.ci_low, r.ci_high), 21)} "
                f"{_p(r.p_value):>7} {_num(r.response_ratio, 2):>6}" + _note(r.note))
            if r.anova is not None:
                for a in r.anova.rows:
                    lines.append(f"{'':<16} ANOVA {a.source:<10} SS {a.ss:>10.4g} "
                                 f"df {a.df:>3} MS {a.ms:>10.4g} F {_num(a.f, 2):>7} "
                                 f"p {_p(a.p_value):>7}")
                lines.append(f"{'':<16} LSD 5% {r.anova.lsd_5pct:.4g}, "
                             f"CV {r.anova.cv_pct:.1f}%")
        mine = [t for t in trend_rows if t.trial == name]
        if mine:
            lines += ["", trend_head]
            for t in mine:
                trend_measure = (measure_words.trend_measure_text(t, "kh") if language == "km"
                                 else say(t.measure))
                lines.append(f"{_fit(t.treatment, 16)} {_fit(trend_measure, 44)} "
                             f"{_fit(_unit(t.unit), 8)} {t.n:>3} "
                             f"{_num(t.slope_per_year):>9} "
                             f"{_right(_ci(t.ci_low, t.ci_high), 21)} "
                             f"{_p(t.p_value):>7}" + _note(t.note))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
