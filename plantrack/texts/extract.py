"""The words of `plantrack extract`: the draft's comments and summary (see plantrack.texts)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "extract.header": (
        "Draft plan made by {tool} from {source}: a draft to review, not a plan yet.",
        "Bản nháp kế hoạch do {tool} lập từ {source}: cần rà soát, chưa phải kế hoạch.",
    ),
    "extract.header-review": (
        "Check every target against its text; a '# REVIEW:' line says what to check. Then run "
        "plantrack validate, plantrack template and plantrack check.",
        "Đối chiếu từng mục tiêu với câu gốc (text); dòng '# RÀ SOÁT:' nói điều cần kiểm tra. "
        "Sau đó chạy plantrack validate, plantrack template và plantrack check.",
    ),
    "extract.header-beside": (
        "The text reports the results of {year} with the plan's figure beside each (\"đạt 76,89% "
        "(KH 74%)\"): only the plan's figures are drafted, as the targets of {year}; the results "
        "are listed as not understood.",
        'Văn bản báo cáo kết quả năm {year}, ghi số kế hoạch bên cạnh từng kết quả ("đạt 76,89% '
        '(KH 74%)"): chỉ các số kế hoạch được lập thành mục tiêu của năm {year}; các số kết quả '
        "được liệt kê trong phần chưa hiểu được.",
    ),
    "extract.header-outside": (
        "{count:num} passages with figures lie outside the targets' sections and were not read.",
        "{count:num} đoạn có số liệu nằm ngoài phần chỉ tiêu, không được đọc.",
    ),
    "extract.broken-font": (
        "The text's Vietnamese letters look broken ({words}): it was typed in an old encoding "
        "(such as TCVN3/ABC or VNI) and read, when it was taken out of its file, as if it were "
        "Unicode, so names and words are not read as the original writes them. Convert the file "
        "to Unicode (e.g. with Unikey Toolkit) and run plantrack extract again.",
        "Chữ tiếng Việt trong văn bản có vẻ bị lỗi phông ({words}): văn bản gốc được soạn bằng "
        "bảng mã cũ (chẳng hạn TCVN3/ABC hoặc VNI) nhưng khi trích xuất lại bị đọc như Unicode, "
        "nên tên gọi và từ ngữ không được đọc đúng như văn bản gốc. Hãy chuyển mã tệp sang "
        "Unicode (ví dụ bằng Unikey Toolkit) rồi chạy lại lệnh plantrack extract.",
    ),
    "extract.summary": (
        "{drafted:num} targets drafted, {review:num} to review, {unread:num} not understood",
        "{drafted:num} mục tiêu đã lập, {review:num} cần rà soát, {unread:num} chưa hiểu được",
    ),
    "extract.unread-heading": (
        "Not understood ({count:num}): figures in the targets' text that gave no target; enter "
        "them by hand or leave them out",
        "Chưa hiểu được ({count:num}): số liệu trong phần chỉ tiêu chưa thành mục tiêu; nhập "
        "tay hoặc bỏ qua",
    ),
    "extract.nothing": (
        "{path}: no target found in the text (no figure or state to reach in its targets' "
        "sections); nothing written",
        "{path}: không tìm thấy mục tiêu nào trong văn bản (không có số liệu hay trạng thái "
        "cần đạt trong phần chỉ tiêu); không ghi gì",
    ),
    "extract.review": ("REVIEW", "RÀ SOÁT"),
    "extract.refused": ("{reason}", "{reason}"),
    "extract.result": (
        'a result or a comparison with a base year ("vượt 9,5% kế hoạch", "tăng 0,7 lần so '
        'với năm 2015"), not a target',
        'kết quả hoặc so sánh với năm gốc ("vượt 9,5% kế hoạch", "tăng 0,7 lần so với năm '
        '2015"), không phải mục tiêu',
    ),
    "extract.past": (
        "a figure of {year}, before the plan's time: a result, not a target",
        "số liệu của năm {year}, trước thời kỳ của kế hoạch: kết quả, không phải mục tiêu",
    ),
    "extract.before-period": (
        "a target of {year}, before the period {start}-{end} the plan states: not one of its "
        "targets (the base year's, or a year read wrongly); add it by hand if it is",
        "mục tiêu của năm {year}, trước thời kỳ {start}-{end} mà kế hoạch nêu: không thuộc các "
        "mục tiêu của kế hoạch (của năm gốc, hoặc năm đọc sai); nếu đúng là mục tiêu thì thêm tay",
    ),
    "extract.quarter": (
        "a quarter's figure (\"GRDP quý I dự kiến tăng 9,05%\"): a plan file's targets are of "
        "years; write it by hand if the office follows quarters",
        'số liệu của một quý ("GRDP quý I dự kiến tăng 9,05%"): mục tiêu trong tệp kế hoạch '
        "tính theo năm; ghi tay nếu cơ quan theo dõi theo quý",
    ),
    "extract.equivalent": (
        'the figure before it in another unit ("…; tương đương khoảng 0,912 triệu TOE"), not a '
        "target of its own",
        'số liệu trước nó quy ra đơn vị khác ("…; tương đương khoảng 0,912 triệu TOE"), không '
        "phải mục tiêu riêng",
    ),
    "extract.no-name": (
        "a figure with no words to name what it measures (a table's cell whose row was not read?)",
        "số liệu không kèm chữ nào cho biết đo gì (ô của một bảng không đọc được dòng?)",
    ),
    "extract.fraction": (
        'a fall or rise by a fraction of a number the text does not give ("giảm 2/3 số hộ '
        'nghèo"): write the target with that number by hand',
        'giảm hoặc tăng theo một phần của số liệu mà văn bản không nêu ("giảm 2/3 số hộ '
        'nghèo"): ghi tay mục tiêu với số liệu đó',
    ),
    "extract.misprint": (
        'a number with no digit after its decimal mark ("2,%"), a misprint: write the figure '
        "by hand from the original document",
        'số có dấu thập phân mà không có chữ số nào sau nó ("2,%"), lỗi in: ghi tay số liệu '
        "theo văn bản gốc",
    ),
    "extract.report": (
        'a report of what was done or what is ("Kỳ họp đã thông qua 5 nghị quyết", "hiện có 37 '
        'tổ chức cơ sở đảng"), not a target',
        'tường thuật việc đã làm hoặc hiện trạng ("Kỳ họp đã thông qua 5 nghị quyết", "hiện có '
        '37 tổ chức cơ sở đảng"), không phải mục tiêu',
    ),
    "extract.review.ambiguous-number": (
        "a comma or point with three digits after it reads two ways (3,098: three and a bit, or "
        "three thousand); it is read by the text's decimal mark: check it",
        "dấu phẩy hoặc chấm có ba chữ số theo sau đọc được hai cách (3,098: ba phẩy không chín "
        "tám, hay ba nghìn); đã đọc theo dấu thập phân của văn bản: kiểm tra lại",
    ),
    "extract.review.per-mille": (
        '"0/00" typed against the number reads two ways ("20/00": 2 ‰, the sign typed as 0/00, '
        "or 20 ‰); it is read as the sign: check it",
        '"0/00" viết liền số đọc được hai cách ("20/00": 2 ‰, dấu phần nghìn gõ thành 0/00, '
        "hay 20 ‰); đã đọc là dấu phần nghìn: kiểm tra lại",
    ),
    "extract.review.period-total": (
        "the text gives no year nor period for this flow: the figure may be the last year's "
        "(level) or the total over the period (cumulative); check which",
        "văn bản không ghi năm hay giai đoạn cho chỉ tiêu này: con số có thể là của năm cuối "
        "(level) hay tổng cả giai đoạn (cumulative); kiểm tra lại",
    ),
    "extract.item-without-target": (
        "a numbered item with no figure and no state to reach that extract knows",
        "mục có số thứ tự nhưng không có số liệu hay trạng thái cần đạt mà extract nhận ra",
    ),
    "extract.rank": (
        "a rank among places (“nhóm 10 tỉnh, thành phố”), which no target kind holds: enter it by "
        "hand if the plan sets it",
        "thứ hạng giữa các địa phương (“nhóm 10 tỉnh, thành phố”), chưa có loại mục tiêu nào ghi "
        "được: nhập tay nếu kế hoạch đặt ra",
    ),
    "extract.repeated": (
        "the same target as “{kept}”, drafted once",
        "trùng với mục tiêu “{kept}”, chỉ lập một lần",
    ),
    "extract.repeated-report": (
        "a headline or caption that restates what the text reports, not a target: “{kept}”",
        "tiêu đề hoặc chú thích ảnh nhắc lại điều văn bản báo cáo, không phải mục tiêu: “{kept}”",
    ),
    "extract.review.more-figures": (
        "the sentence has more figures than this target; check that none is a target of its own",
        "câu có thêm số liệu ngoài mục tiêu này; kiểm tra xem có số nào là mục tiêu riêng không",
    ),
    "extract.review.unit": (
        "no unit is written with the figure; replace '?' with the unit",
        "số liệu không ghi đơn vị; thay '?' bằng đơn vị",
    ),
    "extract.review.series-unit": (
        "the text gives only the rate; the unit of the series is a guess",
        "văn bản chỉ ghi tốc độ; đơn vị của chỉ tiêu là phỏng đoán",
    ),
    "extract.review.name": (
        "the sentence does not name the indicator clearly; check the name",
        "câu không nêu rõ tên chỉ tiêu; kiểm tra lại tên",
    ),
    "extract.review.share": (
        "a share of something ('chiếm'): maybe a structure or share target",
        "tỷ trọng ('chiếm'): có thể là mục tiêu cơ cấu hoặc tỷ trọng",
    ),
    "extract.review.share-whole": (
        "the text does not name the whole this is a share of; name it in the indicator "
        "'Tổng (ghi rõ)'",
        "văn bản không nêu tổng mà tỷ trọng này được tính trên đó; ghi rõ ở chỉ tiêu "
        "'Tổng (ghi rõ)'",
    ),
    "extract.review.share-unit": (
        "the unit of the two indicators this share divides is not written; replace '?' in both",
        "đơn vị của hai chỉ tiêu dùng để tính tỷ trọng này chưa được ghi; thay '?' ở cả hai",
    ),
    "extract.review.negative-growth": (
        "a decrease written as growth: check the sign and the direction",
        "mức giảm được ghi như tốc độ tăng: kiểm tra dấu và chiều",
    ),
    "extract.review.cut-off": (
        "the text stops here without ending its sentence (a stored excerpt cut short?): check "
        "that the target is whole in the full document",
        "văn bản dừng ở đây khi câu chưa hết (bản trích bị cắt?): đối chiếu văn bản đầy đủ xem "
        "mục tiêu có bị cắt không",
    ),
    "extract.review.merged-cells": (
        "the table's names and figures were merged down over several rows: each figure was given "
        "to a name in order; check which figure is whose",
        "tên và số liệu của bảng được gộp ô qua nhiều dòng: mỗi số liệu được gán cho một tên theo "
        "thứ tự; kiểm tra số liệu nào là của chỉ tiêu nào",
    ),
    "extract.review.no-year": (
        "the text names no year at all: the plan's period and its targets' times are "
        "placeholders; take them from the document's title or date",
        "văn bản không ghi năm nào: thời kỳ của kế hoạch và thời gian của các mục tiêu chỉ là "
        "tạm đặt; lấy theo tiêu đề hoặc ngày của văn bản",
    ),
    "extract.review.period": (
        "no sentence states the plan's period; it is taken from its targets",
        "không câu nào nêu thời kỳ của kế hoạch; lấy theo các mục tiêu",
    ),
    "extract.review.issuer": (
        "the issuing body is not read from the text; write it",
        "cơ quan ban hành chưa được đọc từ văn bản; ghi lại cho đúng",
    ),
}
