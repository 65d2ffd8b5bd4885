"""Settings (F9), one module per tab."""
