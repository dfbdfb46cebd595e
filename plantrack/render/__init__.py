"""Output: a report, findings or plans in, text out, in the language asked for.

- :mod:`~plantrack.render.formats`: the table from output format to writer;
- one module a format of ``check``: :mod:`~plantrack.render.report_table` (its tables drawn
  as text by :mod:`~plantrack.render.plain_grid` where no colour is written),
  :mod:`~plantrack.render.report_json`, :mod:`~plantrack.render.report_csv`,
  :mod:`~plantrack.render.report_markdown`, :mod:`~plantrack.render.report_github`,
  :mod:`~plantrack.render.explain` (``--explain``); the appendix an office files:
  :mod:`~plantrack.render.report_xlsx` (with :mod:`~plantrack.render.xlsx_cells`,
  :mod:`~plantrack.render.xlsx_charts`, :mod:`~plantrack.render.xlsx_changes`),
  :mod:`~plantrack.render.report_docx` (with :mod:`~plantrack.render.docx_style`),
  :mod:`~plantrack.render.report_html` (with :mod:`~plantrack.render.html_charts`), their rows
  and words in :mod:`~plantrack.render.appendix` and :mod:`~plantrack.render.appendix_words`;
- :mod:`~plantrack.render.findings` (``validate``), :mod:`~plantrack.render.plan_list`
  (``plans``);
- the words and figures they share: :mod:`~plantrack.render.result_text`,
  :mod:`~plantrack.render.describe`, :mod:`~plantrack.render.accepted`,
  :mod:`~plantrack.render.changes` (``--since``), :mod:`~plantrack.render.by_area`,
  :mod:`~plantrack.render.console`.

Nothing here computes a figure, reads a file or decides an exit code.
"""
