"""The Reports page's parts: the period picker, the figure cards, the charts drawn with
QPainter (PySide6-Essentials has no QtCharts), the customer tables and the background
loader that gathers the satisfaction report's figures off the UI thread."""
