"""plantrack: check development-plan targets against reported actuals.

The library is importable without the CLI::

    from plantrack import load_plans
    result = load_plans(["plans"])
    for finding in result.findings:
        print(finding.location(), finding.code, finding.message)

Heavy modules (pydantic, rich) load on first use, so ``plantrack --help`` stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from plantrack.findings import Finding, Severity
    from plantrack.loader import LoadedPlan, PlanSet, load_plans, read_plan
    from plantrack.model import Indicator, Plan

__all__ = [
    "Finding",
    "Indicator",
    "LoadedPlan",
    "Plan",
    "PlanSet",
    "Severity",
    "__version__",
    "load_plans",
    "read_plan",
]

_LAZY = {
    "Finding": "plantrack.findings",
    "Severity": "plantrack.findings",
    "LoadedPlan": "plantrack.loader",
    "PlanSet": "plantrack.loader",
    "load_plans": "plantrack.loader",
    "read_plan": "plantrack.loader",
    "Indicator": "plantrack.model",
    "Plan": "plantrack.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'plantrack' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
