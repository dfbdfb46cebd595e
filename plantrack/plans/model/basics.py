"""The plan model's building blocks: ids, years, texts in two languages, periods, growth rates
written with %, where a target is written and a baseline."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from plantrack.texts import Text as Message
from plantrack.texts import text

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


def invalid(kind: str, message: Message) -> PydanticCustomError:
    """A validator's error, its words from the text catalogue: pydantic's message is the English
    one, and the loader takes ``message`` from the context to show it in either language."""
    return PydanticCustomError(kind, "{message}", {"message": message})


def _parse_percent(value: Any) -> Any:
    """``"12.96%"`` or ``"12,96%"`` -> 0.1296; a bare number is refused as ambiguous."""
    if isinstance(value, (bool, int, float)):
        raise invalid(
            "rate_needs_percent",
            text("plan.rate-needs-percent", value=value, percent=value * 100),
        )
    if not isinstance(value, str):
        return value  # let the type check say what is wrong
    match = _PERCENT.fullmatch(value)
    if match is None:
        raise invalid("rate_format", text("plan.rate-format", given=value))
    number = match.group(1).replace(",", ".").replace("−", "-")
    try:
        return float(Decimal(number) / 100)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise invalid("rate_format", text("plan.rate-not-a-number", given=value)) from None


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


def no_items() -> list[Any]:
    """A new empty list, the default of a list field. (Not ``default_factory=list``: pydantic
    reads a factory's signature, and a builtin's is read by tokenizing its text, which costs
    every run a few milliseconds.)"""
    return []


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
            raise invalid("period_format", text("plan.period-format.type", given=value))
        match = _PERIOD.fullmatch(value)
        if match is None:
            raise invalid("period_format", text("plan.period-format", given=value))
        start = int(match.group(1))
        end = start if match.group(2) is None else int(match.group(2))
        if start > end:
            raise invalid("period_reversed", text("plan.period-reversed", given=value))
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
    line: int | None = Field(
        default=None, ge=1, description="Line of the source text (plantrack extract sets it)."
    )
    page: int | None = Field(default=None, ge=1, description="Page of a PDF source.")
    paragraph: int | None = Field(
        default=None, ge=1, description="Paragraph (of the page for a PDF, of a .docx)."
    )
    table: int | None = Field(default=None, ge=1, description="Table of a .docx source.")
    row: int | None = Field(default=None, ge=1, description="Row of that table.")

    def as_data(self) -> dict[str, object]:
        """Section and item, and the place in the source document where it is given."""
        data: dict[str, object] = {"section": self.section, "item": self.item}
        for key in ("line", "page", "paragraph", "table", "row"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


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
