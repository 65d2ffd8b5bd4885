"""The district (upper level) side: its own database, keys, the units it receives from,
importing their files and reporting on them."""
