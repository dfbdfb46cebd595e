"""Numbers as people write them: read (:mod:`~plantrack.numbers.parse`: ``1.234,5``,
``12,96%``, ``6.794``; :mod:`~plantrack.numbers.figures`: a year-end table's figures, ``khoảng
24``, ``61-62``, ``tăng 11,07%``) and written (:mod:`~plantrack.numbers.format`: vi ``1.234,5``,
en ``1,234.5``).

Pure text in, numbers out and back: no plans, no files, no findings.
"""
