"""Mapping of the domain onto a GeoPackage through SQLAlchemy; the project file."""

from sqlalchemy import Connection as Transaction

from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.plot_table import PlotTable
from metkasekor_desktop.storage.project import Project, is_register_target, public_url

# What ``Project.transaction()`` yields: an open unit of work that layers above hand back
# to repositories, never use themselves (no SQL above storage).
__all__ = ["PlotTable", "Project", "ProjectError", "Transaction", "is_register_target",
           "public_url"]
