"""The words of the actuals stage, continued: which plan a row is for, figures and their
numbers, exchange rates, how a file was read (see plantrack.texts; the keys are ``data.*`` as in
:mod:`plantrack.texts.actuals`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Which plan a row is for (routing)
    "data.unmatched-indicator": (
        "{label!r} is not an indicator of the loaded plans (by id, name or alias){hint}",
        "{label!r} không phải là chỉ tiêu của các kế hoạch đã nạp (theo mã, tên hoặc tên "
        "khác){hint}",
    ),
    "data.unmatched-indicator.in-plan": (
        "plan {plan} has no indicator {label!r}{hint}",
        "kế hoạch {plan} không có chỉ tiêu {label!r}{hint}",
    ),
    "data.unmatched-indicator.owner": (
        "{label!r} is not an indicator of {plans}, the plan of this file{hint} (it is one of "
        "{others}: to use it there, name that plan in a plan column or an area of it in the "
        "area column)",
        "{label!r} không phải là chỉ tiêu của {plans}, kế hoạch của tệp này{hint} (đây là chỉ "
        "tiêu của {others}: muốn dùng cho kế hoạch đó, hãy ghi kế hoạch ấy ở cột kế hoạch hoặc "
        "một địa bàn của kế hoạch ấy ở cột địa bàn)",
    ),
    "data.unmatched-indicator.owners": (
        "{label!r} is not an indicator of {plans}, the plans of this file{hint} (it is one of "
        "{others}: to use it there, name that plan in a plan column or an area of it in the "
        "area column)",
        "{label!r} không phải là chỉ tiêu của {plans}, các kế hoạch của tệp này{hint} (đây là "
        "chỉ tiêu của {others}: muốn dùng cho kế hoạch đó, hãy ghi kế hoạch ấy ở cột kế hoạch "
        "hoặc một địa bàn của kế hoạch ấy ở cột địa bàn)",
    ),
    "data.unmatched-plan": (
        "no loaded plan has the id {plan!r}",
        "không kế hoạch nào đã nạp có mã {plan!r}",
    ),
    "data.unmatched-area.any": (
        "area {area!r} is not an area of any loaded plan",
        "địa bàn {area!r} không phải là địa bàn của kế hoạch nào đã nạp",
    ),
    "data.unmatched-area.this-indicator": (
        "area {area!r} is not an area of the plan with this indicator",
        "địa bàn {area!r} không phải là địa bàn của kế hoạch có chỉ tiêu này",
    ),
    "data.unmatched-area.owners": (
        "area {area!r} is not an area of {plans}, the plan of this file",
        "địa bàn {area!r} không phải là địa bàn của {plans}, kế hoạch của tệp này",
    ),
    "data.file-not-for-plan.row": (
        "no loaded plan matches this file",
        "không kế hoạch nào đã nạp khớp với tệp này",
    ),
    "data.file-not-for-plan": (
        "no loaded plan matches this file: {rows} set aside (the name does not start with "
        "{ids}, no row names a plan or one of its areas{shared}); to use them: "
        "{@check-with-plan}",
        "không kế hoạch nào đã nạp khớp với tệp này: {rows} được để riêng (tên tệp không bắt "
        "đầu bằng {ids}, không dòng nào ghi một kế hoạch hay một địa bàn của kế hoạch{shared}); "
        "muốn dùng: {@check-with-plan}",
    ),
    "data.file-not-for-plan.rows.one": ("{count} row with figures", "{count} dòng có số liệu"),
    "data.file-not-for-plan.rows.many": (
        "{count} rows with figures",
        "{count:num} dòng có số liệu",
    ),
    "data.file-not-for-plan.shared": (
        ", and indicators the plans share do not tell",
        ", và các chỉ tiêu chung của các kế hoạch không cho biết là kế hoạch nào",
    ),
    "data.ambiguous-plan.one": (
        "{count} row names no plan and no area of one (a blank area, or {whole}, says only the "
        "level), and {whose}: {plans} could take it ({lines}); to say which, add a plan or area "
        "column, start the file's name with the plan's id, or check the file with that plan "
        "alone ({@check-with-plan-file})",
        "{count} dòng không ghi kế hoạch hay địa bàn nào của kế hoạch (địa bàn để trống, hoặc "
        "{whole}, chỉ cho biết cấp), và {whose}: {plans} đều có thể nhận dòng này ({lines}); để "
        "chỉ rõ, hãy thêm cột kế hoạch hoặc cột địa bàn, đặt tên tệp bắt đầu bằng mã của kế "
        "hoạch, hoặc kiểm tra tệp chỉ với kế hoạch đó "
        "({@check-with-plan-file})",
    ),
    "data.ambiguous-plan.many": (
        "{count} rows name no plan and no area of one (a blank area, or {whole}, says only the "
        "level), and {whose}: {plans} could take them ({lines}); to say which, add a plan or "
        "area column, start the file's name with the plan's id, or check the file with that "
        "plan alone ({@check-with-plan-file})",
        "{count:num} dòng không ghi kế hoạch hay địa bàn nào của kế hoạch (địa bàn để trống, "
        "hoặc {whole}, chỉ cho biết cấp), và {whose}: {plans} đều có thể nhận các dòng này "
        "({lines}); để chỉ rõ, hãy thêm cột kế hoạch hoặc cột địa bàn, đặt tên tệp bắt đầu bằng "
        "mã của kế hoạch, hoặc kiểm tra tệp chỉ với kế hoạch đó "
        "({@check-with-plan-file})",
    ),
    "data.check-with-plan.library": (
        "run_check with that plan file alone",
        "run_check chỉ với tệp kế hoạch đó",
    ),
    "data.ambiguous-plan.owners": ("this file is for {plans}", "tệp này là của {plans}"),
    "data.ambiguous-plan.no-owner": (
        "this file does not say which plan it is for",
        "tệp này không cho biết là của kế hoạch nào",
    ),
    "data.ambiguous-plan.row": (
        "{label!r} ({area}) could be for {plans}",
        "{label!r} ({area}) có thể thuộc {plans}",
    ),
    # Figures (figures, reported, decimals, conflicts)
    "data.duplicate-row": (
        "the same figure as {place}; the first is used",
        "trùng số liệu với {place}; dùng số liệu đầu tiên",
    ),
    "data.decimal-mismatch": (
        "{cell!r} is written with a decimal {other} while the file's other numbers use a "
        "decimal {winner} ({won} cells against {lost}); correct it, or give {@decimal}",
        "{cell!r} viết với dấu thập phân là dấu {other} trong khi các số khác của tệp dùng dấu "
        "{winner} ({won:num} ô so với {lost:num}); hãy sửa lại, hoặc cho {@decimal}",
    ),
    "data.decimal-mismatch.equal": (
        "{cell!r}: the file's numbers use both decimal marks equally often ({count} cells "
        "each); give {@decimal} comma or {@decimal} point",
        "{cell!r}: các số của tệp dùng hai loại dấu thập phân nhiều như nhau (mỗi loại "
        "{count:num} ô); hãy cho {@decimal} comma hoặc {@decimal} point",
    ),
    "data.ambiguous-decimal": (
        "{cell!r} could be read with a decimal comma or a decimal point, and no other number in "
        "the file says which; give {@decimal} comma or {@decimal} point",
        "{cell!r} có thể đọc với dấu thập phân là dấu phẩy hoặc dấu chấm, và không số nào khác "
        "trong tệp cho biết là dấu nào; hãy cho {@decimal} comma hoặc {@decimal} point",
    ),
    "data.ambiguous-decimal.row": (
        "{cell!r} reads two ways and the file does not say which",
        "{cell!r} đọc được hai cách và tệp không cho biết là cách nào",
    ),
    "data.ambiguous-decimal.file.one": (
        "{count} number in this file read two ways (6.794 is 6794 Vietnamese style, 6.794 "
        "English style) and no other number says which: {listed}{more}; give {@decimal} comma "
        "(Vietnamese) or {@decimal} point (English)",
        "{count} số trong tệp này đọc được hai cách (6.794 là 6794 nếu viết theo kiểu Việt Nam, "
        "là 6 phẩy 794 nếu viết theo kiểu Anh) và không số nào khác cho biết là cách nào: "
        "{listed}{more}; hãy cho {@decimal} comma (kiểu Việt Nam) hoặc {@decimal} point (kiểu Anh)",
    ),
    "data.ambiguous-decimal.file.many": (
        "{count} numbers in this file read two ways (6.794 is 6794 Vietnamese style, 6.794 "
        "English style) and no other number says which: {listed}{more}; give {@decimal} comma "
        "(Vietnamese) or {@decimal} point (English)",
        "{count:num} số trong tệp này đọc được hai cách (6.794 là 6794 nếu viết theo kiểu Việt "
        "Nam, là 6 phẩy 794 nếu viết theo kiểu Anh) và không số nào khác cho biết là cách nào: "
        "{listed}{more}; hãy cho {@decimal} comma (kiểu Việt Nam) hoặc {@decimal} point (kiểu Anh)",
    ),
    "data.ambiguous-decimal.place": ("{cell} ({place})", "{cell} ({place})"),
    "data.formula": (
        "{cell!r} is a spreadsheet formula, not a value; paste the values (Paste Special > "
        "Values) before exporting",
        "{cell!r} là công thức của bảng tính, không phải giá trị; hãy dán giá trị (Dán đặc biệt "
        "> Giá trị, tức Paste Special > Values) trước khi xuất tệp",
    ),
    "data.bad-state": (
        "{cell!r} is not a state; write Đạt (achieved), Chưa đạt / Không đạt (not achieved) or "
        "Đang thực hiện (in progress)",
        "{cell!r} không phải là một trạng thái; hãy ghi Đạt, Chưa đạt / Không đạt hoặc Đang "
        "thực hiện",
    ),
    "data.bad-level": (
        "{cell!r} is not a level of scale {scale!r}; write one of its levels, from the worst to "
        "the best: {levels} (or an alias the plan gives){numbers}",
        "{cell!r} không phải là một mức của thang {scale!r}; hãy ghi một trong các mức, từ thấp "
        "nhất đến cao nhất: {levels} (hoặc một tên khác mà kế hoạch cho){numbers}",
    ),
    "data.bad-level.numbers": (
        "; a number names a level only on a numeric scale or one marked numbered",
        "; chỉ thang số, hoặc thang được đánh dấu numbered, mới dùng số để chỉ mức",
    ),
    "data.unrecognised-unit": (
        "unit {unit!r} cannot be read ({reason}); use the indicator's unit ({own}) or leave the "
        "unit blank",
        "không đọc được đơn vị tính {unit!r} ({reason}); hãy dùng đơn vị tính của chỉ tiêu "
        "({own}) hoặc để trống đơn vị tính",
    ),
    "data.unrecognised-unit.no-currency": (
        "unit {unit!r} gives a scale but no currency, and the indicator is in {own}: write "
        "{label} {currency} or {label} đồng",
        "đơn vị tính {unit!r} có bậc đơn vị nhưng không có loại tiền, mà chỉ tiêu tính bằng "
        "{own}: hãy ghi {label} {currency} hoặc {label} đồng",
    ),
    "data.unit-mismatch": (
        "unit {unit!r} ({reported}) does not fit the indicator, which is measured in {own} "
        "({described}); the two cannot be converted",
        "đơn vị tính {unit!r} ({reported}) không hợp với chỉ tiêu, vốn tính bằng {own} "
        "({described}); hai đơn vị này không quy đổi được cho nhau",
    ),
    "data.unit-mismatch.points": (
        "{cell!r} is in percentage points but the unit given is {unit!r}; leave the unit blank "
        "or write điểm %",
        "{cell!r} tính bằng điểm phần trăm nhưng đơn vị tính ghi là {unit!r}; hãy để trống đơn "
        "vị tính hoặc ghi điểm %",
    ),
    "data.unit-mismatch.per-mille": (
        "{cell!r} is a change in ‰, but the indicator is measured in {own}",
        "{cell!r} là mức thay đổi tính bằng ‰, nhưng chỉ tiêu tính bằng {own}",
    ),
    "data.ambiguous-change": (
        "{cell!r} on a percentage indicator reads two ways: a change of {size} percentage "
        "points, or a growth of {size} % of the value; write '{word} {size} điểm %' for points, "
        "or give the unit %/năm for a growth rate",
        "{cell!r} ở chỉ tiêu tỷ lệ đọc được hai cách: thay đổi {size} điểm phần trăm, hoặc tăng "
        "trưởng {size}% so với giá trị; hãy ghi '{word} {size} điểm %' nếu là điểm phần trăm, "
        "hoặc ghi đơn vị tính %/năm nếu là tốc độ tăng",
    ),
    "data.no-exchange-rate": (
        "the figure is in {source} but the target is in {target}; declare the {currency} rate "
        "for {year} in the plan (exchange_rates) or on the command line ({@exchange-rate} "
        "{currency}=...)",
        "số liệu tính bằng {source} nhưng chỉ tiêu kế hoạch tính bằng {target}; hãy khai báo "
        "tỷ giá {currency} năm {year} trong kế hoạch (exchange_rates) hoặc trên dòng lệnh "
        "({@exchange-rate} {currency}=...)",
    ),
    "data.out-of-range.above": (
        "{cell} is above {limit:g} {symbol}, the most a {name} value can be",
        "{cell} lớn hơn {limit:num} {symbol}, mức cao nhất của một giá trị {name}",
    ),
    "data.out-of-range.below": (
        "{cell} is below {limit:g}, the least a {name} value can be",
        "{cell} nhỏ hơn {limit:num}, mức thấp nhất của một giá trị {name}",
    ),
    "data.out-of-range.growth": (
        "a growth rate of {rate} means the value fell to zero or below",
        "tốc độ tăng {rate} nghĩa là giá trị giảm xuống bằng 0 hoặc thấp hơn",
    ),
    "data.out-of-range.points": (
        "{cell}: a percentage cannot change by more than 100 percentage points",
        "{cell}: một tỷ lệ phần trăm không thể thay đổi quá 100 điểm phần trăm",
    ),
    # Exchange rates as the command line gives them
    "data.exchange-rate.form": (
        "{rate!r} is not an exchange rate; write CURRENCY=RATE in đồng, e.g. USD=24000, or "
        "YEAR:CURRENCY=RATE for one year, e.g. 2022:USD=23600",
        "{rate!r} không phải là tỷ giá; hãy ghi MÃ_TIỀN=TỶ_GIÁ tính bằng đồng, ví dụ USD=24000, "
        "hoặc NĂM:MÃ_TIỀN=TỶ_GIÁ cho một năm, ví dụ 2022:USD=23600",
    ),
    "data.exchange-rate.positive": (
        "{rate!r}: the rate must be a positive number of đồng",
        "{rate!r}: tỷ giá phải là một số đồng lớn hơn 0",
    ),
    "data.exchange-rate.year": (
        "{rate!r}: {year} is not a year between 1900 and 2200",
        "{rate!r}: {year} không phải là một năm trong khoảng 1900-2200",
    ),
    "data.exchange-rate.currency": (
        "{rate!r}: {currency} is not one of {known}",
        "{rate!r}: {currency} không phải là một trong các mã {known}",
    ),
    # How a file was read (FileReport.summary)
    "data.summary.utf-8-bom": ("UTF-8 with BOM", "UTF-8 có BOM"),
    "data.summary.guessed": ("{encoding} (guessed)", "{encoding} (đoán)"),
    "data.summary.sheet": ("sheet {sheet}", "trang {sheet}"),
    "data.summary.comma-separated": ("comma-separated", "phân cách bằng dấu phẩy"),
    "data.summary.semicolon-separated": ("semicolon-separated", "phân cách bằng dấu chấm phẩy"),
    "data.summary.tab-separated": ("tab-separated", "phân cách bằng tab"),
    "data.summary.decimal-comma": ("decimal comma", "thập phân dấu phẩy"),
    "data.summary.decimal-point": ("decimal point", "thập phân dấu chấm"),
    "data.summary.long": ("long layout", "dạng dọc"),
    "data.summary.wide": ("wide layout", "dạng bảng ngang"),
    "data.summary.rows": (
        "{rows} rows: {used} used, {ignored} ignored, {errors} errors",
        "{rows:num} dòng: {used:num} dùng, {ignored:num} bỏ qua, {errors:num} lỗi",
    ),
    "data.summary.rows.one-error": (
        "{rows} rows: {used} used, {ignored} ignored, {errors} error",
        "{rows:num} dòng: {used:num} dùng, {ignored:num} bỏ qua, {errors:num} lỗi",
    ),
    "data.bad-year": (
        "year {year!r} is not a year between {first} and {last}",
        "năm {year!r} không phải là một năm trong khoảng {first}-{last}",
    ),
    # two figures of one year (plantrack.observations: the readers and the engine say it alike)
    "data.conflict.finals": (
        "two different final figures for {indicator} ({area}) in {year}: {first} at "
        "{first_place} and {second} at {second_place}; neither is used",
        "hai số thực hiện khác nhau của {indicator} ({area}) năm {year}: {first} tại "
        "{first_place} và {second} tại {second_place}; không dùng số nào",
    ),
    "data.conflict.estimates": (
        "two different estimates for {indicator} ({area}) in {year}: {first} at {first_place} "
        "and {second} at {second_place}; neither is used",
        "hai số ước thực hiện khác nhau của {indicator} ({area}) năm {year}: {first} tại "
        "{first_place} và {second} tại {second_place}; không dùng số nào",
    ),
    "data.figure.value": ("{value:.12g}", "{value:num.8}"),
    "data.figure.range": ("{low:.12g}-{high:.12g}", "{low:num.8}-{high:num.8}"),
    "data.figure.more-than": ("more than {value}", "trên {value}"),
    "data.figure.less-than": ("less than {value}", "dưới {value}"),
    "data.figure.reported": ("{value} (reported {reported})", "{value} (báo cáo {reported})"),
    "data.figure.in-code": ("a figure given in code", "số liệu truyền vào trong mã"),
}
