"""Mapping of the domain onto a GeoPackage through SQLAlchemy; the project file."""
