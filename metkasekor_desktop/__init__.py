"""MetKasekor Desktop: the plot-planning GIS of the MetKasekor extension model."""

__version__ = "0.1.0"
