"""The Qt user interface: main window, map canvas, docks and dialogs."""
