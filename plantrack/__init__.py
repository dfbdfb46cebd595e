"""plantrack: check development-plan targets against reported actuals.

The library is importable without the CLI::

    from plantrack import Observation, assess, load_plans
    result = load_plans(["plans"])
    for finding in result.findings:
        print(finding.location(), finding.code, finding.message)
    plan = result.plans[0].plan
    assessment = assess(plan, [Observation("gross_output", 2020, 10_000),
                               Observation("gross_output", 2023, 13_500)])
    for row in assessment.results:
        print(row.target, row.status, row.observed_rate, row.catch_up_rate)

Heavy modules (pydantic, rich) load on first use, so ``plantrack --help`` stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

if TYPE_CHECKING:
    from plantrack.assessment import Assessment, Result, assess
    from plantrack.findings import Finding, Severity
    from plantrack.loader import (
        LoadedPlan,
        PlanSet,
        Validation,
        load_plans,
        read_plan,
        validate_plans,
    )
    from plantrack.model import Indicator, Plan
    from plantrack.observations import Observation, State
    from plantrack.status import Status

__all__ = [
    "Assessment",
    "Finding",
    "Indicator",
    "LoadedPlan",
    "Observation",
    "Plan",
    "PlanSet",
    "Result",
    "Severity",
    "State",
    "Status",
    "Validation",
    "__version__",
    "assess",
    "load_plans",
    "read_plan",
    "validate_plans",
]

_LAZY = {
    "Assessment": "plantrack.assessment",
    "Result": "plantrack.assessment",
    "assess": "plantrack.assessment",
    "Observation": "plantrack.observations",
    "State": "plantrack.observations",
    "Status": "plantrack.status",
    "Finding": "plantrack.findings",
    "Severity": "plantrack.findings",
    "LoadedPlan": "plantrack.loader",
    "PlanSet": "plantrack.loader",
    "load_plans": "plantrack.loader",
    "read_plan": "plantrack.loader",
    "Validation": "plantrack.loader",
    "validate_plans": "plantrack.loader",
    "Indicator": "plantrack.model",
    "Plan": "plantrack.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'plantrack' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
