"""Import and export of vector, raster and tabular files."""
