"""The words of the plans stage, continued: whole-plan rules, and numbers written as text (see
plantrack.texts; the keys are ``plan.*`` as in :mod:`plantrack.texts.plans`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- whole-plan rules (rules, kind_rules, reporter) ----------------------------------------
    "plan.unknown-area": (
        "area {area!r} is not declared in the plan's areas{hint}",
        "địa bàn {area!r} chưa được khai báo trong areas của kế hoạch{hint}",
    ),
    "plan.control-character": (
        "{where} holds control character(s) {controls:list}: shown written out in every output "
        "(a terminal would obey them); remove them from the plan",
        "{where} chứa ký tự điều khiển {controls:list}: mọi đầu ra đều ghi chúng ra dạng chữ "
        "(cửa sổ lệnh sẽ thực hiện chúng nếu để nguyên); hãy xóa chúng khỏi kế hoạch",
    ),
    "plan.duplicate-area": (
        "area id {area!r} is declared twice",
        "mã địa bàn {area!r} được khai báo hai lần",
    ),
    "plan.duplicate-section": (
        "section {section!r} is listed twice in sections",
        "mục {section!r} được liệt kê hai lần trong sections",
    ),
    "plan.unknown-section": (
        "section {section!r} is not in the plan's sections ({known:list}): add its heading "
        "there, or correct the section",
        "mục {section!r} không có trong sections của kế hoạch ({known:list}): hãy thêm tiêu đề "
        "của mục đó, hoặc sửa lại số mục",
    ),
    "plan.duplicate-indicator": (
        "indicator id {indicator!r} is used twice in this plan",
        "mã chỉ tiêu {indicator!r} được dùng hai lần trong kế hoạch này",
    ),
    "plan.missing-direction": (
        "indicator {indicator!r} needs direction: increase (higher is better) or decrease "
        "(lower is better)",
        "chỉ tiêu {indicator!r} cần khai báo direction: increase (càng cao càng tốt) hoặc "
        "decrease (càng thấp càng tốt)",
    ),
    "plan.unknown-parent": (
        "part_of names {parent!r}, which is not an indicator of this plan{hint}",
        "`part_of` ghi {parent!r}, không phải là chỉ tiêu của kế hoạch này{hint}",
    ),
    "plan.parent-cycle": (
        "part_of of {indicator!r} leads back to itself",
        "`part_of` của {indicator!r} vòng trở lại chính nó",
    ),
    "plan.unit-grammar": (
        "a unit is written as [scale] measure [/per], as the plan writes it: tỷ đồng, "
        "triệu đồng/người, nghìn tấn, tạ/ha, ha, giường bệnh/vạn dân, doanh nghiệp, %, điểm %, "
        "status; or in English: million VND per person, tonnes (docs/plan-format.md, Units)",
        "đơn vị tính được viết dạng [quy mô] đại lượng [/trên], như kế hoạch ghi: tỷ đồng, "
        "triệu đồng/người, nghìn tấn, tạ/ha, ha, giường bệnh/vạn dân, doanh nghiệp, %, điểm %, "
        "status; hoặc bằng tiếng Anh: 'million VND per person', 'tonnes' "
        "(docs/plan-format.md, mục Units)",
    ),
    "plan.unknown-unit": (
        "unit {unit!r} cannot be read: {reason}; {grammar}",
        "không đọc được đơn vị tính {unit!r}: {reason}; {grammar}",
    ),
    "plan.unknown-unit.no-reason": (
        "unit {unit!r} cannot be read; {grammar}",
        "không đọc được đơn vị tính {unit!r}; {grammar}",
    ),
    "plan.unit-percent": (
        "percent: {percent} says what a percentage measures, but the unit {unit!r} is not in % "
        '(remove the key, or write unit: "%")',
        "percent: {percent} cho biết tỷ lệ phần trăm đo cái gì, nhưng đơn vị tính {unit!r} "
        'không phải là % (hãy xóa khóa này, hoặc viết unit: "%")',
    ),
    "plan.unit-as-count": (
        "unit {unit!r} is read as a count of {noun!r}; if a unit was meant, check the spelling "
        "(is it {near!r}?)",
        "đơn vị tính {unit!r} được hiểu là số lượng {noun!r}; nếu muốn ghi một đơn vị đo, hãy "
        "kiểm tra chính tả (có phải là {near!r}?)",
    ),
    "plan.duplicate-target": (
        "target {target!r} is given twice for the same areas and years; give each an id or "
        "merge them",
        "mục tiêu {target!r} được ghi hai lần cho cùng địa bàn và năm; hãy đặt mã (id) riêng "
        "cho mỗi mục tiêu hoặc gộp chúng lại",
    ),
    "plan.vision-without-period": (
        "target is marked vision: true but the plan declares no vision period",
        "mục tiêu ghi vision: true nhưng kế hoạch không khai báo thời kỳ tầm nhìn (vision)",
    ),
    "plan.mark-vision": (
        " (mark it vision: true if it belongs to the plan's vision)",
        " (ghi vision: true nếu mục tiêu thuộc tầm nhìn của kế hoạch)",
    ),
    "plan.outside-vision": (
        "target {when} lies outside the {first}-{last}{hint}",
        "mục tiêu {when} nằm ngoài giai đoạn {first}-{last}{hint}",
    ),
    "plan.outside-period": (
        "target {when} lies outside the plan period {period}{hint}",
        "mục tiêu {when} nằm ngoài thời kỳ kế hoạch {period}{hint}",
    ),
    "plan.base-year.after-start": (
        "base year {base} must not be after the start of the {kind} period {period}",
        "năm gốc {base} không được sau năm đầu của thời kỳ {period} (mục tiêu {kind})",
    ),
    "plan.base-year.not-before": (
        "base year {base} must be before the target year {year}",
        "năm gốc {base} phải trước năm mục tiêu {year}",
    ),
    "plan.baseline-not-used": (
        "the indicator's baseline ({baseline}) is before this target's base year {base}, so it "
        "is not used; to measure from it, set base_year: {baseline} on the target",
        "số liệu năm gốc của chỉ tiêu ({baseline}) có trước năm gốc {base} của mục tiêu này nên "
        "không được dùng; muốn tính từ số liệu đó, hãy ghi `base_year: {baseline}` cho mục tiêu",
    ),
    "plan.unit-kind.qualitative-indicator": (
        "indicator {indicator!r} is qualitative (unit status) and cannot have a {kind} target",
        "chỉ tiêu {indicator!r} là chỉ tiêu định tính (unit: status) nên không thể có mục tiêu "
        "loại {kind}",
    ),
    "plan.unit-kind.qualitative-target": (
        "a qualitative target needs unit: status, not {unit!r}",
        "mục tiêu định tính cần unit: status, không phải {unit!r}",
    ),
    "plan.unit-kind.structure": (
        'a structure target is a share of a whole: it needs unit: "%" (a share), not {unit!r}',
        "mục tiêu cơ cấu (structure) là tỷ trọng trong một tổng thể: cần unit: "
        '"%" (tỷ trọng), không phải {unit!r}',
    ),
    "plan.unit-kind.share": (
        "a share target is set on the indicator that is the share, in %, not in {unit!r} "
        '(write unit: "%", and percent: ratio for a share that may pass 100)',
        "mục tiêu tỷ lệ (share) đặt trên chỉ tiêu chính là tỷ lệ đó, tính bằng %, không phải "
        'bằng {unit!r} (hãy viết unit: "%", và percent: ratio nếu tỷ lệ có thể vượt 100)',
    ),
    "plan.unit-kind.count": (
        "a count target needs a unit that is the thing counted (xã, thôn), not {unit!r}",
        "mục tiêu đếm (count) cần đơn vị tính là thứ được đếm (xã, thôn), không phải {unit!r}",
    ),
    "plan.range-reversed": (
        "range minimum {low} is above its maximum {high}; write [min, max]",
        "giá trị nhỏ nhất {low} của khoảng (range) lớn hơn giá trị lớn nhất {high}; hãy viết "
        "[nhỏ nhất, lớn nhất]",
    ),
    "plan.value-above-unit": (
        "{value} is above {limit:g}, the most a value in {unit} can be{hint}",
        "{value} lớn hơn {limit:num}, mức cao nhất mà một giá trị tính bằng {unit} có thể "
        "đạt{hint}",
    ),
    "plan.value-below-unit": (
        "{value} is below {limit:g}, the least a value in {unit} can be{hint}",
        "{value} nhỏ hơn {limit:num}, mức thấp nhất mà một giá trị tính bằng {unit} có thể "
        "có{hint}",
    ),
    "plan.range-hint.ratio": (
        " (a share of a whole; if this percentage may pass 100, declare percent: ratio)",
        " (tỷ trọng trong một tổng thể; nếu tỷ lệ phần trăm này có thể vượt 100, hãy khai báo "
        "percent: ratio)",
    ),
    "plan.range-hint.change-or-balance": (
        " (if this percentage is a change or a balance that may fall below 0, declare "
        "percent: change or percent: balance)",
        " (nếu tỷ lệ phần trăm này là mức thay đổi hoặc chênh lệch có thể nhỏ hơn 0, hãy khai "
        "báo percent: change hoặc percent: balance)",
    ),
    "plan.out-of-among": (
        "out_of {out_of} is not the number of areas in among ({among}); leave out_of out, it "
        "defaults to that number",
        "`out_of` {out_of} không bằng số địa bàn trong among ({among}); hãy bỏ `out_of`, mặc "
        "định nó bằng số đó",
    ),
    "plan.count-above-total": (
        "{value} is more than the {total} there are (out_of)",
        "{value} nhiều hơn tổng số {total} hiện có (`out_of`)",
    ),
    "plan.change-negative": (
        "a change target gives the improvement per year in the desired direction as a "
        "positive number (direction says which way is better)",
        "mục tiêu thay đổi (change) ghi mức cải thiện mỗi năm theo chiều mong muốn bằng một số "
        "dương (direction cho biết chiều nào là tốt hơn)",
    ),
    "plan.bound-direction": (
        "{key} on an indicator whose direction is {direction}; check the direction or the bound",
        "{key} đặt cho chỉ tiêu có direction là {direction}; hãy kiểm tra lại chiều (direction) "
        "hoặc giới hạn",
    ),
    "plan.milestone-direction": (
        "milestone {later} by {later_year} is worse than {earlier} by {earlier_year}, but "
        "{indicator!r} should get {better} ({direction})",
        "mốc {later} vào năm {later_year} kém hơn mốc {earlier} vào năm {earlier_year}, trong "
        "khi {indicator!r} phải ngày càng {better} ({direction})",
    ),
    "plan.subtarget-period": (
        "{indicator!r} is part of {parent!r}, but its period {when} is not inside the parent's "
        "({spans:list})",
        "{indicator!r} là một phần của {parent!r}, nhưng thời kỳ {when} của nó không nằm trong "
        "thời kỳ của chỉ tiêu cha ({spans:list})",
    ),
    "plan.structure-one-share": (
        "structure {structure!r} has only one share in {year} ({indicator!r}); its shares give "
        "the same structure id{hint}",
        "cơ cấu {structure!r} chỉ có một thành phần trong năm {year} ({indicator!r}); các thành "
        "phần của một cơ cấu phải ghi cùng một mã structure{hint}",
    ),
    "plan.structure-part": (
        "{indicator} {low:.10g}-{high:.10g}",
        "{indicator} {low:num}-{high:num}",
    ),
    "plan.structure-low-ends": (
        "the low ends sum to {total:g}",
        "tổng các cận dưới là {total:num}",
    ),
    "plan.structure-high-ends": (
        "the high ends sum to {total:g}",
        "tổng các cận trên là {total:num}",
    ),
    "plan.structure-cannot-sum": (
        "the shares of structure {structure!r} in {year} cannot sum to 100 %: {parts}; {what}",
        "các thành phần của cơ cấu {structure!r} năm {year} không thể cộng lại bằng 100 %: "
        "{parts}; {what}",
    ),
    "plan.duplicate-scale": (
        "scale id {scale!r} is declared twice",
        "mã thang xếp loại {scale!r} được khai báo hai lần",
    ),
    "plan.scale-ambiguous": (
        "{word!r} names two levels of scale {scale!r}: {first!r} and {second!r} (words are "
        "compared ignoring case, accents and spaces); give each level its own words",
        "{word!r} chỉ hai mức của thang xếp loại {scale!r}: {first!r} và {second!r} (các từ "
        "được so sánh không phân biệt chữ hoa, dấu và khoảng trắng); hãy đặt cho mỗi mức những "
        "từ riêng",
    ),
    "plan.unknown-scale": (
        "scale {scale!r} is not declared in the plan's scales{hint}",
        "thang xếp loại {scale!r} chưa được khai báo trong scales của kế hoạch{hint}",
    ),
    "plan.no-scales": (" (the plan declares none)", " (kế hoạch chưa khai báo thang nào)"),
    "plan.rating-needs-scale": (
        "a rating target needs a scale: name one on indicator {indicator!r} (scale: <id>) and "
        "declare it in the plan's scales",
        "mục tiêu xếp loại (rating) cần một thang xếp loại: hãy ghi thang cho chỉ tiêu "
        "{indicator!r} (scale: <mã>) và khai báo thang đó trong scales của kế hoạch",
    ),
    "plan.unit-kind.rated-decrease": (
        "indicator {indicator!r} is rated on a scale, whose levels run from the worst to the "
        "best; direction: decrease does not apply (remove it)",
        "chỉ tiêu {indicator!r} được xếp loại theo thang, các mức đi từ kém nhất đến tốt nhất; "
        "direction: decrease không áp dụng (hãy xóa)",
    ),
    "plan.unit-kind.rated-only": (
        "indicator {indicator!r} is rated on scale {scale!r} and takes rating targets only, not "
        "{kind}",
        "chỉ tiêu {indicator!r} được xếp loại theo thang {scale!r} nên chỉ nhận mục tiêu xếp "
        "loại (rating), không nhận {kind}",
    ),
    "plan.level-numbers": (
        " (a number names a level only on a numeric scale, or one marked numbered: true)",
        " (một con số chỉ là tên của một mức trên thang bằng số, hoặc thang có ghi numbered: true)",
    ),
    "plan.unknown-level": (
        "{bound!r} is not a level of scale {scale!r}, whose levels from the worst to the best "
        "are {levels}{hint}{numbers}",
        "{bound!r} không phải là một mức của thang {scale!r}; các mức từ kém nhất đến tốt nhất "
        "là {levels}{hint}{numbers}",
    ),
    "plan.unknown-indicator": (
        "{key} {name!r} is not an indicator of this plan{hint}",
        "{key} {name!r} không phải là chỉ tiêu của kế hoạch này{hint}",
    ),
    "plan.unit-kind.criterion": (
        "criterion {criterion!r} must be a qualitative indicator (unit: status) that each area "
        "reports as achieved or not, not one in {unit!r}",
        "tiêu chí (criterion) {criterion!r} phải là chỉ tiêu định tính (unit: status) mà mỗi "
        "địa bàn báo cáo đạt hay không đạt, không phải chỉ tiêu tính bằng {unit!r}",
    ),
    "plan.indicator-without-targets": (
        "indicator {indicator!r} has no targets, and no share target (numerator, denominator) "
        "or count target (criterion) uses it; give it a target or remove it",
        "chỉ tiêu {indicator!r} không có mục tiêu nào, và không mục tiêu tỷ lệ (numerator, "
        "denominator) hay mục tiêu đếm (criterion) nào dùng nó; hãy đặt mục tiêu cho nó hoặc "
        "xóa nó",
    ),
    "plan.share-units.milestone": (
        "a milestone (unit status) has no figures to divide",
        "chỉ tiêu định tính (unit: status) không có số liệu để chia",
    ),
    "plan.share-units": (
        "numerator {numerator!r} is in {numerator_unit!r} and denominator {denominator!r} in "
        "{denominator_unit!r}: a share needs two amounts of one measure ({reason})",
        "tử số {numerator!r} tính bằng {numerator_unit!r} còn mẫu số {denominator!r} tính bằng "
        "{denominator_unit!r}: một tỷ lệ cần hai lượng của cùng một đại lượng ({reason})",
    ),
    # --- numbers written as text (number_style, text_checks) -----------------------------------
    # The numbers in these are YAML values, as the plan writes them (the same in both languages).
    "plan.bad-number": ("{key}: {reason}", "{key}: {reason}"),
    "plan.decimal-comma": ("a decimal comma", "dấu thập phân là dấu phẩy"),
    "plan.decimal-point": ("a decimal point", "dấu thập phân là dấu chấm"),
    "plan.decimal-mismatch.key": (
        "but the plan says decimal: {key}",
        "nhưng kế hoạch ghi decimal: {key}",
    ),
    "plan.decimal-mismatch.vote": (
        "but the plan's other numbers have {style} ({votes} against {against})",
        "nhưng các số khác của kế hoạch có {style} ({votes} so với {against})",
    ),
    "plan.decimal-mismatch": (
        '{key}: "{written}" has {style}, {reason}; write "{restyled}", or write every number '
        "of the plan one way and say which with decimal: comma or decimal: point",
        '{key}: "{written}" có {style}, {reason}; hãy viết "{restyled}", hoặc viết mọi số của '
        "kế hoạch theo cùng một kiểu và ghi rõ bằng decimal: comma hoặc decimal: point",
    ),
    "plan.decimal-mismatch.tie": (
        '{key}: "{written}" has {style}, but as many of the plan\'s numbers have {other} '
        "({each} each); write every number of the plan one way and say which with "
        "decimal: comma or decimal: point",
        '{key}: "{written}" có {style}, nhưng cũng có ngần ấy số của kế hoạch có {other} '
        "(mỗi kiểu {each} số); hãy viết mọi số của kế hoạch theo cùng một kiểu và ghi rõ bằng "
        "decimal: comma hoặc decimal: point",
    ),
    "plan.ambiguous-decimal": (
        '{key}: "{written}" reads as {comma} (Vietnamese style, decimal comma) or {point} '
        "(English style, decimal point); say which for the whole plan with decimal: comma or "
        "decimal: point",
        '{key}: "{written}" có thể đọc là {comma} (kiểu Việt Nam, dấu thập phân là dấu phẩy) '
        "hoặc {point} (kiểu Anh, dấu thập phân là dấu chấm); hãy ghi rõ cho cả kế hoạch bằng "
        "decimal: comma hoặc decimal: point",
    ),
    "plan.read-by.yaml": (
        "YAML reads a point as the decimal mark",
        "YAML đọc dấu chấm là dấu thập phân",
    ),
    "plan.read-by.vote-point": (
        "the plan's other numbers have a decimal point",
        "các số khác của kế hoạch có dấu thập phân là dấu chấm",
    ),
    "plan.read-by.vote-comma": (
        "the plan's other numbers have a decimal comma",
        "các số khác của kế hoạch có dấu thập phân là dấu phẩy",
    ),
    "plan.read-by.key-point": ("the plan says decimal: point", "kế hoạch ghi decimal: point"),
    "plan.read-by.key-comma": ("the plan says decimal: comma", "kế hoạch ghi decimal: comma"),
    "plan.number-misread": (
        "{key}: {written} is read as {used} ({how}), but the target's text says {said}, which "
        "is {meant} the Vietnamese way; {fix}",
        "{key}: {written} được đọc là {used} ({how}), nhưng nội dung chỉ tiêu ghi {said}, theo "
        "cách viết Việt Nam là {meant}; {fix}",
    ),
    "plan.number-misread.fix": ("write {key}: {meant}", "hãy viết {key}: {meant}"),
    "plan.number-misread.fix-quoted": (
        'write {key}: {meant}, or {key}: "{written}" in quotes with decimal: {style} for the plan',
        'hãy viết {key}: {meant}, hoặc {key}: "{written}" trong dấu ngoặc kép và ghi '
        "decimal: {style} cho kế hoạch",
    ),
    "plan.number-ambiguous": (
        "{key}: {written} is read as {used}, but written the Vietnamese way it is {other}, and "
        "the target's text does not say which; write {key}: {used} or {key}: {other}",
        "{key}: {written} được đọc là {used}, nhưng theo cách viết Việt Nam thì là {other}, và "
        "nội dung chỉ tiêu không cho biết cách nào đúng; hãy viết {key}: {used} hoặc "
        "{key}: {other}",
    ),
    "plan.range-misread": (
        "range: [{written}] is read as [{used}] ({how}), but the target's text says {said}, "
        "which is {meant_span} the Vietnamese way; write range: [{meant}], or range: [{quoted}] "
        "in quotes with decimal: comma for the plan",
        "range: [{written}] được đọc là [{used}] ({how}), nhưng nội dung chỉ tiêu ghi {said}, "
        "theo cách viết Việt Nam là {meant_span}; hãy viết range: [{meant}], hoặc "
        "range: [{quoted}] trong dấu ngoặc kép và ghi decimal: comma cho kế hoạch",
    ),
    "plan.text-value-mismatch": (
        "{key}: {value} is not a number of the target's text, which says {says:list} "
        "({quoted}); check the value or the text",
        "{key}: {value} không phải là một số trong nội dung chỉ tiêu, vốn ghi {says:list} "
        "({quoted}); hãy kiểm tra lại giá trị hoặc nội dung",
    ),
    "plan.text-year-mismatch": (
        "year: {year}, but the target's text says {says:list} ({quoted}); check the year or "
        "the text",
        "`year: {year}`, nhưng nội dung chỉ tiêu ghi {says:list} ({quoted}); hãy kiểm tra lại "
        "năm hoặc nội dung",
    ),
    "plan.text-period-mismatch": (
        "period: {period}, but the target's text says {says:list} ({quoted}); check the period "
        "or the text",
        "period: {period}, nhưng nội dung chỉ tiêu ghi {says:list} ({quoted}); hãy kiểm tra lại "
        "giai đoạn hoặc nội dung",
    ),
    "plan.text-unit-mismatch.units": (
        "the target's text gives {written}, but the indicator's unit is {unit} ({reason}); "
        "check the unit",
        "nội dung chỉ tiêu ghi {written}, nhưng đơn vị tính của chỉ tiêu là {unit} ({reason}); "
        "hãy kiểm tra lại đơn vị tính",
    ),
    "plan.text-unit-mismatch.amount": (
        "the target's text gives {written}, which is {amount} in the indicator's unit ({unit}), "
        "not {number}; write {key}: {amount}, or change the unit",
        "nội dung chỉ tiêu ghi {written}, tức là {amount} theo đơn vị tính của chỉ tiêu "
        "({unit}), không phải {number}; hãy viết {key}: {amount}, hoặc đổi đơn vị tính",
    ),
}
