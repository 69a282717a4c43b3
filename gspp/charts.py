"""Charts of the plan, drawn on the server as SVG (issue 15): no script, no other host, no inline style.

- Measures by status per thematic area, as horizontal stacked bars (`status_by_area`, and `area_status`
  for one area's page), from the counts `ThematicArea.objects.with_rollup()` has made already: no query.
- Average progress over time per area, as small multiples (`progress_by_area`), from one query of the
  dated progress updates of the edition's published measures, whatever their number.

This module computes the figures, the sentences that state them and the geometry; the templates
`gspp/_chart_*.html` write the SVG (patterns in its <defs>, CSS classes for every colour), its legend
and the same figures as a table. Coordinates are strings: no locale ever writes "12,5" into an SVG.
"""

import calendar
import datetime
import textwrap
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import groupby
from operator import itemgetter

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from gspp import selectors
from gspp.models import STATUSES_IN_PROGRESS_AVERAGE, MeasureStatus

# Stacked bars: a 300-unit wide drawing, scaled to the width of the page (12.5 px text at 320 px).
BARS_WIDTH = 300
LABEL_LINE = 16  # one line of an area's name
LABEL_BASELINE = 13
LABEL_CHARACTERS = 36  # an area's name wraps after about this many characters
BAR_HEIGHT = 20
ROW_GAP = 12
BAR_LEFT = 1  # room for the outline of the first segment
TOTAL_ROOM = 38  # right of the longest bar, for its total
BAR_MAX = BARS_WIDTH - BAR_LEFT - TOTAL_ROOM
DIGIT_WIDTH = 7.8  # of a bold 12.5-unit figure, to decide whether a count fits in its segment

# Small multiples of progress over time: each 240 x 124 units.
LINE_WIDTH = 240
LINE_HEIGHT = 124
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 38, 226, 14, 92
AXIS_BASELINE = 112
# Quarters while the updates span at most two calendar years, years beyond.
QUARTERS_UP_TO_YEARS = 2


def coordinate(value):
    """A number as SVG wants it: a dot, at most one decimal, never a locale's comma."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def rounded(value):
    """Half up, as the `floatformat` of the progress bars rounds: 12.5 gives 13."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent(value):
    return _("%(percent)s%%") % {"percent": rounded(value)}


def area_name(area):
    return f"{area.number}. {area.title}"


# --- measures by status -----------------------------------------------------------------------


@dataclass
class Segment:
    status: str
    label: str
    count: int
    x: str
    width: str
    text_x: str | None  # the middle of the count written in the segment; None when it does not fit


@dataclass
class BarRow:
    area: object
    name: str
    total: int
    counts: list  # [(status, label, count)], statuses with no measure left out
    summary: str
    lines: list = field(default_factory=list)  # [(baseline, text)] of the area's name
    bar_y: str = "0"
    text_y: str = "0"
    total_x: str = "0"
    segments: list = field(default_factory=list)


@dataclass
class StatusChart:
    id: str
    title: str
    summary: str
    rows: list
    empty: str = ""  # the sentence shown instead of a chart with nothing to draw
    legend: list = field(default_factory=list)  # [(status, label)] of the statuses drawn
    width: str = coordinate(BARS_WIDTH)
    height: str = "0"
    bar_height: str = coordinate(BAR_HEIGHT)


def area_counts(area):
    """[(status, label, count)] of an area annotated by `with_rollup()`, in the order of MeasureStatus."""
    return [
        (status, label, getattr(area, f"count_{status}", 0) or 0)
        for status, label in MeasureStatus.choices
        if getattr(area, f"count_{status}", 0)
    ]


def area_sentence(area, total, counts):
    if not total:
        return _("Area %(number)s: no published measure.") % {"number": area.number}
    statuses = ", ".join(_("%(label)s: %(count)s") % {"label": label, "count": count} for _s, label, count in counts)
    return ngettext(
        "Area %(number)s: %(count)s measure (%(statuses)s).",
        "Area %(number)s: %(count)s measures (%(statuses)s).",
        total,
    ) % {"number": area.number, "count": total, "statuses": statuses}


def status_bars(areas, *, chart_id, title, intro="", empty):
    """Horizontal stacked bars, one per area, on a common scale: the area with most measures fills the width."""
    rows = []
    for area in areas:
        counts = area_counts(area)
        total = area.measure_count or 0
        rows.append(BarRow(area, area_name(area), total, counts, area_sentence(area, total, counts)))
    chart = StatusChart(chart_id, title, " ".join([intro, *(row.summary for row in rows)]).strip(), rows)
    largest = max((row.total for row in rows), default=0)
    if not largest:
        chart.empty = empty
        return chart
    drawn = {status for row in rows for status, _label, _count in row.counts}
    chart.legend = [(status, label) for status, label in MeasureStatus.choices if status in drawn]
    y = 0
    for row in rows:
        lines = textwrap.wrap(row.name, LABEL_CHARACTERS) or [""]
        row.lines = [(coordinate(y + LABEL_BASELINE + index * LABEL_LINE), text) for index, text in enumerate(lines)]
        bar_y = y + LABEL_LINE * len(lines) + 3
        row.bar_y, row.text_y = coordinate(bar_y), coordinate(bar_y + BAR_HEIGHT / 2 + 4.5)
        x = BAR_LEFT
        for status, label, count in row.counts:
            width = BAR_MAX * count / largest
            middle = coordinate(x + width / 2) if width >= DIGIT_WIDTH * len(str(count)) + 6 else None
            row.segments.append(Segment(status, label, count, coordinate(x), coordinate(width), middle))
            x += width
        row.total_x = coordinate(x + 5)
        y = bar_y + BAR_HEIGHT + ROW_GAP
    chart.height = coordinate(y - ROW_GAP + 2)
    return chart


def status_by_area(areas):
    """The edition's chart: its areas, annotated by `with_rollup()`, by status."""
    areas = list(areas)
    total = sum(area.measure_count or 0 for area in areas)
    intro = ngettext(
        "%(count)s published measure across the thematic areas.",
        "%(count)s published measures across the thematic areas.",
        total,
    ) % {"count": total}
    return status_bars(
        areas,
        chart_id="chart-status",
        title=_("Measures by status, per thematic area"),
        intro=intro,
        empty=_("No published measure in this edition yet: there is nothing to chart."),
    )


def area_status(area):
    """An area's page: its measures by status, one stacked bar (`area` annotated by `with_rollup()`)."""
    return status_bars(
        [area],
        chart_id="chart-area",
        title=_("Measures of this area by status"),
        empty=_("No published measure in this area yet: there is nothing to chart."),
    )


# --- average progress over time ----------------------------------------------------------------


@dataclass
class Period:
    label: str
    end: datetime.date
    quarter: int | None = None  # None: a year


@dataclass
class Point:
    period: Period
    value: float | None  # None: no measure of the area counted at that date
    measures: int
    x: str = "0"
    y: str = "0"

    @property
    def shown(self):
        return "–" if self.value is None else percent(self.value)


@dataclass
class Multiple:
    key: str  # unique in the page, for the ids that name the SVG
    area: object
    name: str
    points: list
    summary: str
    lines: list = field(default_factory=list)  # ["x,y x,y ..."]: one polyline per run of points with a value
    last: Point | None = None
    last_anchor: str = "middle"
    last_y: str = "0"

    @property
    def dots(self):
        return [point for point in self.points if point.value is not None]


@dataclass
class ProgressChart:
    id: str
    title: str
    summary: str
    rule: str
    multiples: list
    empty: str = ""
    periods: list = field(default_factory=list)
    grid: list = field(default_factory=list)  # [(y, y of its label, label)] at 0, 50 and 100 %
    ticks: list = field(default_factory=list)  # [x] of each period
    axis: list = field(default_factory=list)  # [(x, anchor, label)]: the first and the last period
    width: str = coordinate(LINE_WIDTH)
    height: str = coordinate(LINE_HEIGHT)
    left: str = coordinate(PLOT_LEFT)
    right: str = coordinate(PLOT_RIGHT)
    bottom: str = coordinate(PLOT_BOTTOM)
    tick_end: str = coordinate(PLOT_BOTTOM + 4)
    grid_label_x: str = coordinate(PLOT_LEFT - 5)
    axis_y: str = coordinate(AXIS_BASELINE)


def periods_between(first, last):
    """Quarters from the quarter of `first` to that of `last`, or years when they are far apart."""
    if last.year - first.year >= QUARTERS_UP_TO_YEARS:
        return [Period(str(year), datetime.date(year, 12, 31)) for year in range(first.year, last.year + 1)]
    periods = []
    year, quarter = first.year, (first.month - 1) // 3 + 1
    while (year, quarter) <= (last.year, (last.month - 1) // 3 + 1):
        month = quarter * 3
        end = datetime.date(year, month, calendar.monthrange(year, month)[1])
        periods.append(Period(_("Q%(quarter)s %(year)s") % {"quarter": quarter, "year": year}, end, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return periods


def averages(updates, periods):
    """{area: [(average or None, measures counted)] per period}.

    At the end of each period, each measure counts with its latest update up to that date (the
    latest date, then the latest recorded), as `ThematicArea.objects.with_rollup()` counts the
    measures' current state: only the statuses of STATUSES_IN_PROGRESS_AVERAGE, so abandoned
    measures and measures with nothing reported (or no update yet) are left out.
    """
    counted = set(STATUSES_IN_PROGRESS_AVERAGE)
    sums = {}
    for _measure, rows in groupby(updates, key=itemgetter(0)):
        rows = list(rows)
        area_sums = sums.setdefault(rows[0][1], [[0, 0] for _period in periods])
        index, latest = 0, None
        for period, area_sum in zip(periods, area_sums, strict=True):
            while index < len(rows) and rows[index][2] <= period.end:
                latest = rows[index]
                index += 1
            if latest is not None and latest[3] in counted:
                area_sum[0] += latest[4]
                area_sum[1] += 1
    return {area: [(total / count if count else None, count) for total, count in found] for area, found in sums.items()}


def progress_sentence(points):
    known = [point for point in points if point.value is not None]
    if not known:
        return _("No progress reported yet.")
    first, last = known[0], known[-1]
    if first is last:
        return _("%(value)s in %(period)s.") % {"value": first.shown, "period": first.period.label}
    return _("From %(first)s in %(first_period)s to %(last)s in %(last_period)s.") % {
        "first": first.shown,
        "first_period": first.period.label,
        "last": last.shown,
        "last_period": last.period.label,
    }


def progress_by_area(edition, areas):
    """The edition's average progress over time, one small chart per area.

    No query when the edition has no published measure: there can be no progress to show.
    """
    areas = list(areas)
    chart = ProgressChart(
        "chart-progress",
        _("Average progress over time, per thematic area"),
        "",
        _(
            "Each point is the average, at the end of the period, of the latest progress reported for each "
            "published measure of the area; as in each area's average, abandoned measures and measures with "
            "no progress reported yet are left out."
        ),
        [],
    )
    updates = selectors.dated_progress(edition) if any(area.measure_count for area in areas) else []
    if not updates:
        chart.empty = _("No progress has been reported for the measures of this edition yet: nothing to chart.")
        return chart
    dates = [row[2] for row in updates]
    periods = chart.periods = periods_between(min(dates), max(dates))
    found = averages(updates, periods)
    if len(periods) == 1:
        sentence = _("One period so far: %(first)s.")
    elif periods[0].quarter is None:
        sentence = _("By year, from %(first)s to %(last)s.")
    else:
        sentence = _("By quarter, from %(first)s to %(last)s.")
    chart.summary = sentence % {"first": periods[0].label, "last": periods[-1].label}

    step = (PLOT_RIGHT - PLOT_LEFT) / (len(periods) - 1) if len(periods) > 1 else 0
    xs = [PLOT_LEFT + index * step if step else (PLOT_LEFT + PLOT_RIGHT) / 2 for index in range(len(periods))]
    chart.ticks = [coordinate(x) for x in xs]
    chart.grid = [(coordinate(height(share)), coordinate(height(share) + 4), percent(share)) for share in (100, 50, 0)]
    if len(periods) == 1:
        chart.axis = [(chart.ticks[0], "middle", periods[0].label)]
    else:
        chart.axis = [(chart.ticks[0], "start", periods[0].label), (chart.ticks[-1], "end", periods[-1].label)]

    for area in areas:
        values = found.get(area.pk, [(None, 0)] * len(periods))
        points = [Point(period, value, count) for period, (value, count) in zip(periods, values, strict=True)]
        multiple = Multiple(f"{chart.id}-{area.number}", area, area_name(area), points, progress_sentence(points))
        runs, run = [], []
        for point, x in zip(points, xs, strict=True):
            point.x = coordinate(x)
            if point.value is None:
                runs.append(run)
                run = []
            else:
                point.y = coordinate(height(point.value))
                run.append(f"{point.x},{point.y}")
        runs.append(run)
        # One line through each run of periods with a value; a lone point is drawn by its dot alone.
        multiple.lines = [" ".join(run) for run in runs if len(run) > 1]
        known = multiple.dots
        if known:
            multiple.last = last = known[-1]
            x = float(last.x)
            multiple.last_anchor = "end" if x > PLOT_RIGHT - 20 else ("start" if x < PLOT_LEFT + 20 else "middle")
            multiple.last_y = coordinate(height(last.value) - 7 if last.value < 80 else height(last.value) + 16)
        chart.multiples.append(multiple)
    return chart


def height(value):
    """The y of a percentage in a small multiple: 0 % at the bottom of the plot, 100 % at its top."""
    return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * value / 100
