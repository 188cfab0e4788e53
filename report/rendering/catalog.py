"""The data appendix, generated from data/datapackage.json: nothing about a table is typed twice."""

from __future__ import annotations

import pandas as pd

from report.data.load import load_all, read_package
from report.foundation.escape import html_text, myst_text
from report.rendering.tables import Table, table

SITE_DATA = "../data"  # chapter pages live one folder below the site root


def column_dictionary(resource: dict) -> pd.DataFrame:
    rows = []
    for field in resource["schema"]["fields"]:
        constraints = field.get("constraints", {})
        rules = []
        if constraints.get("required"):
            rules.append("required")
        if constraints.get("unique"):
            rules.append("unique")
        if "enum" in constraints:
            words = field.get("x-labels", {})
            rules.append(
                "one of: "
                + ", ".join(f"{v} ({words[v]})" if v in words else str(v) for v in constraints["enum"])
            )
        low, high = constraints.get("minimum"), constraints.get("maximum")
        if low is not None and high is not None:
            rules.append(f"from {low} to {high}")
        elif low is not None:
            rules.append(f"at least {low}")
        elif high is not None:
            rules.append(f"at most {high}")
        if field.get("x-list-foreign-key"):
            rules.append(f"ids in {field['x-list-foreign-key']['resource']}.csv")
        rows.append(
            {
                "column": field["name"],
                "type": field.get("type", "string") + (f" ({field['unit']})" if field.get("unit") else ""),
                "meaning": field.get("description", ""),
                "rules": "; ".join(rules),
            }
        )
    return pd.DataFrame(rows)


class DatasetCard:
    """Title, description, row count, caveats and a download link for one table."""

    def __init__(self, resource: dict, rows: int):
        self.resource, self.rows = resource, rows

    def _facts(self) -> list[tuple[str, str]]:
        r = self.resource
        facts = [
            ("File", f"data/{r['path']}"),
            ("A row is", r.get("x-row", "")),
            ("Rows", f"{self.rows:,}"),
            ("Key", ", ".join(r["schema"].get("primaryKey", []))),
        ]
        if r.get("x-caveats"):
            facts.append(("Caveats", r["x-caveats"]))
        return facts

    def _repr_html_(self) -> str:
        r = self.resource
        items = "".join(f"<dt>{html_text(k)}</dt><dd>{html_text(v)}</dd>" for k, v in self._facts())
        return (
            f'<div class="dataset-card"><p><strong>{html_text(r["title"])}.</strong> {html_text(r["description"])}</p>'
            f"<dl>{items}</dl>"
            f'<p class="chart-links">Download: <a href="{SITE_DATA}/{r["path"]}" download>{html_text(r["path"])} (CSV)</a></p></div>'
        )

    def _repr_markdown_(self) -> str:
        r = self.resource
        lines = [f"**{myst_text(r['title'])}.** {myst_text(r['description'])}", ""]
        lines += [f"- {myst_text(k)}: {myst_text(v)}" for k, v in self._facts()]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"{self.resource['title']}: {self.rows} rows"


def catalogue() -> list[tuple[DatasetCard, Table]]:
    """(card, column dictionary table) for every table in the package, in package order."""
    frames = load_all()
    result = []
    for resource in read_package()["resources"]:
        card = DatasetCard(resource, len(frames[resource["name"]]))
        columns = table(column_dictionary(resource), widths=[2, 1.3, 4, 2.7], online_only=True)
        result.append((card, columns))
    return result
