"""The district's window: the files the units send, and the statistics across them."""
