from metkasekor_desktop.storage.gpkg.blob import *  # noqa: E501, F403 - TEMPORARY re-export for plot_import.py / rtree_bulk.py
