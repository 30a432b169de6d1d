"""Running the app: configuration checks and operations code."""
