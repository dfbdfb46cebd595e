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
    from plantrack.assessment.status import Status
    from plantrack.findings import Finding, Severity
    from plantrack.observations import Observation, State
    from plantrack.plans.load import (
        LoadedPlan,
        PlanSet,
        Validation,
        load_plans,
        read_plan,
        validate_plans,
    )
    from plantrack.plans.model import Indicator, Plan

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
    "Status": "plantrack.assessment.status",
    "Finding": "plantrack.findings",
    "Severity": "plantrack.findings",
    "LoadedPlan": "plantrack.plans.load",
    "PlanSet": "plantrack.plans.load",
    "load_plans": "plantrack.plans.load",
    "read_plan": "plantrack.plans.load",
    "Validation": "plantrack.plans.load",
    "validate_plans": "plantrack.plans.load",
    "Indicator": "plantrack.plans.model",
    "Plan": "plantrack.plans.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'plantrack' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
