"""The package is whole: a wheel built with `pip wheel .` works with no checkout beside it.

The wheel is built from a copy of the sources (so the shared tree gets no build/ or
egg-info), installed with pip into a new, empty venv in a temporary folder, and run
from that folder: the `custbook` console script, a Chinese PDF with the embedded font,
and the Chinese translation. Offline: the wheel is built with this environment's
setuptools (no build isolation) and installed with `--no-index --no-deps`; the
dependencies come from this test environment's site-packages through a `.pth` file that
the new venv reads after its own site-packages (so `custbook` and `ui` can only come
from the wheel, which the test checks). About 30 s; runs in the normal suite.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX venv layout")


def run(command: list, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict]:
    """(the folder to run in, the environment) with the wheel installed in a new venv."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("custbook", "ui"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV"))}
    env.update(HOME=str(tmp / "home"), XDG_DATA_HOME=str(tmp / "home" / "data"),
               XDG_CONFIG_HOME=str(tmp / "home" / "config"), QT_QPA_PLATFORM="offscreen",
               PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_CONFIG_FILE=os.devnull)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", tmp / "dist", source], tmp, env)
    wheel = next((tmp / "dist").glob("custbook-*.whl"))
    venv = tmp / "venv"
    run([sys.executable, "-m", "venv", venv], tmp, env)
    run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-index", "--no-deps",
         wheel], tmp, env)
    site = run([venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_path("
                "'purelib'))"], tmp, env).stdout.strip()
    Path(site, "zz-test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    work = tmp / "elsewhere"
    work.mkdir()
    return work, dict(env, PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
                      WHEEL=str(wheel), VENV=str(venv))


def test_the_wheel_holds_the_packages_and_their_data_and_no_main(installed):
    _, env = installed
    names = zipfile.ZipFile(env["WHEEL"]).namelist()
    assert {name.split("/")[0] for name in names} == {"custbook", "ui", names[-1].split("/")[0]}
    assert names[-1].split("/")[0].endswith(".dist-info")
    for data in ("custbook/resources/fonts/wqy-microhei.ttc", "custbook/resources/icons/"
                 "custbook.svg", "custbook/resources/translations/custbook_zh_CN.qm"):
        assert data in names
    assert not [name for name in names if name.startswith(("main.py", "tests/", "tools/"))]


def test_the_console_script_runs_from_any_folder(installed):
    work, env = installed
    out = run(["custbook", "--version"], work, env).stdout
    assert out.startswith("Custbook ") and "data folder:" in out
    where = run(["python", "-c", "import custbook, ui, importlib.util; print(custbook.__file__);"
                 "print(ui.__file__); print(importlib.util.find_spec('main'))"], work, env)
    core, window, main = where.stdout.split()
    assert core.startswith(env["VENV"]) and window.startswith(env["VENV"])
    assert main == "None"  # no top-level `main` module installed


def test_the_installed_package_prints_a_chinese_pdf_with_the_embedded_font(installed):
    from pypdf import PdfReader

    work, env = installed
    run(["custbook", "demo", "--customers", "40", "--today", "2026-11-22", "--out", "shop.db"],
        work, env)
    run(["custbook", "--db", "shop.db", "info"], work, env)
    run(["custbook", "--db", "shop.db", "report", "satisfaction", "--from", "2026-01-01",
         "--to", "2026-11-22", "--out", "report.pdf"], work, env)
    reader = PdfReader(work / "report.pdf")
    fonts = [page["/Resources"]["/Font"][key].get_object() for page in reader.pages
             for key in page["/Resources"]["/Font"]]
    embedded = [font for font in fonts if "WenQuanYi" in str(font.get("/BaseFont"))]
    assert embedded, [font.get("/BaseFont") for font in fonts]
    descriptor = embedded[0]["/FontDescriptor"].get_object()
    assert "/FontFile2" in descriptor  # the glyphs travel inside the PDF
    text = "".join(page.extract_text() for page in reader.pages)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_installed_package_loads_the_chinese_translation(installed):
    work, env = installed
    script = ("from PySide6.QtCore import QCoreApplication\n"
              "app = QCoreApplication([])\n"
              "from ui import i18n, paths\n"
              "i18n.install('zh_CN')\n"
              "print(paths.TRANSLATIONS)\n"
              "print(QCoreApplication.translate('MainWindow', 'About Custbook'))\n")
    folder, about = run(["python", "-c", script], work, env).stdout.split("\n")[:2]
    assert folder.startswith(env["VENV"])
    assert about == "关于客户簿"
