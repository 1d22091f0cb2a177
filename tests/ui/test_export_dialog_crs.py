"""The export dialog says which coordinate system each chosen format is written in."""

from __future__ import annotations

from metkasekor_desktop.ui.export_dialog import ExportDialog


def test_the_dialog_reports_the_crs_really_written(window, tmp_path):
    dialog = ExportDialog(window.project, window.canvas.plot_layer, window, str(tmp_path),
                          remembered=(["geojson"], 32648))
    assert dialog.crs.currentData() == 32648
    assert dialog.crs_note.text() == "GeoJSON written in WGS 84 (RFC 7946)"
    dialog.format_boxes["shp"].setChecked(True)
    assert dialog.crs_note.text() == ("Shapefile written in WGS 84 / UTM zone 48N "
                                      "(EPSG:32648); GeoJSON written in WGS 84 (RFC 7946)")
    dialog.format_boxes["shp"].setChecked(False)
    dialog.target.setText(str(tmp_path / "plots.geojson"))
    dialog.export()
    assert dialog.written == tmp_path / "plots.geojson"
    assert "GeoJSON written in WGS 84 (RFC 7946)" in dialog.report
    dialog.crs.setCurrentIndex(dialog.crs.findData(4326))
    assert dialog.crs_note.text() == "GeoJSON written in WGS 84 (EPSG:4326)"
