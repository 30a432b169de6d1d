"""Running the app rather than teaching with it: configuration checks
(key_source, imported by the settings, so it stays free of Django), health,
request logs, the session engine, retention and backups. Imports no views."""
