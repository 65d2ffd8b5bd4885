"""desk_app: the one-stop reception counter of a commune police unit."""

__version__ = "0.1.0"
