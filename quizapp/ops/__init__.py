"""Running the app rather than teaching with it: configuration checks
(secret_key, imported by the settings, so it stays free of Django), health,
request logs, the session engine, retention and backups. Imports no views."""
