"""The Qt front end: one module per screen, a thin main window, no SQL or YAML."""
