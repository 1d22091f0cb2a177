"""Map layers, styles and renderers that paint into QImages (QtGui only, no widgets)."""
