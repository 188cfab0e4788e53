"""Shared code for the report: data loading and validation, chart theme and export, tables, glue."""

from .data import DataError, load_all, load_table, resource_meta, validate

__all__ = ["DataError", "load_all", "load_table", "resource_meta", "validate"]
