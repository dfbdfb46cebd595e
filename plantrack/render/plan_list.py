"""``plantrack plans``: the plans, their indicators and targets as a table or JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from plantrack.plans.load import LoadedPlan
from plantrack.render.describe import plan_dict, target_phrase
from plantrack.safe_text import visible

if TYPE_CHECKING:
    from rich.console import Console

_HEAD = {
    "vi": {
        "item": "STT",
        "indicator": "Chỉ tiêu",
        "unit": "ĐVT",
        "kind": "Loại",
        "target": "Mục tiêu",
        "area": "Địa bàn",
        "period": "Thời kỳ",
        "document": "Văn bản",
        "base": "năm gốc",
        "indicators": "chỉ tiêu",
        "targets": "mục tiêu",
    },
    "en": {
        "item": "No.",
        "indicator": "Indicator",
        "unit": "Unit",
        "kind": "Kind",
        "target": "Target",
        "area": "Area",
        "period": "Period",
        "document": "Document",
        "base": "base year",
        "indicators": "indicators",
        "targets": "targets",
    },
}
KIND_NAMES = {
    "vi": {
        "growth": "tăng bình quân",
        "level": "mức đạt",
        "cumulative": "lũy kế",
        "annual": "hằng năm",
        "change": "thay đổi/năm",
        "relative": "so sánh",
        "qualitative": "định tính",
        "yearly_growth": "tăng so với năm trước",
        "average": "bình quân",
        "structure": "cơ cấu",
        "rating": "xếp loại",
        "share": "tỷ lệ so với",
        "count": "số đạt",
    },
    "en": {
        "growth": "growth",
        "level": "level",
        "cumulative": "cumulative",
        "annual": "every year",
        "change": "change/yr",
        "relative": "relative",
        "qualitative": "qualitative",
        "yearly_growth": "growth each year",
        "average": "average",
        "structure": "structure",
        "rating": "rating",
        "share": "share",
        "count": "count",
    },
}


def plans_document(plans: list[LoadedPlan]) -> dict[str, Any]:
    return {"plans": [plan_dict(loaded.plan, loaded.file) for loaded in plans]}


def print_plans_table(plans: list[LoadedPlan], console: Console, lang: str) -> None:
    from rich.table import Table
    from rich.text import Text

    head = _HEAD[lang]
    for loaded in plans:
        plan = loaded.plan
        areas = {area.id: area.name.get(lang) for area in plan.areas}
        doc = plan.document
        doc_bits = [doc.type.get(lang), doc.number or "", str(doc.date or doc.year or "")]
        n_targets = sum(len(i.targets) for i in plan.indicators)
        console.print(Text(visible(plan.title.get(lang)), style="heading"))
        console.print(
            Text(
                visible(
                    f"{plan.id} · {loaded.file} · {head['document']}: {' '.join(b for b in doc_bits if b)}"
                    f" · {head['period']} {plan.period} ({head['base']} {plan.base_year}) · "
                    f"{areas.get(plan.area, plan.area)} · {len(plan.indicators)} {head['indicators']}, "
                    f"{n_targets} {head['targets']}"
                ),
                style="muted",
            )
        )
        table = Table(show_lines=False, expand=False)
        table.add_column(head["item"], justify="right", no_wrap=True)
        table.add_column(head["indicator"], ratio=4, overflow="fold")
        table.add_column(head["unit"], ratio=1, overflow="fold")
        table.add_column(head["kind"], ratio=1, overflow="fold")
        table.add_column(head["target"], ratio=3, overflow="fold")
        scoped = any(t.areas for i in plan.indicators for t in i.targets)
        if scoped:
            table.add_column(head["area"], ratio=1, overflow="fold")
        for indicator in plan.indicators:
            item = indicator.source.item
            depth = 0
            parent = indicator.part_of
            while parent is not None and depth < 5:
                depth += 1
                found = plan.indicator(parent)
                parent = found.part_of if found else None
            name = ("  " * depth + "└ " if depth else "") + indicator.name.get(lang)
            unit = indicator.unit_info
            unit_label = unit.symbol(lang) if unit else indicator.unit
            for index, target in enumerate(indicator.targets):
                first = index == 0
                where = ", ".join(areas.get(a, a) for a in (target.areas or [plan.area]))
                cells: list[str | Text] = [
                    Text(visible(f"({item})")) if first and item else "",
                    Text(visible(name)) if first else Text(""),
                    Text(visible(unit_label)) if first else Text(""),
                    KIND_NAMES[lang][target.kind],
                    Text(visible(target_phrase(plan, indicator, target, lang))),
                ]
                if scoped:
                    cells.append(Text(visible(where) if target.areas else ""))
                table.add_row(*cells)
        console.print(table)
        console.print()
