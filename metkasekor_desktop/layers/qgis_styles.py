"""The project file carries the plots' style for QGIS, so it shows what we show.

A GIS officer who opens the project in QGIS gets the role colours and the plot-code
labels of MetKasekor Desktop (QGIS reads the default style from ``layer_styles``).
"""

from __future__ import annotations

from metkasekor_desktop.io.qgis_style import plots_qml, plots_sld
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.errors import WriteError
from metkasekor_desktop.storage.layer_styles import stored_plots_style, write_plots_style


def ensure_qgis_style(project: Project, *, register: bool = False) -> bool:
    """Write the default QGIS style of the plots when the project has none; True if
    written.

    A read-only project, or one whose lock another program holds, is left as it is
    (the style is written the next time the project is opened). A shared register gets
    its style from ``server init`` (``register`` True), whose administrator may create
    the table QGIS reads; the window leaves a register's styles alone."""
    if project.read_only or (project.is_register and not register):
        return False
    if stored_plots_style(project) is not None:
        return False
    try:
        with project.transaction() as conn:
            write_plots_style(conn, plots_qml(), plots_sld())
    except WriteError:
        return False
    return True
