"""The JSON Schema of a plan file, generated from the pydantic model.

A copy lives in ``schema/plan.schema.json`` for editors (``# yaml-language-server: $schema=...``);
a test fails when the copy and the model drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from plantrack.plans.model import Plan


def plan_schema() -> dict[str, Any]:
    schema = Plan.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["description"] = (
        "A development plan with numbered targets, read by plantrack "
        "(see docs/plan-format.md). Growth rates are written with a % sign."
    )
    return schema


def plan_schema_text() -> str:
    """The schema as committed: sorted keys, two-space indent, non-ASCII kept, final newline."""
    return json.dumps(plan_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
