"""plantrack: check development-plan targets against reported actuals.

The library is importable without the CLI. The whole check, as ``plantrack check`` runs it::

    from plantrack import CheckOptions, run_check
    report = run_check(["plans"], ["data"], CheckOptions(as_of=2024))
    print(report.summary(), report.exit_code(fail_on=None))
    rows = report.to_records(lang="en")   # one flat dict a result (report.to_frame(): pandas)

Or stage by stage: plans, figures, assessment::

    from plantrack import Observation, assess, load_plans, read_actuals
    result = load_plans(["plans"])
    for finding in result.findings:
        print(finding.location(), finding.code, finding.message)
    plan = result.plans[0].plan
    data = read_actuals(["data"], [plan])          # a DataSet: observations, findings, files
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
    from plantrack.actuals.read import DataSet, ReadOptions, read_actuals
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
    from plantrack.report.build import CheckOptions, CheckReport, Target, run_check

__all__ = [
    "Assessment",
    "CheckOptions",
    "CheckReport",
    "DataSet",
    "Finding",
    "Indicator",
    "LoadedPlan",
    "Observation",
    "Plan",
    "PlanSet",
    "ReadOptions",
    "Result",
    "Severity",
    "State",
    "Status",
    "Target",
    "Validation",
    "__version__",
    "assess",
    "load_plans",
    "read_actuals",
    "read_plan",
    "run_check",
    "validate_plans",
]

_LAZY = {
    "DataSet": "plantrack.actuals.read",
    "ReadOptions": "plantrack.actuals.read",
    "read_actuals": "plantrack.actuals.read",
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
    "CheckOptions": "plantrack.report.build",
    "CheckReport": "plantrack.report.build",
    "Target": "plantrack.report.build",
    "run_check": "plantrack.report.build",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'plantrack' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
