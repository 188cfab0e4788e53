"""What every chapter imports in its hidden first cell: `from report.rendering.preamble import *`."""

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from report.data.load import load_all, load_table
from report.foundation.escape import tooltip
from report.foundation.glue import glue, span, usd_span
from report.rendering.charts import matplotlib_chart, plotly_chart
from report.rendering.tables import table
from report.rendering.theme import (
    CATEGORY_COLOURS,
    KIND_COLOURS,
    OKABE_ITO,
    STANCE_COLOURS,
    VERDICT_COLOURS,
    apply_theme,
)
from report.words.labels import countries, country, labelled, labels


def setup_chapter() -> None:
    """What every chapter does first: the chart theme, loud deprecations, pandas' display."""
    apply_theme()
    warnings.simplefilter("error", FutureWarning)  # a deprecation in the stack should fail loudly, not drift
    pd.set_option("display.max_colwidth", 80)


# The star import (being retired: chapters import what they use and call setup_chapter()).
setup_chapter()
CATEGORY_LABELS = labels("incidents", "category")
MEASURE_LABELS = labels("incident_figures", "measure")

__all__ = [
    "CATEGORY_COLOURS",
    "CATEGORY_LABELS",
    "KIND_COLOURS",
    "MEASURE_LABELS",
    "OKABE_ITO",
    "STANCE_COLOURS",
    "VERDICT_COLOURS",
    "countries",
    "country",
    "glue",
    "go",
    "labelled",
    "labels",
    "load_all",
    "load_table",
    "matplotlib_chart",
    "np",
    "pd",
    "plotly_chart",
    "plt",
    "setup_chapter",
    "span",
    "table",
    "tooltip",
    "usd_span",
]
