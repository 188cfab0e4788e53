"""The incident map, drawn by the introduction (August-November 2025) and the incidents chapter
(the long view since 2022) from the same code."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .escape import tooltip
from .glue import span
from .labels import country, labels
from .theme import GREY


def hover_text(incidents: pd.DataFrame) -> pd.Series:
    """Date, place, kind, category, counts where known, and the summary, wrapped for a tooltip."""
    kinds, categories = labels("incidents", "kind"), labels("incidents", "category")
    return incidents.apply(lambda r: tooltip(
        f"{r['date_start']:%-d %B %Y} · {r['place']} ({country(r['country'])})",
        f"{kinds[r['kind']]}; {categories[r['category']].lower()}",
        None if pd.isna(r["count_min"]) else f"objects: {span(r['count_min'], r['count_max'])}",
        r["summary"]), axis=1)


def incident_map(layers: list[tuple[str, pd.DataFrame, dict]], *, title: str, height: int = 680) -> go.Figure:
    """A map of Europe with one legend entry per layer: (label, incidents, marker style[, 'legendonly'])."""
    fig = go.Figure()
    for label, points, marker, *visible in layers:
        if points.empty:
            continue
        fig.add_trace(go.Scattergeo(
            lon=points["lon"], lat=points["lat"], mode="markers", name=label, marker=marker,
            customdata=hover_text(points).to_frame(), hovertemplate="%{customdata[0]}<extra></extra>",
            visible=visible[0] if visible else True,
        ))
    # The frame reaches east to Belarus and western Russia, where the drones came from, and is
    # about as wide as it is tall, so that the map fills a laptop's chart as well as a phone's.
    # The Black Sea is a "lake" in the map data: drawn as water, not left blank; countries the
    # Europe outlines leave out (Georgia, Türkiye) show as land, not as a white hole.
    fig.update_geos(scope="europe", resolution=50, projection_type="mercator", lataxis_range=[43, 71],
                    lonaxis_range=[-8, 42], showcountries=True, countrycolor="#bdbdbd", showland=True,
                    landcolor="#f4f4f4", showocean=True, oceancolor="#e8f1f8", showlakes=True,
                    lakecolor="#e8f1f8", bgcolor="#f4f4f4", showframe=False)
    fig.update_layout(title=title, height=height, margin=dict(l=10, r=10, t=60, b=120),
                      legend=dict(orientation="h", y=-0.02, yanchor="top", x=0, font=dict(size=12)))
    return fig


def point_marker(colour: str, size: int = 11, symbol: str = "circle") -> dict:
    return dict(size=size, color=colour, symbol=symbol, line=dict(width=0.8, color="#333333"), opacity=0.9)


CONTEXT_MARKER = dict(size=8, color=GREY, symbol="circle-open", line=dict(width=1.5))
