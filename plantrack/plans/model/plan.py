"""The plan model: what a plan file may say, as strict pydantic models.

Strict means: an unknown key is an error (a typo never passes silently), text stays text and
numbers stay numbers (``id: 2030`` is refused, not turned into ``"2030"``), and every target kind
says exactly one bound. Rules that need the whole plan (areas that exist, milestones that move
the right way...) live in :mod:`plantrack.plans.rules`, which can point at the exact line.

Conventions, also in docs/plan-format.md:

- growth rates are written with a percent sign in the file (``12.96%`` or ``12,96%``) and held as
  fractions (0.1296) in code and JSON;
- every other value is in the indicator's unit (``98`` for 98 %, ``75`` for 75 nghìn tỷ đồng);
- ``change`` targets give the improvement per year in the desired direction, in the indicator's
  unit (percentage points for a percentage): "poverty down at least 1.5 points a year" is
  ``direction: decrease`` with ``at_least: 1.5``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from typing import Any, Literal

from pydantic import (
    ConfigDict,
    Field,
    PrivateAttr,
    model_validator,
)

from plantrack.plans import scales
from plantrack.plans.model.basics import (
    Baseline,
    Id,
    NonEmptyStr,
    PeriodText,
    SourceRef,
    StrictModel,
    Text,
    Year,
    invalid,
    no_items,
)
from plantrack.plans.model.targets import CountTarget, RatingTarget, ShareTarget, Target
from plantrack.texts import text
from plantrack.units import Quantity, Unit, find_unit


class ScaleLevel(Text):
    """One level of a scale: its name (vi, and en), and other ways reports write it."""

    aliases: list[NonEmptyStr] = Field(
        default_factory=no_items,
        description='Other ways reports write this level: "HTTNV", "Tốt", "mức 3".',
    )

    def words(self) -> list[str]:
        return [self.vi, self.en, *self.aliases]


class Scale(StrictModel):
    """An ordered rating scale, declared once in the plan and named by rated indicators."""

    id: Id
    name: Text
    levels: list[ScaleLevel] = Field(
        min_length=2, description="The levels in order, from the worst to the best."
    )
    numbered: bool = Field(
        default=False,
        description="Reports may give a level by its rank: 1 (or mức 1) is the worst level, "
        "2 the next... (levels named by numbers are read by their numbers without this).",
    )

    @functools.cached_property
    def numbers(self) -> list[int] | None:
        """Each level's number, when numbers name levels (see :func:`scales.level_numbers`)."""
        return scales.level_numbers([level.vi for level in self.levels], self.numbered)

    def rank_of(self, text: str | int) -> int | None:
        """The rank (1 = worst) of the level ``text`` names; None when it names none."""
        return scales.rank_of(text, [level.words() for level in self.levels], self.numbers)

    def level(self, rank: float) -> ScaleLevel:
        return self.levels[int(rank) - 1]

    def listed(self, lang: str = "en") -> str:
        """The levels from the worst to the best, for a message: ``"a" < "b" < "c"``."""
        return " < ".join(f"{level.get(lang)!r}" for level in self.levels)


class Indicator(StrictModel):
    id: Id
    name: Text = Field(
        description="The name as the plan words it (vi) and, optionally, in English (en)."
    )
    unit: NonEmptyStr = Field(
        json_schema_extra={
            "examples": [
                "tỷ đồng",
                "triệu đồng/người",
                "USD/người",
                "%",
                "điểm %",
                "tấn",
                "tạ/ha",
                "ha",
                "doanh nghiệp",
                "giường bệnh/vạn dân",
                "status",
            ]
        },
        description=(
            "The unit as the plan writes it: [scale] measure [/per], e.g. tỷ đồng, tạ/ha, "
            "giường bệnh/vạn dân, doanh nghiệp, %, điểm %; or an id such as billion_vnd "
            "(see docs/plan-format.md, Units)."
        ),
    )
    percent: Literal["share", "ratio", "change", "balance"] | None = Field(
        default=None,
        description=(
            "For a unit in %: what the percentage measures, which decides the values it may "
            "take. share (default): a part of a whole, 0-100; ratio: one amount against "
            "another (% GRDP), 0 or more; change: a rate of change, above -100; balance: a "
            "signed difference, any sign (a trade-deficit ratio below 0 is a surplus)."
        ),
    )
    direction: Literal["increase", "decrease"] | None = Field(
        default=None, description="Whether higher (increase) or lower (decrease) is better."
    )
    aliases: list[NonEmptyStr] = Field(
        default_factory=no_items, description="Other names that data files use for this indicator."
    )
    main: bool = Field(
        default=False,
        description="One of the plan's main targets (chỉ tiêu chủ yếu): the summary counts them "
        'as offices report them, "đạt và vượt 20/21 chỉ tiêu chủ yếu". Sub-targets (trong đó) '
        "are usually not marked.",
    )
    part_of: Id | None = Field(
        default=None, description='Id of the indicator this one is a part of ("trong đó").'
    )
    projection: Literal["linear", "geometric"] | None = Field(
        default=None, description="Trend used for projections; default by unit."
    )
    baseline: Baseline | None = None
    scale: Id | None = Field(
        default=None,
        description="For a rated indicator: the id of its scale in the plan's scales; its "
        "targets are rating targets and its figures are levels of the scale.",
    )
    source: SourceRef
    note: str | None = None
    targets: list[Target] = Field(
        default_factory=no_items,
        description="The plan's targets for this indicator. May be left out only for an "
        "indicator that a share target uses (numerator, denominator) or a count target uses "
        "(criterion): validate says so otherwise.",
    )
    #: The scale ``scale`` names, found when the plan is read (None: no scale, or an unknown
    #: id, which validate refuses).
    _scale: Scale | None = PrivateAttr(default=None)

    @property
    def rating_scale(self) -> Scale | None:
        """The indicator's scale, when it is rated."""
        # Read from pydantic's store of private values: ``self._scale`` goes through the model's
        # ``__getattr__`` (after an AttributeError), 30 times slower, and the CSV writer asks
        # once a result (166,050 for the national panel).
        private = self.__pydantic_private__
        scale: Scale | None = self._scale if private is None else private["_scale"]
        return scale

    @functools.cached_property
    def unit_info(self) -> Unit | None:
        """The unit read from its text (None when it cannot be read: validate says why), with
        the range a percentage may take when the plan declares what it measures."""
        unit = find_unit(self.unit)
        if unit is not None and self.percent is not None and unit.quantity is Quantity.SHARE:
            unit = unit.as_percent(self.percent)
        return unit

    @property
    def parsed_unit(self) -> Unit:
        """The unit of a valid plan's indicator (validate refuses a plan whose unit is unread)."""
        unit = self.unit_info
        if unit is None:  # pragma: no cover - a loaded plan's units are all readable
            raise ValueError(f"indicator {self.id!r}: unit {self.unit!r} cannot be read")
        return unit


class Area(StrictModel):
    id: Id
    name: Text
    level: Literal["country", "province", "district", "commune", "locality", "group"]
    parent: Id | None = Field(default=None, description="The area this one lies in.")
    members: list[Id] = Field(
        default_factory=no_items, description="For a group: the areas it is made of."
    )


class Section(StrictModel):
    """A heading of the plan document, as a source reference names it (``II.1.1``)."""

    id: NonEmptyStr = Field(description='The heading\'s number, as targets cite it: "II.1.1".')
    title: Text = Field(description='The heading\'s words: "Về kinh tế" / "Economy".')


class Document(StrictModel):
    """The official document the plan comes from."""

    type: Text = Field(description='The kind of document: "Kế hoạch" / "Plan".')
    number: NonEmptyStr | None = Field(default=None, description='e.g. "92/KH-UBND".')
    date: dt.date | None = Field(default=None, strict=False, description="Date of issue.")
    year: Year | None = Field(default=None, description="Year of issue, when the date is blank.")
    issuer: Text
    url: NonEmptyStr | None = None


class Thresholds(StrictModel):
    """Ratio of observed to required progress that separates the statuses."""

    on_track: float = Field(default=0.95, gt=0)
    at_risk: float = Field(default=0.60, ge=0)
    about: float = Field(
        default=0.02,
        ge=0,
        lt=1,
        description='For "about" (khoảng) targets: a figure within this fraction of the '
        "target's value is achieved (0.02: within 2 %); 0 assesses them as written. A target's "
        "own `tolerance` overrides it.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.at_risk >= self.on_track:
            raise invalid(
                "thresholds_order",
                text("plan.thresholds-order", at_risk=self.at_risk, on_track=self.on_track),
            )
        return self


class ExchangeRate(StrictModel):
    """How many đồng one unit of a foreign currency is worth, declared by the plan's user.

    Reports give money in đồng while a target may be in USD (Cầu Ngang: 6,794 USD per person by
    2030). plantrack never guesses a rate: figures in another currency than the target's are
    converted only with a rate declared here (or on the command line), and the rate used is shown
    with the result.
    """

    currency: Literal["USD", "EUR", "CNY", "JPY", "KRW"] = Field(
        description="The foreign currency: 1 unit of it is worth `rate` đồng."
    )
    rate: float = Field(gt=0, description="Đồng per unit of the currency (e.g. 24000 for USD).")
    year: Year | None = Field(
        default=None, description="The year this rate applies to; omit for every year."
    )
    source: NonEmptyStr | None = Field(default=None, description="Where the rate comes from.")
    note: str | None = None


class Plan(StrictModel):
    """One development plan: its document, areas, period and indicators with their targets."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        title="plantrack plan",
        json_schema_extra={"$id": "https://plantrack.invalid/schema/plan.schema.json"},
    )

    id: Id
    title: Text
    document: Document
    level: Literal["country", "province", "district", "commune"]
    area: Id = Field(description="The plan's own area: the default for every target.")
    areas: list[Area] = Field(min_length=1)
    period: PeriodText
    base_year: Year = Field(description="The year growth over the period is measured from.")
    vision: PeriodText | None = Field(
        default=None, description="A longer horizon for targets marked vision: true."
    )
    decimal: Literal["comma", "point"] | None = Field(
        default=None,
        description='How numbers written as text ("6.794", "12,5") are read: comma is the '
        "Vietnamese style (6.794 is 6794), point the English one; default: decided by the "
        "numbers that can only be read one way.",
    )
    thresholds: Thresholds | None = None
    growth_method: Literal["endpoints", "least_squares"] = Field(
        default="endpoints",
        description="How observed growth over a period is measured: endpoints (the end-to-end "
        "rate from the base) or least_squares (fitted over every reported year, the World Bank "
        "WDI method: one unusual base year does not decide the verdict).",
    )
    exchange_rates: list[ExchangeRate] | None = Field(
        default=None,
        description="Exchange rates to convert reported figures into a target's currency.",
    )
    scales: list[Scale] | None = Field(
        default=None,
        description="Ordered rating scales, each with its levels from the worst to the best; "
        "a rated indicator names one (scale: id).",
    )
    sections: list[Section] | None = Field(
        default=None,
        description="The headings of the plan's sections that its targets' source names "
        '(section: II.1.1), for the appendix of a report: "Về kinh tế" groups the economic '
        "targets under one heading.",
    )
    note: str | None = None
    indicators: list[Indicator] = Field(min_length=1)

    @model_validator(mode="after")
    def _resolve_scales(self) -> Plan:
        """Each rated indicator's scale and each rating bound's rank, found once. Unknown ids
        and levels are left unresolved here: :mod:`plantrack.plans.rules` refuses them at their
        line, with the choices."""
        declared: dict[str, Scale] = {}
        for scale in self.scales or []:  # the first of two with one id (validate refuses both)
            declared.setdefault(scale.id, scale)
        for indicator in self.indicators:
            named = declared.get(indicator.scale) if indicator.scale else None
            indicator._scale = named
            for target in indicator.targets:
                if isinstance(target, RatingTarget):
                    target._rank = None if named is None else named.rank_of(target.level_word)
        return self

    def about_tolerance(self, target: Any) -> float:
        """How near an "about" (khoảng) target's value a figure counts as the value, a fraction
        of it: the target's own ``tolerance``, else the plan's ``thresholds.about``."""
        own = getattr(target, "tolerance", None)
        return (self.thresholds or Thresholds()).about if own is None else float(own)

    def area_ids(self) -> set[str]:
        return {area.id for area in self.areas}

    def indicator(self, indicator_id: str) -> Indicator | None:
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        return None

    def areas_using(self, indicator_id: str) -> list[str]:
        """The areas where another indicator's targets use this one's figures: the areas of a
        share target whose numerator or denominator it is, the ``among`` areas of a count
        target whose criterion it is (plan order). Offices must report it there."""
        wanted: set[str] = set()
        for indicator in self.indicators:
            for target in indicator.targets:
                if isinstance(target, ShareTarget) and indicator_id in (
                    target.numerator,
                    target.denominator,
                ):
                    wanted.update(target.areas or [self.area])
                elif isinstance(target, CountTarget) and target.criterion == indicator_id:
                    wanted.update(target.among or [])
        return [area.id for area in self.areas if area.id in wanted]


def target_id(indicator: Indicator, target: Any, plan_area: str) -> str:
    """The target's own id, or one derived from what makes it unique in the plan."""
    if target.id:
        return str(target.id)
    areas = target.areas or [plan_area]
    if areas == [plan_area]:
        where = ""
    elif len(areas) <= MAX_AREAS_IN_ID:
        where = "@" + "+".join(areas)
    else:  # a national plan may set one target for thousands of communes
        digest = hashlib.sha1("+".join(areas).encode("utf-8")).hexdigest()[:8]
        where = f"@{len(areas)}-areas-{digest}"
    return f"{indicator.id}{where}:{target.kind}:{target.when()}"


#: A derived target id names its areas up to this many; beyond, their count and a short digest.
MAX_AREAS_IN_ID = 5
