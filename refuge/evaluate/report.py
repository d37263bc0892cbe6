"""Human-readable rendering of an evaluation report: every figure with num/den."""

from __future__ import annotations

from refuge.evaluate.scoring import F1, Ratio, Report


def _ratio(r: Ratio) -> str:
    value = "  n/a" if r.value is None else f"{r.value:5.3f}"
    num = f"{r.num:g}" if isinstance(r.num, float) else str(r.num)
    return f"{value}  ({num}/{r.den:g})"


def _f1(f: F1) -> str:
    value = "  n/a" if f.value is None else f"{f.value:5.3f}"
    return f"F1 {value}   P {_ratio(f.precision)}   R {_ratio(f.recall)}"


def render(report: Report) -> str:
    lines = [
        f"documents found           {_ratio(report.documents)}",
        f"cleaning must_keep kept   {_ratio(report.must_keep)}",
        f"cleaning must_drop gone   {_ratio(report.must_drop)}",
        f"published date right      {_ratio(report.published)}",
        f"main language right       {_ratio(report.main_language)}",
        f"language list right       {_ratio(report.languages)}",
        f"claims                    {_f1(report.claims)}",
    ]
    for lang, f in sorted(report.claims_by_language.items()):
        lines.append(f"  claims [{lang}]              {_f1(f)}")
    for name, r in report.fields.items():
        lines.append(f"field {name:<19} {_ratio(r)}")
    lines.append(f"linking (B-cubed)         {_f1(report.linking)}")
    return "\n".join(lines)
