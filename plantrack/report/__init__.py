"""The report: plans -> actuals -> assessment -> filters -> one report with its exit code.

- :mod:`~plantrack.report.build`: :func:`run_check`, the whole of ``plantrack check`` as a call,
  and the :class:`~plantrack.report.build.CheckReport` it returns (results made lazily, some of
  them by SQL for the CSV writer: docs/decisions/0004);
- :mod:`~plantrack.report.filters`: which areas and indicators the user's labels name;
- :mod:`~plantrack.report.records`: the report as flat records (``to_records``, ``to_frame``);
- :mod:`~plantrack.report.baseline`: results accepted as they stand (``--baseline``);
- :mod:`~plantrack.report.since`: what changed since a previous report (``--since``);
- :mod:`~plantrack.report.input_file` and :mod:`~plantrack.report.json_words`: reading those
  two files, bounded, and the JSON decoder's words in both languages.

It uses every earlier stage; it knows nothing of output formats or of the command line.
"""
