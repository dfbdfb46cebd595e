"""The codes of plan files: reading, YAML, structure, meaning, numbers as the plan writes them."""

from __future__ import annotations

from plantrack.findings.registry import Code, Kind, Section

SECTIONS: tuple[Section, ...] = (
    Section(
        "Reading the file",
        level=2,
        codes=(
            Code(
                "path-not-found",
                Kind.USAGE,
                "a path given on the command line does not exist",
                vi="không tìm thấy tệp hay thư mục",
            ),
            Code(
                "no-plans",
                Kind.USAGE,
                "a folder holds no plan files (*.yaml, *.yml)",
                vi="thư mục không có tệp kế hoạch",
            ),
            Code(
                "file-unreadable",
                Kind.USAGE,
                "the file cannot be read (permissions, a folder, an I/O error)",
                vi="không đọc được tệp",
            ),
            Code(
                "search-too-wide",
                Kind.USAGE,
                (
                    "a folder to search is the root of the file system, or holds more than 100,000 "
                    "files and folders"
                ),
                vi="thư mục quá rộng để tìm kế hoạch",
            ),
            Code(
                "file-too-large",
                Kind.ERROR,
                "the file is larger than a plan can reasonably be (limit: 5 MB)",
                vi="tệp quá lớn",
            ),
            Code(
                "encoding",
                Kind.ERROR,
                "the file is not valid UTF-8",
                vi="tệp không phải UTF-8",
            ),
            Code(
                "empty-plan",
                Kind.ERROR,
                "the file is empty or holds only comments",
                vi="tệp kế hoạch trống",
            ),
        ),
        group="plans",
    ),
    Section(
        "YAML",
        level=2,
        codes=(
            Code(
                "yaml-syntax",
                Kind.ERROR,
                "the file is not well-formed YAML",
                vi="sai cú pháp YAML",
            ),
            Code(
                "yaml-tab",
                Kind.ERROR,
                "a tab character is used for indentation (YAML allows only spaces)",
                vi="thụt lề bằng tab",
            ),
            Code(
                "yaml-duplicate-key",
                Kind.ERROR,
                "the same key appears twice in one mapping",
                vi="khóa bị lặp",
            ),
            Code(
                "yaml-tag",
                Kind.ERROR,
                "an explicit YAML tag such as !!python/object; plans are plain data",
                vi="thẻ YAML không được phép",
            ),
            Code(
                "yaml-alias-limit",
                Kind.ERROR,
                "anchors and aliases expand to too many nodes, or refer to themselves",
                vi="bí danh YAML mở rộng quá nhiều",
            ),
            Code(
                "yaml-multiple-documents",
                Kind.ERROR,
                "the file holds more than one YAML document",
                vi="nhiều tài liệu YAML trong một tệp",
            ),
        ),
        group="plans",
    ),
    Section(
        "Structure (the JSON Schema)",
        level=2,
        codes=(
            Code(
                "not-a-mapping",
                Kind.ERROR,
                "the top level of the file is not a mapping of keys to values",
                vi="tệp không phải dạng khóa: giá trị",
            ),
            Code(
                "unknown-key",
                Kind.ERROR,
                "a key that the plan format does not know (often a typo)",
                vi="khóa không hợp lệ",
            ),
            Code(
                "missing-key",
                Kind.ERROR,
                "a required key is absent",
                vi="thiếu khóa bắt buộc",
            ),
            Code(
                "wrong-type",
                Kind.ERROR,
                (
                    "a value has the wrong type (text where a number is needed, a list for a "
                    "mapping...)"
                ),
                vi="sai kiểu giá trị",
            ),
            Code(
                "invalid-value",
                Kind.ERROR,
                "a value has the right type but is not allowed (pattern, range, choice)",
                vi="giá trị không hợp lệ",
            ),
            Code(
                "unknown-kind",
                Kind.ERROR,
                "a target's kind is not one of the known kinds",
                vi="loại mục tiêu không hợp lệ",
            ),
        ),
        group="plans",
    ),
    Section(
        "Meaning (checks across the plan)",
        level=2,
        codes=(
            Code(
                "duplicate-plan-id",
                Kind.ERROR,
                "two plan files declare the same plan id",
                vi="trùng mã kế hoạch",
            ),
            Code(
                "duplicate-area",
                Kind.ERROR,
                "two areas of one plan share an id",
                vi="trùng mã địa bàn",
            ),
            Code(
                "duplicate-section",
                Kind.ERROR,
                "a section heading is listed twice in sections",
                vi="trùng mục trong sections",
            ),
            Code(
                "unknown-section",
                Kind.WARNING,
                "a source cites a section that the plan's sections do not list",
                vi="mục không có trong sections",
            ),
            Code(
                "duplicate-indicator",
                Kind.ERROR,
                "two indicators of one plan share an id",
                vi="trùng mã chỉ tiêu",
            ),
            Code(
                "duplicate-target",
                Kind.ERROR,
                "two targets of one plan share an id",
                vi="trùng mã mục tiêu",
            ),
            Code(
                "unknown-unit",
                Kind.ERROR,
                (
                    "an indicator's unit cannot be read: a scale without a measure (`triệu`), a "
                    "number that is not a power of ten (`150 tấn`; `1000 tấn` is nghìn tấn), two "
                    '"per" (`tấn/người/hộ`), two measures (`M USD`), a word that is no scale before '
                    "an amount (`trăm nghìn USD` is fine, `Bil dongs` too; `Millionen VND` is not), a"
                    " regional land measure (`sào`), `MT`, `tỷ lệ` without %, or an id with an "
                    "unknown word (`milion_vnd`); the message shows how units are written"
                ),
                vi="không đọc được đơn vị tính",
            ),
            Code(
                "unit-as-count",
                Kind.WARNING,
                (
                    "an indicator's unit is read as a count of an unknown noun that is spelled close "
                    "to a measure or scale word (`tonnnes`): probably a typo"
                ),
                vi=(
                    "đơn vị tính được hiểu là số đếm của một danh từ gần giống tên một đơn vị (có thể"
                    " gõ nhầm)"
                ),
            ),
            Code(
                "unit-percent",
                Kind.ERROR,
                "`percent:` (what a percentage measures) is given for a unit that is not in %",
                vi="khai báo percent cho một đơn vị không tính bằng %",
            ),
            Code(
                "unknown-area",
                Kind.ERROR,
                "a target, baseline or area refers to an area the plan does not declare",
                vi="địa bàn không có trong kế hoạch",
            ),
            Code(
                "unknown-parent",
                Kind.ERROR,
                "part_of names an indicator the plan does not have, or forms a cycle",
                vi="chỉ tiêu cha không hợp lệ",
            ),
            Code(
                "missing-direction",
                Kind.ERROR,
                "a quantitative indicator does not say whether higher or lower is better",
                vi="thiếu chiều tăng/giảm của chỉ tiêu",
            ),
            Code(
                "target-outside-period",
                Kind.ERROR,
                "a target's year or period falls outside the plan period (or its vision)",
                vi="mục tiêu nằm ngoài thời kỳ kế hoạch",
            ),
            Code(
                "base-year",
                Kind.ERROR,
                "the base year is not before or at the start of the period it serves",
                vi="năm gốc không hợp lệ",
            ),
            Code(
                "range-reversed",
                Kind.ERROR,
                "a range whose minimum is above its maximum",
                vi="khoảng mục tiêu bị ngược",
            ),
            Code(
                "milestone-direction",
                Kind.ERROR,
                "a later milestone is worse than an earlier one for the indicator's direction",
                vi="mốc sau kém hơn mốc trước",
            ),
            Code(
                "subtarget-period",
                Kind.ERROR,
                "a sub-target's period is not inside its parent indicator's target period",
                vi="thời kỳ mục tiêu con nằm ngoài mục tiêu cha",
            ),
            Code(
                "unit-kind",
                Kind.ERROR,
                (
                    "the target kind does not fit the indicator's unit (a number for a qualitative "
                    "indicator...), or a rated indicator (one with a `scale`) has another kind of "
                    "target than `rating`, or `direction: decrease`"
                ),
                vi="loại mục tiêu không hợp với đơn vị tính",
            ),
            Code(
                "value-out-of-range",
                Kind.ERROR,
                "a value outside what its unit allows (a share above 100 %, a negative count)",
                vi="giá trị ngoài phạm vi của đơn vị tính",
            ),
            Code(
                "bound-direction",
                Kind.WARNING,
                "an upper bound on a higher-is-better indicator (or the reverse)",
                vi="giới hạn ngược chiều chỉ tiêu",
            ),
            Code(
                "structure-cannot-sum",
                Kind.WARNING,
                (
                    "the bands of one structure's shares (targets of kind `structure` with the same "
                    "`structure` id, area and year) cannot sum to 100 %: the low ends sum to more "
                    "than 100,05 or the high ends to less than 99,95; or the structure has only one "
                    "share (often a mistyped `structure` id: the message suggests a close one)"
                ),
                vi=(
                    "các tỷ trọng của một cơ cấu không thể cộng lại thành 100% (hoặc cơ cấu chỉ có "
                    "một tỷ trọng)"
                ),
            ),
            Code(
                "duplicate-scale",
                Kind.ERROR,
                "two rating scales of one plan share an id",
                vi="trùng mã thang xếp loại",
            ),
            Code(
                "unknown-scale",
                Kind.ERROR,
                (
                    "an indicator names a scale the plan does not declare (with a close id "
                    "suggested), or a rating target's indicator names no scale"
                ),
                vi="thang xếp loại không có trong kế hoạch",
            ),
            Code(
                "unknown-level",
                Kind.ERROR,
                (
                    "a rating target's bound is not a level of its scale: the message lists the "
                    "levels from the worst to the best and suggests a close one"
                ),
                vi="mức xếp loại không có trong thang",
            ),
            Code(
                "scale-ambiguous",
                Kind.ERROR,
                (
                    "a word (a level's name or alias, compared ignoring case, accents and spaces) "
                    "names two levels of one scale"
                ),
                vi="một từ chỉ hai mức của cùng một thang xếp loại",
            ),
            Code(
                "unknown-indicator",
                Kind.ERROR,
                (
                    "a `share` target's `numerator` or `denominator`, or a `count` target's "
                    "`criterion`, names no indicator of the plan"
                ),
                vi="tử số, mẫu số hoặc tiêu chí không phải chỉ tiêu của kế hoạch",
            ),
            Code(
                "share-units",
                Kind.ERROR,
                (
                    "a `share` target's numerator and denominator are in units that do not convert "
                    "into each other (tỷ đồng and triệu đồng do; đồng and USD, or tỷ đồng and tấn, do"
                    " not); the message names both"
                ),
                vi="đơn vị tính của tử số và mẫu số không quy đổi được cho nhau",
            ),
            Code(
                "indicator-without-targets",
                Kind.ERROR,
                (
                    "an indicator has no `targets` and is neither the numerator or denominator of a "
                    "`share` target nor the criterion of a `count` target"
                ),
                vi="chỉ tiêu không có mục tiêu và không được mục tiêu nào sử dụng",
            ),
            Code(
                "control-character",
                Kind.WARNING,
                (
                    "a text of the plan (a name, a title, a target's `text`...) holds a control "
                    'character (ESC, BEL, a C1 control: written `"\\e"`, `"\\a"` in YAML) that a '
                    "terminal would obey; every output shows it written out (`\\x1b`), and the message"
                    " names the key"
                ),
                vi="văn bản trong kế hoạch có ký tự điều khiển",
            ),
        ),
        group="plans",
    ),
    Section(
        "Numbers as the plan writes them",
        level=2,
        intro=(
            "See [plan-format.md](plan-format.md#numbers). The first two are found while "
            "reading the structure (stage one); the others compare a target with its own "
            "`text` (stage two)."
        ),
        codes=(
            Code(
                "plan-ambiguous-decimal",
                Kind.ERROR,
                (
                    'a number in quotes that reads two ways (`"6.794"`: 6794 or 6.794) in a plan that'
                    " does not say its decimal mark (`decimal: comma` or `point`) and whose other "
                    "numbers do not decide it"
                ),
                vi="số đọc được hai cách (dấu thập phân là dấu phẩy hay dấu chấm?)",
            ),
            Code(
                "plan-decimal-mismatch",
                Kind.ERROR,
                (
                    "a number in quotes written with the other decimal mark than the plan's "
                    "`decimal:` key, or than most of its other numbers (or as many numbers of each "
                    "style, when the plan does not say)"
                ),
                vi="số viết khác kiểu dấu thập phân của kế hoạch",
            ),
            Code(
                "plan-number-misread",
                Kind.ERROR,
                (
                    "a number that reads two ways (`about: 6.794` unquoted is 6.794 in YAML) read the"
                    " way the target's text does not say, while the text says the other reading "
                    "(6.794 USD, that is 6794)"
                ),
                vi="số bị đọc sai: nội dung chỉ tiêu viết theo kiểu Việt Nam",
            ),
            Code(
                "plan-number-ambiguous",
                Kind.WARNING,
                (
                    "an unquoted number such as `68.000` that YAML reads as 68 and a Vietnamese "
                    "reader as 68000, with nothing in the target's text to say which (and for a "
                    "baseline, which has no text)"
                ),
                vi="số có thể bị đọc sai (6.794 là 6794 hay 6,794?)",
            ),
            Code(
                "text-value-mismatch",
                Kind.WARNING,
                (
                    "a target's bound (a growth rate in percent) is not among the numbers of its "
                    "`text` or `note`"
                ),
                vi="số của chỉ tiêu khác số trong nội dung chỉ tiêu",
            ),
            Code(
                "text-year-mismatch",
                Kind.WARNING,
                "a target's year or period is not the one its `text` names",
                vi="năm hoặc giai đoạn khác với nội dung chỉ tiêu",
            ),
            Code(
                "text-unit-mismatch",
                Kind.WARNING,
                (
                    "the target's text writes its value in another unit than the indicator's: \"68 "
                    'triệu đồng/người" for an indicator in tỷ đồng (another per), "25 nghìn tấn" with'
                    " `value: 25` in tấn (1,000 times off: the message gives the value to write), "
                    '"3.500 tấn" for one in ha (another measure)'
                ),
                vi="đơn vị trong nội dung chỉ tiêu khác với đơn vị tính của chỉ tiêu",
            ),
        ),
        group="plans",
    ),
)
