"""The target kinds a plan may set, each with its bound: what a target says, as strict pydantic
models (one class per kind; :mod:`plantrack.assessment.kinds` assesses each)."""

from __future__ import annotations

import functools
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    Field,
    PrivateAttr,
    model_validator,
)

from plantrack.plans.model.basics import (
    Id,
    NonEmptyStr,
    Period,
    PeriodText,
    Rate,
    SourceRef,
    StrictModel,
    Year,
    invalid,
)
from plantrack.texts import text

Comparator = Literal["value", "about", "at_least", "more_than", "at_most", "less_than", "range"]
BOUND_KEYS: tuple[Comparator, ...] = (
    "value",
    "about",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "range",
)


#: Bounds that are limits not to pass ("dưới", "không quá", "tối đa"): met is achieved, never
#: exceeded, and what is still allowed is a most, not a pace to reach.
CEILINGS: tuple[Comparator, ...] = ("at_most", "less_than")


class Bound(BaseModel):
    """A target's bound, normalised: a comparator and one or two numbers (a range)."""

    comparator: Comparator
    low: float
    high: float

    @property
    def is_range(self) -> bool:
        return self.comparator == "range"


class _Bounded(StrictModel):
    """Exactly one of the bound keys must be given."""

    tolerance: float | None = Field(
        default=None,
        ge=0,
        lt=1,
        description="With `about`: a figure within this fraction of the value is achieved "
        "(0.05: within 5 %); default: the plan's thresholds.about (2 %).",
    )

    @model_validator(mode="after")
    def _exactly_one_bound(self) -> Any:
        given = [key for key in BOUND_KEYS if getattr(self, key, None) is not None]
        if not given:
            raise invalid("bound_missing", text("plan.bound-missing"))
        if len(given) > 1:
            raise invalid("bound_many", text("plan.bound-many", keys=given))
        if self.tolerance is not None and given != ["about"]:
            raise invalid(
                "tolerance_without_about", text("plan.tolerance-without-about", key=given[0])
            )
        return self

    @functools.cached_property
    def bound(self) -> Bound:
        """The one bound the target gives (built once: the engine asks for it per area)."""
        return self._make_bound()

    def _make_bound(self) -> Bound:
        for key in BOUND_KEYS:
            given = getattr(self, key, None)  # a kind may take only some bounds (structure)
            if given is None:
                continue
            if key == "range":
                return Bound(comparator=key, low=given[0], high=given[1])
            return Bound(comparator=key, low=given, high=given)
        raise AssertionError("validated: one bound is always set")  # pragma: no cover


_BOUND_HELP = {
    "value": 'The plan says "reach X" (đạt): met at X or better in the indicator\'s direction.',
    "about": 'The plan says "about X" (khoảng): assessed like value, flagged as approximate.',
    "at_least": 'The plan says "at least X" (từ ... trở lên, tối thiểu).',
    "more_than": 'The plan says "more than X" (trên, hơn).',
    "at_most": 'The plan says "at most X" (tối đa, không quá).',
    "less_than": 'The plan says "less than X" (dưới).',
    "range": "The plan gives a range [min, max], e.g. 11-13 is [11, 13].",
}


class _NumberBounds(_Bounded):
    value: float | None = Field(default=None, description=_BOUND_HELP["value"])
    about: float | None = Field(default=None, description=_BOUND_HELP["about"])
    at_least: float | None = Field(default=None, description=_BOUND_HELP["at_least"])
    more_than: float | None = Field(default=None, description=_BOUND_HELP["more_than"])
    at_most: float | None = Field(default=None, description=_BOUND_HELP["at_most"])
    less_than: float | None = Field(default=None, description=_BOUND_HELP["less_than"])
    range: list[float] | None = Field(
        default=None, min_length=2, max_length=2, description=_BOUND_HELP["range"]
    )


class _RateBounds(_Bounded):
    value: Rate | None = Field(default=None, description=_BOUND_HELP["value"])
    about: Rate | None = Field(default=None, description=_BOUND_HELP["about"])
    at_least: Rate | None = Field(default=None, description=_BOUND_HELP["at_least"])
    more_than: Rate | None = Field(default=None, description=_BOUND_HELP["more_than"])
    at_most: Rate | None = Field(default=None, description=_BOUND_HELP["at_most"])
    less_than: Rate | None = Field(default=None, description=_BOUND_HELP["less_than"])
    range: list[Rate] | None = Field(
        default=None, min_length=2, max_length=2, description=_BOUND_HELP["range"]
    )


class _TargetCommon(StrictModel):
    id: Id | None = Field(
        default=None, description="Optional; derived from indicator, kind, areas and years."
    )
    text: NonEmptyStr = Field(description="The plan's own words for this target, verbatim.")
    areas: list[Id] | None = Field(
        default=None,
        min_length=1,
        description="Areas this target is for; default: the plan's area.",
    )
    vision: bool = Field(
        default=False, description="Part of the plan's long-term vision (after its period)."
    )
    source: SourceRef | None = Field(
        default=None, description="Where the target is written, if not at the indicator's source."
    )
    note: str | None = None

    kind: str

    def when(self) -> str:
        """The target's year or period, as text: ``2030`` or ``2021-2030``."""
        year = getattr(self, "year", None)
        if year is not None:
            return str(year)
        return str(getattr(self, "period"))  # noqa: B009 - every kind without a year has one

    def years(self) -> tuple[int, int]:
        """First and last year the target speaks of."""
        year = getattr(self, "year", None)
        if year is not None:
            return (year, year)
        period: Period = getattr(self, "period")  # noqa: B009
        return (period.start, period.end)


class GrowthTarget(_TargetCommon, _RateBounds):
    """Average annual growth over a period: "tăng bình quân 12,96%/năm thời kỳ 2021-2030"."""

    kind: Literal["growth"]
    period: PeriodText
    base_year: Year | None = Field(
        default=None, description="Year growth is measured from; default: the year before period."
    )

    method: Literal["endpoints", "least_squares"] | None = Field(
        default=None,
        description="How observed growth is measured: endpoints (the base and latest levels) "
        "or least_squares (a fit over every year, the World Bank WDI method); default: the "
        "plan's growth_method.",
    )

    @property
    def effective_base_year(self) -> int:
        return self.base_year if self.base_year is not None else self.period.start - 1


class LevelTarget(_TargetCommon, _NumberBounds):
    """A level to reach by a year: "thu nhập bình quân/người năm 2030 đạt khoảng 6.794 USD"."""

    kind: Literal["level"]
    year: Year
    base_year: Year | None = Field(
        default=None,
        description="Year progress is measured from; default: the plan's base_year.",
    )


class CumulativeTarget(_TargetCommon, _NumberBounds):
    """A total over a period: "vốn đầu tư thời kỳ 2021-2030 đạt trên 75 nghìn tỷ đồng"."""

    kind: Literal["cumulative"]
    period: PeriodText


class AnnualTarget(_TargetCommon, _NumberBounds):
    """Every year of a period: "hàng năm tạo việc làm mới cho khoảng 3.000 lao động"."""

    kind: Literal["annual"]
    period: PeriodText


class ChangeTarget(_TargetCommon, _NumberBounds):
    """A change per year, as improvement in the desired direction (points for a percentage)."""

    kind: Literal["change"]
    period: PeriodText
    base_year: Year | None = Field(
        default=None,
        description="Year the change is counted from; default: the year before the period.",
    )

    @property
    def effective_base_year(self) -> int:
        return self.base_year if self.base_year is not None else self.period.start - 1


class RelativeTarget(_TargetCommon):
    """Compared with another area's series: "đạt mức bình quân của Tỉnh"."""

    kind: Literal["relative"]
    period: PeriodText
    reference_area: Id = Field(description="The area whose series is the yardstick.")
    relation: Literal["at_least", "more_than", "about", "at_most", "less_than"] = Field(
        description="How the area's value must compare with the reference value each year."
    )


class QualitativeTarget(_TargetCommon):
    """A milestone reported as achieved or not: "đạt huyện nông thôn mới".

    With ``year`` it is due by that year; with ``period`` it must hold every year of the period
    ("giữ vững ổn định chính trị").
    """

    kind: Literal["qualitative"]
    year: Year | None = None
    period: PeriodText | None = None

    @model_validator(mode="after")
    def _year_or_period(self) -> QualitativeTarget:
        if (self.year is None) == (self.period is None):
            raise invalid("year_or_period", text("plan.year-or-period.qualitative"))
        return self


class YearlyGrowthTarget(_TargetCommon, _RateBounds):
    """Growth on the year before, every year of a period: "thu ngân sách tăng từ 10% trở lên
    so với năm trước (hằng năm)". Each year's rate is judged on its own."""

    kind: Literal["yearly_growth"]
    period: PeriodText


class AverageTarget(_TargetCommon, _NumberBounds):
    """The mean of the yearly levels over a period: "sản lượng lương thực bình quân hàng năm
    đạt 25.000 tấn"."""

    kind: Literal["average"]
    period: PeriodText


class StructureTarget(_TargetCommon, _Bounded):
    """One share of a structure (cơ cấu) in a year, as a band with no better side: "cơ cấu kinh
    tế: nông nghiệp 24,5-25,5%, ...". Each share is its own indicator (unit %); the shares of
    one structure name it with the same ``structure`` id."""

    kind: Literal["structure"]
    structure: Id = Field(
        description="Id of the structure (cơ cấu) this share is part of; the shares of one "
        "structure give the same id."
    )
    year: Year
    about: float | None = Field(
        default=None, description='The plan says "about X" (khoảng X): the band around X.'
    )
    range: list[float] | None = Field(
        default=None,
        min_length=2,
        max_length=2,
        description="The band [low, high] in %, e.g. 24,5-25,5% is [24.5, 25.5].",
    )

    def band(self, tolerance: float) -> tuple[float, float]:
        """``(low, high)`` in %: the range, or ``about`` X plus or minus ``tolerance`` (a
        fraction of X: the target's own, else the plan's ``thresholds.about``)."""
        bound = self.bound
        if bound.comparator == "about":
            spread = abs(bound.low) * tolerance
            return bound.low - spread, bound.low + spread
        return bound.low, bound.high

    @model_validator(mode="before")
    @classmethod
    def _band_given(cls, value: Any) -> Any:
        if isinstance(value, dict) and not any(key in value for key in BOUND_KEYS):
            raise invalid("structure_band", text("plan.structure-band"))
        return value


#: A level of a rating scale as a target writes it: its name or an alias ("Hoàn thành tốt nhiệm
#: vụ", "HTTNV"), or its number on a numeric or numbered scale.
LevelWord = Annotated[
    Union[NonEmptyStr, int],
    Field(
        description="A level of the indicator's scale: its name (vi or en) or an alias; a "
        "number only on a numeric or numbered scale."
    ),
]


class RatingTarget(_TargetCommon):
    """An ordinal rating: "Đảng bộ xã hàng năm đạt hoàn thành tốt nhiệm vụ trở lên".

    The bound names a level of the scale the indicator names (``scale:``), which the plan
    declares once (``scales:``). With ``year`` the rating is due by that year; with ``period``
    every year of the period is rated.
    """

    kind: Literal["rating"]
    at_least: LevelWord | None = Field(
        default=None, description='This level or a better one ("... trở lên").'
    )
    value: LevelWord | None = Field(
        default=None, description='"Reach this level" (đạt): met at it or a better one.'
    )
    year: Year | None = None
    period: PeriodText | None = None
    #: The bound's rank on the indicator's scale (1 = worst), set when the plan is read; None
    #: when it names no level (the plan is then refused, with the levels listed).
    _rank: int | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _one_bound_and_time(self) -> RatingTarget:
        given = [k for k in ("at_least", "value") if getattr(self, k) is not None]
        if len(given) != 1:
            raise invalid(
                "rating_bound",
                text("plan.rating-bound", given=", ".join(given) or text("plan.none")),
            )
        if (self.year is None) == (self.period is None):
            raise invalid("year_or_period", text("plan.year-or-period.rating"))
        return self

    @property
    def comparator(self) -> Literal["at_least", "value"]:
        return "at_least" if self.at_least is not None else "value"

    @property
    def level_word(self) -> str | int:
        """The bound as the plan writes it."""
        word = self.at_least if self.at_least is not None else self.value
        assert word is not None  # validated: one bound is set
        return word

    @property
    def found_rank(self) -> int | None:
        """The bound's rank on the scale, or None when it names no level of it."""
        return self._rank

    @property
    def rank(self) -> int:
        """The bound's rank on the scale (a loaded plan's bounds all name a level)."""
        if self._rank is None:  # pragma: no cover - validate refuses such a plan
            raise ValueError(f"the bound {self.level_word!r} names no level of the scale")
        return self._rank

    @property
    def bound(self) -> Bound:
        return Bound(comparator=self.comparator, low=self.rank, high=self.rank)


class ShareTarget(_TargetCommon, _NumberBounds):
    """A share of other indicators of the plan: "thu ngân sách bằng 36% GRDP".

    Set on the indicator that *is* the share (unit ``%``); the bound is in percent. With
    ``year`` it is the share in that year; with ``period`` the share of the period's totals.
    """

    kind: Literal["share"]
    numerator: Id = Field(description="Id of the indicator whose figures are the part.")
    denominator: Id = Field(description="Id of the indicator whose figures are the whole.")
    year: Year | None = None
    period: PeriodText | None = None

    @model_validator(mode="after")
    def _year_or_period(self) -> ShareTarget:
        if (self.year is None) == (self.period is None):
            raise invalid("year_or_period", text("plan.year-or-period.share"))
        return self


class CountTarget(_TargetCommon, _NumberBounds):
    """A count of areas meeting a criterion: "6/8 xã đạt chuẩn nông thôn mới".

    Set on an indicator whose unit is the thing counted (xã, thôn). ``criterion`` (a qualitative
    indicator) and ``among`` (the areas counted) let the count be rolled up from the areas' own
    reports; ``out_of`` is how many there are (default: the number of ``among``).
    """

    kind: Literal["count"]
    year: Year
    criterion: Id | None = Field(
        default=None, description="Id of the qualitative indicator each area must meet."
    )
    among: list[Id] | None = Field(
        default=None, min_length=1, description="The areas counted (areas of the plan)."
    )
    out_of: int | None = Field(
        default=None, ge=1, description="How many there are; default: the number of among."
    )

    @model_validator(mode="after")
    def _criterion_with_among(self) -> CountTarget:
        if (self.criterion is None) != (self.among is None):
            raise invalid("count_criterion", text("plan.count-criterion"))
        return self

    @property
    def total(self) -> int | None:
        """How many there are: ``out_of``, else the number of areas in ``among``."""
        if self.out_of is not None:
            return self.out_of
        return len(self.among) if self.among else None


Target = Annotated[
    Union[
        GrowthTarget,
        LevelTarget,
        CumulativeTarget,
        AnnualTarget,
        ChangeTarget,
        RelativeTarget,
        QualitativeTarget,
        YearlyGrowthTarget,
        AverageTarget,
        StructureTarget,
        RatingTarget,
        ShareTarget,
        CountTarget,
    ],
    Field(discriminator="kind"),
]
TARGET_KINDS: tuple[str, ...] = (
    "growth",
    "level",
    "cumulative",
    "annual",
    "change",
    "relative",
    "qualitative",
    "yearly_growth",
    "average",
    "structure",
    "rating",
    "share",
    "count",
)
QUANTITATIVE_KINDS = frozenset(
    {
        "growth",
        "level",
        "cumulative",
        "annual",
        "change",
        "yearly_growth",
        "average",
        "share",
        "count",
    }
)
#: Kinds whose bound is a growth rate, written with % and held as a fraction.
RATE_KINDS = frozenset({"growth", "yearly_growth"})
#: Kinds whose every year must meet the target ("hằng năm"): judged year by year, "k/n năm".
EVERY_YEAR_KINDS = frozenset({"annual", "qualitative", "yearly_growth", "rating"})
