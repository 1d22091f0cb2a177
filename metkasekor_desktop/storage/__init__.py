"""Mapping of the domain onto a GeoPackage through SQLAlchemy; the project file."""

from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.plot_table import PlotTable
from metkasekor_desktop.storage.project import Project

__all__ = ["PlotTable", "Project", "ProjectError"]
