"""The unit registry: scales convert, currencies and quantities never mix silently."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.units import UNITS, UnitMismatch, convert, find_unit, fold

MONEY_VND = ["vnd", "million_vnd", "billion_vnd", "trillion_vnd"]


def test_scale_conversions() -> None:
    assert convert(25, "trillion_vnd", "billion_vnd") == 25_000
    assert convert(16_876, "billion_vnd", "trillion_vnd") == pytest.approx(16.876)
    assert convert(68, "million_vnd_per_person", "million_vnd_per_person") == 68


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("million_vnd_per_person", "usd_per_person"),
        ("usd", "billion_vnd"),
        ("percent", "persons"),
        ("percent", "percentage_points"),
        ("billion_vnd", "million_vnd_per_person"),
    ],
)
def test_refuses_to_mix(source: str, target: str) -> None:
    with pytest.raises(UnitMismatch):
        convert(1, source, target)


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.sampled_from(MONEY_VND),
    st.sampled_from(MONEY_VND),
)
def test_round_trip(value: float, source: str, target: str) -> None:
    back = convert(convert(value, source, target), target, source)
    assert back == pytest.approx(value, rel=1e-12, abs=1e-9)


@pytest.mark.parametrize(
    ("label", "unit_id"),
    [
        ("tỷ đồng", "billion_vnd"),
        ("Tỷ Đồng", "billion_vnd"),
        ("ty dong", "billion_vnd"),
        ("nghìn tỷ đồng", "trillion_vnd"),
        ("triệu đồng/người", "million_vnd_per_person"),
        ("%", "percent"),
        ("USD", "usd"),
        ("HTX", "cooperatives"),
        ("bác sĩ/vạn dân", "per_10000_people"),
        ("lao động", "persons"),
    ],
)
def test_find_unit_by_vietnamese_and_english_labels(label: str, unit_id: str) -> None:
    found = find_unit(label)
    assert found is not None and found.id == unit_id


def test_fold_removes_case_accents_and_spaces() -> None:
    assert fold("  Đơn   VỊ  tính ") == "don vi tinh"


def test_every_unit_is_complete() -> None:
    for unit in UNITS.values():
        assert unit.name_vi and unit.name_en
        assert unit.scale > 0
