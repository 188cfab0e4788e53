"""Shared code for the report: data loading and validation, chart theme and export, tables, glue.

The package's modules are imported by name (`from report.data.load import load_table`); importing
the package itself loads nothing heavy, so the build can check for changes before pandas loads."""
