"""The plan model: what a plan file may say, as strict pydantic models.

Strict means: an unknown key is an error (a typo never passes silently), text stays text and
numbers stay numbers (``id: 2030`` is refused, not turned into ``"2030"``), and every target kind
says exactly one bound. Rules that need the whole plan (areas that exist, milestones that move
the right way...) live in :mod:`plantrack.checks`, which can point at the exact line.

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
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from plantrack import scales
from plantrack.units import Quantity, Unit, find_unit

ID_PATTERN = r"^[a-z][a-z0-9]*([_-][a-z0-9]+)*$"

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=64),
    Field(description="Stable ASCII id: lower-case letters and digits, words joined by - or _."),
]
NonEmptyStr = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
Year = Annotated[int, Field(ge=1900, le=2200, description="A calendar year, e.g. 2030.")]

#: A rate as plans write it: 12,96%, 12.96 %, 12,96%/năm (the "a year" is what a rate is).
_PERCENT = re.compile(r"\s*([-+−]?\d+(?:[.,]\d+)?)\s*%\s*(?:/\s*(?:năm|year|yr)\s*)?", re.I)
_PERIOD = re.compile(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?")


def _parse_percent(value: Any) -> Any:
    """``"12.96%"`` or ``"12,96%"`` -> 0.1296; a bare number is refused as ambiguous."""
    if isinstance(value, (bool, int, float)):
        raise PydanticCustomError(
            "rate_needs_percent",
            "write a growth rate with a percent sign, e.g. {example}; "
            "a bare {value} could mean {value} % or {percent} %",
            {"example": f"{value}%", "value": value, "percent": f"{value * 100:g}"},
        )
    if not isinstance(value, str):
        return value  # let the type check say what is wrong
    match = _PERCENT.fullmatch(value)
    if match is None:
        raise PydanticCustomError(
            "rate_format",
            "a growth rate is written like 12.96% or 12,96% (got {value})",
            {"value": repr(value)},
        )
    text = match.group(1).replace(",", ".").replace("−", "-")
    try:
        return float(Decimal(text) / 100)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise PydanticCustomError(
            "rate_format", "not a number: {value}", {"value": repr(value)}
        ) from None


Rate = Annotated[
    float,
    BeforeValidator(_parse_percent),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\s*[-+−]?\d+([.,]\d+)?\s*%\s*(/\s*([nN]ăm|[yY]ear|[yY]r)\s*)?$",
            "description": "A rate in percent per year, with the % sign: 12.96% or 12,96%.",
        }
    ),
]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


class Text(StrictModel):
    """The same words in Vietnamese (as the plan words them) and, optionally, in English.

    A plan written only in Vietnamese is valid: without ``en``, the English name *is* the
    Vietnamese one (``en`` is filled in when the plan is read, so ``text.en`` is always text).
    """

    vi: NonEmptyStr
    en: NonEmptyStr = Field(
        default="",  # not valid when written: "" only stands for "not given"
        description="English; optional: English output falls back to the Vietnamese.",
        json_schema_extra=_no_default,
    )

    @model_validator(mode="after")
    def _english_falls_back(self) -> Text:
        if not self.en:
            self.en = self.vi
        return self

    def get(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en or self.vi


class Period(StrictModel):
    """Years ``start`` to ``end``, both included. Written ``2021-2030`` in a plan file."""

    start: Year
    end: Year

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, Period):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # a one-year plan: "năm 2022"
        if not isinstance(value, str):
            raise PydanticCustomError(
                "period_format",
                'a period is written as text like "2021-2030", or one year: 2022 (got {value})',
                {"value": repr(value)},
            )
        match = _PERIOD.fullmatch(value)
        if match is None:
            raise PydanticCustomError(
                "period_format",
                'a period is written like "2021-2030", or one year: 2022 (got {value})',
                {"value": repr(value)},
            )
        start = int(match.group(1))
        end = start if match.group(2) is None else int(match.group(2))
        if start > end:
            raise PydanticCustomError(
                "period_reversed", "the period {value} starts after it ends", {"value": repr(value)}
            )
        return {"start": start, "end": end}

    def __str__(self) -> str:
        """``2021-2030``; a one-year period is its year (``2022``, never ``2022-2022``)."""
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end

    def covers(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


PeriodText = Annotated[
    Period,
    WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "string",
                    "pattern": r"^\s*\d{4}\s*([-–]\s*\d{4}\s*)?$",
                },
                {"type": "integer", "minimum": 1900, "maximum": 2200},
            ],
            "description": 'First and last year, both included: "2021-2030"; one year (a '
            "year's plan): 2022.",
        }
    ),
]


class SourceRef(StrictModel):
    """Where in the plan document a target is written."""

    section: NonEmptyStr = Field(description='Section heading number, e.g. "II.1.1".')
    item: int | None = Field(default=None, ge=1, description="The numbered item: 1 for (1).")


class Baseline(StrictModel):
    """A known value of the indicator before the plan period, with its source."""

    year: Year
    value: float
    qualifier: Literal["more_than", "less_than"] | None = Field(
        default=None, description='For a reported bound such as "hơn 91%" (more_than).'
    )
    area: Id | None = Field(default=None, description="Defaults to the plan's own area.")
    source: NonEmptyStr = Field(description="Where the figure was published (an address).")
    note: str | None = None


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
            raise PydanticCustomError(
                "bound_missing",
                "a target needs one bound: value, about, at_least, more_than, at_most, "
                "less_than or range",
            )
        if len(given) > 1:
            raise PydanticCustomError(
                "bound_many",
                "a target has one bound, not several ({keys})",
                {"keys": ", ".join(given)},
            )
        if self.tolerance is not None and given != ["about"]:
            raise PydanticCustomError(
                "tolerance_without_about",
                "tolerance applies to an about (khoảng) target only; this one has {key}",
                {"key": given[0]},
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
            raise PydanticCustomError(
                "year_or_period",
                "a qualitative target gives either year (due by) or period "
                "(held every year), not both or neither",
            )
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
            raise PydanticCustomError(
                "structure_band",
                "a structure target gives its band: range: [low, high] or about: X",
            )
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
            raise PydanticCustomError(
                "rating_bound",
                "a rating target gives one bound, at_least or value, naming a level of the "
                "indicator's scale (got {given})",
                {"given": ", ".join(given) or "none"},
            )
        if (self.year is None) == (self.period is None):
            raise PydanticCustomError(
                "year_or_period",
                "a rating target gives either year (due by) or period (every year of the "
                "period), not both or neither",
            )
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
            raise PydanticCustomError(
                "year_or_period",
                "a share target gives either year (the share in that year) or period "
                "(the share of the period's totals), not both or neither",
            )
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
            raise PydanticCustomError(
                "count_criterion",
                "a count target gives criterion and among together (the qualitative indicator "
                "and the areas counted), or neither (then out_of alone)",
            )
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


class ScaleLevel(Text):
    """One level of a scale: its name (vi, and en), and other ways reports write it."""

    aliases: list[NonEmptyStr] = Field(
        default_factory=list,
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
        default_factory=list, description="Other names that data files use for this indicator."
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
        default_factory=list,
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
        return self._scale

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
        default_factory=list, description="For a group: the areas it is made of."
    )


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
            raise PydanticCustomError(
                "thresholds_order",
                "at_risk ({at_risk}) must be below on_track ({on_track})",
                {"at_risk": self.at_risk, "on_track": self.on_track},
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
    note: str | None = None
    indicators: list[Indicator] = Field(min_length=1)

    @model_validator(mode="after")
    def _resolve_scales(self) -> Plan:
        """Each rated indicator's scale and each rating bound's rank, found once. Unknown ids
        and levels are left unresolved here: :mod:`plantrack.checks` refuses them at their
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
