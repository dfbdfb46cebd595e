"""Names in plantrack/ that vulture reports as unused but that are used in ways it cannot see.

Read by scripts/deadcode.sh (``vulture plantrack scripts/deadcode_whitelist.py``); never
imported. Each group says who uses its names. tests/test_deadcode_whitelist.py checks that every
name here is still defined in plantrack/, so the list cannot keep a name the code has dropped.
"""

# ruff: noqa
# mypy: ignore-errors

# Python calls it: the lazy public API (``plantrack.run_check`` imports its module on first use).
__getattr__

# click registers the commands by their decorators.
validate
plans_command
calc_cagr
calc_required
calc_project
calc_average

# pydantic: validators run by their decorators, fields and model_config read by the model.
_._exactly_one_bound
_._year_or_period
_._band_given
_._one_bound_and_time
_._criterion_with_among
_._english_falls_back
_._from_text
_._ordered
_._resolve_scales
model_config
section
issuer
url
more_than
at_most
less_than


# openpyxl reads these attributes when it writes the data-entry template.
_.font
_.freeze_panes
_.data_type
_.quotePrefix
# ... and when it writes the Excel appendix (render/report_xlsx.py, xlsx_cells.py, xlsx_charts.py):
# cell styles, print settings, chart series and axes; zipfile reads compress_type.
_.alignment
_.border
_.fill
_.height
_.creator
_.orientation
_.paperSize
_.fitToWidth
_.fitToHeight
_.fitToPage
_.horizontalCentered
_.print_title_rows
_.delete
_.tx
_.smooth
_.marker
_.solidFill
_.dashStyle
_.compress_type

# python-docx reads these attributes (properties that set the XML) when it writes the Word
# appendix (plantrack/render/report_docx.py).
_.author
_.last_modified_by
_.comments
_.compress_type
_.space_before
_.space_after
_.line_spacing
_.orientation
_.page_width
_.page_height
_.top_margin
_.bottom_margin
_.left_margin
_.right_margin
_.alignment
_.autofit
_.vertical_alignment
_.different_first_page_header_footer

# Public results that callers of read_actuals read (tests/test_read_actuals.py,
# tests/test_fast_csv_matches_row_reader.py): the header's lines, a data set's totals.
header_lines
_.totals

# The reference the standard-library workbook reader is held equal to
# (tests/test_stdlib_xlsx_matches_openpyxl.py).
_open_xlsx_openpyxl


# The public API of a report: a notebook user calls it (README, tests/test_report_records.py).
_.to_frame

# SQL parameters: growth.Constants fields read by name (dataclasses.fields) as QUERY's parameters.
tol_x
tol_low
tol_high
about_band
ceiling
