"""The report: plans -> actuals -> assessment -> filters -> one report with its exit code.

- :mod:`~plantrack.report.build`: :func:`run_check`, the whole of ``plantrack check`` as a call;
- :mod:`~plantrack.report.baseline`: results accepted as they stand (``--baseline``).

It uses every earlier stage; it knows nothing of output formats or of the command line.
"""
