"""One module per target kind: each holds everything about its kind (how it is assessed, its
base year, its working)."""
