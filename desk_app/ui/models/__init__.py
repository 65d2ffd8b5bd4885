"""Qt models over the services' rows."""
