"""The frozen release's entry script (PyInstaller runs this; it is not installed).

Everything happens in `ui.launch.main`, the same function as the `custbook` console
script of `pip install .` and `python3 main.py`.
"""
import multiprocessing
import sys

from ui.launch import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
