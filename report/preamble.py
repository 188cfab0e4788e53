"""What every chapter imports in its hidden first cell: `from report.preamble import *`."""

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .charts import matplotlib_chart, plotly_chart
from .data import load_all, load_table
from .escape import tooltip
from .glue import glue, span, usd_span
from .labels import countries, country, labelled, labels
from .tables import table
from .theme import CATEGORY_COLOURS, KIND_COLOURS, OKABE_ITO, STANCE_COLOURS, VERDICT_COLOURS, apply_theme

apply_theme()
CATEGORY_LABELS = labels("incidents", "category")
MEASURE_LABELS = labels("incident_figures", "measure")
warnings.simplefilter("error", FutureWarning)  # a deprecation in the stack should fail loudly, not drift
pd.set_option("display.max_colwidth", 80)

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
    "span",
    "table",
    "tooltip",
    "usd_span",
]
