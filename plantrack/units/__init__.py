"""Units as plans and reports write them: a scale, a measure and an optional "per".

``tạ/ha``, ``triệu đồng/ha``, ``tỷ USD``, ``giường bệnh/vạn dân``, ``doanh nghiệp``, ``%``,
``điểm %``, ``Tr.đồng/người``, ``million VND per person``, ``tonnes``: :func:`parse_unit` reads
each into a :class:`Unit`, and :func:`convert` converts between two units of the same measure by
their scales (tạ <-> tấn, triệu đồng <-> tỷ đồng, m² <-> ha). Anything else raises
:class:`UnitMismatch`: VND against USD needs an exchange rate the user declares (the registry
never guesses one), a count of communes is not a count of schools, a percentage is not a count.

The grammar, also in docs/plan-format.md (section Units):

- ``[scale] measure [/ per] [/ năm]`` in Vietnamese, ``[scale] measure [per per]`` in English;
  scales are words (nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ; thousand, million, billion, trillion;
  the offices' abbreviations tr., ng., đ: ``Tr.đồng``, ``trđ``, ``Tỷ đ``, ``ng.tỷ``);
- a measure is money (đồng, USD), mass, area, length, energy, power, volume, or a count of
  something: people (người, lao động, dân: one measure), households (hộ) or any other noun
  (con, xã, trường, doanh nghiệp, giường bệnh...). An unknown noun is a count of that thing;
- percent (``%``; what it measures, ``share``/``ratio``/``change``/``balance``, decides the
  values it may take), percentage points (``điểm %``), an index (``năm trước = 100``), a ratio
  (``lần``), and ``status`` for milestones;
- a trailing ``/năm`` ("a year") only says the figure is yearly; it converts freely with the same
  unit without it. ``/tháng`` or ``/ngày`` is a different unit.

The ids of the first registry (``billion_vnd``, ``usd_per_person``...) keep working; any other
snake_case id is read word by word (``million_usd``, ``tonnes_per_ha``) and must be understood
in full, so that a typo in an id is an error, never a count of "milion".

It knows units only: nothing of plans, data files, targets or output.
"""

from __future__ import annotations

from plantrack.units.conversion import conversion_factor, convert
from plantrack.units.quantity import PERCENT_RANGES, PercentKind, Quantity
from plantrack.units.registry import (
    PERCENT,
    UNITS,
    find_unit,
    get_unit,
    is_known,
    names_currency,
    near_measure_word,
    parse_unit,
)
from plantrack.units.unit import Unit, UnitError, UnitMismatch
from plantrack.units.vocabulary import fold

__all__ = [
    "PERCENT",
    "PERCENT_RANGES",
    "UNITS",
    "PercentKind",
    "Quantity",
    "Unit",
    "UnitError",
    "UnitMismatch",
    "conversion_factor",
    "convert",
    "find_unit",
    "fold",
    "get_unit",
    "is_known",
    "names_currency",
    "near_measure_word",
    "parse_unit",
]
