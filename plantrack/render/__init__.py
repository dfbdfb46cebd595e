"""Output: a report, findings or plans in, text out, in the language asked for.

- :mod:`~plantrack.render.formats`: the table from output format to writer;
- one module a format of ``check``: :mod:`~plantrack.render.report_table` (its tables drawn
  as text by :mod:`~plantrack.render.plain_grid` where no colour is written),
  :mod:`~plantrack.render.report_json`, :mod:`~plantrack.render.report_csv`,
  :mod:`~plantrack.render.report_markdown`, :mod:`~plantrack.render.report_github`,
  :mod:`~plantrack.render.explain` (``--explain``);
- :mod:`~plantrack.render.findings` (``validate``), :mod:`~plantrack.render.plan_list`
  (``plans``);
- the words and figures they share: :mod:`~plantrack.render.result_text`,
  :mod:`~plantrack.render.describe`, :mod:`~plantrack.render.accepted`,
  :mod:`~plantrack.render.console`.

Nothing here computes a figure, reads a file or decides an exit code.
"""
