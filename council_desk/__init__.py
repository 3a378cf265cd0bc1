"""Council Desk: the district office's side of the 311 consented-complaint access system (Int. 948)."""

__version__ = "0.1.0"
