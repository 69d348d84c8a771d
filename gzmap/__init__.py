"""GZMap: desktop GIS for Guangzhou's digital-culture industry planners."""

__version__ = "0.1.0"
