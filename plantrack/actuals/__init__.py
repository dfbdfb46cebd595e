"""Actuals: CSV and Excel files in, observations and an account of every row out.

- :mod:`~plantrack.actuals.read`: :func:`read_actuals`, the entry point, over files and folders;
- :mod:`~plantrack.actuals.discover`: which files a path names;
- :mod:`~plantrack.actuals.table`, :mod:`~plantrack.actuals.xlsx`,
  :mod:`~plantrack.actuals.workbook`, :mod:`~plantrack.actuals.limits`: text and workbooks as rows
  of cells, within Excel's limits;
- :mod:`~plantrack.actuals.layout`, :mod:`~plantrack.actuals.rows` and
  :mod:`~plantrack.actuals.catalog`: which row is a header, a row as figures,
  which column is what, which indicator and area a label names;
- :mod:`~plantrack.actuals.figures`, :mod:`~plantrack.actuals.reported`,
  :mod:`~plantrack.actuals.decimals`: a cell as a reported figure, in its unit;
- :mod:`~plantrack.actuals.routing`: which loaded plan a file's rows belong to;
- :mod:`~plantrack.actuals.ledger` and :mod:`~plantrack.actuals.conflicts`: every row accounted
  for; duplicates and disagreeing figures;
- :mod:`~plantrack.actuals.row_walk`: a file's rows into its ledger and entries, around the header;
- :mod:`~plantrack.actuals.duckdb_reader`: large long-form CSV files read by DuckDB, whole;
- :mod:`~plantrack.actuals.template`: the empty data-entry sheet that this stage reads back.

It reads plans (to know their indicators and areas) but knows nothing of statuses or output.
"""
