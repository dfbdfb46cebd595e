"""Writing a plan by hand: what validate says when a plan is written the way people write them.

The exact messages for broken plans are golden files in tests/bad_plans/; here are the plans
that must be accepted, and the reading behind the messages.
"""

from __future__ import annotations

import json

from tests.conftest import MINIMAL_PLAN

VIETNAMESE_ONLY = (
    MINIMAL_PLAN.replace(", en: Test plan}", "}")
    .replace(", en: Plan}", "}")
    .replace(", en: People's Committee of D district}", "}")
    .replace(", en: D district}", "}")
    .replace(", en: Income per person}", "}")
)


def test_a_plan_written_only_in_vietnamese_is_valid(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    assert "en:" not in VIETNAMESE_ONLY
    path = write_plan(VIETNAMESE_ONLY)
    result = cli("validate", "--lang", "en", str(path))
    assert result.exit_code == 0
    assert result.stderr == "1 plan file checked, all valid: 0 errors, 0 warnings.\n"


def test_english_output_falls_back_to_the_vietnamese_name(cli, write_plan) -> None:  # type: ignore[no-untyped-def]
    path = write_plan(VIETNAMESE_ONLY)
    result = cli("plans", "--lang", "en", "--format", "json", str(path))
    assert result.exit_code == 0
    (plan,) = json.loads(result.stdout)["plans"]
    assert plan["title"] == {"vi": "Kế hoạch thử", "en": "Kế hoạch thử"}
    assert plan["indicators"][0]["name"] == {
        "vi": "Thu nhập bình quân đầu người",
        "en": "Thu nhập bình quân đầu người",
    }
