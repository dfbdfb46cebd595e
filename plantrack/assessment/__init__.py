"""The assessment: a plan and its observations in, one :class:`Result` per target and area out.

- :mod:`~plantrack.assessment.engine`: :func:`assess`, over every target and area of a plan;
- :mod:`~plantrack.assessment.series`: figures grouped into series, with the conflict policy;
- :mod:`~plantrack.assessment.goals`: what "met" means for a bound; statuses from the ratio;
- :mod:`~plantrack.assessment.context`: what the kinds share (the base, notes, conflicts);
- :mod:`~plantrack.assessment.ranges`: figures reported as ranges, judged at their ends;
- :mod:`~plantrack.assessment.kinds`: one module per target kind;
- :mod:`~plantrack.assessment.structure_sums`: the data check that a structure's shares sum to
  100 (a finding of the assessment, like a conflict);
- :mod:`~plantrack.assessment.results` and :mod:`~plantrack.assessment.notes`: what comes out;
- :mod:`~plantrack.assessment.maths`: the formulas, pure functions of numbers;
- :mod:`~plantrack.assessment.status`: the fixed status vocabulary.

It takes a plan and observations, whatever file they came from: it reads no file, and knows
nothing of options, output formats or the command line.
"""

from plantrack.assessment.engine import LazyAssessment, assess, assess_lazily
from plantrack.assessment.goals import Goal, goal_for, judge
from plantrack.assessment.notes import NOTES
from plantrack.assessment.results import Assessment, Note, Point, Result, Step, YearCheck
from plantrack.assessment.series import Series, SeriesIndex, build_series

__all__ = [
    "NOTES",
    "Assessment",
    "Goal",
    "LazyAssessment",
    "Note",
    "Point",
    "Result",
    "Series",
    "SeriesIndex",
    "Step",
    "YearCheck",
    "assess",
    "assess_lazily",
    "build_series",
    "goal_for",
    "judge",
]
