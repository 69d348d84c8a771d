"""UI extensions: each module here with ``install(window)`` adds its actions to the main window."""
